# The two commands of the README: `make demo` and `make test`. Both install what is
# missing first, so they work on a fresh Debian machine.
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc)
SITREP      = $(BUILD)/src/cli/sitrep
GEN         = $(BUILD)/bench/gen/sitrep-gen
DEMO        = $(BUILD)/demo

.PHONY: all deps build build-asan test test-fast demo bench clean

all: build

deps:
	@scripts/install-deps

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j$(JOBS)

# Sanitizer build: -O1 keeps the suite quick while ASan and UBSan watch every test.
build-asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
	  -DSITREP_SANITIZE=ON -DSITREP_BENCHMARKS=OFF >/dev/null
	@cmake --build $(ASAN_BUILD) -j$(JOBS)

# Every test, twice: a normal build and an AddressSanitizer + UBSan build.
test: build build-asan
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j$(JOBS)

# The normal build's tests only, for a quick edit-test loop.
test-fast: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

# Generates a small corpus with known ground truth, ingests it and prints the report.
demo: build
	@rm -rf $(DEMO) && mkdir -p $(DEMO)
	@$(GEN) --articles 400 --seed 7 --out $(DEMO)/corpus >/dev/null
	@$(SITREP) ingest $(DEMO)/corpus/articles --db $(DEMO)/sitrep.db
	@$(SITREP) report --db $(DEMO)/sitrep.db

# Kernels (Google Benchmark) and the whole pipeline over 100,000 generated articles.
bench: build
	@bench/run-benchmarks $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
