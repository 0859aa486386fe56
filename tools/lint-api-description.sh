#!/usr/bin/env bash
# Lints the API's OpenAPI description with Redocly's CLI and its recommended rules; fails on any error or warning.
# The description is written by ApiDescriptionTest from a started server (app/target/openapi.json); run that test
# first, or give another file. The version is pinned so that a new rule cannot turn an unchanged build red.
set -euo pipefail
cd "$(dirname "$0")/.."
REDOCLY_CLI_VERSION=2.77.0
doc="${1:-app/target/openapi.json}"
[ -s "$doc" ] || { echo "lint-api-description: $doc is missing; run ApiDescriptionTest first" >&2; exit 1; }
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
npx --yes "@redocly/cli@$REDOCLY_CLI_VERSION" lint --extends recommended --format json "$doc" >"$report" 2>/dev/null || true
node -e '
  const fs = require("fs");
  const text = fs.readFileSync(process.argv[1], "utf8");
  const start = text.indexOf("{");
  if (start < 0) { console.error("lint-api-description: Redocly gave no report"); process.exit(1); }
  const report = JSON.parse(text.slice(start));
  for (const p of report.problems || []) {
    const where = (p.location || []).map(l => l.pointer).join(", ");
    console.error(`${p.severity} ${p.ruleId}: ${p.message} (${where})`);
  }
  const t = report.totals || {};
  console.log(`lint-api-description: ${t.errors} errors, ${t.warnings} warnings`);
  process.exit(t.errors === 0 && t.warnings === 0 ? 0 : 1);
' "$report"
