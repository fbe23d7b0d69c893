# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup system-deps demo test test-fast lint typecheck eval bench model model-accurate clean

setup: $(STAMP)

# System packages (Tesseract with English and Chinese data, fonts for test images).
system-deps:
	bash scripts/install-system-deps.sh

$(STAMP): pyproject.toml scripts/install-system-deps.sh
	bash scripts/install-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/sourcebook demo

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --durations=15

test-fast: $(STAMP)
	$(BIN)/python -m pytest -n 2 -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks evaluation training

typecheck: $(STAMP)
	$(BIN)/mypy

eval: $(STAMP)
	$(BIN)/python -m evaluation.demo_documents
	$(BIN)/python -m evaluation.boilerplate
	$(BIN)/python -m evaluation.ner --compare
	$(BIN)/python -m evaluation.parse
	$(BIN)/python -m evaluation.entities
	$(BIN)/python -m evaluation.quotes
	$(BIN)/python -m evaluation.quantities
	$(BIN)/python -m evaluation.time
	$(BIN)/python -m evaluation.resolve --generated 400
	$(BIN)/python -m evaluation.quote_clusters
	$(BIN)/python -m evaluation.claims --generated 2000
	$(BIN)/python -m evaluation.contested
	$(BIN)/python -m evaluation.screening

bench: $(STAMP)
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/nlp.py
	$(BIN)/python benchmarks/analyze.py
	$(BIN)/python benchmarks/resolve.py
	$(BIN)/python benchmarks/screen.py

# Retrain the shipped English pipeline from ../shared/datasets (about an hour on one core),
# then print its scores. `make test` never retrains it.
model: $(STAMP)
	$(BIN)/python -m training.train

# Retrain the "accurate" variant's entity encoder (MiniLM-L6 fine-tuned; about 25 min on one
# core) in its own venv, since it needs torch, then export it as int8 ONNX where it ships.
model-accurate: $(STAMP)
	$(PYTHON) -m venv .venv-minilm
	.venv-minilm/bin/pip install --quiet torch==2.13.0
	.venv-minilm/bin/pip install --quiet -e '.[train-encoder]'
	.venv-minilm/bin/python -m training.convert training/corpus
	.venv-minilm/bin/python -m training.minilm train
	.venv-minilm/bin/python -m training.minilm ship
	$(BIN)/python -m evaluation.ner --variant accurate

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache sourcebook.db
