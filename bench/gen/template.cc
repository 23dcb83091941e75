#include "bench/gen/template.h"

#include <stdexcept>

#include "bench/gen/rng.h"
#include "bench/gen/spelling.h"

namespace sitrep::gen {
namespace {

constexpr const char* kSlotNames[] = {
#define SITREP_GEN_SLOT_NAME(name) #name,
    SITREP_GEN_SLOTS(SITREP_GEN_SLOT_NAME)
#undef SITREP_GEN_SLOT_NAME
};

Slot SlotByName(std::string_view name) {
  for (size_t i = 0; i < static_cast<size_t>(Slot::kCount); ++i) {
    if (name == kSlotNames[i]) return static_cast<Slot>(i);
  }
  throw std::invalid_argument("unknown template slot {" + std::string(name) + "}");
}

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  std::vector<TemplateNode> ParseAll() {
    std::vector<TemplateNode> nodes = ParseSequence(/*in_choice=*/false);
    if (pos_ != text_.size()) Fail("unexpected character");
    return nodes;
  }

 private:
  // Parses until the end, or, inside a choice, until '|' or ']'.
  std::vector<TemplateNode> ParseSequence(bool in_choice) {
    std::vector<TemplateNode> nodes;
    std::string literal;
    auto flush = [&] {
      if (literal.empty()) return;
      TemplateNode node;
      node.type = TemplateNode::Type::kText;
      node.text = literal;
      LocalizeSpelling(node.text, /*british=*/false);
      node.text_british = std::move(literal);
      LocalizeSpelling(node.text_british, /*british=*/true);
      nodes.push_back(std::move(node));
      literal.clear();
    };
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (in_choice && (c == '|' || c == ']')) break;
      if (c == '{') {
        flush();
        const size_t end = text_.find('}', pos_);
        if (end == std::string_view::npos) Fail("unclosed {");
        TemplateNode node;
        node.type = TemplateNode::Type::kSlot;
        node.slot = SlotByName(text_.substr(pos_ + 1, end - pos_ - 1));
        nodes.push_back(std::move(node));
        pos_ = end + 1;
      } else if (c == '[') {
        flush();
        ++pos_;
        TemplateNode node;
        node.type = TemplateNode::Type::kChoice;
        for (;;) {
          node.alternatives.push_back(ParseSequence(/*in_choice=*/true));
          if (pos_ >= text_.size()) Fail("unclosed [");
          if (text_[pos_++] == ']') break;
        }
        nodes.push_back(std::move(node));
      } else if (c == '}' || c == ']' || c == '|') {
        Fail("stray bracket");
      } else {
        literal += c;
        ++pos_;
      }
    }
    flush();
    return nodes;
  }

  [[noreturn]] void Fail(const char* what) const {
    throw std::invalid_argument(std::string(what) + " in template: " + std::string(text_));
  }

  std::string_view text_;
  size_t pos_ = 0;
};

bool NodesUse(const std::vector<TemplateNode>& nodes, Slot slot) {
  for (const TemplateNode& node : nodes) {
    if (node.type == TemplateNode::Type::kSlot && node.slot == slot) return true;
    for (const auto& alt : node.alternatives) {
      if (NodesUse(alt, slot)) return true;
    }
  }
  return false;
}

}  // namespace

const char* SlotName(Slot slot) { return kSlotNames[static_cast<size_t>(slot)]; }

Template::Template(std::string_view text) : nodes_(Parser(text).ParseAll()), source_(text) {}

bool Template::Uses(Slot slot) const { return NodesUse(nodes_, slot); }

void Expand(const std::vector<TemplateNode>& nodes, Rng& rng, TemplateSink& sink,
            bool british) {
  for (const TemplateNode& node : nodes) {
    switch (node.type) {
      case TemplateNode::Type::kText:
        sink.Text(british ? node.text_british : node.text);
        break;
      case TemplateNode::Type::kSlot:
        sink.Fill(node.slot);
        break;
      case TemplateNode::Type::kChoice:
        Expand(node.alternatives[rng.Below(node.alternatives.size())], rng, sink, british);
        break;
    }
  }
}

std::vector<Template> CompileAll(const std::vector<std::string>& texts) {
  std::vector<Template> out;
  out.reserve(texts.size());
  for (const std::string& text : texts) out.emplace_back(text);
  return out;
}

}  // namespace sitrep::gen
