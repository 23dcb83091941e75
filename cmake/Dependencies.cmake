# Every library here comes from a Debian package that scripts/install-deps installs.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(TBB REQUIRED)                       # libtbb-dev
find_package(SQLite3 REQUIRED)                   # libsqlite3-dev
find_package(fmt REQUIRED)                       # libfmt-dev
find_package(CLI11 CONFIG REQUIRED)              # libcli11-dev
find_package(nlohmann_json 3 REQUIRED)           # nlohmann-json3-dev
find_package(simdjson REQUIRED)                  # libsimdjson-dev
find_package(GTest REQUIRED)                     # libgtest-dev, libgmock-dev
find_package(ZLIB REQUIRED)                      # zlib1g-dev
find_package(LibXml2 REQUIRED)                   # libxml2-dev
find_package(absl CONFIG REQUIRED)               # libabsl-dev
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)             # libre2-dev
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc) # libutf8proc-dev
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)     # libxxhash-dev
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)  # libcpp-httplib-dev
find_package(mimalloc 2 CONFIG REQUIRED)         # libmimalloc-dev
if(SITREP_BENCHMARKS)
  find_package(benchmark REQUIRED)               # libbenchmark-dev
endif()

# CLD2 (libcld2-dev) ships neither a pkg-config file nor a CMake package.
find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h REQUIRED)
find_library(CLD2_LIBRARY NAMES cld2 REQUIRED)
add_library(cld2 INTERFACE)
target_include_directories(cld2 INTERFACE ${CLD2_INCLUDE_DIR})
target_link_libraries(cld2 INTERFACE ${CLD2_LIBRARY})

# Snowball stemmer (libstemmer-dev) likewise.
find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY NAMES stemmer REQUIRED)
add_library(stemmer INTERFACE)
target_include_directories(stemmer INTERFACE ${STEMMER_INCLUDE_DIR})
target_link_libraries(stemmer INTERFACE ${STEMMER_LIBRARY})

# The allocator of sitrep's programs: mimalloc replaces malloc and operator new for the
# whole process. Extraction makes a few hundred small allocations per article (tokens,
# names, strings of the facts), and with glibc's allocator malloc and free took some 6% of
# its time; with mimalloc the analyse stage runs about 5% faster (README, Speed).
# --no-as-needed keeps the library although no symbol of it is called by name: it works
# by replacing malloc. Sanitizer builds keep the allocator ASan instruments.
add_library(sitrep_allocator INTERFACE)
if(NOT SITREP_SANITIZE AND NOT SITREP_FUZZ)
  target_link_libraries(sitrep_allocator INTERFACE
    "-Wl,--push-state,--no-as-needed" mimalloc "-Wl,--pop-state")
endif()
