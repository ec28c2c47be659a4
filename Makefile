# Qonun — two commands do everything on a fresh Debian machine with Swift: `make run` and `make test`.

SWIFT        ?= swift
SHARED       ?= ../shared
SCHEMA       ?= $(SHARED)/akn/schema/akomantoso30.xsd
DB           ?= qonun.sqlite
SITE         ?= public
# Debian packages: libraries we link, the xmllint/xsltproc command-line tools the tests compare against.
APT_PACKAGES := libxml2-dev libxslt1-dev libsqlite3-dev pkg-config libxml2-utils xsltproc

.PHONY: run test build release deps clean bench

## Install missing system packages with apt-get when root; otherwise print the exact command.
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Missing system packages. Run:"; \
	    echo "  sudo apt-get update && sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## Build, check the demonstration corpus against the official schema (when ../shared is present) and list it.
run: release
	@if [ -f "$(SCHEMA)" ]; then \
	  .build/release/qonun validate --schema "$(SCHEMA)" corpus/; \
	else \
	  echo "$(SCHEMA) not found: structural checks only"; .build/release/qonun validate corpus/; \
	fi
	.build/release/qonun ingest --db "$(DB)" corpus/
	.build/release/qonun search --db "$(DB)" --limit 3 "elektron hukumat"

## All tests (Swift Testing). Tests that need ../shared skip with a printed reason when it is absent.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest

clean:
	rm -rf .build $(SITE) $(DB)

## Benchmarks (release build): figures and method go to BENCHMARKS.md.
bench: deps
	bash scripts/bench/run-all.sh
