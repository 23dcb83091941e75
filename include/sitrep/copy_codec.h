// The stored form of a copy signature: the store keeps every article's signature so
// that a later ingest rebuilds the copy detector without re-reading the texts.
#pragma once

#include <string>
#include <string_view>

#include "sitrep/copies.h"

namespace sitrep::link {

// A compact, versioned, byte-order-independent encoding.
std::string SerializeCopySignature(const CopySignature& signature);
// False (and *signature untouched) when `bytes` is not a signature this version wrote.
bool ParseCopySignature(std::string_view bytes, CopySignature* signature);

}  // namespace sitrep::link
