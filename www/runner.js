// The page's side of the interpreter worker: starts it, sends runs, answers
// input(), and stops programs.
//
// Stop has two paths. When the page is cross-origin isolated it shares an
// Int32Array with the worker; Stop writes 1 into it, and the interpreter's
// periodic check (every few thousand instructions) raises KeyboardInterrupt
// in the program, which ends normally with a traceback. Without isolation
// there is no shared memory, so Stop terminates the worker and starts a new
// one from the already compiled wasm module (a few milliseconds). The same
// restart is the safety net when an interrupted program has not ended within
// STOP_GRACE_MS (it is inside one long native operation), and after a panic.
import wasmUrl from "../pkg/brisk_bg.wasm?url";
import {
  INPUT_STATE,
  INPUT_LENGTH,
  INPUT_HEADER_BYTES,
  INPUT_ANSWERED,
  INPUT_CANCELLED,
  INPUT_CAPACITY,
} from "./protocol.js";

const STOP_GRACE_MS = 1000;

/**
 * Events (subscribe with `on(type, fn)`):
 *   state   {state}   "loading" | "ready" | "running" | "failed"
 *   start   {id, source, quicken}
 *   output  {id, chunks}
 *   input   {id, prompt}
 *   code    {id, data}   the program's code objects (disassemble), before it runs
 *   snapshot {id, data}
 *   opcodes {opcodes}     the instruction set, once the first worker is ready
 *   done    {id, result, stopped, restarted, panic}
 */
export class Runner {
  constructor() {
    this.isolated =
      globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === "function";
    this.listeners = new Map();
    this.state = "loading";
    this.module = null;
    this.worker = null;
    this.nextId = 1;
    this.current = null; // {id, stopRequested, timer}
    this.queued = null; // a run asked for while the worker was (re)starting
    this.opcodes = null; // the instruction set, from the first ready worker
    if (this.isolated) {
      this.interrupt = new Int32Array(new SharedArrayBuffer(4));
      this.inputBuffer = new SharedArrayBuffer(INPUT_HEADER_BYTES + INPUT_CAPACITY);
      this.inputCtl = new Int32Array(this.inputBuffer, 0, INPUT_HEADER_BYTES / 4);
      this.inputBytes = new Uint8Array(this.inputBuffer, INPUT_HEADER_BYTES);
    }
  }

  on(type, fn) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type).add(fn);
  }

  emit(type, detail) {
    for (const fn of this.listeners.get(type) ?? []) fn(detail);
  }

  setState(state) {
    this.state = state;
    this.emit("state", { state });
  }

  /** Fetches and compiles the wasm once; every worker gets the compiled module. */
  async start() {
    this.setState("loading");
    const started = this.spawn(); // the worker's script loads while the wasm compiles
    try {
      this.module = await compile(wasmUrl);
    } catch (e) {
      this.fail(`Could not load the interpreter: ${e.message}`);
      return;
    }
    started.postMessage({
      type: "init",
      module: this.module,
      interrupt: this.interrupt?.buffer ?? null,
      input: this.inputBuffer ?? null,
    });
  }

  spawn() {
    const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    worker.onmessage = (e) => this.receive(worker, e.data);
    worker.onerror = (e) => {
      if (worker === this.worker) this.fail(`The interpreter's worker failed: ${e.message}`);
    };
    this.worker = worker;
    return worker;
  }

  restart() {
    this.worker?.terminate();
    this.setState("loading");
    this.spawn().postMessage({
      type: "init",
      module: this.module,
      interrupt: this.interrupt?.buffer ?? null,
      input: this.inputBuffer ?? null,
    });
  }

  fail(message) {
    this.failure = message;
    this.setState("failed");
  }

  receive(worker, msg) {
    if (worker !== this.worker) return; // a terminated worker's last words
    const run = this.current;
    switch (msg.type) {
      case "ready":
        if (msg.opcodes && !this.opcodes) {
          this.opcodes = msg.opcodes;
          this.emit("opcodes", { opcodes: msg.opcodes });
        }
        this.setState(run ? "running" : "ready");
        if (this.queued) {
          const q = this.queued;
          this.queued = null;
          this.send(q);
        }
        break;
      case "init-error":
        this.fail(`Could not start the interpreter: ${msg.message}`);
        break;
      case "output":
        if (run?.id === msg.id) this.emit("output", msg);
        break;
      case "input":
        if (run?.id === msg.id) {
          run.awaitingInput = true;
          this.emit("input", msg);
        }
        break;
      case "code":
      case "snapshot":
        if (run?.id === msg.id) this.emit(msg.type, msg);
        break;
      case "done":
        if (run?.id === msg.id) this.finish({ result: msg.result, stopped: run.stopRequested });
        break;
      case "panic":
        if (run?.id === msg.id) {
          this.finish({ result: null, panic: msg.message, restarted: true });
          this.restart();
        }
        break;
    }
  }

  /** Starts a program; returns its id. Ignored while another program runs. */
  run(source, { quicken = true } = {}) {
    if (this.current || this.state === "failed") return null;
    const request = { id: this.nextId++, source, quicken };
    this.current = { id: request.id, stopRequested: false, timer: 0, awaitingInput: false };
    this.emit("start", request);
    if (this.state === "ready") this.send(request);
    else this.queued = request;
    return request.id;
  }

  send(request) {
    // A Stop that raced with the end of the previous run must not hit this one.
    if (this.interrupt) Atomics.store(this.interrupt, 0, 0);
    this.setState("running");
    this.worker.postMessage({ type: "run", ...request });
  }

  /** Answers the pending input(): a string, or null for end of input. */
  answerInput(text) {
    const run = this.current;
    if (!run?.awaitingInput || !this.inputCtl) return;
    run.awaitingInput = false;
    if (text == null) {
      Atomics.store(this.inputCtl, INPUT_STATE, INPUT_CANCELLED);
    } else {
      // encodeInto writes whole characters only, so a cut answer stays valid
      // UTF-8; it refuses shared memory, hence the copy.
      const bytes = new Uint8Array(Math.min(text.length * 3, INPUT_CAPACITY));
      const { written } = new TextEncoder().encodeInto(text, bytes);
      this.inputBytes.set(bytes.subarray(0, written));
      Atomics.store(this.inputCtl, INPUT_LENGTH, written);
      Atomics.store(this.inputCtl, INPUT_STATE, INPUT_ANSWERED);
    }
    Atomics.notify(this.inputCtl, INPUT_STATE);
  }

  stop() {
    const run = this.current;
    if (!run || run.stopRequested) return;
    run.stopRequested = true;
    if (this.queued) {
      // Never reached the worker.
      this.queued = null;
      this.finish({ result: null, stopped: true });
      return;
    }
    if (!this.isolated) {
      this.finish({ result: null, stopped: true, restarted: true });
      this.restart();
      return;
    }
    Atomics.store(this.interrupt, 0, 1);
    // Wakes a time.sleep() that waits on the flag.
    Atomics.notify(this.interrupt, 0);
    if (run.awaitingInput) {
      // Wake the waiting input() with "no answer"; the interrupt is then raised.
      run.awaitingInput = false;
      Atomics.store(this.inputCtl, INPUT_STATE, INPUT_CANCELLED);
      Atomics.notify(this.inputCtl, INPUT_STATE);
    }
    run.timer = setTimeout(() => {
      if (this.current !== run) return;
      this.finish({ result: null, stopped: true, restarted: true });
      this.restart();
    }, STOP_GRACE_MS);
  }

  finish({ result, stopped = false, restarted = false, panic = null }) {
    const run = this.current;
    clearTimeout(run.timer);
    this.current = null;
    if (this.state === "running") this.setState("ready");
    this.emit("done", { id: run.id, result, stopped, restarted, panic });
  }
}

async function compile(url) {
  const response = fetch(url);
  try {
    return await WebAssembly.compileStreaming(response);
  } catch {
    // Hosts that serve .wasm without the application/wasm type.
    const bytes = await (await fetch(url)).arrayBuffer();
    return WebAssembly.compile(bytes);
  }
}
