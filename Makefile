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

eval: $(STAMP)
	$(BIN)/hcc-nlp evaluate --gold gold --texts seeds
	@echo; echo "== held-out texts (eval/heldout: written for this project, never tuned on first)"
	$(BIN)/hcc-nlp evaluate --gold eval/heldout/gold --texts eval/heldout/texts
	@echo; echo "== second held-out set (eval/heldout_c)"
	$(BIN)/hcc-nlp evaluate --gold eval/heldout_c/gold --texts eval/heldout_c/texts
	@echo; echo "== third held-out set (eval/heldout_d)"
	$(BIN)/hcc-nlp evaluate --gold eval/heldout_d/gold --texts eval/heldout_d/texts
	@echo; echo "== fourth held-out set (eval/heldout_e)"
	$(BIN)/hcc-nlp evaluate --gold eval/heldout_e/gold --texts eval/heldout_e/texts
	@echo; echo "== fifth held-out set (eval/heldout_f)"
	$(BIN)/hcc-nlp evaluate --gold eval/heldout_f/gold --texts eval/heldout_f/texts
	@echo; echo "== sixth held-out set (eval/heldout_g)"
	$(BIN)/hcc-nlp evaluate --gold eval/heldout_g/gold --texts eval/heldout_g/texts
	@echo; echo "== seventh held-out set (eval/heldout_h)"
	$(BIN)/hcc-nlp evaluate --gold eval/heldout_h/gold --texts eval/heldout_h/texts
	@if [ -d $(DEV)/gold ]; then echo; echo "== dev corpus ($(DEV))"; \
		$(BIN)/hcc-nlp evaluate --gold $(DEV)/gold --texts $(DEV)/texts; \
	else echo "dev corpus not found at $(DEV): skipped"; fi

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) out build dist *.egg-info
