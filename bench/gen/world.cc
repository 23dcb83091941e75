#include "bench/gen/world.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

#include <fmt/format.h>

#include "bench/gen/figures.h"
#include "bench/gen/numbers.h"
#include "bench/gen/rng.h"

namespace sitrep::gen {
namespace {

// Powers that comment on, mediate or meddle in other countries' crises.
const std::vector<std::string>& OutsidePowers() {
  static const std::vector<std::string> powers = {
      "the United States", "France",  "Germany", "Britain", "China",       "Japan",
      "Türkiye",           "India",   "Brazil",  "Canada",  "South Africa"};
  return powers;
}

std::vector<std::string> Split(const std::string& text, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t end = text.find(sep, start);
    out.push_back(text.substr(start, end == std::string::npos ? end : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

void ReplaceAll(std::string& text, const std::string& from, const std::string& to) {
  for (size_t pos = text.find(from); pos != std::string::npos;
       pos = text.find(from, pos + to.size())) {
    text.replace(pos, from.size(), to);
  }
}

std::string TitleCaseWords(const std::string& text) {
  std::string out = text;
  bool start = true;
  for (char& c : out) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    start = c == ' ' || c == '-';
  }
  return out;
}

// Initials of the capitalised words: "National Union of Rail Workers" -> "NURW".
std::string Initials(const std::string& name) {
  std::string out;
  for (const std::string& word : Split(name, ' ')) {
    if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z') out += word[0];
  }
  return out;
}

const Organization& OrganizationByName(const std::string& name) {
  for (const Organization& org : Organizations()) {
    if (org.name == name) return org;
  }
  throw std::out_of_range("unknown organisation: " + name);
}

Entity CountryEntity(const Country& c) {
  Entity e;
  e.type = Entity::Type::kCountry;
  e.canonical = c.name.canonical();
  e.spellings = c.name.spellings;
  e.adjective = c.adjective;
  e.country = &c;
  return e;
}

Entity OrganizationEntity(const Organization& org) {
  Entity e;
  e.type = Entity::Type::kOrganization;
  e.canonical = org.name;
  e.spellings = {org.name};
  e.article = org.article;
  e.abbreviation = org.abbreviation;
  e.nominal = org.nominal;
  return e;
}

// The bare form of an abbreviation or name, without a leading "the".
std::string Bare(const std::string& name) {
  return name.rfind("the ", 0) == 0 ? name.substr(4) : name;
}

struct Builder {
  Rng& rng;
  std::set<std::string>& taken;

  double Draw(const FigureSpec& spec) {
    if (spec.lo <= 0 || spec.hi <= spec.lo) return RoundForReport(spec.lo, spec);
    // Log-uniform: a range of 5,000 to 300,000 should not almost always give six digits.
    const double v =
        std::exp(std::log(spec.lo) + rng.Unit() * (std::log(spec.hi) - std::log(spec.lo)));
    return RoundForReport(v, spec);
  }

  Entity Person(const std::string& pool) {
    for (int attempt = 0;; ++attempt) {
      Entity e = MakePerson(rng, pool);
      const std::string full = e.first + " " + e.last;
      if (taken.insert(full).second || attempt > 20) return e;
    }
  }
};

const Country& Neighbour(Rng& rng, const Country& home) {
  std::vector<const Country*> near;
  for (const Country& c : Countries()) {
    if (&c != &home && c.region == home.region) near.push_back(&c);
  }
  if (near.empty()) return Countries()[rng.Below(Countries().size())];
  return *near[rng.Below(near.size())];
}

const Country& OutsidePower(Rng& rng, const Country& a, const Country& b) {
  for (;;) {
    const Country& c = CountryByName(OutsidePowers()[rng.Below(OutsidePowers().size())]);
    if (&c != &a && &c != &b) return c;
  }
}

// Expands a template with canonical names, for titles and event descriptions.
class PlainSink : public TemplateSink {
 public:
  PlainSink(const Storyline& s, const Event* event, const World* world)
      : s_(s), event_(event), world_(world) {}

  void Text(std::string_view text) override { out_.append(text); }

  void Fill(Slot slot) override {
    auto party = [&](int i) -> const Entity& { return s_.entities[s_.parties[i]]; };
    auto name = [](const Entity& e) {
      if (e.is_person()) return e.first + " " + e.last;
      return e.article ? "the " + e.canonical : e.canonical;
    };
    auto adj = [&](const Entity& e) {
      return e.type == Entity::Type::kCountry ? e.adjective : Bare(name(e));
    };
    switch (slot) {
      case Slot::k_p0: out_ += name(party(0)); break;
      case Slot::k_p1: out_ += name(party(1)); break;
      case Slot::k_p2: out_ += name(party(2)); break;
      case Slot::k_p3: out_ += name(party(3)); break;
      case Slot::k_p0s: out_ += Possessive(name(party(0))); break;
      case Slot::k_p1s: out_ += Possessive(name(party(1))); break;
      case Slot::k_p2s: out_ += Possessive(name(party(2))); break;
      case Slot::k_p3s: out_ += Possessive(name(party(3))); break;
      case Slot::k_p0adj: out_ += adj(party(0)); break;
      case Slot::k_p1adj: out_ += adj(party(1)); break;
      case Slot::k_p2adj: out_ += adj(party(2)); break;
      case Slot::k_p3adj: out_ += adj(party(3)); break;
      case Slot::k_country: out_ += s_.home->name.canonical(); break;
      case Slot::k_countrys: out_ += Possessive(s_.home->name.canonical()); break;
      case Slot::k_countryadj: out_ += s_.home->adjective; break;
      case Slot::k_people: out_ += s_.home->demonym; break;
      case Slot::k_place:
        out_ += s_.places[event_ ? event_->place : 0].canonical();
        break;
      case Slot::k_place2:
        out_ += s_.places[s_.places.size() > 1 ? 1 : 0].canonical();
        break;
      case Slot::k_capital: out_ += s_.home->capital.canonical(); break;
      case Slot::k_topic: out_ += s_.topic; break;
      case Slot::k_crisis: out_ += s_.crisis.front(); break;
      case Slot::k_fig:
        if (event_ && world_ && event_->claim >= 0) {
          out_ += FigurePlain(world_->claims[event_->claim]);
        }
        break;
      case Slot::k_fig_noun:
        if (event_) {
          const ActionSpec& a = s_.kind->actions[event_->action];
          if (!a.figure.nouns.empty()) out_ += a.figure.nouns.front();
        }
        break;
      default:
        throw std::logic_error(std::string("slot not allowed in titles and descriptions: ") +
                               SlotName(slot));
    }
  }

  static std::string FigurePlain(const ClaimGroup& g) {
    const double v = g.value_a;
    const std::string number = v == std::floor(v) ? WithCommas(static_cast<int64_t>(v))
                                                  : ScaledDecimal(v, 1, 1);
    switch (g.spec->unit) {
      case Unit::kMoney: return number + " " + g.currency;
      case Unit::kPercent: return number + " percent";
      case Unit::kDistance: return number + " kilometres";
      case Unit::kArea: return number + " hectares";
      case Unit::kVolume: return number + " cubic metres";
      case Unit::kYears: return number + " years";
      case Unit::kRainfall: return number + " millimetres";
      case Unit::kTonnes: return number + " tonnes";
      default: return number;
    }
  }

  std::string Take() { return std::move(out_); }

 private:
  const Storyline& s_;
  const Event* event_;
  const World* world_;
  std::string out_;
};

std::string ExpandPlain(const Template& t, const Storyline& s, const Event* event,
                        const World* world, Rng& rng) {
  PlainSink sink(s, event, world);
  Expand(t.nodes(), rng, sink);
  return sink.Take();
}

std::string Capitalized(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

// Fills in the storyline's parties, places and people for `kind` on `setup`.
void Populate(Storyline& s, const KindSpec& kind, const std::vector<std::string>& setup,
              const Storyline* twin, double share_people, Builder& b) {
  Rng& rng = b.rng;
  s.kind = &kind;
  s.topic = kind.topics.empty() ? "" : kind.topics[rng.Below(kind.topics.size())];
  const Country& a = CountryByName(setup[0]);
  const Country& bc = setup.size() > 1 && !setup[1].empty() ? CountryByName(setup[1])
                                                            : Neighbour(rng, a);
  const Country& outside = setup.size() > 3 && !setup[3].empty() ? CountryByName(setup[3])
                                                                 : OutsidePower(rng, a, bc);
  s.home = &a;
  for (const std::string& c : kind.crisis) {
    std::string text = c;
    ReplaceAll(text, "{topic}", s.topic);
    s.crisis.push_back(text);
  }

  // Places: the home country's capital and cities, then the other country's when the
  // storyline spans two.
  s.places.push_back(a.capital);
  for (const PlaceName& p : a.cities) s.places.push_back(p);
  const bool pair = kind.parties[1].type == PartyType::kCountryB;
  if (pair) {
    s.places.push_back(bc.capital);
    for (size_t i = 0; i < bc.cities.size() && i < 3; ++i) s.places.push_back(bc.cities[i]);
  }
  // The main place is rarely the capital: stories happen in provinces and border towns.
  std::swap(s.places[0], s.places[1 + rng.Below(s.places.size() - 1)]);

  bool first_org = true;
  for (size_t i = 0; i < 4; ++i) {
    const PartySpec& p = kind.parties[i];
    Entity e;
    switch (p.type) {
      case PartyType::kCountryA: e = CountryEntity(a); break;
      case PartyType::kCountryB: e = CountryEntity(bc); break;
      case PartyType::kOutsideCountry: e = CountryEntity(outside); break;
      case PartyType::kOrganization: {
        if (first_org && setup.size() > 2 && !setup[2].empty()) {
          e = OrganizationEntity(OrganizationByName(setup[2]));
        } else {
          const std::vector<const Organization*> orgs = OrganizationsWithRole(p.arg);
          if (orgs.empty()) throw std::logic_error("no organisation with role " + p.arg);
          e = OrganizationEntity(*orgs[rng.Below(orgs.size())]);
        }
        first_org = false;
        break;
      }
      case PartyType::kBody: {
        const std::vector<std::string> choices = Split(p.arg, ';');
        const std::vector<std::string> f = Split(choices[rng.Below(choices.size())], '|');
        std::string name = f[0];
        ReplaceAll(name, "{adj}", a.adjective);
        ReplaceAll(name, "{country}", a.name.canonical());
        ReplaceAll(name, "{capital}", a.capital.canonical());
        ReplaceAll(name, "{city}", a.cities[rng.Below(a.cities.size())].canonical());
        ReplaceAll(name, "{stem}", CompanyStems()[rng.Below(CompanyStems().size())]);
        ReplaceAll(name, "{topic}", TitleCaseWords(s.topic));
        e.type = Entity::Type::kOrganization;
        if (name.rfind("the ", 0) == 0) {
          e.article = true;
          name = name.substr(4);
        }
        e.canonical = name;
        e.spellings = {name};
        if (f.size() > 1 && f[1] == "*") {
          e.abbreviation = "the " + Initials(name);
        } else if (f.size() > 1) {
          e.abbreviation = f[1];
        }
        e.nominal = f.size() > 2 && !f[2].empty() ? f[2] : "the " + name;
        break;
      }
      case PartyType::kPerson: {
        const std::vector<std::string> choices = Split(p.arg, ';');
        const std::vector<std::string> f = Split(choices[rng.Below(choices.size())], '|');
        e = b.Person(a.names);
        e.title = f[0];
        e.role = f.size() > 1 ? f[1] : f[0];
        e.short_role = f.size() > 2 ? f[2] : e.role;
        e.party = static_cast<int>(i);
        e.stance = Stance::kTarget;
        break;
      }
    }
    s.parties[i] = static_cast<int>(s.entities.size());
    s.entities.push_back(std::move(e));
  }

  for (const RoleSpec& role : kind.roles) {
    const Entity* party = role.party >= 0 ? &s.entities[s.parties[role.party]] : nullptr;
    // With shared vocabulary, the same official appears in a second storyline about
    // the same country: the prime minister of a flood story also answers for a strike.
    if (twin != nullptr && rng.Chance(share_people)) {
      const Entity* reuse = nullptr;
      for (int idx : twin->people) {
        const Entity& p = twin->entities[idx];
        if (p.title == role.title && !p.title.empty() && p.prefix ==
            (party && party->type == Entity::Type::kCountry ? party->adjective : p.prefix)) {
          reuse = &p;
        }
      }
      if (reuse != nullptr) {
        Entity copy = *reuse;
        copy.party = role.party;
        copy.stance = role.stance;
        s.people.push_back(static_cast<int>(s.entities.size()));
        s.entities.push_back(std::move(copy));
        continue;
      }
    }
    const Country* nation = party && party->country ? party->country : &a;
    std::string pool = nation->names;
    if (party && party->type == Entity::Type::kOrganization && party->country == nullptr &&
        role.party == 2) {
      // International officials come from anywhere.
      pool = NamePools()[rng.Below(NamePools().size())].id;
    }
    Entity e = b.Person(pool);
    std::string title = role.title;
    std::string text_role = role.role;
    std::string short_role = role.short_role;
    if (title == "@head") {
      const std::string head = party && party->type == Entity::Type::kOrganization
                                   ? std::string("Secretary General")
                                   : std::string("head");
      title = head;
      for (const Organization& org : Organizations()) {
        if (party && org.name == party->canonical) title = org.head_title;
      }
      text_role = title;
      std::transform(text_role.begin(), text_role.end(), text_role.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      short_role = "chief";
    }
    const std::string spokes = e.female ? "spokeswoman" : "spokesman";
    for (std::string* t : {&title, &text_role, &short_role}) {
      ReplaceAll(*t, "*", spokes);
      ReplaceAll(*t, "spokesman", spokes);
      ReplaceAll(*t, "{capital}", a.capital.canonical());
      ReplaceAll(*t, "{country}", a.name.canonical());
      ReplaceAll(*t, "{stem}", CompanyStems()[rng.Below(CompanyStems().size())]);
      ReplaceAll(*t, "{place2}", s.places[1 + rng.Below(s.places.size() - 1)].canonical());
    }
    e.title = title;
    e.role = text_role;
    e.short_role = short_role;
    e.party = role.party;
    e.stance = role.stance;
    if (role.prefixed && party != nullptr) {
      // Ministers and government spokespeople of a national body are the country's
      // ("Georgian Prime Minister", not "Georgian Interior Ministry Prime Minister");
      // other officials carry the body's name ("NDMA director", "CEC chairman").
      const bool national = party->type == Entity::Type::kOrganization &&
                            party->country == nullptr &&
                            party->canonical.rfind(a.adjective + " ", 0) == 0 &&
                            (title.find("Minister") != std::string::npos ||
                             title.find("government") != std::string::npos ||
                             title.find("President") != std::string::npos);
      const std::string mention =
          party->type == Entity::Type::kCountry || national
              ? (national ? a.name.canonical() : party->canonical)
              : (!party->abbreviation.empty() ? party->abbreviation
                                              : (party->article ? "the " : "") + party->canonical);
      e.prefix = party->type == Entity::Type::kCountry ? party->adjective
                 : national                          ? a.adjective
                                                     : Bare(mention);
      e.party_possessive = Possessive(mention);
    }
    s.people.push_back(static_cast<int>(s.entities.size()));
    s.entities.push_back(std::move(e));
  }
  // When an institution speaks for itself ("the ministry said"), it says what its
  // officials would.
  for (size_t i = 0; i < 4; ++i) {
    Entity& party = s.entities[s.parties[i]];
    if (party.is_person()) continue;
    party.stance = Stance::kMediator;
    for (const RoleSpec& role : kind.roles) {
      if (role.party == static_cast<int>(i)) {
        party.stance = role.stance;
        break;
      }
    }
  }
}

int PickSubjectSpeakers(Rng& rng, const Storyline& s, int party, std::vector<int>& out) {
  std::vector<int> own, others, experts;
  for (int idx : s.people) {
    const Entity& p = s.entities[idx];
    if (p.party == party) {
      own.push_back(idx);
    } else if (p.party < 0) {
      experts.push_back(idx);
    } else {
      others.push_back(idx);
    }
  }
  rng.Shuffle(own);
  rng.Shuffle(others);
  for (size_t i = 0; i < own.size() && i < 2; ++i) out.push_back(own[i]);
  for (size_t i = 0; i < others.size() && i < 2; ++i) out.push_back(others[i]);
  if (!experts.empty() && rng.Chance(0.4)) out.push_back(experts[rng.Below(experts.size())]);
  // A storyline party that is a single person (a defendant) speaks through lawyers, but
  // can be quoted too.
  if (s.entities[s.parties[party]].is_person()) out.push_back(s.parties[party]);
  return static_cast<int>(out.size());
}

std::string CurrencyFor(const FigureSpec& spec, const Country& home) {
  if (spec.unit != Unit::kMoney) return "";
  if (spec.currency == "local") return home.currency;
  return spec.currency.empty() ? "USD" : spec.currency;
}

// Money ranges are written in US dollars (or the stated currency); a local currency
// needs the amount converted so that "4.5 billion rupees" is a plausible sum.
double ScaleToCurrency(double usd, const std::string& currency, const FigureSpec& spec) {
  if (spec.currency != "local") return usd;
  const double rate = UsdPerUnit(currency);
  return RoundForReport(usd / rate, spec);
}

void AddEvents(World& w, int sindex, Builder& b) {
  Storyline& s = w.storylines[sindex];
  const KindSpec& kind = *s.kind;
  Rng& rng = b.rng;
  const int count = rng.Range(4, 9);
  Day day = s.start;
  int previous_action = -1;
  for (int k = 0; k < count; ++k) {
    if (k > 0) {
      static constexpr double kGapWeights[] = {0, 3, 4, 3, 2, 2, 1, 1};
      day += static_cast<Day>(rng.Weighted(kGapWeights));
    }
    Event ev;
    ev.id = fmt::format("{}-E{:02}", s.id, k + 1);
    ev.storyline = sindex;
    ev.index = k;
    ev.day = day;
    if (k == 0) {
      ev.action = 0;
    } else {
      do {
        ev.action = static_cast<int>(rng.Below(kind.actions.size()));
      } while (ev.action == previous_action && kind.actions.size() > 1);
    }
    previous_action = ev.action;
    const ActionSpec& action = kind.actions[ev.action];
    ev.subject = s.parties[action.subject];
    ev.place = k == 0 ? 0 : (rng.Chance(0.5) ? 0 : static_cast<int>(rng.Below(s.places.size())));
    PickSubjectSpeakers(rng, s, action.subject, ev.speakers);
    const int global = static_cast<int>(w.events.size());
    if (!action.figure.empty()) {
      ClaimGroup g;
      g.id = ev.id + "-F";
      g.storyline = sindex;
      g.event = global;
      g.spec = &action.figure;
      g.currency = CurrencyFor(action.figure, *s.home);
      g.value_a = ScaleToCurrency(b.Draw(action.figure), g.currency, action.figure);
      g.qualifiers = QualifiersFacing(action.figure.qualifiers, rng.Chance(0.5) ? 1 : -1);
      if (action.figure.owner >= 0) g.owner = s.entities[s.parties[action.figure.owner]].canonical;
      // A development's own number is usually the same everywhere; sometimes two camps
      // give different ones (organisers and police counting a crowd).
      if (rng.Chance(0.15) && g.value_a >= 20) {
        g.status = ClaimStatus::kConflict;
        g.party_a = action.subject;
        do {
          g.party_b = static_cast<int>(rng.Below(4));
        } while (g.party_b == g.party_a);
        g.value_b = ConflictingValue(rng, g.value_a, action.figure);
      }
      ev.claim = static_cast<int>(w.claims.size());
      w.claims.push_back(std::move(g));
    }
    w.events.push_back(std::move(ev));
    s.events.push_back(global);
    {
      Event& stored = w.events.back();
      const Entity& subj = s.entities[stored.subject];
      std::string subject = subj.is_person() ? subj.first + " " + subj.last
                                             : (subj.article ? "the " : "") + subj.canonical;
      const std::vector<std::string> forms = Split(action.verb, '|');
      stored.description = Capitalized(subject + " " + forms[1] + " " +
                                       ExpandPlain(action.object_t.front(), s, &stored, &w, rng));
    }
  }
}

void AddClaims(World& w, int sindex, Builder& b) {
  Storyline& s = w.storylines[sindex];
  Rng& rng = b.rng;
  int n = 0;
  for (const ClaimSpec& spec : s.kind->claims) {
    ClaimGroup g;
    g.id = fmt::format("{}-C{}", s.id, ++n);
    g.storyline = sindex;
    g.spec = &spec.figure;
    g.claim = &spec;
    g.currency = CurrencyFor(spec.figure, *s.home);
    g.qualifiers = QualifiersFacing(spec.figure.qualifiers, rng.Chance(0.5) ? 1 : -1);
    if (spec.figure.owner >= 0) g.owner = s.entities[s.parties[spec.figure.owner]].canonical;
    const double weights[] = {spec.agree, spec.conflict, spec.changed};
    g.status = static_cast<ClaimStatus>(rng.Weighted(weights));
    if (g.status == ClaimStatus::kConflict && (spec.source_a < 0 || spec.source_b < 0)) {
      g.status = ClaimStatus::kAgree;
    }
    g.value_a = ScaleToCurrency(b.Draw(spec.figure), g.currency, spec.figure);
    if (g.status == ClaimStatus::kConflict) {
      g.party_a = spec.source_a;
      g.party_b = spec.source_b;
      g.value_b = ConflictingValue(rng, g.value_a, spec.figure);
    } else if (g.status == ClaimStatus::kChanged) {
      // Tolls grow from one development to the next.
      double v = g.value_a;
      for (size_t k = 0; k < s.events.size(); ++k) {
        if (k > 0) {
          double next = RoundForReport(v * (1.08 + rng.Unit() * 0.6), spec.figure);
          if (next <= v) next = NextReportable(v, spec.figure);
          v = next;
        }
        g.by_event.push_back(v);
      }
    }
    s.claims.push_back(static_cast<int>(w.claims.size()));
    w.claims.push_back(std::move(g));
  }
}

}  // namespace

std::vector<std::string> Entity::Aliases() const {
  std::vector<std::string> out;
  auto add = [&](const std::string& a) {
    if (!a.empty() && std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
  };
  if (is_person()) {
    add(first + " " + last);
    add(last);
    if (!title.empty())
      add((prefix.empty() ? "" : prefix + " ") + title + " " + first + " " + last);
    add("the " + short_role);
    return out;
  }
  for (const std::string& s : spellings) add(s);
  add(Bare(abbreviation));
  add(nominal);
  add(adjective);
  return out;
}

const char* ClaimStatusName(ClaimStatus status) {
  switch (status) {
    case ClaimStatus::kAgree: return "agree";
    case ClaimStatus::kConflict: return "conflict";
    case ClaimStatus::kChanged: return "changed";
  }
  return "agree";
}

Entity MakePerson(Rng& rng, const std::string& pool_id) {
  const NamePool& pool = NamePoolById(pool_id);
  Entity e;
  e.type = Entity::Type::kPerson;
  e.female = rng.Chance(0.45);
  e.first = e.female ? pool.female[rng.Below(pool.female.size())]
                     : pool.male[rng.Below(pool.male.size())];
  e.last = pool.surnames[rng.Below(pool.surnames.size())];
  if (e.female && pool.feminine_surnames) e.last = FeminineSurname(e.last);
  e.canonical = e.first + " " + e.last;
  e.spellings = {e.canonical};
  return e;
}

double RoundForReport(double value, const FigureSpec& spec) {
  switch (spec.unit) {
    case Unit::kMagnitude:
      return std::round(value * 10) / 10;
    case Unit::kPercent:
      return spec.lo != std::floor(spec.lo) ? std::round(value * 10) / 10 : std::round(value);
    case Unit::kYears:
      return std::max(1.0, std::round(value));
    default:
      break;
  }
  if (value < 100) return std::max(1.0, std::round(value));
  if (value < 1000) return std::round(value / 10) * 10;
  const double magnitude = std::pow(10.0, std::floor(std::log10(value)) - 1);
  return std::round(value / magnitude) * magnitude;
}

double NextReportable(double value, const FigureSpec& spec) {
  double step = 1;
  if (spec.unit == Unit::kMagnitude ||
      (spec.unit == Unit::kPercent && spec.lo != std::floor(spec.lo))) {
    step = 0.1;
  } else if (value >= 1000) {
    step = std::pow(10.0, std::floor(std::log10(value)) - 1);
  } else if (value >= 100) {
    step = 10;
  }
  return RoundForReport(value + step, spec);
}

double ConflictingValue(Rng& rng, double value, const FigureSpec& spec) {
  // Camps disagree by a margin a reader notices: 13,000 against 14,000, 6.8 against 7.1,
  // 52 percent against 58.
  double other;
  if (spec.unit == Unit::kPercent) {
    const double points = 3 + rng.Unit() * 9;
    other =
        RoundForReport(value + (rng.Chance(0.5) || value < points + 1 ? points : -points), spec);
    other = std::min(other, 99.0);
  } else {
    const double spread = spec.unit == Unit::kMagnitude ? 0.03 + rng.Unit() * 0.04
                                                        : 0.07 + rng.Unit() * 0.3;
    other = RoundForReport(value * (rng.Chance(0.5) ? 1 + spread : 1 / (1 + spread)), spec);
  }
  if (other == value) other = NextReportable(value, spec);
  return other;
}

World BuildWorld(const WorldOptions& options) {
  World w;
  Rng rng(Rng::Derive(options.seed, 0x77'6f'72'6c'64));  // "world"
  std::set<std::string> taken;
  Builder b{rng, taken};
  const std::vector<KindSpec>& kinds = AllKinds();
  // Cycle through the kinds in a shuffled order so that small worlds are varied.
  std::vector<size_t> order(kinds.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  rng.Shuffle(order);
  for (int i = 0; i < options.storylines; ++i) {
    Storyline s;
    s.id = fmt::format("S{:03}", i + 1);
    const Storyline* twin = nullptr;
    if (i > 0 && rng.Chance(options.shared_vocab)) {
      twin = &w.storylines[rng.Below(w.storylines.size())];
    }
    const KindSpec* kind = &kinds[order[static_cast<size_t>(i) % order.size()]];
    // Without shared vocabulary, prefer a country no other storyline is about yet.
    std::vector<std::string> setup;
    for (int attempt = 0; attempt < 8; ++attempt) {
      setup = kind->setups[rng.Below(kind->setups.size())];
      bool used = false;
      for (const Storyline& other : w.storylines) {
        used = used || other.home->name.canonical() == setup[0];
      }
      if (!used) break;
    }
    if (twin != nullptr) {
      if (rng.Chance(0.5)) kind = twin->kind;
      // Prefer a line-up in the twin's country, so names and places overlap.
      std::vector<const std::vector<std::string>*> matching;
      for (const auto& candidate : kind->setups) {
        if (candidate[0] == twin->home->name.canonical()) matching.push_back(&candidate);
      }
      if (!matching.empty()) {
        setup = *matching[rng.Below(matching.size())];
      } else {
        setup = kind->setups[rng.Below(kind->setups.size())];
        if (kind->parties[1].type != PartyType::kCountryB) setup[0] = twin->home->name.canonical();
      }
    }
    Populate(s, *kind, setup, twin, options.shared_vocab, b);
    s.start = options.first_day + static_cast<Day>(rng.Below(std::max(1, options.span_days)));
    s.weight = 0.3 + rng.Unit() * rng.Unit() * 3;
    w.storylines.push_back(std::move(s));
    const int sindex = static_cast<int>(w.storylines.size()) - 1;
    AddEvents(w, sindex, b);
    AddClaims(w, sindex, b);
    Storyline& stored = w.storylines.back();
    const KindSpec& k = *stored.kind;
    stored.title = Capitalized(ExpandPlain(k.titles_t[rng.Below(k.titles_t.size())], stored,
                                           nullptr, &w, rng));
  }
  return w;
}

OneOff BuildOneOff(Rng& rng, Day day) {
  // One-offs share no entities with the world: their officials are drawn fresh, and
  // they are never mentioned again.
  std::set<std::string> taken;
  Builder b{rng, taken};
  const std::vector<KindSpec>& kinds = AllKinds();
  const KindSpec& kind = kinds[rng.Below(kinds.size())];
  OneOff o;
  o.storyline.id = "";
  Populate(o.storyline, kind, kind.setups[rng.Below(kind.setups.size())], nullptr, 0, b);
  o.storyline.start = day;
  o.storyline.title = "";
  Event& ev = o.event;
  ev.index = 0;
  ev.day = day;
  ev.action = static_cast<int>(rng.Below(kind.actions.size()));
  const ActionSpec& action = kind.actions[ev.action];
  ev.subject = o.storyline.parties[action.subject];
  ev.place = 0;
  PickSubjectSpeakers(rng, o.storyline, action.subject, ev.speakers);
  if (!action.figure.empty()) {
    const std::string currency = CurrencyFor(action.figure, *o.storyline.home);
    o.figure_value = ScaleToCurrency(b.Draw(action.figure), currency, action.figure);
    o.currency = currency;
  }
  return o;
}

}  // namespace sitrep::gen
