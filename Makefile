# Two commands on a fresh machine: `make demo` (install + brief the bundled example) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install eval-segment clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/wirebrief brief examples/digest.txt --published 2026-02-05

test: $(STAMP)
	$(BIN)/pytest -q

eval-segment: $(STAMP)
	$(BIN)/wirebrief eval segment ../shared/eval/cnndm_dev.jsonl

clean:
	rm -rf $(VENV) build *.egg-info
