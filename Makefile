# newskg: news articles -> RDF knowledge graph.
#   make          build build/newskg and build/libnewskg.a
#   make run      install what is missing, build, extract the bundled article(s) to output/
#   make check    install what is missing, build, run every test suite
#   make asan     the test suites again under ASan+UBSan (clang)
#   make deps     only the install step (Debian packages, as root)

PKGS     := raptor2 redland rasqal libxml-2.0 libcurl
BUILD    ?= build
CC       ?= cc
WERROR   ?= -Werror
OPT      ?= -O2 -g
WARN     := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Wformat=2 -Wwrite-strings -Wno-format-nonliteral $(WERROR)
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CPPFLAGS += -Iinclude -Isrc -D_POSIX_C_SOURCE=200809L -DNKG_DEFAULT_LEXICON='"$(CURDIR)/ontology/lexicon"' $(PKG_CFLAGS)
CFLAGS   += -std=c11 $(OPT) $(WARN)
LDLIBS   += $(PKG_LIBS) -lm

LIB_SRC  := $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_SRC  := src/main.c $(wildcard src/cli/*.c)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
LIB      := $(BUILD)/libnewskg.a
CLI      := $(BUILD)/newskg
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
TOOL_BIN := $(BUILD)/rdfeq $(BUILD)/replay_pipeline
ARTICLES := $(wildcard articles/*.txt)

.PHONY: all deps run check test asan leakcheck fuzz clean format golden-update

all: $(LIB) $(CLI)

deps:
	@sh tools/install-deps.sh

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

# The common English words of tools/gazetteer-stopwords.txt, one C string
# each, sorted: the gazetteer builder and the entity stage share one list.
$(BUILD)/gen/common_words.inc: tools/gazetteer-stopwords.txt
	@mkdir -p $(@D)
	grep -v '^#' $< | tr -s ' \t' '\n\n' | grep -v '^$$' | LC_ALL=C sort -u | \
	  sed 's/.*/"&",/' > $@.tmp && mv $@.tmp $@

$(BUILD)/src/lexicon.o: $(BUILD)/gen/common_words.inc
$(BUILD)/src/lexicon.o: CPPFLAGS += -I$(BUILD)/gen

$(LIB): $(LIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $^

$(CLI): $(CLI_OBJ) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(LIB) tests/unit/harness.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(BUILD)/rdfeq: tests/rdfeq.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LDLIBS)

$(BUILD)/replay_pipeline: tests/fuzz/fuzz_pipeline.c tests/fuzz/replay.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ tests/fuzz/fuzz_pipeline.c tests/fuzz/replay.c $(LIB) $(LDLIBS)

# The bundled article(s) -> output/*.ttl and output/*.rdf
run: deps all
	@mkdir -p output
	@for a in $(ARTICLES); do \
	  b=$$(basename $$a .txt); \
	  $(CLI) -o output/$$b.ttl $$a && $(CLI) -f rdfxml -o output/$$b.rdf $$a && \
	  echo "wrote output/$$b.ttl output/$$b.rdf ($$($(CLI) -f ntriples $$a | wc -l) triples)" || exit 1; \
	done
	@# graph views (src/export*.c): GraphML, JSON, an offline HTML page with the
	@# JSON inside (tools/graph-viewer.html), and the picture: DOT without the
	@# NIF mentions rendered to SVG and PNG by Graphviz.
	@view=""; if $(CLI) --help 2>&1 | grep -q -- --no-mentions; then view=--no-mentions; else \
	  echo "make run: this newskg has no --no-mentions flag yet: the picture includes NIF mentions"; fi; \
	for a in $(ARTICLES); do \
	  b=$$(basename $$a .txt); \
	  $(CLI) -f graphml -o output/$$b.graphml $$a && $(CLI) -f json -o output/$$b.json $$a && \
	  $(CLI) -f dot $$view -o output/$$b.dot $$a && \
	  dot -Tsvg output/$$b.dot -o output/$$b.svg && dot -Tpng output/$$b.dot -o output/$$b.png && \
	  { sed '/id="nkg-data">null</,$$d' tools/graph-viewer.html; \
	    printf '<script type="application/json" id="nkg-data">'; sed 's|</|<\\/|g' output/$$b.json; \
	    echo '</script>'; sed '1,/id="nkg-data">null</d' tools/graph-viewer.html; } >output/$$b.html && \
	  echo "wrote output/$$b.graphml output/$$b.json output/$$b.html output/$$b.dot output/$$b.svg output/$$b.png" || exit 1; \
	done

check: deps test

test: all $(UNIT_BIN) $(TOOL_BIN)
	@BUILD=$(BUILD) sh tests/run-all.sh

asan:
	ASAN_OPTIONS=fast_unwind_on_malloc=0 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	$(MAKE) BUILD=build-asan CC=clang OPT="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	  LDFLAGS="-fsanitize=address,undefined" test

leakcheck: all $(UNIT_BIN)
	@BUILD=$(BUILD) NKG_VALGRIND=1 sh tests/run-all.sh

golden-update: all
	@BUILD=$(BUILD) sh tests/golden-update.sh

format:
	clang-format -i src/*.c src/*.h include/*.h tests/*.c tests/unit/*.c tests/unit/*.h

clean:
	rm -rf build build-asan build-fuzz

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

# ==== Fuzzing and replay (tests/fuzz/; test-infrastructure block) ==========
#   make fuzz                   each libFuzzer target for FUZZ_TIME seconds (clang,
#                               ASan+UBSan); corpus in tests/fuzz/corpus/<target>
#                               (gitignored), crashes in build-fuzz/artifacts/<target>/
#   make fuzz FUZZ_TARGETS=date FUZZ_TIME=600
# A crash input goes, once understood, to tests/fuzz/regressions/<target>/:
# tests/suites/fuzz-replay.sh replays seeds + regressions under gcc in make check.
FUZZ_BUILD   := build-fuzz
FUZZ_TARGETS ?= pipeline date
FUZZ_TIME    ?= 60
FUZZ_SAN     := address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_LIB     := $(FUZZ_BUILD)/libnewskg.a
FUZZ_BIN     := $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz_%)

.PHONY: fuzz fuzz-build FORCE_FUZZ_LIB

$(BUILD)/replay_date: tests/fuzz/fuzz_date.c tests/fuzz/replay.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ tests/fuzz/fuzz_date.c tests/fuzz/replay.c $(LIB) $(LDLIBS)

# The library again, instrumented for coverage (fuzzer-no-link) and sanitizers,
# by a sub-make with BUILD=build-fuzz (where the normal $(LIB) rule builds it).
ifneq ($(BUILD),$(FUZZ_BUILD))
$(FUZZ_LIB): FORCE_FUZZ_LIB
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang \
	  OPT="-O1 -g -fsanitize=fuzzer-no-link,$(FUZZ_SAN)" $(FUZZ_LIB)
endif
FORCE_FUZZ_LIB:

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_LIB)
	clang $(CPPFLAGS) -std=c11 -O1 -g $(WARN) -fsanitize=fuzzer,$(FUZZ_SAN) -o $@ $< $(FUZZ_LIB) $(LDLIBS)

fuzz-build: $(FUZZ_BIN)

fuzz: fuzz-build
	@status=0; for t in $(FUZZ_TARGETS); do \
	  mkdir -p tests/fuzz/corpus/$$t $(FUZZ_BUILD)/artifacts/$$t; \
	  echo "fuzz_$$t: $(FUZZ_TIME) s"; \
	  $(FUZZ_BUILD)/fuzz_$$t -max_total_time=$(FUZZ_TIME) -timeout=10 -rss_limit_mb=2048 \
	    -max_len=65536 -dict=tests/fuzz/dict.txt -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/artifacts/$$t/ \
	    tests/fuzz/corpus/$$t tests/fuzz/seeds/$$t || status=1; \
	done; \
	if [ $$status -ne 0 ]; then echo "fuzz: crash inputs in $(FUZZ_BUILD)/artifacts/"; fi; \
	exit $$status
# ==== end of fuzzing block ====================================================

# ==== gazetteer benchmark (added by the gazetteer helper) ======================
# build/bench/gazetteer_speed: load time and matching MB/s; run via
# bench/gazetteer-speed. Not part of `all` or `check`.
$(BUILD)/bench/gazetteer_speed: bench/gazetteer_speed.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)
# ==== end of gazetteer benchmark block ========================================
