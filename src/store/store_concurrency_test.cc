// The store under a killed writer and under concurrent readers and writers.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "sitrep/store.h"
#include "store/database.h"
#include "store/testing.h"

namespace sitrep::store {
namespace {

using testing::MakeArticle;
using testing::TestId;

std::vector<Article> Batch(uint32_t family, uint32_t first, int size) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "Officials said the convoy crossed the river at dawn. ";
  std::vector<Article> batch;
  for (int i = 0; i < size; ++i) {
    batch.push_back(MakeArticle(TestId(family, first + i), "Convoy report " + std::to_string(i),
                                text, "2022-02-10", "AFP"));
  }
  return batch;
}

// Checks the file with SQLite's and FTS5's own integrity checks; returns the count.
int64_t CheckFile(const std::string& path) {
  Database raw;
  EXPECT_TRUE(raw.Open(path, SQLITE_OPEN_READWRITE).ok());
  {
    ScopedStatement check = raw.Prepare("PRAGMA integrity_check");
    EXPECT_TRUE(check.ok());
    EXPECT_TRUE(check->Step());
    EXPECT_EQ(check->ColumnText(0), "ok");
  }
  Status s = raw.Exec("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')");
  EXPECT_TRUE(s.ok()) << s.message();
  int64_t articles = -1, indexed = -2;
  EXPECT_TRUE(raw.QueryInt64("SELECT count(*) FROM articles", &articles).ok());
  EXPECT_TRUE(raw.QueryInt64("SELECT count(*) FROM articles_fts_docsize", &indexed).ok());
  EXPECT_EQ(articles, indexed);
  return articles;
}

TEST(StoreCrashTest, KilledWriterLeavesWholeBatches) {
  testing::TempDir dir;
  ASSERT_TRUE(dir.ok());
  const std::string path = dir.File("crash.db");
  constexpr int kRuns = 8;
  constexpr int kBatch = 100;
  std::mt19937 random(7);
  std::uniform_int_distribution<int> delay_us(500, 30000);

  for (int run = 0; run < kRuns; ++run) {
    int ready[2];
    ASSERT_EQ(pipe(ready), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      // The writer: commits batches until it is killed. _exit, never return: the child
      // must not run the parent's test framework.
      close(ready[0]);
      std::unique_ptr<Store> store;
      if (!Store::Open(path, &store).ok()) _exit(2);
      for (uint32_t n = 0;; ++n) {
        BatchResult result;
        const std::vector<Article> batch = Batch(run + 1, n * kBatch, kBatch);
        const FileMark mark{fmt::format("run{}/batch{}.jsonl", run, n), 1, 1, kBatch};
        if (!store->CommitBatch(batch, {mark}, &result).ok()) _exit(3);
        if (n == 0) {
          const char one = 1;
          if (write(ready[1], &one, 1) != 1) _exit(4);
        }
      }
    }
    close(ready[1]);
    char byte = 0;
    const ssize_t got = read(ready[0], &byte, 1);  // the first batch is committed
    close(ready[0]);
    if (got == 1) std::this_thread::sleep_for(std::chrono::microseconds(delay_us(random)));
    kill(child, SIGKILL);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_EQ(got, 1) << "the writer stopped before its first commit, status " << status;
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << status;
  }

  std::unique_ptr<Store> store;
  Status s = Store::Open(path, &store);
  ASSERT_TRUE(s.ok()) << s.message();
  const int64_t count = store->ArticleCount();
  EXPECT_EQ(count % kBatch, 0) << count;
  EXPECT_GE(count, kRuns * kBatch);
  // Each batch carried one file mark: marks and articles were committed together.
  EXPECT_EQ(store->Stats().files * kBatch, count);
  // A killed writer blocks nobody: the store takes new batches.
  BatchResult result;
  ASSERT_TRUE(store->CommitBatch(Batch(99, 0, kBatch), {}, &result).ok());
  EXPECT_EQ(result.added, kBatch);
  store.reset();
  EXPECT_EQ(CheckFile(path), count + kBatch);
}

TEST(StoreConcurrencyTest, ReaderSeesWholeBatchesWhileAWriterCommits) {
  testing::TempDir dir;
  ASSERT_TRUE(dir.ok());
  const std::string path = dir.File("shared.db");
  std::unique_ptr<Store> writer, reader;
  ASSERT_TRUE(Store::Open(path, &writer).ok());
  ASSERT_TRUE(Store::Open(path, &reader).ok());
  constexpr int kBatches = 40;
  constexpr int kBatch = 25;

  std::atomic<bool> reading{false}, done{false};
  Status write_status;
  std::thread writing([&] {
    while (!reading) std::this_thread::yield();  // overlap the reads with the writes
    for (int n = 0; n < kBatches && write_status.ok(); ++n) {
      BatchResult result;
      write_status = writer->CommitBatch(Batch(1, n * kBatch, kBatch), {}, &result);
    }
    done = true;
  });

  int64_t last = 0;
  do {
    const int64_t count = reader->ArticleCount();
    EXPECT_EQ(count % kBatch, 0);
    EXPECT_GE(count, last);
    last = count;
    SearchQuery query;
    query.text = "convoy river";
    query.limit = -1;
    std::vector<SearchHit> hits;
    Status s = reader->Search(query, &hits);
    EXPECT_TRUE(s.ok()) << s.message();
    EXPECT_EQ(hits.size() % kBatch, 0u);
    CorpusStats stats;
    s = reader->Stats(&stats);
    EXPECT_TRUE(s.ok()) << s.message();
    EXPECT_EQ(stats.articles % kBatch, 0);
    // Counted by separate queries of one snapshot: they agree.
    const int64_t by_day = stats.by_day.empty() ? 0 : stats.by_day[0].count;
    EXPECT_EQ(by_day, stats.articles);
    reading = true;
  } while (!done);
  writing.join();
  ASSERT_TRUE(write_status.ok()) << write_status.message();
  EXPECT_EQ(reader->ArticleCount(), kBatches * kBatch);
}

TEST(StoreConcurrencyTest, TwoWritersTakeTurns) {
  testing::TempDir dir;
  ASSERT_TRUE(dir.ok());
  const std::string path = dir.File("writers.db");
  constexpr int kBatches = 30;
  constexpr int kBatch = 20;
  std::vector<Status> results(2);
  {
    std::unique_ptr<Store> first, second;
    ASSERT_TRUE(Store::Open(path, &first).ok());
    ASSERT_TRUE(Store::Open(path, &second).ok());
    std::vector<std::thread> writers;
    for (int w = 0; w < 2; ++w) {
      Store* store = w == 0 ? first.get() : second.get();
      writers.emplace_back([&results, store, w] {
        for (int n = 0; n < kBatches && results[w].ok(); ++n) {
          BatchResult result;
          results[w] = store->CommitBatch(Batch(w + 1, n * kBatch, kBatch), {}, &result);
        }
      });
    }
    for (std::thread& t : writers) t.join();
    EXPECT_EQ(first->ArticleCount(), 2 * kBatches * kBatch);
  }
  for (const Status& s : results) EXPECT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(CheckFile(path), 2 * kBatches * kBatch);
}

TEST(StoreConcurrencyTest, OneStoreSharedByThreads) {
  testing::TempDir dir;
  ASSERT_TRUE(dir.ok());
  std::unique_ptr<Store> store;
  ASSERT_TRUE(Store::Open(dir.File("one.db"), &store).ok());
  std::atomic<bool> done{false};
  std::atomic<int> errors{0};
  std::vector<std::thread> threads;
  threads.emplace_back([&] {
    for (int n = 0; n < 30; ++n) {
      BatchResult result;
      if (!store->CommitBatch(Batch(1, n * 10, 10), {}, &result).ok()) ++errors;
    }
    done = true;
  });
  for (int r = 0; r < 3; ++r) {
    threads.emplace_back([&] {
      while (!done) {
        SearchQuery query;
        query.text = "convoy";
        std::vector<SearchHit> hits;
        if (!store->Search(query, &hits).ok()) ++errors;
        ListOptions options;
        options.limit = 5;
        store->ListArticles(options);
        StoredArticle article;
        store->GetArticle(TestId(1, 0), &article);
        if (store->ArticleCount() % 10 != 0) ++errors;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(errors, 0);
  EXPECT_EQ(store->ArticleCount(), 300);
}

// Listings of facts run side by side on connections of their own while a writer
// commits: each sees whole batches (ten quotes and ten figures per batch, one of each
// per article), never a batch in part.
TEST(StoreConcurrencyTest, FactListingsRunSideBySideWithAWriter) {
  testing::TempDir dir;
  ASSERT_TRUE(dir.ok());
  std::unique_ptr<Store> store;
  ASSERT_TRUE(Store::Open(dir.File("facts.db"), &store).ok());
  auto facts = [](int size) {
    std::vector<extract::ArticleFacts> out(static_cast<size_t>(size));
    for (auto& f : out) {
      f.analysed = true;
      extract::Quote q;
      q.begin = 0;
      q.end = 6;
      q.speaker_name = "an official";
      f.quotes.push_back(q);
      extract::Figure fig;
      fig.begin = 0;
      fig.end = 6;
      fig.value = fig.value_high = 10;
      fig.counted = "trucks";
      f.figures.push_back(fig);
    }
    return out;
  };
  std::atomic<bool> done{false};
  std::atomic<int> errors{0};
  std::atomic<int> listings{0};
  std::vector<std::thread> threads;
  threads.emplace_back([&] {
    for (int n = 0; n < 30; ++n) {
      BatchResult result;
      if (!store->CommitBatch(Batch(2, n * 10, 10), facts(10), {}, &result).ok()) ++errors;
    }
    done = true;
  });
  for (int r = 0; r < 2; ++r) {
    threads.emplace_back([&, r] {
      while (!done) {
        size_t n = 0;
        if (r == 0) {
          FigureQuery query;
          query.limit = -1;
          std::vector<StoredFigure> figures;
          if (!store->ListFigures(query, &figures).ok()) ++errors;
          n = figures.size();
          for (const StoredFigure& f : figures) {
            if (f.from.article_id.empty() || f.counted != "trucks") ++errors;
          }
        } else {
          QuoteQuery query;
          query.limit = -1;
          std::vector<StoredQuote> quotes;
          if (!store->ListQuotes(query, &quotes).ok()) ++errors;
          n = quotes.size();
          for (const StoredQuote& q : quotes) {
            if (q.from.article_id.empty() || q.speaker != "an official") ++errors;
          }
        }
        if (n % 10 != 0) ++errors;
        ++listings;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(errors, 0);
  EXPECT_GT(listings, 0);
  std::vector<StoredFigure> figures;
  FigureQuery all;
  all.limit = -1;
  ASSERT_TRUE(store->ListFigures(all, &figures).ok());
  EXPECT_EQ(figures.size(), 300u);
}

}  // namespace
}  // namespace sitrep::store
