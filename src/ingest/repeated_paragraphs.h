// Site furniture learned from repetition: the short paragraphs a source prints on many
// of its articles ("Sign up for The Harbor Post's morning briefing.", "Got a story?
// Email newsdesk@..."), which no list of universal patterns can know.
//
// The stream is read in order, one article at a time. A paragraph of an article is
// furniture when earlier articles of the same source carried it often enough: in at
// least `min_articles` of them and in at least `min_share` of all the source's articles
// so far. Only short paragraphs without quotation marks are candidates, and only those
// the source itself printed most of the times they were seen (`min_own_share`): a line
// of news that many outlets carry (a quote, a wire's background sentence) is spread
// across sources, while furniture belongs to one site and shows up elsewhere only in
// copies of its articles. The first few articles of a source keep their furniture;
// the rest lose it.
//
// Memory is bounded whatever the stream: each source keeps a small table of the
// paragraphs it repeats most (furniture recurs on most pages, so it stays at the top),
// and one table over all sources says which candidates were seen in more than one.
// What an article taught (its source and the keys of its candidate paragraphs) is kept
// with it in the store, so that a later ingest replays it and decides as if the stream
// had never stopped.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sitrep::ingest {

struct RepeatedParagraphOptions {
  int min_articles = 3;     // earlier articles of the source carrying the paragraph
  double min_share = 0.3;   // ... and this share of the source's articles so far
  double min_own_share = 0.6;  // of the articles carrying it, the share from the source
  int max_words = 40;       // longer paragraphs are never candidates
};

// Keys as stored: 8 bytes each, little-endian. DecodeParagraphKeys refuses a blob
// whose length is not a multiple of 8.
std::string EncodeParagraphKeys(const std::vector<uint64_t>& keys);
bool DecodeParagraphKeys(std::string_view blob, std::vector<uint64_t>* keys);

class RepeatedParagraphs {
 public:
  explicit RepeatedParagraphs(RepeatedParagraphOptions options = {});

  // Returns `text` (paragraphs separated by blank lines) without the paragraphs that
  // earlier articles of `source` showed to be its furniture, then learns from this
  // article's paragraphs. An article with no source, or whose every paragraph would
  // go, is returned whole. *removed receives the number of paragraphs dropped, *keys
  // what was learned (the keys of its candidate paragraphs; empty without a source).
  std::string Clean(std::string_view source, std::string_view text, int* removed,
                    std::vector<uint64_t>* keys);

  // Learns what Clean learned from an article, from its source and keys: the replay of
  // articles stored by an earlier ingest.
  void Learn(std::string_view source, const std::vector<uint64_t>& keys);

  size_t sources() const { return sources_.size(); }

  // One counted paragraph: its key and how many articles carried it.
  struct Slot {
    uint64_t hash = 0;
    uint32_t count = 0;
  };

 private:
  struct Source {
    uint32_t articles = 0;
    std::vector<Slot> slots;  // kSourceSlots, set-associative by hash
  };

  Source& SourceFor(std::string_view source);
  static Slot* Find(std::vector<Slot>& slots, size_t ways, uint64_t hash);
  static Slot& Insert(std::vector<Slot>& slots, size_t ways, uint64_t hash);

  RepeatedParagraphOptions options_;
  std::unordered_map<std::string, Source> sources_;  // by folded name
  std::vector<Slot> shared_;  // over all sources
};

}  // namespace sitrep::ingest
