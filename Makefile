# newskg: news articles -> RDF knowledge graph.
#   make          build build/newskg and build/libnewskg.a
#   make run      install what is missing, build, extract the bundled article(s) to output/
#   make check    install what is missing, build, run every test suite
#   make asan     the test suites again under ASan+UBSan (clang)
#   make deps     only the install step (Debian packages, as root)

PKGS     := raptor2 redland rasqal libxml-2.0
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

$(LIB): $(LIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $^

$(CLI): $(BUILD)/src/main.o $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

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

check: deps test

test: all $(UNIT_BIN) $(TOOL_BIN)
	@BUILD=$(BUILD) sh tests/run-all.sh

asan:
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

-include $(LIB_OBJ:.o=.d) $(BUILD)/src/main.d
