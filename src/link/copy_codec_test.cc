#include "sitrep/copy_codec.h"

#include <gtest/gtest.h>

namespace sitrep::link {
namespace {

TEST(CopyCodecTest, RoundTrips) {
  CopySignature s;
  s.exact_hash = 0x0123456789abcdefULL;
  s.tokens = 812;
  s.minhash = {1, 0xffffffffu, 77};
  s.sentences = {0xfedcba9876543210ULL, 5};
  CopySignature back;
  ASSERT_TRUE(ParseCopySignature(SerializeCopySignature(s), &back));
  EXPECT_EQ(back.exact_hash, s.exact_hash);
  EXPECT_EQ(back.tokens, s.tokens);
  EXPECT_EQ(back.minhash, s.minhash);
  EXPECT_EQ(back.sentences, s.sentences);
}

TEST(CopyCodecTest, EmptySignatureRoundTrips) {
  CopySignature back;
  back.tokens = 9;
  ASSERT_TRUE(ParseCopySignature(SerializeCopySignature(CopySignature()), &back));
  EXPECT_EQ(back.tokens, 0u);
  EXPECT_TRUE(back.minhash.empty());
}

TEST(CopyCodecTest, RefusesDamagedBytes) {
  CopySignature s;
  s.minhash = {1, 2, 3};
  s.sentences = {4};
  const std::string good = SerializeCopySignature(s);
  CopySignature out;
  out.tokens = 42;
  EXPECT_FALSE(ParseCopySignature("", &out));
  EXPECT_FALSE(ParseCopySignature(good.substr(0, good.size() - 1), &out));
  EXPECT_FALSE(ParseCopySignature(good + "x", &out));
  std::string other_version = good;
  other_version[0] = 9;
  EXPECT_FALSE(ParseCopySignature(other_version, &out));
  std::string huge_count = good;
  huge_count[13] = '\xff';  // the minhash count's low byte
  EXPECT_FALSE(ParseCopySignature(huge_count, &out));
  EXPECT_EQ(out.tokens, 42u);  // untouched
}

}  // namespace
}  // namespace sitrep::link
