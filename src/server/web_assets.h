// The web page's files (web/ in the source tree), compiled into the binary so that the
// server never reads a path a request names, and needs nothing beside the binary.
#pragma once

#include <span>
#include <string_view>

namespace sitrep::server {

struct WebAsset {
  std::string_view path;  // "/index.html", "/app.js", ...
  std::string_view mime;
  std::string_view bytes;
};

std::span<const WebAsset> WebAssets();

// The asset served at `path` ("/" is "/index.html"); nullptr when there is none.
const WebAsset* FindWebAsset(std::string_view path);

}  // namespace sitrep::server
