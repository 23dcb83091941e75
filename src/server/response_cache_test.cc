#include "server/response_cache.h"

#include <gtest/gtest.h>

namespace sitrep::server {
namespace {

std::shared_ptr<const std::string> Body(size_t n, char c = 'x') {
  return std::make_shared<const std::string>(n, c);
}

TEST(ResponseCacheTest, FindsOnlyTheSameGeneration) {
  ResponseCache cache(1000);
  cache.Put("/a", 7, Body(10));
  ASSERT_NE(cache.Find("/a", 7), nullptr);
  EXPECT_EQ(*cache.Find("/a", 7), std::string(10, 'x'));
  EXPECT_EQ(cache.Find("/b", 7), nullptr);
  // The store moved on: the entry is stale, and dropped.
  EXPECT_EQ(cache.Find("/a", 8), nullptr);
  EXPECT_EQ(cache.Find("/a", 7), nullptr);
  EXPECT_EQ(cache.bytes(), 0u);
}

TEST(ResponseCacheTest, EvictsTheLeastRecentlyUsedOverBudget) {
  ResponseCache cache(1000);
  cache.Put("/1", 1, Body(200));
  cache.Put("/2", 1, Body(200));
  cache.Put("/3", 1, Body(200));
  ASSERT_NE(cache.Find("/1", 1), nullptr);  // now the most recent
  cache.Put("/4", 1, Body(200));
  cache.Put("/5", 1, Body(200));  // over 1000 bytes: /2 goes first
  EXPECT_NE(cache.Find("/1", 1), nullptr);
  EXPECT_EQ(cache.Find("/2", 1), nullptr);
  EXPECT_NE(cache.Find("/5", 1), nullptr);
  EXPECT_LE(cache.bytes(), 1000u);
}

TEST(ResponseCacheTest, ReplacesAndRefusesOversizedBodies) {
  ResponseCache cache(1000);
  cache.Put("/a", 1, Body(10, 'x'));
  cache.Put("/a", 2, Body(20, 'y'));
  EXPECT_EQ(*cache.Find("/a", 2), std::string(20, 'y'));
  EXPECT_EQ(cache.bytes(), 22u);
  cache.Put("/big", 2, Body(600));  // over a quarter of the budget
  EXPECT_EQ(cache.Find("/big", 2), nullptr);
}

}  // namespace
}  // namespace sitrep::server
