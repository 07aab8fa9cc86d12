#!/usr/bin/env node
/**
 * run.mjs — run a WASI command (wasm64 or wasm32) in Node with the JS host:
 *
 *   node js/run.mjs [--dir HOST[::GUEST]]... [--env NAME[=VALUE]]... [--inherit-env] [--verbose] prog.wasm [args...]
 *
 * The program's stdout and stderr are this process's, its stdin is ours,
 * and the exit status is the program's (`& 0xff`); a trap prints
 * "run.mjs: trap: <reason>" and the JS stack and exits with 134, as
 * wasm64-run does. `--dir` copies a host directory tree (files, directories,
 * symlinks as links) into the host's in-memory file system as a preopen
 * named GUEST (default HOST's own absolute path): the program sees the same
 * files as under `wasm64-run --dir`, but what it changes stays in memory and
 * is gone when it ends — no path it uses can reach the host's files. The
 * program starts where wasm64-run would start it (startDir below), and
 * `--env`/`--inherit-env` build its environment by wasm64-run's rules
 * (docs/runtime-wasi.md).
 *
 * Engines without memory64/table64 (Node 20; see docs/js-host.md):
 *  - a module with a 64-bit table that this Node cannot compile is lowered
 *    first with binaryen's `wasm-opt --table64-lowering` (never `-all`).
 *    In binaryen 132 that pass is an alias of --memory64-lowering: memory
 *    and table both become 32-bit, so the program runs with at most 4 GiB
 *    and needs no flag; its imports keep their i64 pointers, and the host
 *    binds them as wasm64. The result is cached under
 *    $XDG_CACHE_HOME/wasm64-js (default ~/.cache/wasm64-js).
 *    wasm-opt is $WASM_OPT, else this checkout's node_modules/.bin/wasm-opt,
 *    else the first on PATH.
 *  - a module with a 64-bit memory and no 64-bit table makes us run again
 *    under `node --experimental-wasm-memory64`.
 * `--verbose` says on stderr which of these happened.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { readModuleInfo } from './wasm-module-info.mjs';
import { Wasm64Host, Wasm64LinkError, symlink } from './wasm64-host.mjs';

const ME = 'run.mjs';
const MEMORY64_FLAG = '--experimental-wasm-memory64';
const REEXEC_MARK = 'WASM64_RUN_MJS_REEXEC';
const EXIT_TRAP = 134;

const USAGE = `usage: node run.mjs [OPTIONS] MODULE.wasm [ARGS...]

Runs a WebAssembly command module (wasm32 or wasm64) with the JS host:
its _start export is called with ARGS as argv[1..].  The exit status is
the program's; a trap exits with 134.

options:
  --dir HOST[::GUEST]  copy the host directory HOST into memory and preopen
                       it as GUEST (default: HOST's own absolute path);
                       changes are not written back (repeatable; fd 3, 4, ...).
                       The program starts in the current directory when that
                       lies inside a mapped directory (or above one mapped
                       under its own path), else in /; it finds it in PWD
  --env NAME=VALUE     set a variable in the program's environment (repeatable)
  --env NAME           pass this process's value of NAME, if it has one
  --inherit-env        pass this process's whole environment (--env still
                       sets or overrides; PWD is the program's own)
  --verbose            say on stderr how the module was made to run
  -h, --help           show this help
`;

class UsageError extends Error {}

function say(message) {
  fs.writeSync(2, `${ME}: ${message}\n`);
}

function parseArgs(argv) {
  const opts = { dirs: [], env: [], inheritEnv: false, verbose: false };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new UsageError(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '-h' || a === '--help') {
      fs.writeSync(1, USAGE);
      process.exit(0);
    } else if (a === '--dir') {
      const spec = value();
      const sep = spec.indexOf('::');
      const host = sep < 0 ? spec : spec.slice(0, sep), guest = sep < 0 ? null : spec.slice(sep + 2);
      if (!host || guest === '') throw new UsageError(`--dir ${spec}: expected HOST[::GUEST]`);
      opts.dirs.push({ host, guest });
    } else if (a === '--env') {
      const v = value();
      if (v === '' || v.startsWith('=')) throw new UsageError(`--env ${v}: expected NAME=VALUE or NAME`);
      opts.env.push(v);
    } else if (a === '--inherit-env') {
      opts.inheritEnv = true;
    } else if (a === '--verbose') {
      opts.verbose = true;
    } else if (a === '--') {
      i++;
      break;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option ${a}`);
    } else {
      break;
    }
  }
  if (i >= argv.length) throw new UsageError('no module given');
  opts.module = argv[i];
  opts.args = argv.slice(i + 1);
  return opts;
}

/* The host directory as a preopen tree. Only files, directories and
 * symlinks are copied (as links: their targets are never followed here). */
function loadTree(dir) {
  const tree = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) tree[entry.name] = symlink(fs.readlinkSync(full));
    else if (entry.isDirectory()) tree[entry.name] = loadTree(full);
    else if (entry.isFile()) tree[entry.name] = new Uint8Array(fs.readFileSync(full));
  }
  return tree;
}

/* Whether `p` is `dir` or lies below it (both canonical). */
function inside(p, dir) {
  return dir === '/' || p === dir || p.startsWith(`${dir}/`);
}

/* Where the program starts, as its namespace spells it: wasm64-run's rule
 * (tools/run_env.c). dirs: { real, guest } with real canonical. */
function startDir(dirs) {
  let cwd;
  try {
    cwd = fs.realpathSync(process.cwd());
  } catch {
    return '/';
  }
  let best = null, above = false;
  for (const d of dirs) {
    // A relative guest name is placed relative to where the program
    // starts (the libc's rule), so it cannot say where that is.
    if (!d.guest.startsWith('/')) continue;
    if (inside(cwd, d.real) && (!best || d.real.length > best.real.length)) best = d;
    above ||= d.guest === d.real && inside(d.real, cwd);
  }
  if (!best) return above ? cwd : '/';
  const guest = best.guest.replace(/\/+$/, '');
  const rest = best.real === '/' ? cwd : cwd.slice(best.real.length);
  return `${guest}${rest === '/' ? '' : rest}` || '/';
}

/* The program's environment: wasm64-run's rules (tools/run_env.c). */
function buildEnv(opts, start) {
  const env = new Map();
  const nameOf = (v) => v.slice(0, v.indexOf('='));
  if (opts.inheritEnv) for (const [k, v] of Object.entries(process.env)) env.set(k, `${k}=${v}`);
  let explicitPwd = false;
  for (const v of opts.env) {
    const name = v.includes('=') ? nameOf(v) : v;
    if (name === 'PWD') explicitPwd = true;
    if (v.includes('=')) env.set(name, v);
    else if (process.env[name] !== undefined) env.set(name, `${name}=${process.env[name]}`);
  }
  if (!explicitPwd && (start !== '/' || env.has('PWD'))) env.set('PWD', `PWD=${start}`);
  return [...env.values()];
}

/* Whether this engine compiles a module with a 64-bit memory / table. */
function engineHas(sectionBytes) {
  try {
    new WebAssembly.Module(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...sectionBytes]));
    return true;
  } catch {
    return false;
  }
}
const hasMemory64 = () => engineHas([5, 3, 1, 4, 0]);        // (memory i64 0)
const hasTable64 = () => engineHas([4, 4, 1, 0x70, 4, 0]);   // (table i64 0 funcref)

function findWasmOpt() {
  if (process.env.WASM_OPT) return process.env.WASM_OPT;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const local = path.resolve(here, '../node_modules/.bin/wasm-opt');
  if (fs.existsSync(local)) return local;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir || '.', 'wasm-opt');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch { /* next */ }
  }
  return null;
}

function cacheDir() {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'wasm64-js');
}

/* wasm-opt --table64-lowering, cached by the input's hash. */
function lowerTables(bytes, verbose) {
  const key = createHash('sha256').update(bytes).digest('hex');
  const cached = path.join(cacheDir(), `table64-lowered-g-${key}.wasm`);
  try {
    const out = fs.readFileSync(cached);
    if (verbose) say(`64-bit table: using the lowered module cached at ${cached}`);
    return out;
  } catch { /* not cached yet */ }

  const wasmOpt = findWasmOpt();
  const howTo = 'install binaryen >= 118 (npm install binaryen@132) and set WASM_OPT, or lower it yourself: ' +
    'wasm-opt --table64-lowering prog.wasm -o prog.lowered.wasm (no -all), or use an engine with table64 ' +
    '(Chromium 133+)';
  if (!wasmOpt) throw new Error(`this Node (${process.version}) cannot compile 64-bit tables and no wasm-opt was found: ${howTo}`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wasm64-run-mjs-'));
  try {
    const input = path.join(work, 'in.wasm'), output = path.join(work, 'out.wasm');
    fs.writeFileSync(input, bytes);
    const r = spawnSync(wasmOpt, ['--table64-lowering', '-g', input, '-o', output], { encoding: 'utf8' });
    if (r.status !== 0) {
      throw new Error(`this Node (${process.version}) cannot compile 64-bit tables, and ${wasmOpt} ` +
        `--table64-lowering failed${r.error ? `: ${r.error.message}` : `:\n${r.stderr.trim()}`}\n${howTo}`);
    }
    const out = fs.readFileSync(output);
    if (verbose) say(`64-bit table: lowered with ${wasmOpt} --table64-lowering (memory and table now 32-bit)`);
    try {
      fs.mkdirSync(cacheDir(), { recursive: true, mode: 0o700 });
      const tmp = `${cached}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, out);
      fs.renameSync(tmp, cached);
    } catch { /* no cache: fine */ }
    return out;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/* Runs this script again under node --experimental-wasm-memory64 and
 * exits with its status. */
function reexecWithMemory64(verbose) {
  if (verbose) say(`64-bit memory: running again under node ${MEMORY64_FLAG}`);
  const script = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [MEMORY64_FLAG, ...process.execArgv, script, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [REEXEC_MARK]: '1' },
  });
  if (r.error) throw r.error;
  if (r.signal) process.kill(process.pid, r.signal);
  process.exit(r.status ?? 1);
}

function writeAll(fd, bytes) {
  let at = 0;
  while (at < bytes.length) {
    try {
      at += fs.writeSync(fd, bytes, at, bytes.length - at);
    } catch (e) {
      if (e.code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

function readStdin(max) {
  const buf = new Uint8Array(Math.min(max, 1 << 20));
  for (;;) {
    try {
      return buf.subarray(0, fs.readSync(0, buf, 0, buf.length, null));
    } catch (e) {
      if (e.code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
        continue;
      }
      if (e.code === 'EOF' || e.code === 'EBADF') return buf.subarray(0, 0);
      throw e;
    }
  }
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    say(e.message);
    fs.writeSync(2, USAGE);
    return 2;
  }

  let bytes;
  try {
    bytes = fs.readFileSync(opts.module);
  } catch (e) {
    say(`${opts.module}: ${e.message}`);
    return 1;
  }
  const preopens = [], mapped = [];
  for (const { host, guest } of opts.dirs) {
    try {
      if (!fs.statSync(host).isDirectory()) throw new Error('not a directory');
      const real = fs.realpathSync(host);
      preopens.push([guest ?? real, loadTree(host)]);
      mapped.push({ real, guest: guest ?? real });
    } catch (e) {
      say(`--dir ${host}: ${e.message}`);
      return 1;
    }
  }

  try {
    const info = readModuleInfo(bytes);
    const table64 = info.tables.some((t) => t.index64), memory64 = info.memories.some((m) => m.index64);
    if (table64 && !hasTable64()) bytes = lowerTables(bytes, opts.verbose);
    else if (memory64 && !hasMemory64()) {
      if (process.env[REEXEC_MARK]) throw new Error(`this Node (${process.version}) cannot run 64-bit memories, even with ${MEMORY64_FLAG}`);
      reexecWithMemory64(opts.verbose);
    }
  } catch (e) {
    say(`${opts.module}: ${e.message}`);
    return 1;
  }

  const host = new Wasm64Host({
    args: [opts.module, ...opts.args],
    env: buildEnv(opts, startDir(mapped)),
    stdout: (b) => writeAll(1, b),
    stderr: (b) => writeAll(2, b),
    stdin: readStdin,
    preopens,
  });
  let instance;
  try {
    const module = await WebAssembly.compile(bytes);
    const imports = host.getImports(module, bytes);
    // An embedder may pass a memory of its own beside the host's imports;
    // this runner has none to give.
    const memory = WebAssembly.Module.imports(module).find((imp) => imp.kind === 'memory');
    if (memory)
      throw new Wasm64LinkError(`import ${memory.module}.${memory.name}: the module imports its memory ` +
        '(a wasi-threads build); run.mjs runs modules that define their own: run it in wasm64-run');
    instance = await WebAssembly.instantiate(module, imports);
  } catch (e) {
    if (e instanceof Wasm64LinkError || e instanceof WebAssembly.CompileError || e instanceof WebAssembly.LinkError) {
      say(`${opts.module}: ${e.message}`);
      return 1;
    }
    throw e;
  }
  try {
    return host.start(instance) & 0xff;
  } catch (e) {
    // A wasm exception nobody caught (a longjmp whose setjmp has returned,
    // say) ends the program as wasm64-run ends it: as a trap.
    const uncaught = typeof WebAssembly.Exception === 'function' && e instanceof WebAssembly.Exception;
    if (uncaught || e instanceof WebAssembly.RuntimeError || e instanceof RangeError) {
      say(`trap: ${uncaught ? 'uncaught exception' : e.message}`);
      const frames = (e.stack ?? '').split('\n').filter((l) => l.includes('wasm://'));
      if (frames.length) fs.writeSync(2, `${frames.join('\n')}\n`);
      return EXIT_TRAP;
    }
    throw e;
  }
}

process.exitCode = await main();
