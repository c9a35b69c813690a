# Two commands on a fresh machine: `make demo` (install + brief the bundled example) and `make test`.
# The demo installs wirebrief alone; the tests add the dev extra (peers for the evaluations, Playwright,
# psycopg, and the llm extra: llama-cpp-python builds from source once, about 9 minutes on 2 cores,
# then pip's wheel cache serves it).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
BASE := $(VENV)/.installed-base
DEV := $(VENV)/.installed-dev

.PHONY: demo test install eval-segment clean

install: $(DEV)

$(BIN)/pip:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(BASE): pyproject.toml | $(BIN)/pip
	$(BIN)/pip install --quiet -e .
	touch $(BASE)

$(DEV): pyproject.toml | $(BIN)/pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(BASE) $(DEV)

demo: $(BASE)
	$(BIN)/wirebrief brief examples/digest.txt --published 2026-02-05

test: $(DEV)
	$(BIN)/pytest -q

eval-segment: $(BASE)
	$(BIN)/wirebrief eval segment ../shared/eval/annotated_dev.jsonl ../shared/eval/extraction ../shared/eval/cnndm_dev.jsonl

clean:
	rm -rf $(VENV) build *.egg-info
