# Two commands a user needs: `make build` (set up + build the sample warehouse) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DBT_SEND_ANONYMOUS_USAGE_STATS := False
export DO_NOT_TRACK := 1

.PHONY: setup build test lint pytest dbt-test clean

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

build: $(STAMP)
	$(BIN)/market-intel build

lint: $(STAMP)
	$(BIN)/ruff check loaders tests benchmarks scripts
	$(BIN)/ruff format --check loaders tests benchmarks scripts
	$(BIN)/sqlfluff lint models analyses tests/dbt macros

pytest: $(STAMP)
	$(BIN)/pytest

test: $(STAMP) lint pytest

clean:
	rm -rf $(VENV) target logs market_intel.duckdb*
