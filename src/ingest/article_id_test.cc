#include <gtest/gtest.h>

#include "sitrep/article.h"

namespace sitrep {
namespace {

Article Sample() {
  Article a;
  a.source = "AFP";
  a.url = "https://example.com/a";
  a.title = "Title";
  a.published = "2022-02-10T08:19";
  a.text = "Body text.";
  return a;
}

TEST(ComputeArticleId, SixteenLowercaseHexDigits) {
  const std::string id = ComputeArticleId(Sample());
  ASSERT_EQ(id.size(), 16u);
  for (char c : id) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << id;
}

TEST(ComputeArticleId, DependsOnCanonicalFieldsOnly) {
  Article a = Sample();
  Article b = Sample();
  b.origin = "other/path.txt";
  b.format = "jsonl";
  b.metadata_json = "{\"x\":1}";
  b.language = "fr";
  b.dateline = "Paris";
  b.external_id = "42";
  b.author = "Someone";
  EXPECT_EQ(ComputeArticleId(a), ComputeArticleId(b));
  for (std::string Article::*field : {&Article::source, &Article::url, &Article::title,
                                      &Article::published, &Article::text}) {
    Article c = Sample();
    c.*field += "x";
    EXPECT_NE(ComputeArticleId(a), ComputeArticleId(c));
  }
}

TEST(ComputeArticleId, FieldsCannotRunTogether) {
  Article a;
  a.title = "ab";
  a.text = "c";
  Article b;
  b.title = "a";
  b.text = "bc";
  EXPECT_NE(ComputeArticleId(a), ComputeArticleId(b));
  Article c;
  c.source = "x";
  Article d;
  d.url = "x";
  EXPECT_NE(ComputeArticleId(c), ComputeArticleId(d));
}

}  // namespace
}  // namespace sitrep
