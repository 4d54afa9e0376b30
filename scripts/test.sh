#!/usr/bin/env bash
# Installs everything the tests need (system packages where missing, a virtual environment
# in .venv) and runs the linters, the type checker and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh $(cat scripts/runtime-packages.txt scripts/test-packages.txt)
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e '.[test,package]'
echo "== ruff"; .venv/bin/ruff check src tests bench
echo "== mypy"; .venv/bin/mypy
echo "== pytest"
.venv/bin/python -m pytest -p no:cacheprovider "$@"
# Installs the package for a minute (root or sudo needed): OFFICE_HOURS_SKIP_DEB=1 skips it.
if [ "${OFFICE_HOURS_SKIP_DEB:-0}" = 1 ]; then
  echo "== .deb: SKIPPED (OFFICE_HOURS_SKIP_DEB=1)"
else
  echo "== .deb: build, install, start on Xvfb with a tray, screenshot, remove"
  PYTHON=.venv/bin/python bash packaging/linux/ci-deb.sh
fi
