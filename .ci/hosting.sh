#!/usr/bin/env bash
# The widget host against Debian's real nginx and Apache (docs/hosting.md, scripts/hosting-check.mjs):
# publish over a local portal, serve the output with hosting/nginx and hosting/apache on 127.0.0.1:8090 and
# :8091 (own config, pid and log files in a temporary folder; the system services are not touched), and an
# agency page on another origin renders the widgets from each. Needs `npm run build` first.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in nginx apache2; do
  command -v "$tool" >/dev/null || { echo "hosting: $tool is not installed (apt-get install -y nginx apache2)"; exit 1; }
done
node scripts/hosting-check.mjs "$@"
