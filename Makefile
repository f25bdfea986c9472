# 法治对标 — every set-up step lives here; the README's two commands are `make run` and `make test`.
PY       := .venv/bin/python
RUNTIME  := .venv/.runtime-installed
DEV      := .venv/.dev-installed
DB       := data/warehouse.duckdb
RAW      := $(wildcard data/raw/*)
ETL_SRC  := $(wildcard etl/*.py etl/*.sql data/spec/*)
PORT     ?= 8501

.PHONY: run test warehouse check browser bench clean

# Start the dashboard at http://localhost:$(PORT) (installs and builds first when needed).
run: $(DB)
	$(PY) -m streamlit run app.py --server.headless true --server.port $(PORT)

# Install everything the tests need (Python packages, Debian chromium), build, run all tests, then validate the warehouse.
test: $(DEV) browser $(DB)
	$(PY) -m pytest -q
	$(PY) -m etl check

# Rebuild the warehouse from data/raw now, whether or not it looks stale.
warehouse: $(RUNTIME)
	$(PY) -m etl build

# Validate the built warehouse (keys, spans, values, codes, profiles).
check: $(DB)
	$(PY) -m etl check

# Time the build and the dashboard on a synthetic corpus (N documents, default 10000).
bench: $(DEV)
	$(PY) -m etl bench --docs $(or $(N),10000)

# The virtualenv with the runtime packages (pinned in requirements.txt).
$(RUNTIME): requirements.txt
	test -x $(PY) || python3 -m venv .venv
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

# Test-only packages on top (pytest, hypothesis, playwright).
$(DEV): $(RUNTIME) requirements-dev.txt
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $@

# The warehouse is rebuilt when it is missing or older than the raw documents or the ETL.
$(DB): $(RUNTIME) $(RAW) data/raw $(ETL_SRC)
	$(PY) -m etl build

# A real browser and a CJK font for the end-to-end tests (Debian packages; Playwright's own download is not used).
browser:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'CJK'; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && $$SUDO apt-get install -y -q chromium fonts-noto-cjk; \
	fi

# Remove the built warehouse and test artifacts (never data/raw).
clean:
	rm -rf $(DB) $(DB).tmp-* artifacts .pytest_cache
