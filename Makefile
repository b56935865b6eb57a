# prepbot: `make run` starts the bot (TELEGRAM_BOT_TOKEN set) or the console chat; `make test` runs the tests.
# `make test-fast` runs the tests that need no built index; `make lint` runs ruff and mypy (what CI runs first).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast lint install ingest bench eval clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/python -m prepbot.cli.launch

ingest: install
	$(BIN)/prepbot ingest

# Over both cores: each worker builds its own test index (the embedding cache is shared). The 15 slowest tests are
# listed at the end, to see where the suite's time goes.
test: install
	$(BIN)/python -m pytest -q -n 2 --durations=15

test-fast: install
	$(BIN)/python -m pytest -q -m "not index"

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python .ci/typecheck

bench: install
	$(BIN)/python bench/bench_retrieval.py
	$(BIN)/python bench/bench_ask.py
	$(BIN)/python bench/bench_bot.py

eval: install
	$(BIN)/prepbot eval ../shared/eval/dev.jsonl

# Removes the virtualenv and the index, never the session log (data/sessions.db): coordinators' records are not
# build output. Delete that file by hand if you mean to.
clean:
	rm -rf $(VENV) data/chroma data/retrieval
