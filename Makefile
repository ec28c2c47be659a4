# Qonun — two commands do everything on a fresh Debian machine with Swift: `make run` and `make test`.

SWIFT        ?= swift
SHARED       ?= ../shared
SCHEMA       ?= $(SHARED)/akn/schema/akomantoso30.xsd
DB           ?= qonun.sqlite
SITE         ?= public
HOST         ?= 127.0.0.1
PORT         ?= 8080
VENV         ?= .venv
QONUN        := .build/release/qonun
DEMO_DRAFT   := /akn/uz/bill/2026-11-02/demo-egov-2026/uzb@2026-11-02
# Debian packages: libraries we link, and the tools the tests compare against (xmllint, xsltproc, chromium).
RUN_PACKAGES  := libxml2-dev libxslt1-dev libsqlite3-dev pkg-config
TEST_PACKAGES := $(RUN_PACKAGES) libxml2-utils xsltproc chromium

.PHONY: run test build release deps test-deps venv site demo serve bench fuzz soak check-sanitizers clean

# Installs the missing Debian packages in $(1) with apt-get when root; otherwise prints the exact command.
define ensure_packages
	@missing=""; for p in $(1); do \
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
endef

deps:
	$(call ensure_packages,$(RUN_PACKAGES))

test-deps:
	$(call ensure_packages,$(TEST_PACKAGES))

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product qonun

## Pagefind (PyPI pagefind-bin) for the static search index, in a local virtual environment.
venv:
	@if [ ! -x "$(VENV)/bin/python" ] || ! "$(VENV)/bin/python" -c "import pagefind" 2>/dev/null; then \
	  python3 -m venv "$(VENV)" && "$(VENV)/bin/pip" install -q "pagefind[bin]" \
	  || echo "Pagefind could not be installed: the site will be published without its static search index."; \
	fi

## The demonstration: corpus checked and loaded, demo accounts, a consultation open on the demo draft.
demo: release
	@if [ -f "$(SCHEMA)" ]; then $(QONUN) validate --schema "$(SCHEMA)" corpus/; \
	else echo "$(SCHEMA) not found: structural checks only"; $(QONUN) validate corpus/; fi
	$(QONUN) ingest --db "$(DB)" corpus/
	@for account in "demo citizen Demo Fuqaro" "moderator moderator Moderator" "drafter drafter Ishlab chiquvchi"; do \
	  set -- $$account; name=$$1; role=$$2; shift 2; \
	  if printf 'demo-password\n' | $(QONUN) user add --db "$(DB)" "$$name" --role "$$role" --pseudonym "$$*" >/dev/null 2>&1; then \
	    echo "account $$name ($$role), password demo-password"; fi; \
	done
	@echo "consultation $$($(QONUN) consultation open --db "$(DB)" $(DEMO_DRAFT) --opens now --closes +30d --body "Demo drafting body" --reuse) open on $(DEMO_DRAFT)"

site: demo venv
	QONUN_PAGEFIND_PYTHON="$(VENV)/bin/python" $(QONUN) publish --db "$(DB)" --out "$(SITE)" --base-url "http://$(HOST):$(PORT)/"

## Build, load the corpus, publish the site and serve it with the consultation API on http://127.0.0.1:8080.
run: site
	@echo "Serving http://$(HOST):$(PORT)/ — sign in at /login as demo / demo-password; Ctrl-C stops."
	$(QONUN) serve --db "$(DB)" --site "$(SITE)" --host "$(HOST)" --port "$(PORT)"

## All tests (Swift Testing). Tests that need ../shared skip with a printed reason when it is absent.
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest

## Benchmarks (release build): figures and method go to BENCHMARKS.md.
bench: deps
	bash scripts/bench/run-all.sh

clean:
	rm -rf .build $(SITE) $(DB) $(DB)-wal $(DB)-shm

## A long fuzz run of the parsers of untrusted input (make test runs a bounded one).
fuzz: build
	$(SWIFT) build --build-tests
	QONUN_FUZZ_ITERATIONS=$${QONUN_FUZZ_ITERATIONS:-200000} $(SWIFT) test --skip-build --disable-xctest --filter ParserFuzzTests

## The whole test suite under AddressSanitizer, then ThreadSanitizer (build folders .build-asan and .build-tsan).
check-sanitizers: test-deps
	bash scripts/check-sanitizers.sh

## 10 minutes of mixed load (reads, searches, comment posts) on a real server; results into RELIABILITY.md.
soak: release
	bash scripts/soak.sh
