// The stored form of event features: versioned, little-endian, compact.
#include <cstdint>

#include "text/byte_codec.h"
#include <cstring>

#include "sitrep/events.h"

namespace sitrep::events {
namespace {

constexpr uint8_t kVersion = 1;

using text::GetLittleEndian;
using text::PutLittleEndian;

uint32_t FloatBits(float f) {
  uint32_t bits;
  std::memcpy(&bits, &f, sizeof(bits));
  return bits;
}

float BitsFloat(uint32_t bits) {
  float f;
  std::memcpy(&f, &bits, sizeof(f));
  return f;
}

}  // namespace

std::string SerializeEventFeatures(const EventFeatures& f) {
  std::string out;
  out.reserve(16 + 8 * f.terms.size() + 4 * f.entities.size() + f.language.size());
  out.push_back(static_cast<char>(kVersion));
  PutLittleEndian<uint32_t>(&out, static_cast<uint32_t>(f.day));
  PutLittleEndian<uint8_t>(&out, static_cast<uint8_t>(std::min<size_t>(f.language.size(), 255)));
  out.append(f.language, 0, std::min<size_t>(f.language.size(), 255));
  PutLittleEndian<uint16_t>(&out, static_cast<uint16_t>(f.terms.size()));
  for (const auto& [term, weight] : f.terms) {
    PutLittleEndian<uint32_t>(&out, term);
    PutLittleEndian<uint32_t>(&out, FloatBits(weight));
  }
  PutLittleEndian<uint16_t>(&out, static_cast<uint16_t>(f.entities.size()));
  for (uint32_t e : f.entities) PutLittleEndian<uint32_t>(&out, e);
  PutLittleEndian<uint16_t>(&out, static_cast<uint16_t>(f.figures.size()));
  for (uint32_t x : f.figures) PutLittleEndian<uint32_t>(&out, x);
  return out;
}

bool ParseEventFeatures(std::string_view in, EventFeatures* features) {
  if (in.empty() || static_cast<uint8_t>(in[0]) != kVersion) return false;
  in.remove_prefix(1);
  EventFeatures f;
  uint32_t day = 0;
  uint8_t language = 0;
  if (!GetLittleEndian(&in, &day) || !GetLittleEndian(&in, &language) || in.size() < language) return false;
  f.day = static_cast<int32_t>(day);
  f.language = std::string(in.substr(0, language));
  in.remove_prefix(language);
  uint16_t n = 0;
  if (!GetLittleEndian(&in, &n) || in.size() < static_cast<size_t>(n) * 8) return false;
  f.terms.resize(n);
  for (auto& [term, weight] : f.terms) {
    uint32_t bits = 0;
    GetLittleEndian(&in, &term);
    GetLittleEndian(&in, &bits);
    weight = BitsFloat(bits);
  }
  if (!GetLittleEndian(&in, &n) || in.size() < static_cast<size_t>(n) * 4) return false;
  f.entities.resize(n);
  for (uint32_t& e : f.entities) GetLittleEndian(&in, &e);
  if (!GetLittleEndian(&in, &n) || in.size() != static_cast<size_t>(n) * 4) return false;
  f.figures.resize(n);
  for (uint32_t& x : f.figures) GetLittleEndian(&in, &x);
  *features = std::move(f);
  return true;
}

}  // namespace sitrep::events
