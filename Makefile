# The two commands: `make run` and `make test` (both create .venv on first use).
VENV   := .venv
PY     := $(VENV)/bin/python
RUN_OK := $(VENV)/.installed-run
TEST_OK:= $(VENV)/.installed-test
BUILD_OK:= $(VENV)/.installed-build

.PHONY: run test lint bench dist screenshots clean

$(PY):
	python3 -m venv $(VENV)

$(RUN_OK): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(TEST_OK): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test]"
	touch $@ $(RUN_OK)

run: $(RUN_OK)
	$(VENV)/bin/kks-desktop

lint: $(TEST_OK)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

# Every script runs, even after one is over its target; the exit status says whether any was.
bench: $(TEST_OK)
	status=0; for f in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(PY) $$f || status=1; done; \
	exit $$status

$(BUILD_OK): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[build]"
	touch $@ $(RUN_OK)

# The one-folder bundle dist/KKS-Desktop (build.spec), then its own self-test, headless.
dist: $(BUILD_OK)
	$(VENV)/bin/pyinstaller build.spec --noconfirm --clean --log-level WARN
	@du -sh dist/KKS-Desktop; find dist/KKS-Desktop -type f | wc -l | sed 's/$$/ files/'
	QT_QPA_PLATFORM=offscreen dist/KKS-Desktop/KKS-Desktop --self-test

SHOT_PAGES := desa,beranda,sanitasi,sanitasi-ringkasan,data-kk,kegiatan,kesiapan,kesiapan-matriks,ekspor-impor
screenshots: $(RUN_OK)
	rm -f /tmp/kks-shots.db
	$(VENV)/bin/kks-desktop --db /tmp/kks-shots.db demo --kabupaten 33.25 --households
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/kks-desktop --db /tmp/kks-shots.db screenshot --out docs/img \
	    --page $(SHOT_PAGES) --bahasa id
	mkdir -p docs/img/en
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/kks-desktop --db /tmp/kks-shots.db screenshot --out docs/img/en \
	    --page $(SHOT_PAGES),pengaturan --bahasa en

# The user guide's pictures: every scene of `screenshot --page panduan` (ui/screenshot_adegan.py)
# from the demo workspace of Kec. Kandeman with one backup, into docs/panduan/img.
PANDUAN_DB := /tmp/kks-panduan/kks.db
.PHONY: panduan
panduan: $(RUN_OK)
	rm -rf $(dir $(PANDUAN_DB))
	$(VENV)/bin/kks-desktop --db $(PANDUAN_DB) demo --kecamatan 33.25.13 --households
	$(VENV)/bin/kks-desktop --db $(PANDUAN_DB) backup
	rm -f docs/panduan/img/*.png
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/kks-desktop --db $(PANDUAN_DB) screenshot --page panduan --out docs/panduan/img --bahasa id
	@du -ch docs/panduan/img/*.png | tail -1

# The English translation: the texts of the shipped data listed for lupdate (ui/teks_acuan.py),
# every translate()/QT_TRANSLATE_NOOP text of the code into the .ts (translations already made
# are kept), then the .qm the program loads. Commit all three.
TS := resources/translations/kks_en.ts
.PHONY: terjemahan
terjemahan: $(TEST_OK)
	$(PY) tests/teks_acuan_buat.py
	$(VENV)/bin/pyside6-lupdate $$(find kks_desktop -name '*.py' | sort) -ts $(TS) \
	    -source-language id_ID -target-language en -locations none -no-obsolete
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(TS:.ts=.qm)

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
