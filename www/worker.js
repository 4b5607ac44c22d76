// The interpreter's Web Worker. It owns the Brisk wasm instance and runs one
// program at a time, synchronously: `Session.run` does not return until the
// program ends, so the page stays responsive only because this is a worker.
//
// Protocol (see docs/ARCHITECTURE.md, "Page"):
//   page → worker  {type: "init", module, interrupt, input}
//                  {type: "run", id, source, quicken}
//   worker → page  {type: "ready", opcodes} | {type: "init-error", message}
//                  {type: "code", id, data}   (the program's code objects, before it runs)
//                  {type: "output", id, chunks: [[stream, text], ...]}  (in order)
//                  {type: "input", id, prompt}
//                  {type: "snapshot", id, data}
//                  {type: "done", id, result}
//                  {type: "panic", id, message}
import init, { Session, opcodes, setStdlibLoader, setUnicodeNamesLoader } from "../pkg/brisk.js";
import namesUrl from "../pkg/brisk_names.bin?url";
import stdlibUrl from "../pkg/brisk_stdlib.bin?url";
import { INPUT_STATE, INPUT_LENGTH, INPUT_HEADER_BYTES, INPUT_ANSWERED } from "./protocol.js";

// The name tracebacks give the program; the console links lines in this file.
const PROGRAM_FILE = "main.py";

let interrupt = null; // Int32Array on a SharedArrayBuffer, or null when not isolated
let inputCtl = null; // Int32Array header of the input buffer
let inputBytes = null; // Uint8Array payload of the input buffer
let spare = null; // a Session created ahead of time, so Run starts at once
let spareQuicken = true;

// The table behind \N{...} escapes and the standard-library modules written
// in Python, fetched the first time a program needs them. A worker may block
// on a request, as it blocks on input().
function fetchBytesSync(url) {
  try {
    const request = new XMLHttpRequest();
    request.open("GET", url, false);
    request.responseType = "arraybuffer";
    request.send();
    return request.status === 200 ? new Uint8Array(request.response) : null;
  } catch {
    return null;
  }
}

// Most programs that import anything import a module written in Python, so
// the standard library is fetched in the background once the worker is up:
// a program that needs it before it arrives fetches it synchronously.
let prefetchedStdlib = null;
function prefetchStdlib() {
  fetch(stdlibUrl)
    .then((response) => (response.ok ? response.arrayBuffer() : null))
    .then((buffer) => {
      if (buffer) prefetchedStdlib = new Uint8Array(buffer);
    })
    .catch(() => {
      // The loader fetches it again when a program needs it.
    });
}

function newSession(quicken) {
  const session = new Session({ quicken });
  if (interrupt) session.setInterruptBuffer(interrupt);
  return session;
}

function takeSession(quicken) {
  if (spare && spareQuicken === quicken) {
    const s = spare;
    spare = null;
    return s;
  }
  if (spare) spare.free();
  spare = null;
  return newSession(quicken);
}

function prepareSpare(quicken) {
  // After the run's messages are out, so it never delays a result.
  setTimeout(() => {
    if (!spare) {
      spare = newSession(quicken);
      spareQuicken = quicken;
    }
  }, 0);
}

// Output: the wasm host already batches writes (it calls stdout/stderr at
// most every ~50 ms or 8 KB, and before input() and at the end), so each
// batch is posted as it comes: 100,000 printed lines are a few hundred
// messages. Holding text back here could strand a last line before a pause.
function output(id, stream, text) {
  if (text) postMessage({ type: "output", id, chunks: [[stream, text]] });
}

function readInput(id, prompt) {
  if (!inputCtl) {
    // Without shared memory the worker cannot wait for the page's answer.
    output(
      id,
      "stderr",
      "input() needs a cross-origin isolated page (see the README); it reads end of file here.\n",
    );
    return null;
  }
  Atomics.store(inputCtl, INPUT_STATE, 0);
  postMessage({ type: "input", id, prompt: String(prompt ?? "") });
  // Sleep until the page stores an answer (or a cancel from Stop) and notifies.
  while (Atomics.load(inputCtl, INPUT_STATE) === 0) Atomics.wait(inputCtl, INPUT_STATE, 0);
  const state = Atomics.load(inputCtl, INPUT_STATE);
  if (state !== INPUT_ANSWERED) return null;
  const length = Atomics.load(inputCtl, INPUT_LENGTH);
  // TextDecoder refuses views of shared memory: copy the bytes out first.
  return new TextDecoder().decode(inputBytes.slice(0, length));
}

function run({ id, source, quicken }) {
  let session;
  try {
    session = takeSession(quicken);
    // The quickening view draws its instruction table from this; the run's
    // snapshot deltas then update it (same pre-order numbering).
    postMessage({ type: "code", id, data: session.disassemble(source) });
    const result = session.run(source, {
      filename: PROGRAM_FILE,
      stdout: (text) => output(id, "stdout", text),
      stderr: (text) => output(id, "stderr", text),
      input: (prompt) => readInput(id, prompt),
      snapshot: (data) => {
        postMessage({ type: "snapshot", id, data });
      },
    });
    postMessage({ type: "done", id, result: plain(result) });
  } catch (e) {
    // A Rust panic surfaces as a JS exception. The instance may be left in
    // a bad state, so the page replaces this whole worker.
    postMessage({ type: "panic", id, message: String(e?.message ?? e) });
    return;
  }
  try {
    session.free();
  } catch {
    // Already released by the binding: nothing to do.
  }
  prepareSpare(quicken);
}

// The browser compiles each wasm function on its first call, and the first
// runs are several times slower than later ones (~150 ms, then ~30 ms, then
// ~1 ms for print("hi")). Running a small program that touches the common
// paths before saying "ready" moves that cost out of the user's first Run.
const WARM_UP = `
def f(x):
    return x + 1
class C:
    def m(self):
        return [i * 2 for i in range(3)]
d = {"a": f(1), "b": 2.5}
for k, v in d.items():
    s = f"{k}={v!r}"
print(s, C().m(), len(d), str(3), end="")
`;

function warmUp() {
  for (let i = 0; i < 3; i++) {
    const session = new Session({ quicken: true });
    session.run(WARM_UP, { stdout: () => {}, stderr: () => {} });
    session.free();
  }
}

// wasm-bindgen may hand back a class instance or a Map; the page wants plain data.
function plain(value) {
  if (value instanceof Map) return Object.fromEntries(value);
  return value;
}

self.onmessage = async (event) => {
  const msg = event.data;
  if (msg.type === "init") {
    try {
      await init({ module_or_path: msg.module });
      setUnicodeNamesLoader(() => fetchBytesSync(namesUrl));
      setStdlibLoader(() => prefetchedStdlib ?? fetchBytesSync(stdlibUrl));
      prefetchStdlib();
      if (msg.interrupt) interrupt = new Int32Array(msg.interrupt);
      if (msg.input) {
        inputCtl = new Int32Array(msg.input, 0, INPUT_HEADER_BYTES / 4);
        inputBytes = new Uint8Array(msg.input, INPUT_HEADER_BYTES);
      }
      warmUp();
      spare = newSession(true);
      spareQuicken = true;
      postMessage({ type: "ready", opcodes: opcodes() });
    } catch (e) {
      postMessage({ type: "init-error", message: String(e?.message ?? e) });
    }
  } else if (msg.type === "run") {
    run(msg);
  }
};
