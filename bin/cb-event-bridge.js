#!/usr/bin/env node
'use strict';
// Runs the compiled CLI; `npm run build` produces dist/.
require('../dist/src/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`cb-event-bridge: ${err && err.stack ? err.stack : err}\n`); process.exitCode = 1; },
);
