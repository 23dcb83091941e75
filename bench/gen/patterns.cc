// Generic sentence patterns. Many shapes for the same job keep later stages from
// recognising the generator's sentences instead of the language: a quote extractor that
// only knows `"...," X said.` fails here, as it would on real news.
#include "bench/gen/patterns.h"

#include "bench/gen/kinds.h"

namespace sitrep::gen {
namespace {

std::vector<Template> Sentences(const std::vector<std::string>& texts) {
  std::vector<Template> out = CompileAll(texts);
  for (Template& t : out) t.pattern_id = NextPatternId();
  return out;
}

void AddQuotes(std::vector<QuoteLayout>& out, QuoteForm form, bool appositive,
               bool continuation, const std::vector<std::string>& texts) {
  for (const std::string& text : texts) {
    QuoteLayout layout{Template(text), form, appositive, continuation};
    layout.pattern.pattern_id = NextPatternId();
    out.push_back(std::move(layout));
  }
}

PatternBanks Build() {
  PatternBanks b;
  b.leads = Sentences({
      "{subj} {action} {when}.",
      "{when}, {subj} {action}.",
      "{subj} {when} {action}.",
      "{subj} {action} {when}, {other} said.",
      "{subj} said {when} that it had {action_pp}.",
      "[In a new development|In a significant step|In a surprise move], {subj} {action} {when}.",
      "{subj} {action} {when} - the latest [turn|twist] in {crisis}.",
      "{subj} {action} {when}, according to [a statement|officials|people familiar with the "
      "matter].",
      "{subj} {action} {when} in what [officials|analysts|observers] described as [a major "
      "escalation|a significant step|a turning point].",
      "Officials in {capital} said {when} that {subj} had {action_pp}.",
      "{subj} has {action_pp}, {other} said {when}.",
      "[In|Amid] {crisis}, {subj} {action} {when}.",
  });
  b.nut = Sentences({
      "The move comes amid {crisis}, which has [dragged on for weeks|dominated headlines for "
      "weeks|shown no sign of easing].",
      "{action_noun} is the latest development in {crisis}.",
      "It was the [first|latest|most significant] such step since {crisis} began {since}.",
      "{action_noun} [followed|came after] [days|weeks] of [mounting pressure|growing "
      "tension|speculation].",
      "The decision [is likely to|could] [weigh on|complicate] efforts to [deal with|get to "
      "grips with] {crisis}.",
      "[Officials|Diplomats] [described {action_noun} as|called {action_noun}] [an important|"
      "an unwelcome|an expected] step.",
      "{action_noun} [was|had been] [widely expected|announced with little warning].",
      "The development [drew|prompted] [swift reactions|concern] [at home and abroad|in "
      "{capital}].",
  });
  b.event_figure = Sentences({
      "According to [officials|the authorities], the [number|figure] stands at {fig}.",
      "The figure of {fig} {fig_noun} was confirmed by {other}.",
      "{action_noun} involves {fig} {fig_noun}, [officials said|according to officials].",
      "{other} put the number of {fig_noun} at {fig}.",
      "In all, {fig} {fig_noun} are involved, [officials|authorities] said.",
      "Of the {fig} {fig_noun}, [most|the majority] [are|were] in and around {place}.",
  });
  b.previous = Sentences({
      "{prev_when}, {prev_subj} {prev_action}.",
      "The latest step follows {prev_noun} {prev_when}.",
      "{prev_subj} had {prev_action_pp} {prev_when}[, a move that [drew sharp criticism|raised "
      "tensions|was widely criticised]|].",
      "Earlier, {prev_subj} {prev_action}.",
      "It comes {prev_gap} after {prev_subj} {prev_action}.",
      "Since {prev_subj} {prev_action} {prev_when}, {crisis} has [deepened|shifted|escalated].",
      "{prev_noun} {prev_when} had already [raised|heightened] [tensions|concerns].",
      "[Only|Just] {prev_gap} earlier, {prev_subj} {prev_action}.",
  });
  b.context = Sentences({
      "{crisis} has [dominated|overshadowed] [politics|the news] in {country} [in recent "
      "days|since it began].",
      "The development is likely to [complicate|weigh on] efforts to [deal with|get a handle "
      "on] {crisis}.",
      "[Officials|Diplomats][ in {capital}|] [have warned|warn] that the situation could "
      "[deteriorate|get worse] [quickly|in the coming days].",
      "It was not immediately clear [how|whether] the move would affect {crisis}.",
      "{crisis} has [drawn|attracted] [international attention|concern abroad].",
      "[Analysts|Observers] say the coming days will be [crucial|decisive].",
      "{p2} has been following {crisis} closely.",
      "[Residents|People] in {place} [say|said] they [fear|worry] what [comes|will come] "
      "next.",
      "Many questions about {crisis} remain unanswered.",
      "The [mood|atmosphere] in {capital} [was|remained] [tense|sombre|subdued].",
  });
  b.count_claim = Sentences({
      "{claim_attrib} [puts|put] the number of {claim_what} at {claim}.",
      "The number of {claim_what} [stands at|has reached] {claim}[, according to "
      "{claim_attrib}|].",
      "[By some estimates|According to {claim_attrib}], the number of {claim_what} is "
      "{claim}.",
  });
  b.conflict = Sentences({
      "{attrib_a} [puts|put] the figure at {claim_a}, while {attrib_b} [says|said] it is "
      "{claim_b}.",
      "Estimates vary: {attrib_a} [cites|gave] {claim_a}, {attrib_b} {claim_b}.",
      "{attrib_b} [disputes|disputed] the figure of {claim_a} given by {attrib_a}, saying the "
      "real number is {claim_b}.",
      "While {attrib_a} [reports|reported] {claim_a}, {attrib_b} [gives|gave] a figure of "
      "{claim_b}.",
  });
  b.closing = Sentences({
      "[Officials|Authorities] did not [immediately |]respond to requests for comment.",
      "It was not immediately clear when [talks|the next round of talks] would take place.",
      "The figures could not be independently verified.",
      "More details are expected [in the coming days|later this week].",
      "{p1} did not immediately respond to a request for comment.",
      "The situation remains [fluid|tense|uncertain].",
      "[Further|More] [talks|meetings] are planned [for next week|in the coming days].",
      "[Calls|Messages] to {p0s} representatives went unanswered.",
  });

  // Quote layouts. `spk` is the speaker's mention (full title and name the first time,
  // surname after), `spk_app` names the speaker with an appositive the first time.
  AddQuotes(b.quotes, QuoteForm::kWhole, false, false, {
      "{oq}{q},{cq} {spk} {cue}.",
      "{oq}{q},{cq} {cue_inv} {spk}.",
      "{spk} {cue_colon}: {oq}{q}.{cq}",
      "{spk} {cue_colon} in a statement: {oq}{q}.{cq}",
      "{oq}{q},{cq} {spk} {cue} at a news conference in {capital}.",
      "{oq}{q},{cq} {spk} {cue} in an interview with {outlet}.",
      "{cue_acc} {spk}, {oq}{q}.{cq}",
      "{spk} {cue_colon}, {oq}{q}.{cq}",
      "Speaking [to reporters|at a briefing|on television] {when}, {spk} {cue_colon}: "
      "{oq}{q}.{cq}",
      "In a [post|statement] on social media, {spk} {cue_post}: {oq}{q}.{cq}",
      "{oq}{q},{cq} {spk} {cue} {when}.",
      "{spk} {cue_colon} {when}: {oq}{q}.{cq}",
      "Asked about {crisis}, {spk} {cue_colon}: {oq}{q}.{cq}",
      "{oq}{q},{cq} {spk} {cue}, [without giving details|declining to elaborate].",
  });
  AddQuotes(b.quotes, QuoteForm::kSentenceSplit, false, false, {
      "{oq}{q1},{cq} {spk} {cue}. {oq}{q2}.{cq}",
      "{oq}{q1},{cq} {cue_inv} {spk}. {oq}{q2}.{cq}",
  });
  AddQuotes(b.quotes, QuoteForm::kCommaSplit, false, false, {
      "{oq}{q1},{cq} {spk} {cue}, {oq}{q2}.{cq}",
      "{oq}{q1},{cq} {cue_inv} {spk}, {oq}{q2}.{cq}",
  });
  AddQuotes(b.quotes, QuoteForm::kWhole, true, false, {
      "{oq}{q},{cq} {cue_inv} {spk_app}.",
      "{spk_app}, {cue_colon}: {oq}{q}.{cq}",
      "{oq}{q},{cq} {cue_inv} {spk_app}, speaking {when}.",
  });
  AddQuotes(b.quotes, QuoteForm::kSentenceSplit, true, false, {
      "{oq}{q1},{cq} {cue_inv} {spk_app}. {oq}{q2}.{cq}",
  });
  AddQuotes(b.quotes, QuoteForm::kFragment, false, false, {
      "{spk} {cue_call} the [move|decision|development] {oq}{qf}{cq}.",
      "The [move|decision] was {oq}{qf},{cq} {spk} {cue}.",
      "{spk} {cue_that} the [move|decision] was {oq}{qf}{cq}.",
  });
  AddQuotes(b.quotes, QuoteForm::kFragment, true, false, {
      "{spk_app}, {cue_call} the [move|decision] {oq}{qf}{cq}.",
  });
  AddQuotes(b.quotes, QuoteForm::kReported, false, false, {
      "{spk} {cue_that} [that |]{rep}.",
      "{cue_acc} {spk}, {rep}.",
      "{spk} {cue_that} {when} that {rep}.",
      "{rep}, {spk} {cue}.",
  });
  AddQuotes(b.quotes, QuoteForm::kReported, true, false, {
      "{spk_app}, {cue_that} {rep}.",
  });
  // Continuations: the speaker is only a pronoun or a role noun, as in real copy.
  AddQuotes(b.quotes, QuoteForm::kWhole, false, true, {
      "{oq}{q},{cq} {pron} {cue_more}.",
      "{pron} {cue_more}: {oq}{q}.{cq}",
      "{pron} {cue_more}, {oq}{q}.{cq}",
      "{oq}{q},{cq} {spk_role} {cue_more}.",
  });
  AddQuotes(b.quotes, QuoteForm::kBare, false, true, {
      "{oq}{q}.{cq}",
  });

  b.headlines = CompileAll({
      "{subj} {action_pres}",
  });
  b.bullets = CompileAll({
      "{subj} {action}",
      "{subj} {action_pres}",
  });
  for (Template& t : b.bullets) t.pattern_id = NextPatternId();
  b.statements[StanceIndex(Stance::kActor)] = CompileAll({
      "Our position has not changed.",
      "We acted within our rights.",
      "We have nothing to hide.",
      "The decision was not taken lightly.",
      "We will continue on the path we have chosen.",
      "Those who criticise us should look at their own record.",
      "We have been patient for a long time.",
      "There will be no going back.",
      "We expect our partners to respect this decision.",
      "The facts speak for themselves.",
      "We remain open to dialogue on our terms.",
      "Nobody should doubt our resolve.",
  });
  b.statements[StanceIndex(Stance::kTarget)] = CompileAll({
      "We were not consulted.",
      "This is unacceptable, and we will respond.",
      "We call on our partners to stand with us.",
      "Our patience has limits.",
      "We have done everything to avoid this situation.",
      "This decision will hurt ordinary people the most.",
      "We will not be intimidated.",
      "We are studying all our options.",
      "The other side must take responsibility for what happens next.",
      "We want this resolved, but not at any price.",
      "Our people are united.",
  });
  b.statements[StanceIndex(Stance::kMediator)] = CompileAll({
      "We are following the situation very closely.",
      "We urge all sides to show restraint.",
      "Dialogue is the only way forward.",
      "We are ready to help in any way we can.",
      "This is a moment for calm heads.",
      "We are deeply concerned by the latest developments.",
      "There is no alternative to a negotiated solution.",
      "We will stay engaged for as long as it takes.",
      "The international community must not look away.",
      "Everyone has to step back from the brink.",
      "Our message to both sides is the same.",
  });
  b.statements[StanceIndex(Stance::kAuthority)] = CompileAll({
      "We are doing everything in our power.",
      "The situation is difficult but under control.",
      "Our teams are working around the clock.",
      "We will provide more information as soon as we have it.",
      "The coming days will be decisive.",
      "We ask the public to follow official guidance.",
      "Every resource available has been deployed.",
      "We will not cut corners.",
      "We have learned from past mistakes.",
      "Our priority is the safety of the population.",
      "There is no reason to panic.",
  });
  b.statements[StanceIndex(Stance::kCritic)] = CompileAll({
      "The government has failed the people.",
      "We warned about this for years.",
      "Nobody has been held responsible.",
      "This is a scandal.",
      "Promises are not enough anymore.",
      "The authorities are hiding the truth.",
      "People deserve answers.",
      "We will not stay silent.",
      "The official version does not add up.",
      "Too little has been done, too late.",
      "Ordinary people are paying the price.",
  });
  b.statements[StanceIndex(Stance::kExpert)] = CompileAll({
      "The real question is what happens next.",
      "Nobody should be surprised by this.",
      "It is too early to draw firm conclusions.",
      "The numbers only tell part of the story.",
      "This has been building for a long time.",
      "History suggests this will take years to resolve.",
      "The risks are asymmetric.",
      "Much depends on decisions that have not been made yet.",
      "What we are seeing is a test of institutions.",
      "The long-term consequences are hard to overstate.",
      "Both sides are miscalculating.",
  });
  b.statements[StanceIndex(Stance::kWitness)] = CompileAll({
      "We are scared.",
      "Nobody tells us anything.",
      "I have lived here all my life and never seen anything like this.",
      "We just want to go back to normal.",
      "We do not know what tomorrow will bring.",
      "My family is all I have left.",
      "Everyone here is exhausted.",
      "We help each other because no one else will.",
      "I cannot sleep at night.",
      "We have lost so much already.",
  });
  b.openers = CompileAll({
      "Meanwhile, ", "At the same time, ", "Separately, ", "For now, ", "Still, ",
      "In the meantime, ", "On the ground, ", "In {place}, ", "In {capital}, ",
      "Across {country}, ", "As things stand, ", "So far, ", "Already, ", "In recent days, ",
      "Once again, ", "Notably, ", "Overall, ", "In practice, ", "By most accounts, ",
      "Locally, ", "Beyond that, ", "In the latest twist, ",
  });
  b.subheads = {"Background", "Reactions", "What happens next", "Context", "Next steps",
                "On the ground"};
  return b;
}

}  // namespace

const PatternBanks& Patterns() {
  static const PatternBanks banks = Build();
  return banks;
}

}  // namespace sitrep::gen
