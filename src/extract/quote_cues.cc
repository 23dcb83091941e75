// The attribution cue lexicon.
//
// Speech verbs of English news in all their forms, written out rather than inflected by
// rule so that irregular forms ("said", "told", "wrote") and spelling changes
// ("replied", "admitted") need no morphology. Weak entries are the stand-ins that
// article-spinning tools put in place of speech verbs; they were collected from spun
// copies of wire stories ("burdened" for "stressed", "mentioned" for "said", "informed
// reporters" for "told reporters", "advised reporters", "talked about" for "said", "he
// included" for "he added"). "mentioned" is an ordinary speech verb and is strong.
// "accused" is weak too: "Washington accuses Moscow of ..." reports a charge, not words.
#include "extract/quote_cues.h"

#include <string>
#include <unordered_map>

#include "extract/view_table.h"
#include "extract/word_filter.h"
#include "extract/word_hash.h"

namespace sitrep::extract::internal {
namespace {

struct VerbForms {
  const char* forms;  // base 3rd-person past -ing, space-separated; "-" for none
  bool takes_object;
  bool weak;
  // Also introduces reported speech without quote marks ("Kirby said no troops ...").
  // Verbs that as often mean something else ("continued", "agreed", "described") cue
  // only a quotation next to them.
  bool reports;
};

const VerbForms kVerbs[] = {
    {"say says said saying", false, false, true},
    {"tell tells told telling", true, false, true},
    {"add adds added adding", false, false, true},
    {"stress stresses stressed stressing", false, false, true},
    {"note notes noted noting", false, false, true},
    {"warn warns warned warning", false, false, true},
    {"insist insists insisted insisting", false, false, true},
    {"explain explains explained explaining", false, false, true},
    {"state states stated stating", false, false, true},
    {"announce announces announced announcing", false, false, true},
    {"claim claims claimed claiming", false, false, true},
    {"argue argues argued arguing", false, false, true},
    {"confirm confirms confirmed confirming", false, false, true},
    {"deny denies denied denying", false, false, true},
    {"urge urges urged urging", false, false, true},
    {"ask asks asked asking", false, false, false},
    {"reply replies replied replying", false, false, false},
    {"respond responds responded responding", false, false, false},
    {"acknowledge acknowledges acknowledged acknowledging", false, false, true},
    {"admit admits admitted admitting", false, false, true},
    {"emphasize emphasizes emphasized emphasizing", false, false, true},
    {"emphasise emphasises emphasised emphasising", false, false, true},
    {"declare declares declared declaring", false, false, true},
    {"reiterate reiterates reiterated reiterating", false, false, true},
    {"caution cautions cautioned cautioning", false, false, true},
    {"suggest suggests suggested suggesting", false, false, true},
    {"conclude concludes concluded concluding", false, false, false},
    {"recall recalls recalled recalling", false, false, false},
    {"observe observes observed observing", false, false, false},
    {"remark remarks remarked remarking", false, false, false},
    {"mention mentions mentioned mentioning", false, false, true},
    {"affirm affirms affirmed affirming", false, false, true},
    {"assert asserts asserted asserting", false, false, true},
    {"contend contends contended contending", false, false, true},
    {"counter counters countered countering", false, false, false},
    {"concede concedes conceded conceding", false, false, true},
    {"lament laments lamented lamenting", false, false, false},
    {"complain complains complained complaining", false, false, true},
    {"quip quips quipped quipping", false, false, false},
    {"vow vows vowed vowing", false, false, true},
    {"pledge pledges pledged pledging", false, false, true},
    {"promise promises promised promising", false, false, true},
    {"threaten threatens threatened threatening", false, false, true},
    {"allege alleges alleged alleging", false, false, true},
    {"testify testifies testified testifying", false, false, true},
    {"report reports reported reporting", false, false, false},
    {"reveal reveals revealed revealing", false, false, true},
    {"predict predicts predicted predicting", false, false, true},
    {"maintain maintains maintained maintaining", false, false, true},
    {"underline underlines underlined underlining", false, false, true},
    {"underscore underscores underscored underscoring", false, false, true},
    {"tweet tweets tweeted tweeting", false, false, true},
    {"write writes wrote writing", false, false, true},
    {"comment comments commented commenting", false, false, false},
    {"exclaim exclaims exclaimed exclaiming", false, false, false},
    {"joke jokes joked joking", false, false, false},
    {"boast boasts boasted boasting", false, false, false},
    {"demand demands demanded demanding", false, false, false},
    {"assure assures assured assuring", true, false, true},
    {"reassure reassures reassured reassuring", true, false, true},
    {"remind reminds reminded reminding", true, false, true},
    {"inform informs informed informing", true, false, true},
    {"retort retorts retorted retorting", false, false, false},
    {"clarify clarifies clarified clarifying", false, false, true},
    {"specify specifies specified specifying", false, false, false},
    {"continue continues continued continuing", false, false, false},
    {"agree agrees agreed agreeing", false, false, false},
    {"hint hints hinted hinting", false, false, false},
    {"signal signals signaled signalling", false, false, false},
    {"estimate estimates estimated estimating", false, false, false},
    {"describe describes described describing", false, false, false},
    {"proclaim proclaims proclaimed proclaiming", false, false, false},
    {"wonder wonders wondered wondering", false, false, false},
    {"repeat repeats repeated repeating", false, false, false},
    {"speak speaks spoke speaking", false, false, false},
    // "called the plan “a fantasy”": the partial quote is the caller's words; "called
    // for" and "called on" report a demand, not a statement, so no reported speech. The
    // base and -s forms are mostly nouns ("a phone call", "calls for restraint").
    {"- - called calling", false, false, false},
    // "Washington accuses Moscow of ..." reports a charge, not words: a cue only right
    // next to a quote of the accuser's own words or before "that". ("indicate" is no
    // cue at all: what "indicates" a figure in quote marks is a report or a chart.)
    {"accuse accuses accused accusing", false, true, false},
    // Stand-ins of spun copies.
    {"burden burdens burdened burdening", false, true, true},
    {"instruct instructs instructed instructing", true, true, true},
    {"pressure pressures pressured pressuring", false, true, false},
    // "advised reporters" for "told reporters", "talked about" for "said", "he included"
    // for "he added" (only the past: "including" lists, it does not speak).
    {"advise advises advised advising", true, true, true},
    {"- - talked talking", false, true, false},  // "talks" is mostly a noun
    {"- - included -", false, true, false},
};

// Verbs of commitment and announcement that as often take a plain object as a clause:
// "The EU pledged 1.2 billion euros in aid" reports a deed, "pledged to send troops" and
// "confirmed the troops had arrived" report words.
const char* const kObjectVerbs[] = {"pledge",   "promise",  "vow",     "announce", "confirm",
                                    "warn",     "threaten", "reveal",  "declare"};

const char* const kListeners[] = {
    "reporters", "journalists", "press", "media", "lawmakers", "legislators", "parliament",
    "senators", "congress", "audience", "crowd", "conference", "briefing", "interviewer",
    "television", "radio", "newspaper", "agency", "supporters", "students", "diplomats",
    "delegates", "members", "officials", "leaders", "counterparts", "broadcaster", "channel",
    "daily", "interview", "correspondents", "news", "outlet", "station"};

struct Lexicon {
  std::unordered_map<std::string, CueInfo, WordHash, std::equal_to<>> cues;
  std::unordered_map<std::string, bool, WordHash, std::equal_to<>> listeners;
  // Flat views of the two maps: every word of a sentence near a quote is looked up.
  ViewTable<CueInfo> cue_table;
  ViewTable<bool> listener_table;
  // Rules out most words before cue_table hashes them: few words of a text are cues.
  WordFilter cue_filter;
  Lexicon() {
    for (const VerbForms& v : kVerbs) {
      std::string_view rest = v.forms;
      bool objects = false;
      for (const char* base : kObjectVerbs) {
        objects |= rest.substr(0, rest.find(' ')) == base;
      }
      int index = 0;
      while (!rest.empty()) {
        const size_t sp = rest.find(' ');
        const std::string form(rest.substr(0, sp));
        rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
        CueInfo info;
        info.weak = v.weak;
        info.takes_object = v.takes_object;
        info.participle = index == 3;
        info.present = index <= 1;
        info.reports = v.reports;
        info.objects = objects;
        // The bare form is a cue only where a pronoun or plural subject needs it
        // ("they say"); keep it, its clause position decides.
        if (form != "-") cues.emplace(form, info);
        ++index;
      }
    }
    for (const char* w : kListeners) listeners.emplace(w, true);
    cue_table.Build(cues);
    cue_filter = WordFilter::FromKeys(cues);
    listener_table.Build(listeners);
  }
};

// Built on first use and never destroyed: a static object with a destructor kept
// GetLexicon out of line, a call per word looked up.
const Lexicon& GetLexicon() {
  static const Lexicon* const lexicon = new Lexicon();
  return *lexicon;
}

}  // namespace

const CueInfo* FindCue(std::string_view folded_word) {
  const Lexicon& lexicon = GetLexicon();
  if (!lexicon.cue_filter.MayContain(folded_word)) return nullptr;
  return lexicon.cue_table.Find(folded_word);
}

const WordFilter& CueWords() { return GetLexicon().cue_filter; }

bool IsListenerNoun(std::string_view folded_word) {
  return GetLexicon().listener_table.Find(folded_word) != nullptr;
}

}  // namespace sitrep::extract::internal
