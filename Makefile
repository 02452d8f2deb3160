# APT Cropland - developer commands. A new machine needs only: make setup, then make test.
SHELL := /bin/bash
# PY: the Python to run everything with (make test PY=/opt/apt-venv/bin/python inside a test-qgis root)
PY ?= .venv/bin/python
SITE := $(shell [ -x $(PY) ] && $(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
PLUGIN_PATH := build/qgis-plugins
QGIS_ENV := QT_QPA_PLATFORM=offscreen QGIS_PLUGINPATH=$(CURDIR)/$(PLUGIN_PATH) \
	QGIS_CUSTOM_CONFIG_PATH=$(CURDIR)/build/qgis-profile PYTHONPATH=$(SITE)

IMAGE ?= sample/naip_north_dakota_2020_rgbn_5m.tif
GLC ?=
CLASSES ?= 40
DEMO_OUT ?= demo_output
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
MODEL_DIR ?= $(QGIS_PROFILE)/apt_cropland/models
CHECKPOINT ?=
SHOT_CHECKPOINT ?=
QGIS ?= 3.40

.PHONY: setup test test-fast test-qgis run lint qt6-check translations i18n-check package demo plugin-link sample-glc screenshot bench bench-quick clean

setup:  ## Install Debian packages and the .venv (idempotent)
	./scripts/setup.sh

lint:
	$(PY) -m ruff check .

qt6-check:  ## Qt 5-only idioms (QGIS 4 runs Qt 6): unscoped enums, exec_, PyQt5 imports, QVariant types...
	QT_QPA_PLATFORM=offscreen $(PY) scripts/qt6_check.py

translations:  ## Update i18n/*.ts from the tr() calls (translations kept, new strings unfinished); compile i18n/*.qm
	$(if $(wildcard $(PY)),$(PY),python3) scripts/i18n_update.py --release

i18n-check:  ## Fail if a .ts file lacks a tr() string of the code (make translations fixes it)
	$(if $(wildcard $(PY)),$(PY),python3) scripts/i18n_update.py --check

test: lint qt6-check i18n-check plugin-link  ## ruff, the Qt 6 and .ts checks, then the whole test suite headless in real QGIS
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test-fast: lint plugin-link  ## The inner loop: ruff, then the core's unit tests alone, without starting QGIS (make test stays the full check)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/unit -p no:pytest_qgis -W ignore::pytest.PytestConfigWarning -q

test-qgis:  ## The whole suite under QGIS 3.40 (Debian trixie) or 3.44 (sid) in a Debian root under build/roots: make test-qgis QGIS=3.44
	./scripts/qgis_root.sh $(QGIS)

package:  ## build/apt_cropland.zip for the QGIS plugin repository (translations compiled with lrelease)
	$(if $(wildcard $(PY)),$(PY),python3) scripts/package.py

plugin-link:  ## Expose this folder as a QGIS plugin named apt_cropland
	@mkdir -p $(PLUGIN_PATH)
	@[ -e $(PLUGIN_PATH)/apt_cropland ] || ln -s $(CURDIR) $(PLUGIN_PATH)/apt_cropland

demo: plugin-link  ## Map cropland on the sample image (WorldCover online, default model); offline: GLC=... CHECKPOINT=...
	@IMAGE="$(IMAGE)" GLC="$(GLC)" CHECKPOINT="$(CHECKPOINT)" CLASSES="$(CLASSES)" DEMO_OUT="$(DEMO_OUT)" \
		MODEL_DIR="$(MODEL_DIR)" DEMO_PY="$(PY)" $(QGIS_ENV) ./scripts/demo.sh

run: plugin-link  ## The pipeline from the command line, without QGIS: make run ARGS="--image ... --glc ... --out DIR"
	PYTHONPATH=$(CURDIR)/$(PLUGIN_PATH) $(PY) -m apt_cropland run $(ARGS)

sample-glc:  ## A SYNTHETIC land cover over the sample image, for trying the demo without a real one
	$(PY) scripts/sample_glc.py $(IMAGE) build/sample_glc_SYNTHETIC.tif

clean:
	rm -rf build .pytest_cache .ruff_cache .qgis-settings

screenshot: plugin-link  ## Real QGIS under Xvfb running the workflow on the sample -> docs/screenshot.png
	CHECKPOINT="$(SHOT_CHECKPOINT)" ./scripts/screenshot.sh

.PHONY: fields-figure
fields-figure: plugin-link  ## Field parcels over the sample, full-size random vit_b (minutes; no QGIS) -> docs/fields_sample.png; FIELDS_MODEL=tiny: seconds
	$(PY) scripts/fields_figure.py --model $(or $(FIELDS_MODEL),vit_b)

BENCH_SCRIPTS := bench_pipeline bench_models bench_fields bench_evaluate bench_temporal bench_cluster bench_adapt bench_concept bench_gpu

bench: plugin-link  ## Speed and memory figures (full-size random vit_b and SAM 2.1 t/s/b+; many minutes; bench_gpu only with a GPU)
	@set -e; for script in $(BENCH_SCRIPTS); do $(PY) bench/$$script.py; done

bench-quick: plugin-link  ## Every bench script in its quick mode: tiny model, small sizes, figures meaningless (make test runs these too)
	@set -e; for script in $(BENCH_SCRIPTS) memory_run; do echo "== $$script --quick"; \
		OMP_NUM_THREADS=1 $(PY) bench/$$script.py --quick; done
