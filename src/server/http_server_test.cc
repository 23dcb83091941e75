// The server over loopback: JSON and security headers on every answer, the embedded
// page, no filesystem paths, the body cap, and ingest only with the right token.
#include <httplib.h>

#include <gtest/gtest.h>

#include <fstream>
#include <future>
#include <thread>

#include <nlohmann/json.hpp>

#include "sitrep/server.h"
#include "sitrep/store.h"
#include "server/web_assets.h"
#include "store/testing.h"

namespace sitrep::server {
namespace {

constexpr char kToken[] = "s3cret-token-of-thirty-two-chars";

class HttpServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.ok());
    db_ = dir_.File("http.db");
    std::unique_ptr<store::Store> created;
    ASSERT_TRUE(store::Store::Open(db_, &created).ok());
  }

  void TearDown() override {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
  }

  // Starts a server on a free loopback port; `token` set enables ingest.
  void Start(bool with_token, size_t max_body = 1 << 20) {
    ServerOptions options;
    options.db_path = db_;
    options.port = 0;
    options.threads = 4;
    options.max_body_bytes = max_body;
    if (with_token) {
      options.token_file = dir_.File("token");
      std::ofstream(options.token_file) << kToken << "\n";
    }
    Status s = Server::Create(options, &server_);
    ASSERT_TRUE(s.ok()) << s.message();
    std::promise<int> bound;
    std::future<int> port = bound.get_future();
    thread_ = std::thread([this, &bound] {
      Status run = server_->Run([&bound](int p) { bound.set_value(p); });
      if (!run.ok()) bound.set_value(-1);
    });
    port_ = port.get();
    ASSERT_GT(port_, 0);
  }

  httplib::Client Client() { return httplib::Client("127.0.0.1", port_); }

  store::testing::TempDir dir_;
  std::string db_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  int port_ = 0;
};

nlohmann::json Json(const httplib::Result& r) { return nlohmann::json::parse(r->body); }

TEST_F(HttpServerTest, AnswersJsonWithSecurityHeaders) {
  Start(false);
  auto r = Client().Get("/api/health");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_NE(r->get_header_value("Content-Security-Policy").find("default-src 'self'"),
            std::string::npos);
  EXPECT_EQ(Json(r)["articles"], 0);

  r = Client().Get("/api/search?q=x&since=2022-13-01");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_EQ(Json(r)["error"]["status"], 400);
}

TEST_F(HttpServerTest, ServesOnlyEmbeddedFiles) {
  Start(false);
  for (const char* path : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/http.db",
                           "/CMakeLists.txt", "/api/../../etc/passwd"}) {
    auto r = Client().Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_TRUE(r->status == 404 || r->status == 400) << path << " " << r->status;
    EXPECT_EQ(r->body.find("root:"), std::string::npos) << path;
  }
  // Whatever web/ holds is served byte for byte, with its type.
  for (const WebAsset& asset : WebAssets()) {
    auto r = Client().Get(std::string(asset.path));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << asset.path;
    EXPECT_EQ(r->body, asset.bytes);
    EXPECT_EQ(r->get_header_value("Content-Type"), asset.mime);
  }
  auto r = Client().Get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, FindWebAsset("/index.html") != nullptr ? 200 : 404);
}

TEST_F(HttpServerTest, ReadOnlyWithoutTokenFile) {
  Start(false);
  auto r = Client().Post("/api/ingest", "Headline\n\nBody of a story.", "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  EXPECT_NE(Json(r)["error"]["message"].get<std::string>().find("read-only"), std::string::npos);
}

TEST_F(HttpServerTest, IngestsWithTheRightTokenOnly) {
  Start(true);
  const std::string body =
      "{\"title\": \"Troops on alert\", \"text\": \"Pentagon spokesman John Kirby said 8,500 "
      "troops were put on alert on Monday.\", \"published\": \"2022-01-24\", \"source\": \"AFP\"}\n"
      "{\"title\": \"Talks\", \"text\": \"Diplomats met in Geneva for talks on Friday.\"}\n";
  httplib::Client client = Client();
  auto r = client.Post("/api/ingest", body, "application/x-ndjson");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);
  client.set_bearer_token_auth("wrong-token-of-thirty-two-charsX");
  r = client.Post("/api/ingest", body, "application/x-ndjson");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);

  client.set_bearer_token_auth(kToken);
  r = client.Post("/api/ingest", body, "application/x-ndjson");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(Json(r)["added"], 2);
  // Sent again: recognised, nothing stored twice.
  r = client.Post("/api/ingest", body, "application/x-ndjson");
  ASSERT_TRUE(r);
  EXPECT_EQ(Json(r)["added"], 0);
  EXPECT_EQ(Json(r)["duplicates"], 2);
  r = client.Get("/api/health");
  ASSERT_TRUE(r);
  EXPECT_EQ(Json(r)["articles"], 2);

  r = client.Post("/api/ingest?format=pdf", body, "application/x-ndjson");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  r = client.Post("/api/ingest", "", "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
}

TEST_F(HttpServerTest, RefusesBodiesOverTheCap) {
  Start(true, 1024);
  httplib::Client client = Client();
  client.set_bearer_token_auth(kToken);
  auto r = client.Post("/api/ingest", std::string(4096, 'x'), "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_EQ(Json(r)["error"]["status"], 413);
}

TEST(ServerCreateTest, RefusesMissingStoreAndWeakToken) {
  store::testing::TempDir dir;
  ServerOptions options;
  options.db_path = dir.File("missing.db");
  std::unique_ptr<Server> server;
  Status s = Server::Create(options, &server);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("no store"), std::string::npos);

  options.db_path = dir.File("present.db");
  std::unique_ptr<store::Store> created;
  ASSERT_TRUE(store::Store::Open(options.db_path, &created).ok());
  options.token_file = dir.File("token");
  std::ofstream(options.token_file) << "short\n";
  s = Server::Create(options, &server);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("16 characters"), std::string::npos);
  options.token_file = dir.File("absent");
  EXPECT_FALSE(Server::Create(options, &server).ok());
}

}  // namespace
}  // namespace sitrep::server
