// Copies as the store keeps them: what the link stage decided about each new article
// (its copy signature, and the earlier article it copies), and the copy groups read
// back.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "sitrep/store_facts.h"

namespace sitrep::store {

// The link stage's verdict on one article, stored with it.
struct CopyRecord {
  std::string signature;    // the serialized copy signature; opaque to the store
  std::string original_id;  // the earlier article it copies; empty when none
  std::string group_id;     // first-stored member of its copy group
  std::string kind;         // "exact", "near", "rewrite"
  double reused_share = 0;  // of this article's text, the share found in the original
  double similarity = 0;    // mean overlap of the aligned sentences
  double coverage = 0;      // of the original's text, the share this article carries
  std::vector<std::pair<int, int>> aligned;  // (sentence here, sentence there)
};

// One member of a copy group.
struct CopyMember {
  FactSource article;
  int64_t seq = 0;
  int64_t text_bytes = 0;
  // For a copy: what it copies and how; empty kind for the group's first member.
  std::string kind;
  std::string copies_id;
  double reused_share = 0, similarity = 0, coverage = 0;
};

struct CopyGroup {
  std::string group_id;             // its first-stored member
  std::vector<CopyMember> members;  // in storing order, the first member first
};

struct CopyQuery : FactQuery {
  std::string kind;  // only groups with a member of this kind; empty: any
  int64_t storyline = 0;  // only groups with a member in this storyline; 0: any
};

// An article's place in its copy group.
struct ArticleCopies {
  bool is_copy = false;
  CopyMember copy;                     // when is_copy: this article, with what it copies
  std::vector<CopyMember> copied_by;   // articles that copy this one
  std::string group_id;                // empty when the article is in no group
  int64_t group_size = 0;
};

}  // namespace sitrep::store
