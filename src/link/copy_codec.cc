#include "sitrep/copy_codec.h"

#include <cstdint>

#include "text/byte_codec.h"

namespace sitrep::link {
namespace {

// Layout, all integers little-endian: version (1 byte), exact_hash (8), tokens (4),
// minhash count (4) and values (4 each), sentence count (4) and sketches (8 each).
constexpr uint8_t kVersion = 1;

using text::GetLittleEndian;
using text::PutLittleEndian;

}  // namespace

std::string SerializeCopySignature(const CopySignature& s) {
  std::string out;
  out.reserve(1 + 8 + 4 + 4 + 4 * s.minhash.size() + 4 + 8 * s.sentences.size());
  out.push_back(static_cast<char>(kVersion));
  PutLittleEndian<uint64_t>(&out, s.exact_hash);
  PutLittleEndian<uint32_t>(&out, s.tokens);
  PutLittleEndian<uint32_t>(&out, static_cast<uint32_t>(s.minhash.size()));
  for (uint32_t v : s.minhash) PutLittleEndian<uint32_t>(&out, v);
  PutLittleEndian<uint32_t>(&out, static_cast<uint32_t>(s.sentences.size()));
  for (uint64_t v : s.sentences) PutLittleEndian<uint64_t>(&out, v);
  return out;
}

bool ParseCopySignature(std::string_view in, CopySignature* signature) {
  if (in.empty() || static_cast<uint8_t>(in[0]) != kVersion) return false;
  in.remove_prefix(1);
  CopySignature s;
  uint32_t count = 0;
  if (!GetLittleEndian(&in, &s.exact_hash) || !GetLittleEndian(&in, &s.tokens) || !GetLittleEndian(&in, &count)) return false;
  if (count > in.size() / 4) return false;
  s.minhash.resize(count);
  for (uint32_t& v : s.minhash) GetLittleEndian(&in, &v);
  if (!GetLittleEndian(&in, &count) || count != in.size() / 8 || in.size() % 8 != 0) return false;
  s.sentences.resize(count);
  for (uint64_t& v : s.sentences) GetLittleEndian(&in, &v);
  *signature = std::move(s);
  return true;
}

}  // namespace sitrep::link
