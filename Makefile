# Two commands on a fresh machine: `make demo` (install + brief the bundled example) and `make test`.
# The demo installs wirebrief alone; the tests add the dev extra (peers for the evaluations, Playwright,
# psycopg, and the llm extra: llama-cpp-python builds from source, about 10 minutes on 2 cores).
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

# llama.cpp is built for any x86-64 processor, not for the build machine's (-march=native): on processors whose
# AMX or AVX-512 instructions the virtual machine does not let a process use, a native build dies with "Illegal
# instruction" in the llm tests; no wheel cache, so a native wheel built earlier is never reused.
$(DEV): pyproject.toml | $(BIN)/pip
	CMAKE_ARGS="-DGGML_NATIVE=OFF" $(BIN)/pip install --quiet --no-cache-dir -e ".[dev]"
	touch $(BASE) $(DEV)

demo: $(BASE)
	$(BIN)/wirebrief brief examples/digest.txt --published 2026-02-05

test: $(DEV)
	$(BIN)/pytest -q

eval-segment: $(BASE)
	$(BIN)/wirebrief eval segment ../shared/eval/annotated_dev.jsonl ../shared/eval/extraction ../shared/eval/cnndm_dev.jsonl

clean:
	rm -rf $(VENV) build *.egg-info
