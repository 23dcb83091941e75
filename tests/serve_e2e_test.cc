// `sitrep serve` as a user runs it: a store built from the seeds and one from a
// generated corpus, queried over HTTP, while another process keeps ingesting.
#include <signal.h>
#include <unistd.h>

#include <httplib.h>

#include <chrono>
#include <filesystem>
#include <set>
#include <string>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "run_command.h"

namespace sitrep::testing {
namespace {

using ::testing::HasSubstr;

const std::string kSeeds = std::string(SITREP_SHARED_DIR) + "/corpus/seeds";

// A `sitrep serve` process on a free loopback port, stopped with SIGTERM at the end.
class ServeProcess {
 public:
  ServeProcess(const std::string& db, const std::string& dir) {
    const std::string port_file = dir + "/port";
    std::filesystem::remove(port_file);
    pid_ = Start({SITREP_BIN, "serve", "--db", db, "--port", "0", "--port-file", port_file});
    for (int i = 0; i < 200 && port_ == 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      if (std::filesystem::exists(port_file)) port_ = std::atoi(ReadFile(port_file).c_str());
    }
  }
  ~ServeProcess() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      exit_code_ = Wait(pid_);
    }
  }
  int port() const { return port_; }

  nlohmann::json Get(const std::string& path, int expected_status = 200) const {
    httplib::Client client("127.0.0.1", port_);
    auto r = client.Get(path);
    if (!r) {
      ADD_FAILURE() << "no answer to " << path;
      return {};
    }
    EXPECT_EQ(r->status, expected_status) << path << ": " << r->body;
    return nlohmann::json::parse(r->body);
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  int exit_code_ = 0;
};

TEST(ServeSeedsTest, AnswersWhatTheSeedsHold) {
  const std::string dir = MakeTempDir("serve-seeds");
  const std::string db = dir + "/seeds.db";
  ASSERT_EQ(RunCommand({SITREP_BIN, "ingest", kSeeds, "--db", db}).exit_code, 0);
  ServeProcess server(db, dir);
  ASSERT_GT(server.port(), 0) << "the server did not write its port";

  nlohmann::json health = server.Get("/api/health");
  EXPECT_EQ(health["articles"], 5);

  // One storyline holds the five reports.
  nlohmann::json storylines = server.Get("/api/storylines");
  ASSERT_EQ(storylines["items"].size(), 1u);
  const int64_t id = storylines["items"][0]["id"];
  EXPECT_EQ(storylines["items"][0]["articles"], 5);
  EXPECT_FALSE(storylines["items"][0]["volume"].empty());

  // Its claims: 13,000 against 14,000 dead is a conflict.
  nlohmann::json storyline = server.Get("/api/storylines/" + std::to_string(id));
  bool dead_conflict = false;
  for (const auto& claim : storyline["claims"]) {
    if (claim["status"] == "conflict" && claim["low"] == 13000 && claim["high"] == 14000) {
      dead_conflict = true;
    }
  }
  EXPECT_TRUE(dead_conflict) << storyline["claims"].dump(1);
  nlohmann::json conflicts = server.Get("/api/claims?status=conflict");
  EXPECT_FALSE(conflicts["items"].empty());

  // Search "Kirby": hits with the word marked; the article carries his quotes.
  nlohmann::json hits = server.Get("/api/search?q=Kirby");
  ASSERT_FALSE(hits["items"].empty());
  EXPECT_THAT(hits["items"][0]["snippet"].get<std::string>(), HasSubstr("[Kirby]"));
  const std::string article_id = hits["items"][0]["id"];
  nlohmann::json article = server.Get("/api/articles/" + article_id);
  EXPECT_EQ(article["storyline"], id);
  bool kirby_quoted = false;
  for (const auto& q : article["facts"]["quotes"]) {
    if (q["speaker"].is_string() && q["speaker"].get<std::string>().find("Kirby") != std::string::npos) {
      kirby_quoted = true;
    }
  }
  EXPECT_TRUE(kirby_quoted) << article["facts"]["quotes"].dump(1);

  // His entity page: one person across spellings, with his quotes.
  nlohmann::json people = server.Get("/api/entities?type=PER&name=kirby");
  ASSERT_EQ(people["items"].size(), 1u);
  const int64_t kirby = people["items"][0]["id"];
  nlohmann::json entity = server.Get("/api/entities/" + std::to_string(kirby));
  EXPECT_EQ(entity["entity"]["name"], "John Kirby");
  EXPECT_GE(entity["quotes"].size(), 3u);
  EXPECT_FALSE(entity["articles"].empty());

  // Bad requests are 400s with a message, never a crash.
  server.Get("/api/storylines/x", 400);
  server.Get("/api/search?q=Kirby&since=2022-02-31", 400);
  server.Get("/api/articles?limit=100000", 400);
  server.Get("/api/entities/999999", 404);
  EXPECT_EQ(server.Get("/api/health")["status"], "ok");
  std::filesystem::remove_all(dir);
}

TEST(ServeGeneratedTest, PagesAreStableWhileAnotherProcessIngests) {
  const std::string dir = MakeTempDir("serve-gen");
  const std::string corpus = dir + "/corpus";
  ASSERT_EQ(RunCommand({SITREP_GEN_BIN, "--articles", "600", "--seed", "3", "--out", corpus}).exit_code, 0);
  // Half the files first; the rest go in while the server answers.
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(corpus + "/articles")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  const std::string first = dir + "/first", second = dir + "/second";
  std::filesystem::create_directories(first);
  std::filesystem::create_directories(second);
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string to = (i < files.size() / 2 ? first : second) + "/" +
                           std::filesystem::path(files[i]).filename().string();
    std::filesystem::copy_file(files[i], to);
  }
  const std::string db = dir + "/sitrep.db";
  ASSERT_EQ(RunCommand({SITREP_BIN, "ingest", first, "--db", db}).exit_code, 0);
  ServeProcess server(db, dir);
  ASSERT_GT(server.port(), 0);
  const int64_t before = server.Get("/api/health")["articles"];
  ASSERT_GT(before, 0);

  const pid_t writer = Start({SITREP_BIN, "ingest", second, "--db", db});
  // Reads during the ingest all succeed.
  int reads = 0;
  while (reads < 400) {
    server.Get("/api/storylines?limit=5");
    server.Get("/api/search?q=troops&limit=5");
    reads += 2;
    if (reads % 40 == 0 && kill(writer, 0) != 0) break;
  }
  ASSERT_EQ(Wait(writer), 0);
  const int64_t after = server.Get("/api/health")["articles"];
  EXPECT_GT(after, before);

  // Pages in storing order neither skip nor repeat, and end with has_more false.
  std::set<std::string> seen;
  int64_t offset = 0;
  for (;;) {
    nlohmann::json page = server.Get("/api/articles?order=stored&limit=97&offset=" + std::to_string(offset));
    for (const auto& a : page["items"]) EXPECT_TRUE(seen.insert(a["id"]).second) << a["id"];
    offset += 97;
    if (!page["has_more"]) break;
  }
  EXPECT_EQ(static_cast<int64_t>(seen.size()), after);

  // Every storyline listed opens, with events and volume.
  nlohmann::json storylines = server.Get("/api/storylines?limit=500");
  EXPECT_GT(storylines["items"].size(), 1u);
  for (const auto& s : storylines["items"]) {
    nlohmann::json one = server.Get("/api/storylines/" + std::to_string(s["id"].get<int64_t>()));
    EXPECT_EQ(one["storyline"]["articles"], s["articles"]);
    EXPECT_FALSE(one["events"].empty());
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sitrep::testing
