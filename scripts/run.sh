#!/usr/bin/env bash
# Installs what is needed, builds Amiable in release mode and starts it on its bundled scenarios.
# Any argument is passed on: `bash scripts/run.sh play aggressive-debtor --lang en`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
exec cargo run --release --locked -- "$@"
