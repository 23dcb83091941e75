// A small template language for sentence patterns.
//
//   {slot}        a value the writer fills in: a name, a figure, a quote, a date ...
//   [a|b|c]       one of the alternatives, chosen at random; alternatives may hold
//                 slots and further choices
//   anything else literal text
//
// Templates are compiled once at start-up, so expansion is a walk over a small tree
// with no parsing: the corpus generator expands millions of them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::gen {

class Rng;

// Every slot name the templates may use. The X-macro keeps enum and names in step.
#define SITREP_GEN_SLOTS(X)                                                         \
  X(subj) X(p0) X(p1) X(p2) X(p3) X(p0s) X(p1s) X(p2s) X(p3s) X(p0adj) X(p1adj)     \
  X(p2adj) X(p3adj) X(country) X(countrys) X(countryadj) X(people) X(place)         \
  X(place2) X(capital) X(topic) X(when) X(prev_when) X(prev_gap) X(since) X(action) \
  X(action_pres) X(action_pp) X(action_ing) X(action_base) X(action_noun)           \
  X(prev_subj) X(prev_action) X(prev_action_pp) X(prev_noun) X(crisis) X(tail)      \
  X(fig) X(fig_noun) X(claim) X(claim_noun) X(claim_what) X(claim_attrib) X(claim_a)  \
  X(claim_b) X(attrib_a) X(attrib_b) X(spk) X(spk_app) X(spk_role) X(pron) X(other)  \
  X(outlet) X(cue) X(cue_inv) X(cue_colon) X(cue_more) X(cue_acc) X(cue_post)       \
  X(cue_call) X(cue_that) X(oq) X(cq) X(q) X(q1) X(q2) X(qf) X(rep)

enum class Slot : uint8_t {
#define SITREP_GEN_SLOT_ENUM(name) k_##name,
  SITREP_GEN_SLOTS(SITREP_GEN_SLOT_ENUM)
#undef SITREP_GEN_SLOT_ENUM
      kCount
};

const char* SlotName(Slot slot);

struct TemplateNode {
  enum class Type : uint8_t { kText, kSlot, kChoice };
  Type type = Type::kText;
  Slot slot = Slot::kCount;
  // Literal text in American and in British spelling, settled at compile time so that
  // expansion never re-spells ("defense"/"defence").
  std::string text;
  std::string text_british;
  std::vector<std::vector<TemplateNode>> alternatives;
};

class Template {
 public:
  Template() = default;
  // Compiles `text`; throws std::invalid_argument on an unknown slot or unbalanced
  // brackets, so a typo in a table stops the program at start-up, not mid-corpus.
  explicit Template(std::string_view text);

  const std::vector<TemplateNode>& nodes() const { return nodes_; }
  const std::string& source() const { return source_; }
  // Whether the template uses `slot` anywhere, in any alternative.
  bool Uses(Slot slot) const;
  // The whole text when the template is a plain literal (no slots, no choices), in the
  // chosen spelling; nullptr otherwise.
  const std::string* Literal(bool british) const {
    if (nodes_.size() != 1 || nodes_[0].type != TemplateNode::Type::kText) return nullptr;
    return british ? &nodes_[0].text_british : &nodes_[0].text;
  }

  // A stable number for the sentence pattern this template is, assigned by the
  // pattern registry; -1 for templates that are not whole sentences.
  int pattern_id = -1;

 private:
  std::vector<TemplateNode> nodes_;
  std::string source_;
};

// Receives the expansion of a template: literal text and filled slots.
class TemplateSink {
 public:
  virtual ~TemplateSink() = default;
  virtual void Text(std::string_view text) = 0;
  virtual void Fill(Slot slot) = 0;
};

// Walks `nodes`, choosing among alternatives with `rng`; literals come in British
// spelling when `british` is set.
void Expand(const std::vector<TemplateNode>& nodes, Rng& rng, TemplateSink& sink,
            bool british = false);

// Compiles a list of template texts.
std::vector<Template> CompileAll(const std::vector<std::string>& texts);

}  // namespace sitrep::gen
