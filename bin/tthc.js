#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli by `npm run build:cli` (run automatically by `npm ci`).
require('../build/cli/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
