# The two commands of the README: `make demo` and `make test`. Both install what is
# missing first, so they work on a fresh Debian machine.
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc)
SITREP      = $(BUILD)/src/cli/sitrep
GEN         = $(BUILD)/bench/gen/sitrep-gen
DEMO        = $(BUILD)/demo

FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 30
FUZZ_TARGETS = html_fuzz feed_fuzz warc_fuzz analyse_fuzz

.PHONY: all deps build build-asan test test-fast demo bench fuzz clean

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

# libFuzzer targets, built by clang with ASan and UBSan in their own build folder, each
# run for FUZZ_SECONDS from a corpus seeded with the test data (the corpus grows in
# $(FUZZ_BUILD)/corpus across runs; crashes are written to $(FUZZ_BUILD)/crashes).
fuzz:
	@scripts/install-deps fuzz
	@cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
	  -DCMAKE_CXX_COMPILER=clang++ -DSITREP_FUZZ=ON -DSITREP_BENCHMARKS=OFF >/dev/null
	@cmake --build $(FUZZ_BUILD) -j$(JOBS) --target $(FUZZ_TARGETS)
	@mkdir -p $(FUZZ_BUILD)/crashes
	@set -e; for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t; \
	  case $$t in \
	    html_fuzz) cp src/ingest/testdata/html/*.html $(FUZZ_BUILD)/corpus/$$t/ ;; \
	    feed_fuzz) cp src/ingest/testdata/feed/* $(FUZZ_BUILD)/corpus/$$t/ ;; \
	    warc_fuzz) cp src/ingest/testdata/warc/* $(FUZZ_BUILD)/corpus/$$t/ ;; \
	    analyse_fuzz) cp ../shared/corpus/seeds/*.txt $(FUZZ_BUILD)/corpus/$$t/ 2>/dev/null || true ;; \
	  esac; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  dir=ingest; [ $$t = analyse_fuzz ] && dir=extract; \
	  $(FUZZ_BUILD)/src/$$dir/$$t -max_total_time=$(FUZZ_SECONDS) -timeout=20 -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/crashes/$$t- $(FUZZ_BUILD)/corpus/$$t 2>$(FUZZ_BUILD)/$$t.log \
	    || { tail -n 40 $(FUZZ_BUILD)/$$t.log; exit 1; }; \
	  grep -E '^stat::number_of_executed_units|^Done' $(FUZZ_BUILD)/$$t.log || true; \
	done

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
