#!/usr/bin/env node
'use strict';
// Runs the compiled CLI; `npm run build` produces dist/.
const { join } = require('node:path');
const { existsSync } = require('node:fs');

const entry = join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write(
    `cb-event-bridge: ${entry} is missing: build it first with 'npm run build' in ${join(__dirname, '..')}\n`,
  );
  process.exitCode = 1;
} else {
  require(entry)
    .main(process.argv.slice(2))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (err) => {
        process.stderr.write(`cb-event-bridge: unexpected error: ${err && err.message ? err.message : err}\n`);
        process.exitCode = 1;
      },
    );
}
