/*
 * The embedding API of js/wasm64-host.mjs, as a script would use it
 * (tests/70-js.bats runs this and compares its output line by line):
 *
 *   node host-api.mjs FS64.wasm FS32.wasm HELLO.wasm
 *
 * FS64/FS32 are tests/data/wasi/fs.c built for each width, HELLO is
 * examples/hello.c. Each check prints one line.
 */
import fs from 'node:fs';

import { readModuleInfo } from '../../../js/wasm-module-info.mjs';
import { ERRNO, Wasm64Host, Wasm64LinkError, WasiExit, symlink } from '../../../js/wasm64-host.mjs';

const [fs64Path, fs32Path, helloPath] = process.argv.slice(2);
const fs64 = fs.readFileSync(fs64Path), fs32 = fs.readFileSync(fs32Path), hello = fs.readFileSync(helloPath);
const text = (chunks) => Buffer.concat(chunks).toString('utf8');
const show = (label, value) => console.log(`${label}: ${value}`);

/* Runs a module with output captured; returns { code, out, err, host }. */
async function run(bytes, options = {}) {
  const out = [], err = [];
  const host = new Wasm64Host({ stdout: (b) => out.push(b), stderr: (b) => err.push(b), ...options });
  const code = await host.run(bytes);
  return { code, out: text(out), err: text(err), host };
}

// What the files scenario wrote stays in the preopen's tree.
{
  const r = await run(fs64, { args: ['fs', 'files'], preopens: { '.': {} } });
  const tree = r.host.preopenTree('.');
  show('files: exit', r.code);
  show('files: tree after the run', JSON.stringify(Object.keys(tree)));
  show('files: f.txt', new TextDecoder().decode(tree['f.txt']));
}

// Preopen trees: nested directories, bytes, symlinks; wasm32 program.
{
  const r = await run(fs32, {
    args: ['fs', 'ls', 'big'],
    preopens: [['box', { big: { 'a dir': {}, bytes: new Uint8Array([1, 2, 3]), link: symlink('nowhere') } }]],
  });
  show('ls (wasm32)', r.out.trim().split('\n').join(' | '));
}

// stdin as a string; environ from an object.
{
  const r = await run(fs64, { args: ['fs', 'cat'], stdin: 'from a string\n' });
  show('cat stdin string', JSON.stringify(r.out));
  const e = await run(fs64, { args: ['fs', 'environ'], env: { A: '1', B: 'two words' } });
  show('environ object', JSON.stringify(e.out));
}

// proc_exit surfaces as a status from run(); as a WasiExit to a caller of
// the export itself.
{
  const r = await run(fs64, { args: ['fs'] });  // no scenario: main returns 2
  show('exit status without a scenario', r.code);
  const host = new Wasm64Host({ args: ['fs'], stdout: () => {} });
  const module = new WebAssembly.Module(fs64);
  const instance = new WebAssembly.Instance(module, host.getImports(module, fs64));
  host.memory = instance.exports.memory;
  try {
    instance.exports._start();
    show('_start returned', 'unexpected');
  } catch (e) {
    show('_start threw', `${e instanceof WasiExit} ${e.code}`);
  }
}

// Injected clocks and sleep: poll_oneoff waits through `sleep`.
{
  let fake = 1000n;
  const slept = [];
  const now = { realtime: () => 1_700_000_000_000_000_000n + fake, monotonic: () => fake, cputime: () => fake };
  const r = await run(fs64, {
    args: ['fs', 'poll'], now,
    sleep: (ns) => {
      slept.push(ns);
      fake += ns;
    },
  });
  show('poll with a fake clock', r.out.split('\n').slice(0, 4).join(' | '));
  show('sleep calls (ns)', slept.join(' '));
}

// Width: from the bytes when the engine has no type reflection; from
// options.width when only a Module is given.
{
  const info = readModuleInfo(fs32);
  show('fs32 fd_write type', JSON.stringify(info.imports.find((i) => i.name === 'fd_write').type));
  const module = new WebAssembly.Module(fs32);
  const host = new Wasm64Host({ width: 'wasm32', args: ['fs', 'random'], stdout: () => {} });
  const instance = new WebAssembly.Instance(module, host.getImports(module));
  show('Module only, width wasm32', host.start(instance));
}

// Link errors name the import; here the type comes as type reflection
// reports it (simulated: Node 20 and Chromium do not have it enabled).
{
  const host = new Wasm64Host();
  const module = new WebAssembly.Module(hello);
  const bad = [{ module: 'wasi_snapshot_preview1', name: 'fd_write', kind: 'function',
    type: { parameters: ['i32', 'i64', 'i64', 'i32'], results: ['i32'] } }];
  const original = WebAssembly.Module.imports;
  WebAssembly.Module.imports = () => bad;
  try {
    host.getImports(module);
  } catch (e) {
    show('link error (reflected type)', `${e instanceof Wasm64LinkError} ${e.message}`);
  } finally {
    WebAssembly.Module.imports = original;
  }
}

show('ERRNO.NOTCAPABLE', ERRNO.NOTCAPABLE);
