/**
 * wasm-module-info.mjs — what a host needs to know about a module before
 * instantiating it, read from its bytes: the declared type of every import,
 * and whether its memories and tables use 64-bit indices.
 *
 * Why: the wasm64 host ABI binds each WASI import to its wasm32 or wasm64
 * implementation by the import's declared function type
 * (docs/host-abi.md, "How a host picks the width"). The JS API only reports
 * those types with the type-reflection proposal, which neither Node 20 nor
 * Chromium ships enabled, so we read the type and import sections
 * ourselves. Node 20 also cannot compile 64-bit tables, so run.mjs needs to
 * know whether a module has one before it tries.
 *
 *   readModuleInfo(bytes) -> {
 *     imports:  [{ module, name, kind, type? }],  // type: { parameters, results } for functions
 *     memories: [{ index64, imported }],
 *     tables:   [{ index64, imported }],
 *   }
 *
 * Value types are named as in the JS type-reflection proposal ("i32",
 * "i64", "f32", "f64", "v128", "funcref", "externref", …), so the result
 * can be compared with WebAssembly.Module.imports(m)[i].type where that
 * exists. Every read is bounded: a truncated or malformed module throws
 * ModuleInfoError, never reads past the end. Only the sections named above
 * are parsed; the rest are skipped by their sizes.
 *
 * Works unchanged in Node and in browsers (no imports).
 */

export class ModuleInfoError extends Error {
  constructor(message, offset) {
    super(`malformed module at byte ${offset}: ${message}`);
    this.name = 'ModuleInfoError';
  }
}

const SECTION_TYPE = 1, SECTION_IMPORT = 2, SECTION_TABLE = 4, SECTION_MEMORY = 5;

/* Limits flags (memory and table types): bit 0 has a maximum, bit 1 shared,
 * bit 2 64-bit indices (memory64 / table64), bit 3 custom page size. */
const LIMITS_HAS_MAX = 1, LIMITS_INDEX64 = 4, LIMITS_PAGE_SIZE = 8;

const VALUE_TYPE_NAMES = new Map([
  [0x7f, 'i32'], [0x7e, 'i64'], [0x7d, 'f32'], [0x7c, 'f64'], [0x7b, 'v128'],
  [0x70, 'funcref'], [0x6f, 'externref'], [0x6e, 'anyref'], [0x6d, 'eqref'],
  [0x6c, 'i31ref'], [0x6b, 'structref'], [0x6a, 'arrayref'], [0x69, 'exnref'],
  [0x71, 'nullref'], [0x72, 'nullexternref'], [0x73, 'nullfuncref'], [0x74, 'nullexnref'],
]);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/* A cursor over bytes[pos, end) that never reads outside it. */
class Reader {
  constructor(bytes, pos, end) {
    this.bytes = bytes;
    this.pos = pos;
    this.end = end;
  }

  fail(message) {
    throw new ModuleInfoError(message, this.pos);
  }

  u8() {
    if (this.pos >= this.end) this.fail('unexpected end');
    return this.bytes[this.pos++];
  }

  /* An unsigned LEB128 of at most `bits` bits, as a Number (bits <= 32). */
  leb(bits = 32) {
    let result = 0, shift = 0;
    for (;;) {
      const byte = this.u8();
      result += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) break;
      shift += 7;
      if (shift >= bits + 7) this.fail('LEB128 too long');
    }
    if (result >= 2 ** bits) this.fail('LEB128 out of range');
    return result;
  }

  /* Skips a LEB128 (signed or unsigned) of up to 64 bits. */
  skipLeb() {
    for (let i = 0; i < 10; i++) if (!(this.u8() & 0x80)) return;
    this.fail('LEB128 too long');
  }

  skip(n) {
    if (n > this.end - this.pos) this.fail('unexpected end');
    this.pos += n;
  }

  name() {
    const len = this.leb();
    const start = this.pos;
    this.skip(len);
    try {
      return utf8.decode(this.bytes.subarray(start, start + len));
    } catch {
      this.fail('name is not UTF-8');
    }
  }

  /* A heap type (s33): an abstract type byte or a type index. */
  heapType() {
    const first = this.bytes[this.pos];
    if (first !== undefined && first >= 0x40 && first < 0x80) {
      this.pos++;
      return VALUE_TYPE_NAMES.get(first)?.replace(/ref$/, '') ?? `heap 0x${first.toString(16)}`;
    }
    return `type ${this.leb(33)}`;
  }

  valueType() {
    const code = this.u8();
    if (code === 0x63 || code === 0x64) {
      const heap = this.heapType();
      return `(ref ${code === 0x63 ? 'null ' : ''}${heap})`;
    }
    const name = VALUE_TYPE_NAMES.get(code);
    if (!name) this.fail(`unknown value type 0x${code.toString(16)}`);
    return name;
  }

  valueTypes() {
    const n = this.leb();
    const types = [];
    for (let i = 0; i < n; i++) types.push(this.valueType());
    return types;
  }

  /* Limits: returns whether they declare 64-bit indices. */
  limits() {
    const flags = this.leb();
    if (flags & ~0x0f) this.fail(`unknown limits flags 0x${flags.toString(16)}`);
    this.skipLeb();
    if (flags & LIMITS_HAS_MAX) this.skipLeb();
    if (flags & LIMITS_PAGE_SIZE) this.leb();
    return (flags & LIMITS_INDEX64) !== 0;
  }

  tableType() {
    this.valueType();
    return this.limits();
  }
}

/* The type section: one entry per type index, a function's
 * { parameters, results } or null for struct/array types. */
function readTypes(r) {
  const types = [];
  const count = r.leb();
  const compositeType = () => {
    const form = r.u8();
    if (form === 0x60) return { parameters: r.valueTypes(), results: r.valueTypes() };
    if (form === 0x5f) {
      const fields = r.leb();
      for (let i = 0; i < fields; i++) fieldType();
      return null;
    }
    if (form === 0x5e) {
      fieldType();
      return null;
    }
    r.fail(`unknown type form 0x${form.toString(16)}`);
  };
  const fieldType = () => {
    const code = r.bytes[r.pos];
    if (code === 0x78 || code === 0x77) r.pos++; // packed i8 / i16
    else r.valueType();
    r.u8(); // mutability
  };
  const subType = () => {
    const code = r.bytes[r.pos];
    if (code === 0x50 || code === 0x4f) {
      r.pos++;
      const supers = r.leb();
      for (let i = 0; i < supers; i++) r.leb();
    }
    types.push(compositeType());
  };
  for (let i = 0; i < count; i++) {
    if (r.bytes[r.pos] === 0x4e) {
      r.pos++;
      const members = r.leb();
      for (let j = 0; j < members; j++) subType();
    } else {
      subType();
    }
  }
  return types;
}

const IMPORT_KINDS = ['function', 'table', 'memory', 'global', 'tag'];

export function readModuleInfo(source) {
  const bytes = source instanceof Uint8Array ? source
    : ArrayBuffer.isView(source) ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength)
      : new Uint8Array(source);
  const r = new Reader(bytes, 0, bytes.length);
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d)
    r.fail('not a WebAssembly binary (bad magic)');
  if (bytes[4] !== 1 || bytes[5] !== 0 || bytes[6] !== 0 || bytes[7] !== 0)
    r.fail('not a WebAssembly module (unsupported version or a component)');
  r.pos = 8;

  let types = [];
  const info = { imports: [], memories: [], tables: [] };
  while (r.pos < r.end) {
    const id = r.u8();
    const size = r.leb();
    const start = r.pos;
    r.skip(size);
    const s = new Reader(bytes, start, start + size);
    if (id === SECTION_TYPE) {
      types = readTypes(s);
    } else if (id === SECTION_IMPORT) {
      const count = s.leb();
      for (let i = 0; i < count; i++) {
        const module = s.name(), name = s.name();
        const kindCode = s.u8();
        const kind = IMPORT_KINDS[kindCode];
        if (!kind) s.fail(`unknown import kind 0x${kindCode.toString(16)} (not a standard import encoding)`);
        const entry = { module, name, kind };
        if (kindCode === 0) {
          const index = s.leb();
          if (index >= types.length || !types[index]) s.fail(`import ${module}.${name}: bad type index ${index}`);
          entry.type = types[index];
        } else if (kindCode === 1) {
          info.tables.push({ index64: s.tableType(), imported: true });
        } else if (kindCode === 2) {
          info.memories.push({ index64: s.limits(), imported: true });
        } else if (kindCode === 3) {
          s.valueType();
          s.u8();
        } else {
          s.u8();
          s.leb();
        }
        info.imports.push(entry);
      }
    } else if (id === SECTION_TABLE) {
      const count = s.leb();
      for (let i = 0; i < count; i++) {
        if (s.bytes[s.pos] === 0x40) {
          // A table with an initialiser expression: its type is all we
          // need, and the expression cannot be skipped without decoding
          // it, so stop at the first such table.
          s.pos += 2;
          info.tables.push({ index64: s.tableType(), imported: false });
          break;
        }
        info.tables.push({ index64: s.tableType(), imported: false });
      }
    } else if (id === SECTION_MEMORY) {
      const count = s.leb();
      for (let i = 0; i < count; i++) info.memories.push({ index64: s.limits(), imported: false });
    }
  }
  return info;
}
