#!/usr/bin/env bash
# Renders a BPMN model to an SVG + PNG picture for docs/ (bpmn-js in the system's headless Chromium).
# Not part of the build: run it by hand after changing a model, and commit the pictures.
#   bash tools/render-model.sh bpmn/abuse-report.bpmn docs/images/abuse-report.svg
# Needs Node >= 20 and /usr/bin/chromium (apt-get install chromium fonts-noto-cjk); installs bpmn-js and
# playwright-core (no browser download) into a cache dir outside the repository.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cache="${RENDER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kikan-flow-render}"
if [[ ! -d "$cache/node_modules/bpmn-js" ]]; then
  mkdir -p "$cache"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$cache" --no-save bpmn-js@17 playwright-core@1 >/dev/null
fi
RENDER_NODE_MODULES="$cache/node_modules" node tools/render-model.mjs "$@"
