# Helpers that keep each module's CMakeLists.txt to a few lines.

# libFuzzer targets (the *_fuzz.cc files of each module), built with clang: `make fuzz`.
# Every file of the build is instrumented for coverage and sanitizers, so that the
# fuzzer sees into the libraries, not only into the target.
option(SITREP_FUZZ "Build the libFuzzer targets (needs clang)" OFF)
if(SITREP_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "SITREP_FUZZ needs clang++ (-DCMAKE_CXX_COMPILER=clang++)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

# The shared test data (seed reports, devdata tables) lives beside the checkout.
get_filename_component(SITREP_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" ABSOLUTE)

# sitrep_module(NAME DEPS lib... [TEST_DEPS lib...])
# Builds the library sitrep_NAME from the module folder's *.cc files and the test binary
# NAME_test from its *_test.cc files (registered with CTest). Files ending in _fuzz.cc are
# libFuzzer targets and _bench.cc Google Benchmark kernels; both are built elsewhere.
function(sitrep_module name)
  cmake_parse_arguments(A "" "" "DEPS;TEST_DEPS" ${ARGN})
  file(GLOB all CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  set(sources ${all})
  list(FILTER sources EXCLUDE REGEX "_(test|fuzz|bench)\\.cc$")
  set(tests ${all})
  list(FILTER tests INCLUDE REGEX "_test\\.cc$")
  if(NOT sources)
    return()  # a module whose first files are not written yet
  endif()
  add_library(sitrep_${name} STATIC ${sources})
  target_include_directories(sitrep_${name}
    PUBLIC ${PROJECT_SOURCE_DIR}/include
    PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(sitrep_${name} PUBLIC ${A_DEPS})
  # The libraries are the hot path: at -O3 (more inlining, vectorised loops) the
  # extractors run in 7% fewer instructions than at -O2. Tests keep the build type's
  # level. GCC 12 at -O3 reports overlaps inside std::string's copy that cannot happen
  # (GCC bug 105329), hence -Wno-restrict.
  target_compile_options(sitrep_${name} PRIVATE
    $<$<CONFIG:RelWithDebInfo,Release>:-O3>
    $<$<AND:$<CONFIG:RelWithDebInfo,Release>,$<CXX_COMPILER_ID:GNU>>:-Wno-restrict>)
  if(tests)
    sitrep_test(${name}_test SOURCES ${tests} DEPS sitrep_${name} ${A_TEST_DEPS})
  endif()
  if(SITREP_FUZZ)
    sitrep_fuzz_targets(sitrep_${name})
  endif()
endfunction()

# sitrep_fuzz_targets(LIB): one executable per *_fuzz.cc in the current folder, named
# after the file (html_fuzz.cc -> html_fuzz), linked with LIB and libFuzzer's main.
function(sitrep_fuzz_targets lib)
  file(GLOB fuzzers CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*_fuzz.cc)
  foreach(source ${fuzzers})
    get_filename_component(target ${source} NAME_WE)
    add_executable(${target} ${source})
    target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${target} PRIVATE ${lib})
    target_link_options(${target} PRIVATE -fsanitize=fuzzer)
  endforeach()
endfunction()

# sitrep_test(NAME SOURCES x_test.cc DEPS lib...) -> a GoogleTest binary registered with CTest
function(sitrep_test name)
  cmake_parse_arguments(A "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${A_SOURCES})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PRIVATE ${A_DEPS} GTest::gmock GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    SITREP_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    SITREP_SHARED_DIR="${SITREP_SHARED_DIR}")
  add_test(NAME ${name} COMMAND ${name})
endfunction()
