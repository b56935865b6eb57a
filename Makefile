# prepbot: `make run` starts the bot (TELEGRAM_BOT_TOKEN set) or the console chat; `make test` runs the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install ingest bench eval clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/python -m prepbot.cli.launch

ingest: install
	$(BIN)/prepbot ingest

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/bench_retrieval.py
	$(BIN)/python bench/bench_ask.py
	$(BIN)/python bench/bench_bot.py

eval: install
	$(BIN)/prepbot eval ../shared/eval/dev.jsonl

clean:
	rm -rf $(VENV) data
