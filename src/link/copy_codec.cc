#include "sitrep/copy_codec.h"

#include <cstdint>

namespace sitrep::link {
namespace {

// Layout, all integers little-endian: version (1 byte), exact_hash (8), tokens (4),
// minhash count (4) and values (4 each), sentence count (4) and sketches (8 each).
constexpr uint8_t kVersion = 1;

template <typename T>
void Put(std::string* out, T value) {
  for (size_t i = 0; i < sizeof(T); ++i) out->push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

template <typename T>
bool Get(std::string_view* in, T* value) {
  if (in->size() < sizeof(T)) return false;
  T v = 0;
  for (size_t i = 0; i < sizeof(T); ++i) v |= static_cast<T>(static_cast<uint8_t>((*in)[i])) << (8 * i);
  in->remove_prefix(sizeof(T));
  *value = v;
  return true;
}

}  // namespace

std::string SerializeCopySignature(const CopySignature& s) {
  std::string out;
  out.reserve(1 + 8 + 4 + 4 + 4 * s.minhash.size() + 4 + 8 * s.sentences.size());
  out.push_back(static_cast<char>(kVersion));
  Put<uint64_t>(&out, s.exact_hash);
  Put<uint32_t>(&out, s.tokens);
  Put<uint32_t>(&out, static_cast<uint32_t>(s.minhash.size()));
  for (uint32_t v : s.minhash) Put<uint32_t>(&out, v);
  Put<uint32_t>(&out, static_cast<uint32_t>(s.sentences.size()));
  for (uint64_t v : s.sentences) Put<uint64_t>(&out, v);
  return out;
}

bool ParseCopySignature(std::string_view in, CopySignature* signature) {
  if (in.empty() || static_cast<uint8_t>(in[0]) != kVersion) return false;
  in.remove_prefix(1);
  CopySignature s;
  uint32_t count = 0;
  if (!Get(&in, &s.exact_hash) || !Get(&in, &s.tokens) || !Get(&in, &count)) return false;
  if (count > in.size() / 4) return false;
  s.minhash.resize(count);
  for (uint32_t& v : s.minhash) Get(&in, &v);
  if (!Get(&in, &count) || count != in.size() / 8 || in.size() % 8 != 0) return false;
  s.sentences.resize(count);
  for (uint64_t& v : s.sentences) Get(&in, &v);
  *signature = std::move(s);
  return true;
}

}  // namespace sitrep::link
