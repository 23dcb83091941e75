#include "bench/gen/output.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace sitrep::gen {
namespace {

namespace fs = std::filesystem;

// Appends JSON text to a string. Strings and fractional numbers are escaped and
// formatted by nlohmann's serializer; the structure around them (braces, keys, commas)
// is written directly. Building a json tree per article only to print it cost more than
// writing the text itself, and the generator writes two records per article at tens of
// thousands of articles a second.
class JsonOut {
 public:
  explicit JsonOut(std::string& out)
      : out_(out),
        serializer_(nlohmann::detail::output_adapter<char, std::string>(out_), ' '),
        string_(nlohmann::json::string_t()),
        number_(0.0) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  // Keys are the generator's own ASCII field names: nothing to escape.
  void Key(std::string_view key) {
    Separate();
    char buf[48];
    buf[0] = '"';
    std::memcpy(buf + 1, key.data(), key.size());
    buf[key.size() + 1] = '"';
    buf[key.size() + 2] = ':';
    out_.append(buf, key.size() + 3);
    after_key_ = true;
  }

  // Printable ASCII other than '"' and '\\' is its own JSON representation: runs of
  // it are copied as they are, and only the bytes in between (line breaks, quote
  // marks, non-ASCII letters) go through the serializer, which escapes them and
  // checks their UTF-8. The result is byte for byte what the serializer writes for the
  // whole string, without its per-byte decoding of the long plain runs that make up
  // most of an article.
  void String(std::string_view s) {
    Separate();
    out_ += '"';
    size_t i = 0;
    while (i < s.size()) {
      const size_t j = PlainRun(s, i);
      out_.append(s.data() + i, j - i);
      if (j == s.size()) break;
      size_t k = j + 1;
      while (k < s.size() && !IsPlain(s[k])) ++k;
      Escaped(s.substr(j, k - j));
      i = k;
    }
    out_ += '"';
  }
  void StringOrNull(std::string_view s) {
    if (s.empty()) {
      Null();
    } else {
      String(s);
    }
  }
  void Null() {
    Separate();
    out_ += "null";
  }
  void Bool(bool b) {
    Separate();
    out_ += b ? "true" : "false";
  }
  // Whole numbers as integers ("100000", not "100000.0").
  void Number(double v) {
    if (v == std::floor(v) && std::fabs(v) < 9e15) {
      Int(static_cast<int64_t>(v));
      return;
    }
    Separate();
    number_ = v;
    serializer_.dump(number_, false, false, 0);
  }
  void Int(int64_t v) {
    Separate();
    char buf[24];
    const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    out_.append(buf, static_cast<size_t>(end - buf));
  }
  // A value that is already JSON text.
  void Raw(std::string_view json) {
    Separate();
    out_.append(json);
  }
  void Strings(const std::vector<std::string>& items) {
    BeginArray();
    for (const std::string& s : items) String(s);
    EndArray();
  }

 private:
  static bool IsPlain(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x7f && u != '"' && u != '\\';
  }

  // The end of the run of plain bytes starting at `i`, eight bytes at a time.
  static size_t PlainRun(std::string_view s, size_t i) {
    constexpr uint64_t kOnes = 0x0101010101010101ULL;
    constexpr uint64_t kHigh = 0x8080808080808080ULL;
    auto has_zero = [](uint64_t v) { return ((v - kOnes) & ~v & kHigh) != 0; };
    while (i + 8 <= s.size()) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      const bool special = (w & kHigh) != 0 || ((w - 0x20 * kOnes) & ~w & kHigh) != 0 ||
                           has_zero(w ^ ('"' * kOnes)) || has_zero(w ^ ('\\' * kOnes)) ||
                           has_zero(w ^ (0x7f * kOnes));
      if (special) break;
      i += 8;
    }
    while (i < s.size() && IsPlain(s[i])) ++i;
    return i;
  }

  // Appends `s` escaped by the serializer, without the quotes it puts around it.
  void Escaped(std::string_view s) {
    string_.get_ref<nlohmann::json::string_t&>().assign(s);
    const size_t at = out_.size();
    serializer_.dump(string_, false, false, 0);
    out_.erase(at, 1);
    out_.pop_back();
  }

  // Bit d of `started_` records that the container at depth d has an element, so the
  // next one needs a comma.
  void Separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ > 0) {
      const uint64_t bit = uint64_t{1} << (depth_ - 1);
      if (started_ & bit) out_ += ',';
      started_ |= bit;
    }
  }
  void Open(char c) {
    Separate();
    out_ += c;
    ++depth_;
    started_ &= ~(uint64_t{1} << (depth_ - 1));
  }
  void Close(char c) {
    out_ += c;
    --depth_;
  }

  std::string& out_;
  nlohmann::detail::serializer<nlohmann::json> serializer_;
  nlohmann::json string_;
  nlohmann::json number_;
  uint64_t started_ = 0;
  int depth_ = 0;
  bool after_key_ = false;
};

std::FILE* Open(const fs::path& path, bool large = false) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) throw std::runtime_error("cannot create " + path.string());
  // The two streams of a corpus grow by several kilobytes per article: a large
  // buffer saves most of the write system calls.
  if (large) std::setvbuf(f, nullptr, _IOFBF, 1 << 20);
  return f;
}

}  // namespace

bool TextFileHasTitle(const GeneratedArticle& a) {
  const Source& src = *a.source;
  if (src.header == HeaderStyle::kHeadline) return true;
  if (src.header == HeaderStyle::kFields) {
    return std::find(src.header_fields.begin(), src.header_fields.end(), "title") !=
           src.header_fields.end();
  }
  return false;
}

std::string TextFile(const GeneratedArticle& a) {
  const Source& src = *a.source;
  std::string out;
  out.reserve(a.body.text.size() + 256);
  switch (src.header) {
    case HeaderStyle::kNone:
      break;
    case HeaderStyle::kHeadline:
      out += a.title;
      out += "\n\n";
      break;
    case HeaderStyle::kFields: {
      bool any = false;
      for (const std::string& field : src.header_fields) {
        if (field == "title") {
          out += "title: " + a.title + "\n";
        } else if (field == "source") {
          out += "source: " + src.name + "\n";
        } else if (field == "url") {
          out += "url: " + a.url + "\n";
        } else if (field == "date") {
          if (!a.dated) continue;
          out += "date: " + a.published + "\n";
        } else {
          continue;
        }
        any = true;
      }
      if (any) out += "\n";
      break;
    }
  }
  out += a.body.text;
  out += '\n';
  return out;
}

void AppendJsonlRecord(const GeneratedArticle& a, std::string& out) {
  JsonOut j(out);
  j.BeginObject();
  j.Key("id");
  j.String(a.id);
  j.Key("url");
  j.String(a.url);
  j.Key("title");
  j.String(a.title);
  j.Key("text");
  j.String(a.body.text);
  if (a.dated) {
    j.Key("published");
    j.String(a.published);
  }
  j.Key("source");
  j.String(a.source->name);
  if (!a.section.empty()) {
    j.Key("section");
    j.String(a.section);
  }
  if (!a.tags.empty()) {
    j.Key("tags");
    j.Strings(a.tags);
  }
  j.EndObject();
}

void AppendTruthRecord(const GeneratedArticle& a, const World& world, Format format,
                       int id_width, std::string& out) {
  JsonOut j(out);
  j.BeginObject();
  j.Key("id");
  j.String(a.id);
  if (format == Format::kText) {
    j.Key("file");
    j.String("articles/" + a.id + ".txt");
  }
  j.Key("source");
  j.String(a.source->name);
  j.Key("published");
  j.StringOrNull(a.dated ? a.published : std::string());
  j.Key("storyline");
  j.StringOrNull(a.storyline);
  j.Key("event");
  j.StringOrNull(a.event);
  j.Key("copy_of");
  if (a.copy_of >= 0) {
    j.String(ArticleId(static_cast<uint32_t>(a.copy_of), id_width));
    j.Key("copy_kind");
    j.String(CopyKindName(a.copy_kind));
    if (SpinShare(a.copy_kind) > 0) {
      j.Key("spun_share");
      j.Number(std::round(a.spun_share * 1000) / 1000);
    }
  } else {
    j.Null();
    j.Key("copy_kind");
    j.Null();
  }
  j.Key("shares_quotes_with");
  j.BeginArray();
  for (uint32_t other : a.shares_quotes_with) j.String(ArticleId(other, id_width));
  j.EndArray();
  j.Key("title");
  if (format == Format::kJsonl || TextFileHasTitle(a)) {
    j.String(a.title);
  } else {
    j.Null();
  }
  j.Key("dateline");
  if (a.dateline.empty()) {
    j.Null();
  } else {
    j.BeginObject();
    j.Key("text");
    j.String(a.dateline);
    j.Key("place");
    j.String(a.dateline_place);
    j.Key("date");
    j.StringOrNull(a.dateline_date);
    j.EndObject();
  }
  j.Key("quotes");
  j.BeginArray();
  for (const RenderedQuote& q : a.body.quotes) {
    j.BeginObject();
    j.Key("speaker");
    j.String(q.speaker);
    j.Key("text");
    j.String(q.text);
    if (q.parts.size() > 1) {
      j.Key("parts");
      j.Strings(q.parts);
    }
    j.Key("cue");
    j.StringOrNull(q.cue);
    j.Key("direct");
    j.Bool(q.direct);
    j.EndObject();
  }
  j.EndArray();
  j.Key("figures");
  j.BeginArray();
  for (const RenderedFigure& f : a.body.figures) {
    j.BeginObject();
    j.Key("text");
    j.String(f.text);
    j.Key("value");
    j.Number(f.fact.value);
    j.Key("qualifier");
    j.StringOrNull(f.fact.qualifier);
    j.Key("unit");
    j.StringOrNull(f.fact.unit);
    j.Key("counted");
    j.String(f.fact.counted);
    j.Key("owner");
    j.StringOrNull(f.fact.owner);
    j.Key("claim_group");
    if (f.fact.claim >= 0) {
      j.String(world.claims[f.fact.claim].id);
    } else {
      j.Null();
    }
    if (!f.fact.converted_unit.empty()) {
      j.Key("converted");
      j.BeginObject();
      j.Key("value");
      j.Number(f.fact.converted_value);
      j.Key("unit");
      j.String(f.fact.converted_unit);
      j.EndObject();
    }
    j.EndObject();
  }
  j.EndArray();
  j.Key("times");
  j.BeginArray();
  for (const RenderedTime& t : a.body.times) {
    j.BeginObject();
    j.Key("text");
    j.String(t.text);
    j.Key("date");
    j.String(IsoDate(t.fact.date));
    j.Key("relative");
    j.Bool(!t.fact.absolute);
    j.Key("resolvable");
    j.Bool(a.dated);
    j.EndObject();
  }
  j.EndArray();
  j.Key("boilerplate");
  j.Strings(a.body.boilerplate);
  j.EndObject();
}

void AppendStorylineTruth(const World& world, size_t index, int id_width, std::string& out) {
  const Storyline& s = world.storylines[index];
  JsonOut j(out);
  j.BeginObject();
  j.Key("id");
  j.String(s.id);
  j.Key("kind");
  j.String(s.kind->id);
  j.Key("title");
  j.String(s.title);
  if (!s.topic.empty()) {
    j.Key("topic");
    j.String(s.topic);
  }
  j.Key("country");
  j.String(s.home->name.canonical());
  j.Key("start");
  j.String(IsoDate(s.start));
  j.Key("entities");
  j.BeginArray();
  for (const Entity& e : s.entities) {
    j.BeginObject();
    j.Key("name");
    j.String(e.canonical);
    j.Key("type");
    j.String(e.type == Entity::Type::kPerson    ? "person"
             : e.type == Entity::Type::kCountry ? "country"
                                                : "organization");
    if (e.is_person() && !e.role.empty()) {
      j.Key("role");
      j.String(e.role);
    }
    j.Key("aliases");
    j.Strings(e.Aliases());
    j.EndObject();
  }
  j.EndArray();
  j.Key("events");
  j.BeginArray();
  for (int idx : s.events) {
    const Event& ev = world.events[idx];
    j.BeginObject();
    j.Key("id");
    j.String(ev.id);
    j.Key("date");
    j.String(IsoDate(ev.day));
    j.Key("place");
    j.String(s.places[ev.place].canonical());
    j.Key("description");
    j.String(ev.description);
    j.Key("articles");
    j.Int(ev.articles);
    j.EndObject();
  }
  j.EndArray();
  // Storyline-wide groups first, then each development's own figure.
  std::vector<int> groups = s.claims;
  for (int idx : s.events) {
    if (world.events[idx].claim >= 0) groups.push_back(world.events[idx].claim);
  }
  // Escaped once per name, not once per member.
  std::vector<std::string> source_json;
  for (const Source& src : Sources()) {
    std::string text;
    JsonOut(text).String(src.name);
    source_json.push_back(std::move(text));
  }
  j.Key("claim_groups");
  j.BeginArray();
  for (int gi : groups) {
    const ClaimGroup& g = world.claims[gi];
    const Storyline& gs = world.storylines[g.storyline];
    j.BeginObject();
    j.Key("id");
    j.String(g.id);
    j.Key("event");
    j.StringOrNull(g.event >= 0 ? world.events[g.event].id : std::string());
    j.Key("counted");
    j.String(g.spec->counted);
    j.Key("unit");
    if (g.spec->unit == Unit::kMoney) {
      j.String(g.currency);
    } else if (UnitCode(g.spec->unit) == nullptr) {
      j.Null();
    } else {
      j.String(UnitCode(g.spec->unit));
    }
    j.Key("owner");
    j.StringOrNull(g.owner);
    j.Key("status");
    j.String(ClaimStatusName(g.status));
    switch (g.status) {
      case ClaimStatus::kAgree:
        j.Key("value");
        j.Number(g.value_a);
        break;
      case ClaimStatus::kConflict:
        j.Key("values");
        j.BeginArray();
        for (int camp = 0; camp < 2; ++camp) {
          j.BeginObject();
          j.Key("value");
          j.Number(camp == 0 ? g.value_a : g.value_b);
          j.Key("according_to");
          j.String(gs.entities[gs.parties[camp == 0 ? g.party_a : g.party_b]].canonical);
          j.EndObject();
        }
        j.EndArray();
        break;
      case ClaimStatus::kChanged:
        j.Key("values");
        j.BeginArray();
        for (size_t k = 0; k < g.by_event.size() && k < gs.events.size(); ++k) {
          j.BeginObject();
          j.Key("event");
          j.String(world.events[gs.events[k]].id);
          j.Key("value");
          j.Number(g.by_event[k]);
          j.EndObject();
        }
        j.EndArray();
        break;
    }
    j.Key("members");
    j.BeginArray();
    for (const ClaimMember& m : g.members) {
      j.BeginObject();
      j.Key("article");
      j.String(ArticleId(m.article, id_width));
      j.Key("value");
      j.Number(m.value);
      j.Key("event");
      j.String(world.events[m.event].id);
      j.Key("source");
      j.Raw(source_json[m.source]);
      j.EndObject();
    }
    j.EndArray();
    j.EndObject();
  }
  j.EndArray();
  j.EndObject();
}

CorpusWriter::CorpusWriter(const std::string& dir, Format format, const Generator& generator,
                           bool overwrite)
    : generator_(generator), dir_(dir), format_(format) {
  const fs::path root(dir);
  const fs::path articles = root / "articles";
  const bool existing = fs::exists(root / "truth.jsonl") || fs::exists(root / "articles.jsonl") ||
                        (fs::exists(articles) && !fs::is_empty(articles));
  if (existing && !overwrite) {
    throw std::runtime_error(dir + " already holds a corpus (use --force to replace it)");
  }
  if (existing) {
    // Replace the previous corpus entirely, so no stale article of a larger run stays.
    fs::remove_all(articles);
    fs::remove(root / "articles.jsonl");
    fs::remove(root / "truth.jsonl");
    fs::remove(root / "truth-storylines.json");
  }
  fs::create_directories(root);
  if (format == Format::kText) {
    fs::create_directories(articles);
  } else {
    articles_file_ = Open(root / "articles.jsonl", true);
  }
  truth_file_ = Open(root / "truth.jsonl", true);
}

CorpusWriter::~CorpusWriter() {
  if (articles_file_ != nullptr) std::fclose(articles_file_);
  if (truth_file_ != nullptr) std::fclose(truth_file_);
}

void CorpusWriter::Write(std::FILE* file, const std::string& data) {
  if (std::fwrite(data.data(), 1, data.size(), file) != data.size()) {
    throw std::runtime_error("write error in " + dir_);
  }
  bytes_ += static_cast<int64_t>(data.size());
}

void CorpusWriter::Accept(const GeneratedArticle& a) {
  const int width = generator_.id_width();
  if (format_ == Format::kText) {
    const fs::path path = fs::path(dir_) / "articles" / (a.id + ".txt");
    std::FILE* f = Open(path);
    const std::string content = TextFile(a);
    const bool ok = std::fwrite(content.data(), 1, content.size(), f) == content.size();
    if (std::fclose(f) != 0 || !ok) throw std::runtime_error("write error in " + path.string());
    bytes_ += static_cast<int64_t>(content.size());
  } else {
    line_.clear();
    AppendJsonlRecord(a, line_);
    line_ += '\n';
    Write(articles_file_, line_);
  }
  line_.clear();
  AppendTruthRecord(a, generator_.world(), format_, width, line_);
  line_ += '\n';
  Write(truth_file_, line_);
  ++articles_;
  if (a.copy_of >= 0) ++copies_;
  if (!a.dated) ++undated_;
}

void CorpusWriter::Finish() {
  const World& world = generator_.world();
  const GeneratorOptions& o = generator_.options();
  std::FILE* f = Open(fs::path(dir_) / "truth-storylines.json");
  // Written one storyline at a time: the member lists of a million-article corpus are
  // too large to hold as one JSON document in memory.
  std::string out = "{\n\"generator\": ";
  {
    JsonOut head(out);
    head.BeginObject();
    head.Key("seed");
    head.Int(static_cast<int64_t>(o.seed));
    head.Key("articles");
    head.Int(articles_);
    head.Key("storylines");
    head.Int(static_cast<int64_t>(world.storylines.size()));
    head.Key("copy_share");
    head.Number(o.copy_share);
    head.Key("undated_share");
    head.Number(o.undated_share);
    head.Key("shared_vocab");
    head.Number(o.shared_vocab);
    head.Key("burst");
    head.Number(o.burst);
    head.EndObject();
  }
  out += ",\n\"storylines\": [";
  for (size_t i = 0; i < world.storylines.size(); ++i) {
    out += i == 0 ? "\n" : ",\n";
    AppendStorylineTruth(world, i, generator_.id_width(), out);
    if (out.size() > (1 << 20)) {
      Write(f, out);
      out.clear();
    }
  }
  out += "\n]\n}\n";
  Write(f, out);
  const bool closed = std::fclose(f) == 0;
  bool ok = closed;
  if (articles_file_ != nullptr) ok = std::fclose(articles_file_) == 0 && ok;
  ok = std::fclose(truth_file_) == 0 && ok;
  articles_file_ = nullptr;
  truth_file_ = nullptr;
  if (!ok) throw std::runtime_error("write error in " + dir_);
}

}  // namespace sitrep::gen
