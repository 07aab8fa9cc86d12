#!/usr/bin/env node
/**
 * ttf-server.cjs — Binaryen's wasm-opt (binaryen 132 from npm, an
 * Emscripten build) loaded once and its main() called once per request,
 * so translate-to-fuzz costs its own work rather than a fresh 11 MB wasm
 * compile per module (1.5 s -> ~0.3 s).  The output is byte-identical to
 * separate `wasm-opt` runs with the same arguments.
 *
 * Protocol (campaign.mjs): one JSON array of wasm-opt arguments per line
 * on stdin; one line with main's exit status on stdout per request.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const vm = require('node:vm');

const file = process.argv[2] || path.resolve(__dirname, '../../../node_modules/binaryen/bin/wasm-opt');
const source = fs.readFileSync(file, 'utf8').replace(/^#!.*\n/, '');
let ready;
const initialized = new Promise((resolve) => { ready = resolve; });
// A context of its own: the script's top-level functions (callMain among
// them) become properties of it.  noExitRuntime keeps the runtime alive
// after main returns, so main can run again.
const ctx = {
  Module: { noInitialRun: true, noExitRuntime: true, onRuntimeInitialized: () => ready(),
    print: (s) => process.stderr.write(s + '\n'), printErr: (s) => process.stderr.write(s + '\n') },
  require, process, console, Buffer, URL, WebAssembly, performance, TextDecoder, TextEncoder,
  setTimeout, clearTimeout, __filename: file, __dirname: path.dirname(file),
};
ctx.globalThis = ctx;
vm.createContext(ctx);
vm.runInContext(source, ctx, { filename: file });

initialized.then(() => {
  const rl = readline.createInterface({ input: process.stdin });
  rl.on('line', (line) => {
    let status;
    try {
      status = ctx.callMain(JSON.parse(line));
    } catch (e) {
      process.stderr.write(`ttf-server: ${e && e.message}\n`);
      status = 1;
    }
    process.stdout.write(`${status | 0}\n`);
  });
});
