#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "http_response.h"
#include "sitrep/ingest.h"
#include "warc_record.h"

namespace sitrep::ingest {
namespace {

namespace fs = std::filesystem;

const std::string kSample = std::string(SITREP_SOURCE_DIR) + "/src/ingest/testdata/warc/sample.warc";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// One gzip member, as Common Crawl writes one per record.
std::string GzipMember(const std::string& data) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, data.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string WarcRecord(const std::string& type, const std::string& uri, const std::string& block,
                       int64_t declared_length = -1) {
  std::string r = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
                  "\r\nWARC-Date: 2022-02-10T09:15:00Z\r\nWARC-Record-ID: <urn:uuid:" + uri +
                  ">\r\nContent-Length: " +
                  std::to_string(declared_length >= 0 ? declared_length : static_cast<int64_t>(block.size())) +
                  "\r\n\r\n";
  return r + block + "\r\n\r\n";
}

std::string HtmlResponse(const std::string& paragraph, const std::string& headers = "Content-Type: text/html\r\n") {
  return "HTTP/1.1 200 OK\r\n" + headers + "\r\n<html><head><title>" + paragraph.substr(0, 20) +
         "</title></head><body><article><p>" + paragraph + "</p></article></body></html>";
}

const std::string kStory =
    "The river authority opened the flood gates on Tuesday after three days of heavy rain "
    "raised the water level to its highest point in twenty years, officials said.";

struct Read {
  std::vector<Record> records;
  std::vector<InputError> errors;
  std::vector<std::string> order;
  int64_t skipped = 0;
};

Read WalkAll(const std::vector<std::string>& paths, WalkOptions options = {}) {
  InputWalker walker(paths, std::move(options));
  Read out;
  Record r;
  InputError e;
  for (;;) {
    const auto item = walker.Next(&r, &e);
    if (item == InputWalker::Item::kEnd) break;
    if (item == InputWalker::Item::kRecord) {
      out.records.push_back(r);
      out.order.push_back("R");
    } else {
      out.errors.push_back(e);
      out.order.push_back("E");
    }
  }
  out.skipped = walker.records_skipped();
  return out;
}

class WarcFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "sitrep_warc_XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
  }
  void TearDown() override { fs::remove_all(root_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = root_ + "/" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  std::string root_;
};

TEST(HttpResponse, StatusHeadersAndBody) {
  internal::HttpResponse r;
  const std::string m =
      "HTTP/1.1 200 OK\r\nContent-Type: Text/HTML; Charset=\"ISO-8859-1\"\r\n"
      "Transfer-Encoding: chunked\r\n\r\nBODY";
  ASSERT_TRUE(internal::ParseHttpResponse(m, &r));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/html");
  EXPECT_EQ(r.charset, "iso-8859-1");
  EXPECT_EQ(r.transfer_encoding, "chunked");
  EXPECT_EQ(m.substr(r.body_offset), "BODY");
  EXPECT_TRUE(internal::ParseHttpResponse("HTTP/2 404\r\n\r\n", &r));
  EXPECT_EQ(r.status, 404);
  EXPECT_FALSE(internal::ParseHttpResponse("GET / HTTP/1.1\r\n\r\n", &r));
  EXPECT_FALSE(internal::ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", &r));
  EXPECT_FALSE(internal::ParseHttpResponse("HTTP/1.1 2x0 OK\r\n\r\n", &r));
  EXPECT_TRUE(internal::IsHtmlMediaType("application/xhtml+xml"));
  EXPECT_FALSE(internal::IsHtmlMediaType("image/png"));
}

TEST(HttpResponse, Dechunk) {
  std::string out;
  ASSERT_TRUE(internal::Dechunk("5\r\nHello\r\n7;ext=1\r\n, world\r\n0\r\nTrailer: x\r\n\r\n", &out));
  EXPECT_EQ(out, "Hello, world");
  ASSERT_TRUE(internal::Dechunk("5\r\nHel", &out));  // cut short: what arrived
  EXPECT_EQ(out, "Hel");
  EXPECT_FALSE(internal::Dechunk("zz\r\nHello\r\n", &out));
  EXPECT_FALSE(internal::Dechunk("ffffffffffffffffff\r\nx", &out));
}

TEST(HttpResponse, InflateIsBounded) {
  const std::string plain(100000, 'a');
  const std::string gz = GzipMember(plain);
  std::string out;
  ASSERT_TRUE(internal::Inflate(gz, 1 << 20, &out));
  EXPECT_EQ(out, plain);
  EXPECT_FALSE(internal::Inflate(gz, 1000, &out));  // a zip bomb stops at the limit
  EXPECT_FALSE(internal::Inflate("not compressed at all", 1000, &out));
}

TEST(WarcHeaders, Parse) {
  internal::WarcHeaders h;
  std::string reason;
  ASSERT_TRUE(internal::ParseWarcHeaders(
      "WARC/1.0\r\nwarc-type: Response\r\nWARC-Target-URI: <https://x.example/a>\r\nContent-Length: 42", &h,
      &reason));
  EXPECT_EQ(h.type, "response");
  EXPECT_EQ(h.target_uri, "https://x.example/a");
  EXPECT_EQ(h.content_length, 42);
  ASSERT_TRUE(internal::ParseWarcHeaders(
      "WARC/1.1\r\nWARC-Identified-Payload-Type: Text/HTML; charset=x\r\nContent-Length: 0", &h, &reason));
  EXPECT_EQ(h.identified_type, "text/html");
  EXPECT_FALSE(internal::ParseWarcHeaders("WARC/1.0\r\nContent-Length: 4x2", &h, &reason));
  EXPECT_EQ(reason, "WARC record without a valid Content-Length");
  EXPECT_FALSE(internal::ParseWarcHeaders("WARC/1.0\r\nContent-Length: 99999999999999999999", &h, &reason));
  EXPECT_FALSE(internal::ParseWarcHeaders("HTTP/1.1 200 OK\r\nContent-Length: 1", &h, &reason));
  EXPECT_EQ(reason, "not a WARC record (no WARC/1.x version line)");
}

TEST(WarcReader, SampleCrawl) {
  const Read read = WalkAll({kSample});
  ASSERT_TRUE(read.errors.empty()) << read.errors[0].reason;
  ASSERT_EQ(read.records.size(), 1u);
  EXPECT_EQ(read.records[0].origin, kSample + "#3");  // warcinfo and request come first
  EXPECT_EQ(read.records[0].format, "warc-record");
  EXPECT_TRUE(read.records[0].last_of_file);
  EXPECT_EQ(read.skipped, 2);  // the image and the 404 page
  Article a;
  const Status s = ParseRecord(read.records[0], &a);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(a.format, "warc");
  EXPECT_EQ(a.origin, kSample + "#3");
  EXPECT_EQ(a.title, "Bridge closed for repairs");
  EXPECT_EQ(a.url, "https://news.example/2022/02/10/bridge");
  EXPECT_EQ(a.published, "2022-02-10");  // from the URL, as ExtractHtml reads it
  // The HTTP header says ISO-8859-1 and wins over the page's wrong <meta charset>.
  EXPECT_NE(a.text.find("Caf\xC3\xA9 owners"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("six weeks"), std::string::npos);
  EXPECT_EQ(a.text.find("Home"), std::string::npos);  // navigation left out
  EXPECT_NE(a.metadata_json.find("\"crawled\":\"2022-02-10T09:15:00Z\""), std::string::npos) << a.metadata_json;
  EXPECT_NE(a.metadata_json.find("\"http_charset\":\"iso-8859-1\""), std::string::npos);
  EXPECT_EQ(a.id, ComputeArticleId(a));
}

TEST_F(WarcFiles, MultiMemberGzipAndTruncation) {
  std::string plain, gz;
  for (int i = 1; i <= 30; ++i) {
    const std::string rec = WarcRecord("response", "https://x.example/" + std::to_string(i),
                                       HtmlResponse("Story " + std::to_string(i) + ". " + kStory));
    plain += rec;
    gz += GzipMember(rec);
  }
  const std::string whole = Write("crawl.warc.gz", gz);
  Read read = WalkAll({whole});
  ASSERT_TRUE(read.errors.empty()) << read.errors[0].reason;
  ASSERT_EQ(read.records.size(), 30u);
  EXPECT_EQ(read.records[29].origin, whole + "#30");
  Article a;
  ASSERT_TRUE(ParseRecord(read.records[29], &a).ok());
  EXPECT_NE(a.text.find("Story 30."), std::string::npos);

  // Cut in the middle of a member: the records before it are kept, then one error that
  // names the record being read.
  const std::string cut = Write("cut.warc.gz", gz.substr(0, gz.size() / 2));
  read = WalkAll({cut, kSample});
  ASSERT_EQ(read.errors.size(), 1u);
  EXPECT_GT(read.records.size(), 5u);
  const size_t before = read.records.size() - 1;  // the sample's record comes after
  EXPECT_LT(before, 30u);
  EXPECT_EQ(read.order[before], "E");
  EXPECT_EQ(read.errors[0].origin, cut + "#" + std::to_string(before + 1));
  EXPECT_EQ(read.errors[0].reason, "truncated gzip data (unexpected end of file)");
  EXPECT_FALSE(read.errors[0].whole_file);
  EXPECT_TRUE(read.errors[0].last_of_file);
  EXPECT_FALSE(read.records[before - 1].last_of_file);
  ASSERT_TRUE(ParseRecord(read.records[before - 1], &a).ok());
  EXPECT_EQ(read.records[before].origin, kSample + "#3");
}

TEST_F(WarcFiles, LyingContentLength) {
  const std::string good = WarcRecord("response", "https://x.example/1", HtmlResponse(kStory));
  const std::string liar = WarcRecord("response", "https://x.example/2", HtmlResponse(kStory), 100000);
  const std::string path = Write("liar.warc", good + liar);
  const Read read = WalkAll({path});
  ASSERT_EQ(read.records.size(), 1u);
  ASSERT_EQ(read.errors.size(), 1u);
  EXPECT_EQ(read.errors[0].origin, path + "#2");
  EXPECT_NE(read.errors[0].reason.find("truncated WARC record (Content-Length 100000 but only"),
            std::string::npos)
      << read.errors[0].reason;
  EXPECT_TRUE(read.errors[0].last_of_file);
  EXPECT_FALSE(read.errors[0].whole_file);

  // A length that lies short leaves the reader inside the body: not a header.
  const std::string short_liar = WarcRecord("response", "https://x.example/3", HtmlResponse(kStory), 30);
  const std::string path2 = Write("short.warc", good + short_liar + good);
  const Read read2 = WalkAll({path2});
  ASSERT_EQ(read2.records.size(), 1u);
  ASSERT_EQ(read2.errors.size(), 1u);
  EXPECT_EQ(read2.errors[0].origin, path2 + "#3");
  EXPECT_EQ(read2.errors[0].reason.rfind("not a WARC record", 0), 0u) << read2.errors[0].reason;
}

TEST_F(WarcFiles, OversizedResponseSkippedRestContinues) {
  const std::string big = WarcRecord("response", "https://x.example/big",
                                     HtmlResponse(std::string(50000, 'w') + " " + kStory));
  const std::string small = WarcRecord("response", "https://x.example/small", HtmlResponse(kStory));
  const std::string path = Write("big.warc", big + small);
  WalkOptions options;
  options.max_document_bytes = 10000;
  const Read read = WalkAll({path}, options);
  ASSERT_EQ(read.order, (std::vector<std::string>{"E", "R"}));
  EXPECT_EQ(read.errors[0].origin, path + "#1");
  EXPECT_EQ(read.errors[0].reason.rfind("record too large (", 0), 0u) << read.errors[0].reason;
  EXPECT_EQ(read.records[0].origin, path + "#2");
  EXPECT_TRUE(read.records[0].last_of_file);
}

TEST_F(WarcFiles, SkippedResponsesAreNotErrors) {
  std::string data = WarcRecord("response", "https://x.example/a.png",
                                "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n" + std::string("\x89PNG\0\0\0", 7));
  data += WarcRecord("response", "https://x.example/moved", "HTTP/1.1 301 Moved\r\nLocation: /b\r\n\r\n");
  data += WarcRecord("response", "https://x.example/empty", "");  // no HTTP message at all
  // The one page: gzip-encoded as the server sent it, and chunked.
  const std::string page = "<html><body><article><p>" + kStory + "</p></article></body></html>";
  const std::string gz = GzipMember(page);
  char size[16];
  std::snprintf(size, sizeof(size), "%zx", gz.size());
  const std::string encoded = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                              "Transfer-Encoding: chunked\r\n\r\n" + std::string(size) + "\r\n" + gz +
                              "\r\n0\r\n\r\n";
  data += WarcRecord("response", "https://x.example/gz", encoded);
  const std::string path = Write("mixed.warc", data);
  const Read read = WalkAll({path});
  ASSERT_TRUE(read.errors.empty()) << read.errors[0].reason;
  ASSERT_EQ(read.records.size(), 1u);
  EXPECT_EQ(read.records[0].origin, path + "#4");
  EXPECT_EQ(read.skipped, 3);
  Article a;
  const Status s = ParseRecord(read.records[0], &a);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(a.text, kStory);

  const std::string images = Write("images.warc", WarcRecord("response", "https://x.example/a.png",
                                                             "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG"));
  const Read none = WalkAll({images});
  ASSERT_EQ(none.errors.size(), 1u);
  EXPECT_EQ(none.errors[0].reason, "no HTML responses (1 other responses skipped)");
  EXPECT_TRUE(none.errors[0].whole_file);
}

TEST_F(WarcFiles, NotAWarcAndForcedFormat) {
  const std::string path = Write("fake.warc", "WARC/1.0\r\nWARC-Type: response\r\n\r\nno length here");
  Read read = WalkAll({path});
  ASSERT_EQ(read.errors.size(), 1u);
  EXPECT_EQ(read.errors[0].origin, path + "#1");
  EXPECT_EQ(read.errors[0].reason, "WARC record without a valid Content-Length");
  EXPECT_TRUE(read.errors[0].whole_file);

  // Detected by content without the extension; forced onto a file that is not one.
  const std::string sniffed = Write("crawl.bin", ReadFile(kSample));
  read = WalkAll({sniffed});
  ASSERT_EQ(read.records.size(), 1u);
  WalkOptions forced;
  forced.forced_format = "warc";
  const std::string text = Write("notes.txt", "Just a text file.\n");
  read = WalkAll({text}, forced);
  ASSERT_EQ(read.errors.size(), 1u);
  EXPECT_EQ(read.errors[0].reason, "not a WARC record (no WARC/1.x version line)");
  const std::string endless = Write("endless.warc", "WARC/1.0\r\n" + std::string(100000, 'h'));
  read = WalkAll({endless});
  ASSERT_EQ(read.errors.size(), 1u);
  EXPECT_EQ(read.errors[0].reason, "not a WARC record (no header end in the first 64 KiB)");
  const std::string cut = Write("cut.warc", "WARC/1.0\r\nWARC-Type: response\r\n");
  read = WalkAll({cut});
  ASSERT_EQ(read.errors.size(), 1u);
  EXPECT_EQ(read.errors[0].reason, "truncated WARC record (the file ends inside its header)");
}

TEST(ParseWarcRecord, RejectsWhatIsNotAnHtmlResponse) {
  Record r;
  r.format = "warc-record";
  Article a;
  r.bytes = "garbage";
  EXPECT_FALSE(ParseRecord(r, &a).ok());
  r.bytes = "WARC/1.0\r\nContent-Length: 5\r\n\r\nHTTP/";
  EXPECT_EQ(ParseRecord(r, &a).message(), "not an HTTP response");
  r.bytes = WarcRecord("response", "u", "HTTP/1.1 500 Oops\r\nContent-Type: text/html\r\n\r\n<p>x</p>");
  EXPECT_EQ(ParseRecord(r, &a).message(), "not an HTML page (HTTP 500, text/html)");
}

}  // namespace
}  // namespace sitrep::ingest
