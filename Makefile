# scrubs: every job from a fresh clone. `make demo` and `make test` set everything up first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed-stamp
DEMO := demo-data

.PHONY: setup demo test bench eval lint browser clean

# torch is installed first and pinned: 2.13.0 is the CPU wheel every machine here has;
# any other version would pull gigabytes of CUDA packages.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -e '.[dev]'
	touch $(STAMP)

# The ONNX encoder (fp32 + int8) is built from the installed MiniLM weights, offline; the
# command returns at once when a build matching those weights is already there.
setup: $(STAMP)
	$(VENV)/bin/scrubs model build

# The bundled sample: a synthetic clinician's X archive (zip) and Facebook export (folder), and a
# synthetic patient roster, all written by tests/builders.py; the store stays in demo-data/.
demo: setup
	$(PY) -m tests.builders demo $(DEMO)
	$(VENV)/bin/scrubs scan $(DEMO)/x-archive.zip $(DEMO)/facebook-export \
		--roster $(DEMO)/roster.csv --db $(DEMO)/scrubs.db \
		--json results.json --report report.html --csv report.csv
	@echo "Open report.html in a browser; results.json holds every post, riskiest first."

# Headless Chromium (Debian's package) for the report's browser test; installed when missing.
browser:
	@command -v chromium >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
		else echo "chromium missing: run 'sudo apt-get install chromium' for the browser test"; fi; }

test: setup browser
	$(PY) -m pytest -q

# End-to-end scan of a 100,000-post synthetic X archive (posts/s, peak RSS), then every other
# benchmark; figures go to BENCHMARKS.md. Takes a while: the scan alone is ~20 min on 2 cores.
bench: setup
	$(PY) -m benchmarks.run

# precision/recall/F1/F2/AP per category on the corpus's test split (model, then the heuristic layer
# alone); rewrites classifiers/EVALUATION.md
eval: setup
	$(VENV)/bin/scrubs model eval
	$(PY) -m classifiers.heuristic_eval test --write
	$(PY) -m classifiers.link_eval

lint: setup
	$(VENV)/bin/ruff check scanner classifiers reports tests

clean:
	rm -rf $(VENV) $(DEMO) results.json report.html
