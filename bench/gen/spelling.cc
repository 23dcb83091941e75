#include "bench/gen/spelling.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sitrep::gen {

void LocalizeSpelling(std::string& text, bool british) {
  static const std::vector<std::pair<std::string_view, std::string_view>> kPairs = {
      {"defense", "defence"},         {"defenses", "defences"},
      {"organization", "organisation"}, {"organizations", "organisations"},
      {"organized", "organised"},     {"center", "centre"},
      {"centers", "centres"},         {"labor", "labour"},
      {"program", "programme"},       {"neighbor", "neighbour"},
      {"neighbors", "neighbours"},    {"neighboring", "neighbouring"},
      {"rumors", "rumours"},          {"honor", "honour"},
      {"favor", "favour"},            {"analyze", "analyse"},
      {"canceled", "cancelled"},      {"canceling", "cancelling"},
      {"behavior", "behaviour"},      {"mobilized", "mobilised"},
      {"recognized", "recognised"},   {"criticized", "criticised"},
      {"destabilize", "destabilise"}, {"emphasized", "emphasised"},
      {"labeled", "labelled"},        {"traveled", "travelled"},
      {"fueling", "fuelling"},        {"sympathize", "sympathise"},
  };
  struct Maps {
    std::array<std::unordered_map<std::string_view, std::string_view>, 2> words;
    // (first letter, length) pairs that occur among the words: almost every word of
    // a text fails this test, which keeps the pass cheap on the hot path.
    std::array<std::array<uint32_t, 26>, 2> shapes{};
  };
  static const Maps maps = [] {
    Maps m;
    for (const auto& [us, uk] : kPairs) {
      m.words[1].emplace(us, uk);
      m.words[0].emplace(uk, us);
      m.shapes[1][us[0] - 'a'] |= 1u << us.size();
      m.shapes[0][uk[0] - 'a'] |= 1u << uk.size();
    }
    return m;
  }();
  const int side = british ? 1 : 0;
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  size_t i = 0;
  while (i < text.size()) {
    if (!letter(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && letter(text[j])) ++j;
    const size_t len = j - i;
    const char first = static_cast<char>(text[i] | 0x20);
    if (len >= 5 && len <= 14 && (maps.shapes[side][first - 'a'] >> len & 1u) != 0) {
      char lower[16];
      for (size_t k = 0; k < len; ++k) lower[k] = static_cast<char>(text[i + k] | 0x20);
      const auto it = maps.words[side].find(std::string_view(lower, len));
      if (it != maps.words[side].end()) {
        std::string replacement(it->second);
        if (text[i] >= 'A' && text[i] <= 'Z')
          replacement[0] = static_cast<char>(replacement[0] - 32);
        text.replace(i, len, replacement);
        j = i + replacement.size();
      }
    }
    i = j;
  }
}

}  // namespace sitrep::gen
