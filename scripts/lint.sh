#!/usr/bin/env bash
# ruff over the whole checkout with the rules in pyproject.toml ([tool.ruff]): pyflakes (F),
# pycodestyle (E, W), isort (I), bugbear (B) and pyupgrade (UP).
#   scripts/lint.sh               check; exits non-zero on any finding
#   scripts/lint.sh --statistics  the count of findings per rule
#   scripts/lint.sh --fix FILES   fix what ruff can fix safely, in the files named
# Uses the project's venv when there is one (`pip install -e ".[test]"` brings ruff).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x .venv/bin/ruff ]; then
  ruff=.venv/bin/ruff
elif command -v ruff >/dev/null; then
  ruff=ruff
else
  ruff="python3 -m ruff"
fi
if [ "$#" -eq 0 ]; then
  set -- .
elif [ "${1:0:1}" = "-" ] && [ "$#" -eq 1 ]; then
  set -- "$1" .
fi
exec $ruff check "$@"
