#!/usr/bin/env bash
# Installs everything the tests need (system packages where missing, a virtual environment
# in .venv) and runs the linters, the type checker and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh $(cat scripts/runtime-packages.txt scripts/test-packages.txt)
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e '.[test,package,slack,matrix]'
# The Matrix tests start a private Synapse from its own venv, outside the project's deps
# (made once, ~20 s; reused while it imports).
synapse_venv="${OFFICE_HOURS_SYNAPSE_VENV:-$HOME/.cache/office-hours/synapse-venv}"
if ! "$synapse_venv/bin/python" -c "import synapse.app.homeserver" 2>/dev/null; then
  echo "== Synapse venv for the Matrix tests: $synapse_venv"
  python3 -m venv "$synapse_venv"
  "$synapse_venv/bin/pip" install --quiet matrix-synapse
fi
export OFFICE_HOURS_SYNAPSE_VENV="$synapse_venv"
echo "== ruff"; .venv/bin/ruff check src tests bench; .venv/bin/ruff format --check --quiet src tests bench
echo "== mypy"; .venv/bin/mypy
echo "== pytest"
summary=$(mktemp)
trap 'rm -f "$summary"' EXIT
.venv/bin/python -m pytest -p no:cacheprovider "$@" | tee "$summary"
# Installs the package for a minute (root or sudo needed): OFFICE_HOURS_SKIP_DEB=1 skips it.
if [ "${OFFICE_HOURS_SKIP_DEB:-0}" = 1 ]; then
  echo "== .deb: SKIPPED (OFFICE_HOURS_SKIP_DEB=1)"
else
  echo "== .deb: build, install, start on Xvfb with a tray, screenshot, remove"
  PYTHON=.venv/bin/python bash packaging/linux/ci-deb.sh
fi
# The test tally once more as the closing line, after the packaging output.
last=$(tail -n 1 "$summary")
passed=$(grep -o '[0-9]* passed' <<<"$last" | grep -o '[0-9]*' || echo 0)
failed=$(grep -o '[0-9]* failed' <<<"$last" | grep -o '[0-9]*' || echo 0)
echo "pytest: $passed passed, $failed failed"
