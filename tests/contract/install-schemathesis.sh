#!/usr/bin/env bash
# Installs the pinned schemathesis (tests/contract/requirements.txt) into .guanxi/venv, once: a run
# with the same requirements already installed does nothing. Needs python3 with venv and PyPI access.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.guanxi/venv
stamp="$venv/requirements.txt"
if [ -x "$venv/bin/schemathesis" ] && cmp -s tests/contract/requirements.txt "$stamp"; then
  exit 0
fi
echo "contract: installing schemathesis into $venv"
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r tests/contract/requirements.txt
cp tests/contract/requirements.txt "$stamp"
"$venv/bin/schemathesis" --version
