/*
 * The page's script: fetch a C program built for wasm64, run it with the
 * JS host, show what it prints.
 *
 * Query parameters (all optional):
 *   program=URL   the module (default hello.wasm, beside this page);
 *                 argv[0] is its last path component
 *   arg=VALUE     argv[1], argv[2], … (repeatable; the form below sets them too)
 *   files=URL     a JSON preopen list, {"GUEST": TREE, …} → fds 3, 4, …; in a
 *                 TREE a string is a text file (UTF-8), {"base64": "…"} a
 *                 file of any bytes, {"symlink": "target"} a symbolic link,
 *                 and any other object a directory
 *
 * When a run ends, #status gets data-state="done" and data-exit=<status>
 * (134 for a trap, as wasm64-run), or data-state="error" when the program
 * could not run; the browser test waits for that.
 */
import { Wasm64Host, symlink } from '../../js/wasm64-host.mjs';
import { readModuleInfo } from '../../js/wasm-module-info.mjs';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const programUrl = params.get('program') ?? 'hello.wasm';
const programName = new URL(programUrl, location.href).pathname.split('/').pop();

/* Splits "one 'two words' three" like a shell would, roughly. */
function splitArgs(text) {
  const args = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m; (m = re.exec(text));) args.push(m[1] ?? m[2] ?? m[3]);
  return args;
}

function toTree(json) {
  const tree = {};
  for (const [name, value] of Object.entries(json)) {
    const only = value && typeof value === 'object' && Object.keys(value).length === 1 ? Object.keys(value)[0] : null;
    if (typeof value === 'string') tree[name] = value;
    else if (only === 'symlink' && typeof value.symlink === 'string') tree[name] = symlink(value.symlink);
    else if (only === 'base64' && typeof value.base64 === 'string')
      tree[name] = Uint8Array.from(atob(value.base64), (c) => c.charCodeAt(0));
    else tree[name] = toTree(value);
  }
  return tree;
}

async function fetchOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/* Appends a program's output to an element as text, decoding UTF-8 across
 * chunk boundaries. */
function sink(element) {
  const decoder = new TextDecoder();
  const write = (bytes) => element.append(decoder.decode(bytes, { stream: true }));
  write.flush = () => element.append(decoder.decode());
  return write;
}

let bytesPromise;

async function run(args) {
  const status = $('status');
  $('output').textContent = '';
  $('stderr').textContent = '';
  status.dataset.state = 'running';
  delete status.dataset.exit;
  status.textContent = 'running…';
  try {
    bytesPromise ??= fetchOk(programUrl).then((r) => r.arrayBuffer()).then((b) => new Uint8Array(b));
    const bytes = await bytesPromise;
    const files = params.get('files');
    const preopens = files ? Object.entries(await (await fetchOk(files)).json()).map(([k, v]) => [k, toTree(v)]) : [];
    const info = readModuleInfo(bytes);
    const widths = `${info.memories.some((m) => m.index64) ? '64' : '32'}-bit memory`;
    const host = new Wasm64Host({
      args: [programName, ...args],
      stdout: sink($('output')),
      stderr: sink($('stderr')),
      preopens,
    });
    const code = await host.run(bytes);
    status.textContent = `exit status ${code} (${widths})`;
    status.dataset.exit = String(code);
    status.dataset.state = 'done';
  } catch (e) {
    // A wasm exception nothing caught (a longjmp whose setjmp has
    // returned, say) ends the program as a trap, as in wasm64-run.
    const uncaught = typeof WebAssembly.Exception === 'function' && e instanceof WebAssembly.Exception;
    if (uncaught || e instanceof WebAssembly.RuntimeError) {
      // A trap ends the program as a crash would: status 134, as wasm64-run.
      status.textContent = `trap: ${uncaught ? 'uncaught exception' : e.message} (exit status 134)`;
      status.dataset.exit = '134';
      status.dataset.state = 'done';
    } else {
      status.textContent = `error: ${e.message}`;
      status.dataset.state = 'error';
    }
    console.error(e);
  }
}

$('program').textContent = [programName, ...params.getAll('arg')].join(' ');
$('args').value = params.getAll('arg').map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ');
$('form').addEventListener('submit', (event) => {
  event.preventDefault();
  const args = splitArgs($('args').value);
  $('program').textContent = [programName, ...args].join(' ');
  run(args);
});
run(params.getAll('arg'));
