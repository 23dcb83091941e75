// Little-endian integers in a byte string: the stored forms of signatures and features
// (link, events) read the same on any machine. Internal to sitrep's modules.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep::text {

template <typename T>
void PutLittleEndian(std::string* out, T value) {
  for (size_t i = 0; i < sizeof(T); ++i) out->push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

// Reads a T from the front of *in and drops its bytes; false when too few remain.
template <typename T>
bool GetLittleEndian(std::string_view* in, T* value) {
  if (in->size() < sizeof(T)) return false;
  T v = 0;
  for (size_t i = 0; i < sizeof(T); ++i) v |= static_cast<T>(static_cast<uint8_t>((*in)[i])) << (8 * i);
  in->remove_prefix(sizeof(T));
  *value = v;
  return true;
}

}  // namespace sitrep::text
