/**
 * wasm64-host.mjs — the wasm64 host ABI (docs/host-abi.md) over
 * WebAssembly.Memory, for Node and browsers alike.
 *
 * The ABI is WASI preview 1 with every pointer and `size` widened to i64.
 * This module implements all 46 functions in both widths: each import of
 * `wasi_snapshot_preview1` is bound to its wasm32 or wasm64 form by the
 * function type the module declares for it (read with the JS
 * type-reflection API where the engine has it, else from the module's bytes
 * by ./wasm-module-info.mjs), and a type that matches neither is a link
 * error before any code runs. Files live in an in-memory file system that
 * the embedder fills: the host never touches a real file, so a program can
 * reach nothing but what it was given.
 *
 *   import { Wasm64Host, WasiExit } from './wasm64-host.mjs';
 *
 *   const host = new Wasm64Host({
 *     args: ['prog', 'one'],                 // argv, argv[0] included
 *     env: { LANG: 'C' },                    // or ['LANG=C']
 *     stdout: (bytes) => …,                  // Uint8Array, a copy; called per fd_write
 *     stderr: (bytes) => …,                  // default for both: console, by line
 *     stdin: 'text' | Uint8Array | (max) => Uint8Array | null,   // default: empty
 *     preopens: { '/data': { 'a.txt': 'hi', sub: { 'b.bin': new Uint8Array(3) } } },
 *   });
 *   const exitCode = await host.run(bytes);  // compile, link, call _start
 *   // or: const imports = host.getImports(module, bytes);
 *   //     const instance = await WebAssembly.instantiate(module, imports);
 *   //     const exitCode = host.start(instance);
 *
 * - `run` and `start` return the status the program gave `proc_exit` (a u32;
 *   a POSIX parent would see `& 0xff`), or 0 when `_start` returns. Inside,
 *   `proc_exit` throws a WasiExit carrying the code, which unwinds the wasm
 *   stack. A trap is thrown as the engine's WebAssembly.RuntimeError.
 * - Preopens become fds 3, 4, … in insertion order; a tree is a plain object
 *   whose values are strings or bytes (files), objects (directories) or
 *   `symlink('target')`. `host.preopenTree(name)` returns a tree of what is
 *   there after the run (files as Uint8Array).
 * - Options `now`, `random` and `sleep` replace the clocks, the random
 *   source and the blocking wait of poll_oneoff (see `defaultSleep`).
 * - Width when the types cannot be known (a WebAssembly.Module given
 *   without its bytes, on an engine without type reflection): every import
 *   is bound as `options.width`, default 'wasm64'.
 *
 * Semantics follow wasm64-run's (docs/runtime-wasi.md) wherever WASI leaves
 * a choice — rights, the sandbox rules, errno choices — so the same program
 * prints the same in both. Memory rules (docs/host-abi.md): every guest
 * range is checked against the memory's current size in BigInt arithmetic
 * (nothing can wrap) and a bad one is EFAULT (21) before the call has any
 * effect; memory is re-read on every call because it may grow; all access
 * is little-endian through DataView, unaligned where the guest says so.
 * Not provided (ENOSYS, 52): sockets, proc_raise.
 */

import { readModuleInfo } from './wasm-module-info.mjs';
import { CONSTS, FUNCTIONS, KINDS, STRUCTS } from './wasi-abi.mjs';

// --- WASI constants and layouts (abi/wasi.def, through ./wasi-abi.mjs) ------------

export const ERRNO = CONSTS.ERRNO;
const E = ERRNO;
const FILETYPE = CONSTS.FILETYPE, FDFLAG = CONSTS.FDFLAGS, OFLAG = CONSTS.OFLAGS;
const FST = CONSTS.FSTFLAGS, EVENT = CONSTS.EVENTTYPE;
const LOOKUP_SYMLINK_FOLLOW = CONSTS.LOOKUPFLAGS.SYMLINK_FOLLOW;
const SUBCLOCK_ABSTIME = CONSTS.SUBCLOCKFLAGS.ABSTIME;
const R = CONSTS.RIGHT;  // bit numbers
/* A field's offset and a struct's size, for the structs that are the same
 * in both widths. */
const OFF = (st, field) => STRUCTS[st].fields[field][2];
const SIZE = (st) => STRUCTS[st].size64;
const right = (...names) => names.reduce((acc, n) => acc | (1n << BigInt(R[n])), 0n);
const RIGHTS_FILE = right('FD_DATASYNC', 'FD_READ', 'FD_SEEK', 'FD_FDSTAT_SET_FLAGS', 'FD_SYNC',
  'FD_TELL', 'FD_WRITE', 'FD_ADVISE', 'FD_ALLOCATE', 'FD_FILESTAT_GET', 'FD_FILESTAT_SET_SIZE',
  'FD_FILESTAT_SET_TIMES', 'POLL_FD_READWRITE');
const RIGHTS_DIR = right('FD_DATASYNC', 'FD_FDSTAT_SET_FLAGS', 'FD_SYNC', 'PATH_CREATE_DIRECTORY',
  'PATH_CREATE_FILE', 'PATH_LINK_SOURCE', 'PATH_LINK_TARGET', 'PATH_OPEN', 'FD_READDIR',
  'PATH_READLINK', 'PATH_RENAME_SOURCE', 'PATH_RENAME_TARGET', 'PATH_FILESTAT_GET',
  'PATH_FILESTAT_SET_SIZE', 'PATH_FILESTAT_SET_TIMES', 'FD_FILESTAT_GET', 'FD_FILESTAT_SET_TIMES',
  'PATH_SYMLINK', 'PATH_REMOVE_DIRECTORY', 'PATH_UNLINK_FILE');
/* What a preopen passes on: every right WASI defines. */
const RIGHTS_ALL = (1n << BigInt(Math.max(...Object.values(R)) + 1)) - 1n;

const INT64_MAX = (1n << 63n) - 1n;
const MAX_SYMLINKS = 40, MAX_FDS = 65536, MAX_SUBSCRIPTIONS = 65536;
const PATH_MAX = 4096, NAME_MAX = 255;
/* In-memory files are JS arrays of bytes: positions stay exact Numbers. */
const MAX_FILE_SIZE = Number.MAX_SAFE_INTEGER;

/* An import's core wasm type in one width, from abi/wasi.def: every
 * function returns an i32 errno but proc_exit. */
function signatureOf(name, wide) {
  const parameters = FUNCTIONS[name].params.map(([, kind]) => (KINDS[kind] === 'i64' ||
    (KINDS[kind] === 'word' && wide) ? 'i64' : 'i32'));
  return { parameters, results: FUNCTIONS[name].noreturn ? [] : ['i32'] };
}

const showType = (t) => `(${t.parameters.join(', ')}) -> ${t.results.length ? t.results.join(', ') : '()'}`;
const sameType = (a, b) => a.parameters.join() === b.parameters.join() && a.results.join() === b.results.join();

// --- errors the embedder sees -------------------------------------------------------

/** Thrown by proc_exit through the guest's frames; `code` is the u32 status. */
export class WasiExit extends Error {
  constructor(code) {
    super(`exit(${code})`);
    this.name = 'WasiExit';
    this.code = code;
  }
}

/** A module whose WASI imports this host cannot bind (before any code runs). */
export class Wasm64LinkError extends Error {
  constructor(message) {
    super(message);
    this.name = 'Wasm64LinkError';
  }
}

/* An errno on its way back to the guest: implementations throw it, the
 * import wrapper returns its number. */
class Errno {
  constructor(errno) {
    this.errno = errno;
  }
}
const fail = (errno) => {
  throw new Errno(errno);
};

// --- the in-memory file system -----------------------------------------------------

let nextInode = 1n;

class MemNode {
  constructor(filetype, now) {
    this.filetype = filetype;
    this.ino = nextInode++;
    this.nlink = 1n;
    this.atim = this.mtim = this.ctim = now;
  }
}

class MemFile extends MemNode {
  constructor(now, bytes = new Uint8Array(0)) {
    super(FILETYPE.REGULAR_FILE, now);
    this.data = bytes;      // capacity; bytes past `size` are zero
    this.size = bytes.length;
  }

  /* Makes room for `size` bytes; what lies between the old size and a
   * write past it reads as zeros. */
  reserve(size) {
    if (size > MAX_FILE_SIZE) fail(E.FBIG);
    if (size <= this.data.length) return;
    let grown;
    try {
      grown = new Uint8Array(Math.max(size, Math.min(this.data.length * 2, size + (1 << 24))));
    } catch {
      fail(E.NOSPC);
    }
    grown.set(this.data.subarray(0, this.size));
    this.data = grown;
  }

  truncate(size) {
    if (size < this.size) this.data.fill(0, size, this.size);
    else this.reserve(size);
    this.size = size;
  }
}

class MemDir extends MemNode {
  constructor(now, parent = null) {
    super(FILETYPE.DIRECTORY, now);
    this.nlink = 2n;
    this.entries = new Map();
    this.parent = parent;   // for the ".." entry of fd_readdir only
    this.removed = false;   // rmdir'ed while an fd still held it
  }
}

class MemSymlink extends MemNode {
  constructor(now, target) {
    super(FILETYPE.SYMBOLIC_LINK, now);
    this.target = target;
  }
}

class SymlinkSpec {
  constructor(target) {
    this.target = String(target);
  }
}

/** A symbolic link in a preopen tree: `{ 'link': symlink('a.txt') }`. */
export const symlink = (target) => new SymlinkSpec(target);

const encoder = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Length = (s) => encoder.encode(s).length;

function treeToDir(tree, now, parent = null) {
  const dir = new MemDir(now, parent);
  for (const [name, value] of Object.entries(tree)) {
    if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0'))
      throw new TypeError(`wasm64-host: bad file name in a preopen tree: ${JSON.stringify(name)}`);
    let node;
    if (value instanceof SymlinkSpec) node = new MemSymlink(now, value.target);
    else if (typeof value === 'string') node = new MemFile(now, encoder.encode(value));
    else if (value instanceof Uint8Array) node = new MemFile(now, value.slice());
    else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value))
      node = new MemFile(now, new Uint8Array(ArrayBuffer.isView(value) ? value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength) : value.slice(0)));
    else if (value && typeof value === 'object') node = treeToDir(value, now, dir);
    else throw new TypeError(`wasm64-host: ${name}: a file is a string or bytes, a directory an object`);
    if (node instanceof MemDir) dir.nlink++;
    dir.entries.set(name, node);
  }
  return dir;
}

function dirToTree(dir) {
  const tree = {};
  for (const [name, node] of dir.entries) {
    if (node instanceof MemFile) tree[name] = node.data.slice(0, node.size);
    else if (node instanceof MemDir) tree[name] = dirToTree(node);
    else tree[name] = symlink(node.target);
  }
  return tree;
}

// --- default clocks, randomness, waiting, output ----------------------------------

const perf = globalThis.performance;

function defaultNow() {
  // Realtime from the epoch, monotonic from the page or process start, both
  // in ns; monotonic never goes back even if performance.now() is coarse.
  let lastMono = 0n;
  return {
    realtime: () => BigInt(Math.round((perf.timeOrigin + perf.now()) * 1e6)),
    monotonic: () => {
      const t = BigInt(Math.round(perf.now() * 1e6));
      if (t > lastMono) lastMono = t;
      return lastMono;
    },
    cputime: () => {
      const usage = globalThis.process?.cpuUsage?.();
      return usage ? BigInt(usage.user + usage.system) * 1000n : BigInt(Math.round(perf.now() * 1e6));
    },
  };
}

function defaultRandom(bytes) {
  for (let at = 0; at < bytes.length; at += 65536)
    globalThis.crypto.getRandomValues(bytes.subarray(at, Math.min(bytes.length, at + 65536)));
}

/**
 * Blocks for `ns` nanoseconds: Atomics.wait where the platform allows it
 * (Node, workers), otherwise a busy wait (a browser's main thread, which
 * may not block; WASI's poll_oneoff has to).
 */
export function defaultSleep(ns) {
  const ms = Number(ns) / 1e6;
  if (!(ms > 0)) return;
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    return;
  } catch {
    // fall through: no SharedArrayBuffer, or waiting not allowed here
  }
  const end = perf.now() + ms;
  while (perf.now() < end) { /* spin */ }
}

/* Writes decoded text to console.log/console.error line by line; what is
 * left without a newline comes out at the end of the run. */
function consoleWriter(log) {
  const decoder = new TextDecoder();
  let pending = '';
  const write = (bytes) => {
    pending += decoder.decode(bytes, { stream: true });
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) log(line);
  };
  write.flush = () => {
    pending += decoder.decode();
    if (pending) log(pending);
    pending = '';
  };
  return write;
}

function stdinSource(stdin) {
  if (typeof stdin === 'function') return stdin;
  let rest = typeof stdin === 'string' ? encoder.encode(stdin) : stdin ? new Uint8Array(stdin) : new Uint8Array(0);
  return (max) => {
    const chunk = rest.subarray(0, max);
    rest = rest.subarray(chunk.length);
    return chunk;
  };
}

// --- guest memory ----------------------------------------------------------------------

/*
 * The memory as one host call sees it. Pointers and sizes arrive as BigInt
 * (see `bind`); range() checks [ptr, ptr + len) against the current size,
 * exactly (BigInt does not wrap), and returns the offset as a Number, safe
 * because no ArrayBuffer is larger than 2^53.
 */
class Guest {
  constructor(memory, wide) {
    const buffer = memory.buffer;
    this.wide = wide;
    this.psize = wide ? 8 : 4;
    /* The layouts that differ between the widths. */
    const pick = ([, off32, off64]) => (wide ? off64 : off32);
    this.iovec = { size: wide ? STRUCTS.iovec.size64 : STRUCTS.iovec.size32,
      buf: pick(STRUCTS.iovec.fields.buf), len: pick(STRUCTS.iovec.fields.buf_len) };
    this.prestat = { size: wide ? STRUCTS.prestat.size64 : STRUCTS.prestat.size32,
      tag: pick(STRUCTS.prestat.fields.tag), nameLen: pick(STRUCTS.prestat.fields.pr_name_len) };
    this.u8 = new Uint8Array(buffer);
    this.view = new DataView(buffer);
    this.size = BigInt(buffer.byteLength);
  }

  range(ptr, len) {
    if (ptr + len > this.size) fail(E.FAULT);
    return Number(ptr);
  }

  array(ptr, count, elemSize) {
    return this.range(ptr, count * BigInt(elemSize));
  }

  bytes(ptr, len) {
    const at = this.range(ptr, len);
    return this.u8.subarray(at, at + Number(len));
  }

  u16(at) { return this.view.getUint16(at, true); }
  u32(at) { return this.view.getUint32(at, true); }
  u64(at) { return this.view.getBigUint64(at, true); }
  setU16(at, v) { this.view.setUint16(at, v, true); }
  setU32(at, v) { this.view.setUint32(at, v, true); }
  setU64(at, v) { this.view.setBigUint64(at, BigInt(v), true); }

  /* A pointer or size stored in guest memory: 4 or 8 bytes by width. */
  ptrAt(at) { return this.wide ? this.u64(at) : BigInt(this.u32(at)); }
  setPtr(at, v) {
    if (this.wide) this.setU64(at, v);
    else this.setU32(at, Number(v));
  }

  /* Checks an (i)ovec array and every buffer it names; returns the
   * buffers as [offset, length] pairs, all in range. */
  iovecs(ptr, count) {
    const step = this.iovec.size;
    const at = this.array(ptr, count, step);
    const n = Number(count);
    const list = new Array(n);
    for (let i = 0; i < n; i++) {
      const e = at + i * step;
      const buf = this.ptrAt(e + this.iovec.buf), len = this.ptrAt(e + this.iovec.len);
      list[i] = [this.range(buf, len), Number(len)];
    }
    return list;
  }

  /* A path argument: bounds, then NUL (inval), length, UTF-8 (ilseq). */
  path(ptr, len) {
    const raw = this.bytes(ptr, len);
    if (len >= BigInt(PATH_MAX)) fail(E.NAMETOOLONG);
    if (raw.includes(0)) fail(E.INVAL);
    try {
      return strictUtf8.decode(raw);
    } catch {
      return fail(E.ILSEQ);
    }
  }
}

// --- the host ------------------------------------------------------------------------------

export class Wasm64Host {
  constructor(options = {}) {
    this.args = (options.args ?? ['program']).map(String);
    const env = options.env ?? [];
    this.env = Array.isArray(env) ? env.map(String) : Object.entries(env).map(([k, v]) => `${k}=${v}`);
    this.stdout = options.stdout ?? consoleWriter((line) => console.log(line));
    this.stderr = options.stderr ?? consoleWriter((line) => console.error(line));
    this.stdinSource = stdinSource(options.stdin);
    this.clock = options.now ?? defaultNow();
    this.random = options.random ?? defaultRandom;
    this.sleep = options.sleep ?? defaultSleep;
    this.width = options.width ?? 'wasm64';
    if (this.width !== 'wasm64' && this.width !== 'wasm32')
      throw new TypeError("wasm64-host: options.width is 'wasm64' or 'wasm32'");
    this.memory = null;

    const now = this.clock.realtime();
    const stdio = (stream) => ({ kind: 'stdio', stream, filetype: FILETYPE.CHARACTER_DEVICE,
      rights: RIGHTS_FILE, inheriting: 0n, fdflags: 0 });
    this.fds = [stdio(0), stdio(1), stdio(2)];
    this.preopens = new Map();
    const preopens = options.preopens ?? {};
    const list = preopens instanceof Map ? [...preopens] : Array.isArray(preopens) ? preopens : Object.entries(preopens);
    for (const [name, tree] of list) {
      if (!name) throw new TypeError('wasm64-host: a preopen needs a name');
      const dir = treeToDir(tree ?? {}, now);
      this.preopens.set(name, dir);
      // Each preopen is its own tree: renames and links never cross two.
      this.fds.push({ kind: 'dir', node: dir, filetype: FILETYPE.DIRECTORY, rights: RIGHTS_DIR,
        inheriting: RIGHTS_ALL, fdflags: 0, tree: this.fds.length, preopen: encoder.encode(name) });
    }
  }

  /** What a preopened directory holds now, as a tree (files as Uint8Array). */
  preopenTree(name) {
    const dir = this.preopens.get(name);
    return dir ? dirToTree(dir) : undefined;
  }

  /**
   * The import object for `module`: { wasi_snapshot_preview1: {…} }, each
   * function bound to the width its declared type asks for. `bytes` (the
   * module's binary) is needed only on engines without type reflection.
   */
  getImports(module, bytes) {
    let declared = WebAssembly.Module.imports(module);
    if (declared.some((imp) => imp.kind === 'function' && !imp.type) && bytes)
      declared = readModuleInfo(bytes).imports;
    // wasi-threads: each thread is a new instance over one shared memory,
    // which would take a Worker per thread here; this host runs one
    // thread, and says so before anything runs (docs/js-host.md).
    if (declared.some((imp) => imp.module === 'wasi' && imp.name === 'thread-spawn'))
      throw new Wasm64LinkError('import wasi.thread-spawn: a threaded module (wasi-threads); ' +
        'this host runs no threads: run it in wasm64-run');
    const wasi = {};
    for (const imp of declared) {
      if (imp.module !== 'wasi_snapshot_preview1') continue;
      const where = `wasi_snapshot_preview1.${imp.name}`;
      if (!Object.hasOwn(FUNCTIONS, imp.name)) throw new Wasm64LinkError(`unknown import ${where}`);
      if (imp.kind !== 'function') throw new Wasm64LinkError(`import ${where}: a ${imp.kind}, expected a function`);
      const narrow = signatureOf(imp.name, false), wide = signatureOf(imp.name, true);
      let isWide = this.width === 'wasm64';
      if (imp.type) {
        if (sameType(imp.type, wide)) isWide = true;
        else if (sameType(imp.type, narrow)) isWide = false;
        else
          throw new Wasm64LinkError(`import ${where}: type ${showType(imp.type)} matches neither ` +
            `wasm32 ${showType(narrow)} nor wasm64 ${showType(wide)}`);
      }
      wasi[imp.name] = this.bind(imp.name, isWide);
    }
    return { wasi_snapshot_preview1: wasi };
  }

  /* The JS function for one import in one width. Arguments are normalised
   * once here: i64 and pointer/size parameters become unsigned BigInt, i32
   * ones an unsigned Number. */
  bind(name, wide) {
    const kinds = FUNCTIONS[name].params.map(([, kind]) => KINDS[kind]);
    if (FUNCTIONS[name].noreturn) {
      return (code) => {
        throw new WasiExit(code >>> 0);
      };
    }
    const impl = this[`wasi_${name}`];
    if (!impl) return () => E.NOSYS;
    return (...raw) => {
      const args = kinds.map((kind, i) => (kind === 'i32' ? raw[i] >>> 0
        : wide || kind === 'i64' ? BigInt.asUintN(64, BigInt(raw[i])) : BigInt(raw[i] >>> 0)));
      if (!this.memory) throw new Error('wasm64-host: a WASI call before start(): no memory attached');
      try {
        return impl.call(this, this.guest(wide), ...args) ?? 0;
      } catch (e) {
        if (e instanceof Errno) return e.errno;
        throw e;
      }
    };
  }

  /* The memory as this call sees it; views are rebuilt only after it grew. */
  guest(wide) {
    const buffer = this.memory.buffer;
    if (buffer !== this.viewedBuffer) {
      this.viewedBuffer = buffer;
      this.guests = [new Guest(this.memory, false), new Guest(this.memory, true)];
    }
    return this.guests[wide ? 1 : 0];
  }

  /** Calls the command's `_start`; returns its exit status. */
  start(instance) {
    const { memory, _start } = instance.exports;
    if (!(memory instanceof WebAssembly.Memory)) throw new Wasm64LinkError('the module exports no memory named "memory"');
    if (typeof _start !== 'function') throw new Wasm64LinkError('the module exports no _start function');
    this.memory = memory;
    try {
      _start();
      return 0;
    } catch (e) {
      if (e instanceof WasiExit) return e.code;
      throw e;
    } finally {
      this.stdout.flush?.();
      this.stderr.flush?.();
    }
  }

  /** Compiles (unless given a Module), links, starts; returns the exit status. */
  async run(source) {
    const bytes = source instanceof WebAssembly.Module ? undefined : source;
    const module = bytes ? await WebAssembly.compile(bytes) : source;
    const instance = await WebAssembly.instantiate(module, this.getImports(module, bytes));
    return this.start(instance);
  }

  // --- the fd table ---

  fd(fd, need = 0n) {
    const f = this.fds[fd];
    if (!f) fail(E.BADF);
    if ((f.rights & need) !== need) fail(E.NOTCAPABLE);
    return f;
  }

  allocFd(entry) {
    let fd = 3;
    while (fd < this.fds.length && this.fds[fd]) fd++;
    if (fd >= MAX_FDS) fail(E.MFILE);
    this.fds[fd] = entry;
    return fd;
  }

  dirFd(fd, need) {
    const d = this.fd(fd, need);
    if (d.kind !== 'dir') fail(E.NOTDIR);
    return d;
  }

  // --- args, environ, clocks, random ---

  writeStrings(m, strings, ptrs, buf) {
    const encoded = strings.map((s) => encoder.encode(`${s}\0`));
    const total = encoded.reduce((n, b) => n + b.length, 0);
    const dst = m.range(buf, BigInt(total));
    const arr = m.array(ptrs, BigInt(strings.length), m.psize);
    // A wasm32 import over a 64-bit memory stores u32 pointers.
    if (!m.wide && total && buf + BigInt(total) - 1n > 0xffffffffn) fail(E.OVERFLOW);
    let at = 0;
    encoded.forEach((bytes, i) => {
      m.setPtr(arr + i * m.psize, buf + BigInt(at));
      m.u8.set(bytes, dst + at);
      at += bytes.length;
    });
  }

  writeSizes(m, strings, countPtr, sizePtr) {
    const total = strings.reduce((n, s) => n + utf8Length(s) + 1, 0);
    const c = m.range(countPtr, BigInt(m.psize)), s = m.range(sizePtr, BigInt(m.psize));
    if (!m.wide && total > 0xffffffff) fail(E.OVERFLOW);
    m.setPtr(c, strings.length);
    m.setPtr(s, total);
  }

  wasi_args_get(m, argv, buf) { this.writeStrings(m, this.args, argv, buf); }
  wasi_args_sizes_get(m, argc, size) { this.writeSizes(m, this.args, argc, size); }
  wasi_environ_get(m, env, buf) { this.writeStrings(m, this.env, env, buf); }
  wasi_environ_sizes_get(m, count, size) { this.writeSizes(m, this.env, count, size); }

  clockNow(id) {
    switch (id) {
      case 0: return this.clock.realtime();
      case 1: return this.clock.monotonic();
      case 2: case 3: return this.clock.cputime();
      default: return fail(E.INVAL);
    }
  }

  wasi_clock_res_get(m, id, out) {
    if (id > 3) fail(E.INVAL);
    m.setU64(m.range(out, 8n), 1000n);
  }

  wasi_clock_time_get(m, id, _precision, out) {
    if (id > 3) fail(E.INVAL);
    const at = m.range(out, 8n);
    m.setU64(at, this.clockNow(id));
  }

  wasi_random_get(m, buf, len) {
    const dst = m.bytes(buf, len);
    const tmp = new Uint8Array(dst.length);
    this.random(tmp);
    dst.set(tmp);
  }

  wasi_sched_yield() {}

  // --- reading and writing ---

  /* fd_read, fd_write, fd_pread, fd_pwrite: every check, then the transfer. */
  transfer(m, fd, iovs, count, offset, out, op) {
    const positioned = op === 'pread' || op === 'pwrite';
    const reading = op === 'read' || op === 'pread';
    const need = right(reading ? 'FD_READ' : 'FD_WRITE') | (positioned ? right('FD_SEEK') : 0n);
    const f = this.fd(fd, need);
    const outAt = m.range(out, BigInt(m.psize));
    const bufs = m.iovecs(iovs, count);
    if (positioned && offset > INT64_MAX) fail(E.INVAL);
    // A wasm32 caller's result is a u32: never move more than it can count.
    let budget = m.wide ? MAX_FILE_SIZE : 0xffffffff;
    const clipped = [];
    for (const [at, len] of bufs) {
      if (budget === 0) break;
      const n = Math.min(len, budget);
      if (n) clipped.push(m.u8.subarray(at, at + n));
      budget -= n;
    }
    let done;
    if (f.kind === 'stdio') {
      if (positioned) fail(E.SPIPE);
      done = reading ? this.readStdio(f, clipped) : this.writeStdio(f, clipped);
    } else if (f.kind === 'file') {
      done = reading ? this.readFile(f, clipped, positioned ? Number(offset) : null)
        : this.writeFile(f, clipped, positioned ? Number(offset) : null);
    } else {
      fail(E.ISDIR);
    }
    m.setPtr(outAt, done);
  }

  readStdio(f, bufs) {
    if (f.stream !== 0) fail(E.BADF);
    let done = 0;
    for (const buf of bufs) {
      let filled = 0;
      while (filled < buf.length) {
        const chunk = this.stdinSource(buf.length - filled);
        if (!chunk || chunk.length === 0) return done + filled;
        buf.set(chunk.subarray(0, buf.length - filled), filled);
        filled += Math.min(chunk.length, buf.length - filled);
      }
      done += filled;
    }
    return done;
  }

  writeStdio(f, bufs) {
    if (f.stream === 0) fail(E.BADF);
    const total = bufs.reduce((n, b) => n + b.length, 0);
    const copy = new Uint8Array(total);
    let at = 0;
    for (const b of bufs) {
      copy.set(b, at);
      at += b.length;
    }
    if (total) (f.stream === 1 ? this.stdout : this.stderr)(copy);
    return total;
  }

  readFile(f, bufs, offset) {
    const file = f.node;
    let pos = offset ?? f.pos, done = 0;
    for (const buf of bufs) {
      const n = Math.max(0, Math.min(buf.length, file.size - pos));
      buf.set(file.data.subarray(pos, pos + n));
      pos += n;
      done += n;
      if (n < buf.length) break;
    }
    if (offset === null) f.pos = pos;
    if (done) file.atim = this.clock.realtime();
    return done;
  }

  writeFile(f, bufs, offset) {
    const file = f.node;
    const total = bufs.reduce((n, b) => n + b.length, 0);
    let pos = offset ?? (f.fdflags & FDFLAG.APPEND ? file.size : f.pos);
    if (total === 0) return 0;
    file.reserve(pos + total);
    for (const b of bufs) {
      file.data.set(b, pos);
      pos += b.length;
    }
    if (pos > file.size) file.size = pos;
    if (offset === null) f.pos = pos;
    file.mtim = file.ctim = this.clock.realtime();
    return total;
  }

  wasi_fd_read(m, fd, iovs, n, out) { this.transfer(m, fd, iovs, n, 0n, out, 'read'); }
  wasi_fd_write(m, fd, iovs, n, out) { this.transfer(m, fd, iovs, n, 0n, out, 'write'); }
  wasi_fd_pread(m, fd, iovs, n, offset, out) { this.transfer(m, fd, iovs, n, offset, out, 'pread'); }
  wasi_fd_pwrite(m, fd, iovs, n, offset, out) { this.transfer(m, fd, iovs, n, offset, out, 'pwrite'); }

  wasi_fd_seek(m, fd, offset, whence, out) {
    const delta = BigInt.asIntN(64, offset);
    // Asking where we are is fd_tell's right, as WASI says.
    const f = this.fd(fd, right(delta === 0n && whence === 1 ? 'FD_TELL' : 'FD_SEEK'));
    const at = m.range(out, 8n);
    if (whence > 2) fail(E.INVAL);
    if (f.kind !== 'file') fail(f.kind === 'stdio' ? E.SPIPE : E.INVAL);
    const base = [0n, BigInt(f.pos), BigInt(f.node.size)][whence];
    const pos = base + delta;
    if (pos < 0n || pos > BigInt(MAX_FILE_SIZE)) fail(E.INVAL);
    f.pos = Number(pos);
    m.setU64(at, pos);
  }

  wasi_fd_tell(m, fd, out) {
    const f = this.fd(fd, right('FD_TELL'));
    const at = m.range(out, 8n);
    if (f.kind !== 'file') fail(f.kind === 'stdio' ? E.SPIPE : E.INVAL);
    m.setU64(at, f.pos);
  }

  // --- fd attributes ---

  wasi_fd_close(m, fd) {
    this.fd(fd);
    delete this.fds[fd];
  }

  wasi_fd_renumber(m, from, to) {
    const f = this.fd(from);
    this.fd(to);
    if (from !== to) {
      this.fds[to] = f;
      delete this.fds[from];
    }
  }

  wasi_fd_sync(m, fd) { this.fd(fd, right('FD_SYNC')); }
  wasi_fd_datasync(m, fd) { this.fd(fd, right('FD_DATASYNC')); }

  wasi_fd_fdstat_get(m, fd, out) {
    const f = this.fd(fd);
    const at = m.range(out, BigInt(SIZE('fdstat')));
    m.u8.fill(0, at, at + SIZE('fdstat'));
    m.u8[at + OFF('fdstat', 'fs_filetype')] = f.filetype;
    m.setU16(at + OFF('fdstat', 'fs_flags'), f.fdflags);
    m.setU64(at + OFF('fdstat', 'fs_rights_base'), f.rights);
    m.setU64(at + OFF('fdstat', 'fs_rights_inheriting'), f.inheriting);
  }

  wasi_fd_fdstat_set_flags(m, fd, flags) {
    const f = this.fd(fd, right('FD_FDSTAT_SET_FLAGS'));
    if (flags & ~0x1f) fail(E.INVAL);
    if (flags & (FDFLAG.DSYNC | FDFLAG.RSYNC | FDFLAG.SYNC)) fail(E.NOTSUP);
    f.fdflags = flags;
  }

  wasi_fd_fdstat_set_rights(m, fd, base, inheriting) {
    const f = this.fd(fd);
    // Rights can only be dropped.
    if ((base & ~f.rights) || (inheriting & ~f.inheriting)) fail(E.NOTCAPABLE);
    f.rights = base;
    f.inheriting = inheriting;
  }

  writeFilestat(m, at, node) {
    const field = (name) => at + OFF('filestat', name);
    m.u8.fill(0, at, at + SIZE('filestat'));
    if (!node) {  // stdio: a character device with no attributes
      m.u8[field('filetype')] = FILETYPE.CHARACTER_DEVICE;
      m.setU64(field('nlink'), 1n);
      return;
    }
    m.setU64(field('dev'), 1n);
    m.setU64(field('ino'), node.ino);
    m.u8[field('filetype')] = node.filetype;
    m.setU64(field('nlink'), node.nlink);
    const size = node instanceof MemFile ? node.size : node instanceof MemSymlink ? utf8Length(node.target)
      : 4096;
    m.setU64(field('size'), size);
    m.setU64(field('atim'), node.atim);
    m.setU64(field('mtim'), node.mtim);
    m.setU64(field('ctim'), node.ctim);
  }

  wasi_fd_filestat_get(m, fd, out) {
    const f = this.fd(fd, right('FD_FILESTAT_GET'));
    this.writeFilestat(m, m.range(out, BigInt(SIZE('filestat'))), f.node);
  }

  wasi_fd_filestat_set_size(m, fd, size) {
    const f = this.fd(fd, right('FD_FILESTAT_SET_SIZE'));
    if (size > INT64_MAX) fail(E.FBIG);
    if (f.kind !== 'file') fail(E.INVAL);
    if (size > BigInt(MAX_FILE_SIZE)) fail(E.FBIG);
    f.node.truncate(Number(size));
    f.node.mtim = f.node.ctim = this.clock.realtime();
  }

  /* fstflags: each time given, "now", or left alone; both at once is inval. */
  setTimes(node, atim, mtim, flags) {
    if (flags & ~0xf) fail(E.INVAL);
    if ((flags & FST.ATIM && flags & FST.ATIM_NOW) || (flags & FST.MTIM && flags & FST.MTIM_NOW)) fail(E.INVAL);
    if (!node) return;
    const now = this.clock.realtime();
    if (flags & FST.ATIM_NOW) node.atim = now;
    else if (flags & FST.ATIM) node.atim = atim;
    if (flags & FST.MTIM_NOW) node.mtim = now;
    else if (flags & FST.MTIM) node.mtim = mtim;
    node.ctim = now;
  }

  wasi_fd_filestat_set_times(m, fd, atim, mtim, flags) {
    const f = this.fd(fd, right('FD_FILESTAT_SET_TIMES'));
    this.setTimes(f.node, atim, mtim, flags);
  }

  wasi_fd_advise(m, fd, offset, len, advice) {
    const f = this.fd(fd, right('FD_ADVISE'));
    if (advice > 5 || offset > INT64_MAX || len > INT64_MAX) fail(E.INVAL);
    if (f.kind === 'stdio') fail(E.SPIPE);
  }

  wasi_fd_allocate(m, fd, offset, len) {
    const f = this.fd(fd, right('FD_ALLOCATE'));
    if (offset > INT64_MAX || len > INT64_MAX) fail(E.INVAL);
    if (len > INT64_MAX - offset) fail(E.FBIG);
    if (f.kind !== 'file') fail(f.kind === 'stdio' ? E.SPIPE : E.INVAL);
    const end = offset + len;
    if (end > BigInt(MAX_FILE_SIZE)) fail(E.FBIG);
    if (Number(end) > f.node.size) f.node.truncate(Number(end));
  }

  // --- preopens and directories ---

  wasi_fd_prestat_get(m, fd, out) {
    const f = this.fd(fd);
    if (!f.preopen) fail(E.BADF);  // what WASI libcs expect for "not a preopen"
    const at = m.range(out, BigInt(m.prestat.size));
    m.u8.fill(0, at, at + m.prestat.size);
    m.u8[at + m.prestat.tag] = CONSTS.PREOPENTYPE.DIR;
    m.setPtr(at + m.prestat.nameLen, f.preopen.length);
  }

  wasi_fd_prestat_dir_name(m, fd, buf, len) {
    const f = this.fd(fd);
    if (!f.preopen) fail(E.BADF);
    const at = m.range(buf, len);
    if (len < BigInt(f.preopen.length)) fail(E.NAMETOOLONG);
    m.u8.set(f.preopen, at);
  }

  /* Entries are ".", "..", then the directory's own in insertion order; a
   * cookie is the index of the next entry, so reading resumes after any
   * entry whatever was cut off. */
  wasi_fd_readdir(m, fd, buf, len, cookie, out) {
    const f = this.fd(fd, right('FD_READDIR'));
    const at = m.range(buf, len);
    const outAt = m.range(out, BigInt(m.psize));
    if (f.kind !== 'dir') fail(E.NOTDIR);
    const dir = f.node;
    const entries = [['.', dir], ['..', dir.parent ?? dir], ...dir.entries];
    const room = Number(len);
    let used = 0;
    for (let i = Number(cookie > BigInt(entries.length) ? BigInt(entries.length) : cookie);
      i < entries.length && used < room; i++) {
      const [name, node] = entries[i];
      const nameBytes = encoder.encode(name);
      const rec = new Uint8Array(SIZE('dirent') + nameBytes.length);
      const v = new DataView(rec.buffer);
      v.setBigUint64(OFF('dirent', 'd_next'), BigInt(i + 1), true);
      v.setBigUint64(OFF('dirent', 'd_ino'), node.ino, true);
      v.setUint32(OFF('dirent', 'd_namlen'), nameBytes.length, true);
      rec[OFF('dirent', 'd_type')] = node.filetype;
      rec.set(nameBytes, SIZE('dirent'));
      const n = Math.min(rec.length, room - used);
      m.u8.set(rec.subarray(0, n), at + used);
      used += n;
    }
    m.setPtr(outAt, used);
  }

  // --- paths and the sandbox ---
  //
  // A path is resolved beneath the directory of the fd it comes with. The
  // walk keeps a stack of the directories entered: ".." pops it and can
  // never climb above the fd's directory (notcapable, even if the path
  // would come back), an absolute path or symlink target is notcapable,
  // and symlinks are spliced into the rest of the path, 40 at most (loop).
  // The tree holds nothing but what the embedder gave it, so this is the
  // whole sandbox.

  /* The directory a list of components leads to, from `base`. */
  walkDirs(base, components, links) {
    const stack = [];
    let cur = base;
    const queue = [...components];
    while (queue.length) {
      const name = queue.shift();
      if (name === '' || name === '.') continue;
      if (name === '..') {
        if (!stack.length) fail(E.NOTCAPABLE);
        cur = stack.pop();
        continue;
      }
      if (utf8Length(name) > NAME_MAX) fail(E.NAMETOOLONG);
      const node = cur.entries.get(name);
      if (!node) fail(E.NOENT);
      if (node instanceof MemSymlink) {
        if (++links.count > MAX_SYMLINKS) fail(E.LOOP);
        if (node.target === '') fail(E.NOENT);
        if (node.target.startsWith('/')) fail(E.NOTCAPABLE);
        queue.unshift(...node.target.split('/'));
        continue;
      }
      if (!(node instanceof MemDir)) fail(E.NOTDIR);
      stack.push(cur);
      cur = node;
    }
    return cur;
  }

  /*
   * Resolves `path` beneath directory `base`: { dir, name, node, mustDir },
   * where `node` is dir's entry `name` (undefined if there is none), or the
   * directory itself when the path ends in "." or "..". A symlink as the
   * last component is followed when `follow` (and always before a '/').
   */
  resolve(base, path, follow) {
    const links = { count: 0 };
    let work = path, mustDir = false;
    for (;;) {
      if (work.startsWith('/')) fail(E.NOTCAPABLE);
      if (work === '') fail(E.NOENT);
      if (work.endsWith('/')) {
        mustDir = true;
        follow = true;
        work = work.replace(/\/+$/, '');
      }
      const slash = work.lastIndexOf('/');
      const last = work.slice(slash + 1), front = slash >= 0 ? work.slice(0, slash) : '';
      if (utf8Length(last) > NAME_MAX) fail(E.NAMETOOLONG);
      if (last === '.' || last === '..') {
        const dir = this.walkDirs(base, work.split('/'), links);
        return { dir, name: '.', node: dir, mustDir, dot: true };
      }
      const dir = this.walkDirs(base, front.split('/'), links);
      const node = dir.entries.get(last);
      if (follow && node instanceof MemSymlink) {
        if (++links.count > MAX_SYMLINKS) fail(E.LOOP);
        if (node.target === '') fail(E.NOENT);
        if (node.target.startsWith('/')) fail(E.NOTCAPABLE);
        // The target, relative to the link's directory.
        work = (slash >= 0 ? `${front}/` : '') + node.target + (mustDir ? '/' : '');
        continue;
      }
      if (mustDir && node && !(node instanceof MemDir)) fail(E.NOTDIR);
      return { dir, name: last, node, mustDir, dot: false };
    }
  }

  /* The fd (a directory, with `need`) and path of a path_* call, resolved. */
  resolveAt(m, fd, need, pathPtr, pathLen, follow) {
    const d = this.dirFd(fd, need);
    return this.resolve(d.node, m.path(pathPtr, pathLen), follow);
  }

  wasi_path_open(m, fd, dirflags, pathPtr, pathLen, oflags, base, inheriting, fdflags, out) {
    const need = right('PATH_OPEN') | (oflags & OFLAG.CREAT ? right('PATH_CREATE_FILE') : 0n) |
      (oflags & OFLAG.TRUNC ? right('PATH_FILESTAT_SET_SIZE') : 0n);
    const d = this.fd(fd, need);
    const outAt = m.range(out, 4n);
    if (oflags & ~0xf || fdflags & ~0x1f) fail(E.INVAL);
    // A new fd gets at most what its directory passes on.
    if ((base | inheriting) & ~d.inheriting) fail(E.NOTCAPABLE);
    // O_CREAT | O_EXCL never follows a final symlink (POSIX).
    const excl = (oflags & OFLAG.CREAT) && (oflags & OFLAG.EXCL);
    const r = this.resolveAt(m, fd, need, pathPtr, pathLen, (dirflags & LOOKUP_SYMLINK_FOLLOW) && !excl);
    let node = r.node;
    const asDir = (oflags & OFLAG.DIRECTORY) || r.mustDir;
    const writing = (base & right('FD_WRITE', 'FD_ALLOCATE', 'FD_FILESTAT_SET_SIZE')) !== 0n;
    if (node) {
      if (excl) fail(E.EXIST);
      if (node instanceof MemSymlink) fail(E.LOOP);  // not followed: O_NOFOLLOW
      if (asDir && !(node instanceof MemDir)) fail(E.NOTDIR);
      if (node instanceof MemDir && (oflags & (OFLAG.CREAT | OFLAG.TRUNC) || (writing && !asDir))) fail(E.ISDIR);
    } else {
      if (!(oflags & OFLAG.CREAT)) fail(E.NOENT);
      if (r.mustDir) fail(E.ISDIR);
      if (oflags & OFLAG.DIRECTORY) fail(E.INVAL);
      if (r.dir.removed) fail(E.NOENT);
      node = new MemFile(this.clock.realtime());
      r.dir.entries.set(r.name, node);
      r.dir.mtim = r.dir.ctim = node.mtim;
    }
    const isDir = node instanceof MemDir;
    const entry = {
      kind: isDir ? 'dir' : 'file', node, pos: 0, filetype: node.filetype,
      rights: base & (isDir ? RIGHTS_DIR : RIGHTS_FILE), inheriting, fdflags, tree: d.tree,
    };
    if (!isDir && oflags & OFLAG.TRUNC && node.size) {
      node.truncate(0);
      node.mtim = node.ctim = this.clock.realtime();
    }
    m.setU32(outAt, this.allocFd(entry));
  }

  wasi_path_create_directory(m, fd, pathPtr, pathLen) {
    const r = this.resolveAt(m, fd, right('PATH_CREATE_DIRECTORY'), pathPtr, pathLen, false);
    if (r.node) fail(E.EXIST);
    if (r.dir.removed) fail(E.NOENT);
    r.dir.entries.set(r.name, new MemDir(this.clock.realtime(), r.dir));
    r.dir.nlink++;
  }

  removeEntry(dir, name, node) {
    dir.entries.delete(name);
    node.nlink -= node instanceof MemDir ? 2n : 1n;
    if (node instanceof MemDir) {
      node.removed = true;
      dir.nlink--;
    }
    dir.mtim = dir.ctim = node.ctim = this.clock.realtime();
  }

  wasi_path_remove_directory(m, fd, pathPtr, pathLen) {
    const r = this.resolveAt(m, fd, right('PATH_REMOVE_DIRECTORY'), pathPtr, pathLen, false);
    if (r.dot) fail(r.name === '.' && !pathEndsWithDotDot(m, pathPtr, pathLen) ? E.INVAL : E.NOTEMPTY);
    if (!r.node) fail(E.NOENT);
    if (!(r.node instanceof MemDir)) fail(E.NOTDIR);
    if (r.node.entries.size) fail(E.NOTEMPTY);
    this.removeEntry(r.dir, r.name, r.node);
  }

  wasi_path_unlink_file(m, fd, pathPtr, pathLen) {
    const r = this.resolveAt(m, fd, right('PATH_UNLINK_FILE'), pathPtr, pathLen, false);
    if (!r.node) fail(E.NOENT);
    if (r.node instanceof MemDir) fail(E.ISDIR);
    this.removeEntry(r.dir, r.name, r.node);
  }

  wasi_path_filestat_get(m, fd, flags, pathPtr, pathLen, out) {
    const at = m.range(out, 64n);
    const r = this.resolveAt(m, fd, right('PATH_FILESTAT_GET'), pathPtr, pathLen, flags & LOOKUP_SYMLINK_FOLLOW);
    if (!r.node) fail(E.NOENT);
    this.writeFilestat(m, at, r.node);
  }

  wasi_path_filestat_set_times(m, fd, flags, pathPtr, pathLen, atim, mtim, fst) {
    this.setTimes(null, 0n, 0n, fst);
    const r = this.resolveAt(m, fd, right('PATH_FILESTAT_SET_TIMES'), pathPtr, pathLen, flags & LOOKUP_SYMLINK_FOLLOW);
    if (!r.node) fail(E.NOENT);
    this.setTimes(r.node, atim, mtim, fst);
  }

  wasi_path_readlink(m, fd, pathPtr, pathLen, buf, len, out) {
    const at = m.range(buf, len);
    const outAt = m.range(out, BigInt(m.psize));
    const r = this.resolveAt(m, fd, right('PATH_READLINK'), pathPtr, pathLen, false);
    if (!r.node) fail(E.NOENT);
    if (!(r.node instanceof MemSymlink)) fail(E.INVAL);
    // Cut to the buffer, as readlink(2) does.
    const target = encoder.encode(r.node.target).subarray(0, Number(len));
    m.u8.set(target, at);
    m.setPtr(outAt, target.length);
  }

  /* Renames and links stay inside one preopen's tree. */
  sameTree(fd1, need1, fd2, need2) {
    const a = this.fd(fd1, need1), b = this.fd(fd2, need2);
    if (a.tree !== b.tree) fail(E.NOTCAPABLE);
  }

  wasi_path_rename(m, fd, oldPtr, oldLen, newFd, newPtr, newLen) {
    this.sameTree(fd, right('PATH_RENAME_SOURCE'), newFd, right('PATH_RENAME_TARGET'));
    const from = this.resolveAt(m, fd, right('PATH_RENAME_SOURCE'), oldPtr, oldLen, false);
    const to = this.resolveAt(m, newFd, right('PATH_RENAME_TARGET'), newPtr, newLen, false);
    if (from.dot || to.dot) fail(E.BUSY);
    const node = from.node;
    if (!node) fail(E.NOENT);
    if (to.mustDir && !(node instanceof MemDir)) fail(E.NOTDIR);
    if (to.node === node) return;
    if (node instanceof MemDir) {
      // Not into itself or below it.
      for (let d = to.dir; d; d = d.parent) if (d === node) fail(E.INVAL);
    }
    if (to.node) {
      if (node instanceof MemDir && !(to.node instanceof MemDir)) fail(E.NOTDIR);
      if (!(node instanceof MemDir) && to.node instanceof MemDir) fail(E.ISDIR);
      if (to.node instanceof MemDir && to.node.entries.size) fail(E.NOTEMPTY);
      this.removeEntry(to.dir, to.name, to.node);
    }
    if (to.dir.removed) fail(E.NOENT);
    from.dir.entries.delete(from.name);
    to.dir.entries.set(to.name, node);
    if (node instanceof MemDir) {
      from.dir.nlink--;
      to.dir.nlink++;
      node.parent = to.dir;
    }
    from.dir.mtim = to.dir.mtim = node.ctim = this.clock.realtime();
  }

  wasi_path_link(m, fd, flags, oldPtr, oldLen, newFd, newPtr, newLen) {
    this.sameTree(fd, right('PATH_LINK_SOURCE'), newFd, right('PATH_LINK_TARGET'));
    const from = this.resolveAt(m, fd, right('PATH_LINK_SOURCE'), oldPtr, oldLen, flags & LOOKUP_SYMLINK_FOLLOW);
    const to = this.resolveAt(m, newFd, right('PATH_LINK_TARGET'), newPtr, newLen, false);
    if (!from.node) fail(E.NOENT);
    if (from.node instanceof MemDir) fail(E.PERM);
    if (to.node) fail(E.EXIST);
    if (to.dir.removed) fail(E.NOENT);
    to.dir.entries.set(to.name, from.node);
    from.node.nlink++;
    to.dir.mtim = from.node.ctim = this.clock.realtime();
  }

  wasi_path_symlink(m, oldPtr, oldLen, fd, newPtr, newLen) {
    const target = m.path(oldPtr, oldLen);
    // Following it would fail anyway; refusing it says so at once.
    if (target.startsWith('/')) fail(E.NOTCAPABLE);
    const r = this.resolveAt(m, fd, right('PATH_SYMLINK'), newPtr, newLen, false);
    if (r.node) fail(E.EXIST);
    if (r.dir.removed) fail(E.NOENT);
    r.dir.entries.set(r.name, new MemSymlink(this.clock.realtime(), target));
  }

  // --- poll_oneoff ---
  //
  // In-memory files and the stdio callbacks never block, so fd events are
  // ready at once; only clocks wait, all on the monotonic clock (an
  // absolute realtime deadline becomes a delay from the start of the call).

  wasi_poll_oneoff(m, inPtr, outPtr, n, neventsPtr) {
    const inAt = m.array(inPtr, n, SIZE('subscription')), outAt = m.array(outPtr, n, SIZE('event'));
    const sub = (name) => OFF('subscription', name), ev = (name) => OFF('event', name);
    const countAt = m.range(neventsPtr, BigInt(m.psize));
    if (n === 0n || n > BigInt(MAX_SUBSCRIPTIONS)) fail(E.INVAL);
    const now = this.clock.monotonic();
    const subs = [];
    for (let i = 0; i < Number(n); i++) {
      const p = inAt + i * SIZE('subscription');
      const s = { userdata: m.u64(p + sub('userdata')), type: m.u8[p + sub('tag')], error: 0,
        deadline: 0n, nbytes: 0n };
      if (s.type === EVENT.CLOCK) {
        const id = m.u32(p + sub('clock_id')), timeout = m.u64(p + sub('clock_timeout'));
        const flags = m.u16(p + sub('clock_flags'));
        if (id > 3 || flags & ~SUBCLOCK_ABSTIME) s.error = E.INVAL;
        else if (id > 1) s.error = E.NOTSUP;  // CPU time does not pass while we sleep
        else {
          let delay = timeout;
          if (flags & SUBCLOCK_ABSTIME) {
            const base = id === 0 ? this.clock.realtime() : now;
            delay = timeout > base ? timeout - base : 0n;
          }
          s.deadline = now + delay;
        }
      } else if (s.type === EVENT.FD_READ || s.type === EVENT.FD_WRITE) {
        try {
          const f = this.fd(m.u32(p + sub('fd_readwrite_file_descriptor')), right('POLL_FD_READWRITE'));
          if (s.type === EVENT.FD_READ && f.kind === 'file') s.nbytes = BigInt(Math.max(0, f.node.size - f.pos));
        } catch (e) {
          if (!(e instanceof Errno)) throw e;
          s.error = e.errno;
        }
      } else {
        fail(E.INVAL);
      }
      subs.push(s);
    }
    const ready = (s, t) => s.error !== 0 || s.type !== EVENT.CLOCK || t >= s.deadline;
    let t = now;
    if (!subs.some((s) => ready(s, t))) {
      // Only clocks, none due: sleep until the earliest (in steps, should
      // the sleep wake early).
      const wake = subs.reduce((min, s) => (s.deadline < min ? s.deadline : min), subs[0].deadline);
      while (t < wake) {
        this.sleep(wake - t);
        t = this.clock.monotonic();
      }
    }
    let k = 0;
    for (const s of subs) {
      if (!ready(s, t)) continue;
      const e = outAt + k++ * SIZE('event');
      m.u8.fill(0, e, e + SIZE('event'));
      m.setU64(e + ev('userdata'), s.userdata);
      m.setU16(e + ev('error'), s.error);
      m.u8[e + ev('type')] = s.type;
      m.setU64(e + ev('fd_readwrite_nbytes'), s.nbytes);
    }
    m.setPtr(countAt, k);
  }
}

/* rmdir of "x/.." is ENOTEMPTY on Linux (its parent holds x), of "x/." EINVAL. */
function pathEndsWithDotDot(m, ptr, len) {
  const raw = m.bytes(ptr, len);
  let end = raw.length;
  while (end > 0 && raw[end - 1] === 0x2f) end--;
  return end >= 2 && raw[end - 1] === 0x2e && raw[end - 2] === 0x2e && (end === 2 || raw[end - 3] === 0x2f);
}
