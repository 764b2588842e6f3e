# hcc-nlp: `make run` sets up and extracts the seeds; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEV := ../shared/corpus/dev
STAMP := $(VENV)/.installed

.PHONY: setup run test eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	mkdir -p out
	$(BIN)/hcc-nlp extract seeds -o out/seeds.records.jsonl
	@echo "records: out/seeds.records.jsonl"

test: $(STAMP)
	$(BIN)/python -m pytest -q

# eval/heldout*: texts written for this project, each scored once before any rule was tuned on it
eval: $(STAMP)
	$(BIN)/hcc-nlp evaluate --gold gold --texts seeds
	@for set in eval/heldout*/; do echo; echo "== held-out set $$set"; \
		$(BIN)/hcc-nlp evaluate --gold $$set/gold --texts $$set/texts || exit 1; done
	@if [ -d $(DEV)/gold ]; then echo; echo "== dev corpus ($(DEV))"; \
		$(BIN)/hcc-nlp evaluate --gold $(DEV)/gold --texts $(DEV)/texts; \
	else echo "dev corpus not found at $(DEV): skipped"; fi

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) out build dist *.egg-info
