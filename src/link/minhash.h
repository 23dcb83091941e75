// MinHash signatures of a token sequence's shingles, and the LSH band keys cut from
// them. Two sequences agree on each MinHash value with probability equal to the
// Jaccard similarity of their shingle sets, so a band of r values agrees with
// probability J^r, and b bands give a candidate with probability 1 - (1 - J^r)^b.
#pragma once

#include <cstdint>
#include <vector>

namespace sitrep::link::internal {

// `k` MinHash values over the shingles of `shingle` consecutive hashes of `tokens`
// (one shingle of everything when there are fewer). Empty when `tokens` is.
std::vector<uint32_t> MinHash(const std::vector<uint64_t>& tokens, int shingle, int k);

// One key per full band of `rows` values; the band's index is part of the key, so equal
// values in different bands do not collide.
std::vector<uint32_t> BandKeys(const std::vector<uint32_t>& minhash, int rows);

}  // namespace sitrep::link::internal
