// The playground page: wires the editor, the console, the toolbar, the
// quickening view and the interpreter runner together.
import "./styles.css";
import { createEditor } from "./views/editor.js";
import { ConsoleView } from "./views/console.js";
import { createMenu } from "./views/menu.js";
import { Runner } from "./runner.js";
import { QuickeningView } from "./insights/panel.js";
import { examples, welcome } from "./examples.js";
import { encodeFragment, decodeFragment, loadDraft, saveDraft } from "./share.js";

const $ = (selector) => document.querySelector(selector);
const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

// The file name the worker gives the program (worker.js PROGRAM_FILE).
// Frames in other files (modules written in Python inside Brisk) get no links.
const isProgramFile = (name) => name === "main.py";
const TRACE_LINE = /File "([^"]*)", line (\d+)/g;

const runner = new Runner();
let editor;
let sharedCode = null; // the code of the share link in the address bar, if any
let saveTimer = 0;
let run = null; // the run in progress: {id, started, stderr, instructions, elapsed}

const ui = {
  run: $("#run"),
  stop: $("#stop"),
  share: $("#share"),
  examples: $("#examples"),
  status: $("#status"),
  statusText: $("#status-text"),
  stats: $("#run-stats"),
  cursor: $("#cursor"),
  notice: $("#notice"),
  toast: $("#toast"),
};

// ---- start-up -------------------------------------------------------------

/** The code of a share link in the address bar; null if there is none (or it is damaged). */
async function linkedCode() {
  if (!location.hash) return null;
  try {
    const code = await decodeFragment(location.hash);
    if (code != null) sharedCode = code;
    return code;
  } catch {
    toast("This share link is damaged: it does not hold a program.");
    return null;
  }
}

async function initialCode() {
  return (await linkedCode()) ?? loadDraft() ?? welcome.code;
}

// A share link pasted into the address bar of an open playground changes
// only the fragment: load its code (one undoable change).
window.addEventListener("hashchange", async () => {
  const before = sharedCode;
  const code = await linkedCode();
  if (code != null && code !== before && code !== editor.getCode()) {
    editor.setCode(code);
    sharedCode = code;
    toast("Loaded the program from the link.");
  }
});

function mountEditor(code) {
  editor = createEditor($("#editor"), {
    doc: code,
    onRun: startRun,
    onChange(text) {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => saveDraft(text), 300);
      // Once edited, the link in the address bar no longer shows this code.
      if (sharedCode != null && text !== sharedCode) {
        sharedCode = null;
        history.replaceState(null, "", location.pathname + location.search);
      }
    },
    onCursor(line, col) {
      ui.cursor.textContent = `Ln ${line}, Col ${col}`;
    },
    onLineClick: (line) => insights?.selectLine(line),
  });
  window.addEventListener("pagehide", () => {
    clearTimeout(saveTimer);
    saveDraft(editor.getCode());
  });
  document.body.dataset.editor = "ready";
  performance.mark("brisk:editor-ready");
}

const consoleView = new ConsoleView($("#console"), {
  isProgramFile,
  onLineLink: (line) => editor.goToLine(line),
});

// ---- running ----------------------------------------------------------------

function startRun() {
  if (run || runner.state === "failed") return;
  runner.run(editor.getCode(), { quicken: insights.quicken });
}

runner.on("start", ({ id }) => {
  run = { id, started: performance.now(), stderr: "", instructions: null, elapsed: null };
  consoleView.clear();
  editor.clearMark();
  ui.stats.textContent = "";
  ui.stats.title = "";
  updateControls();
  tick();
});

runner.on("output", ({ chunks }) => {
  // Output while a field waits means the wait was cut short (Stop): the
  // prompt's line goes first, then what follows it.
  consoleView.cancelInput();
  for (const [stream, text] of chunks) {
    consoleView.write(stream, text);
    if (stream === "stderr") run.stderr = (run.stderr + text).slice(-65536);
  }
});

runner.on("input", ({ prompt }) => {
  updateControls();
  consoleView.askInput(prompt, (answer) => {
    runner.answerInput(answer);
    updateControls();
  });
});

runner.on("snapshot", ({ data }) => {
  if (!run || !data) return;
  if (typeof data.instructions === "number") run.instructions = data.instructions;
  if (typeof data.elapsed_ms === "number") run.elapsed = data.elapsed_ms;
});

runner.on("done", ({ result, stopped, restarted, panic }) => {
  const wall = performance.now() - run.started;
  consoleView.cancelInput();
  consoleView.endLine();
  let outcome;
  if (panic) {
    consoleView.write("stderr", `The interpreter crashed: ${panic}\n`);
    consoleView.info("It has been restarted; your code is unchanged. Please report this program.");
    outcome = "crashed";
  } else if (!result) {
    // Stopped by terminating the worker: no traceback exists.
    consoleView.write("stderr", "KeyboardInterrupt\n");
    consoleView.info(
      runner.isolated
        ? "Stopped by restarting the interpreter (no interrupt check within 1 s)."
        : "Stopped by restarting the interpreter: this page is not cross-origin isolated.",
    );
    outcome = "stopped";
  } else {
    if (result.error && !run.stderr.includes(result.error.trim())) {
      consoleView.write("stderr", result.error.endsWith("\n") ? result.error : result.error + "\n");
    }
    if (result.error) {
      const line = lastProgramLine(result.error);
      if (line) editor.markLine(line);
    }
    if (stopped && result.error?.includes("KeyboardInterrupt")) outcome = "stopped";
    else if (result.error) outcome = "error";
    else if (result.exit_code) outcome = `exit ${result.exit_code}`;
    else outcome = "ok";
    if (!result.error && result.exit_code) consoleView.info(`Exited with code ${result.exit_code}`);
  }
  showStats(outcome, wall, result);
  run = null;
  updateControls();
  void restarted;
});

function lastProgramLine(traceback) {
  let line = 0;
  for (const m of traceback.matchAll(TRACE_LINE)) if (isProgramFile(m[1])) line = Number(m[2]);
  return line;
}

function showStats(outcome, wall, result) {
  const instructions = result?.instructions ?? run.instructions;
  const parts = [formatMs(wall)];
  if (typeof instructions === "number") {
    parts.push(
      `${formatCount(instructions)} ${instructions === 1 ? "instruction" : "instructions"}`,
    );
  }
  ui.stats.textContent = parts.join(" · ");
  ui.stats.title =
    `Wall time ${wall.toFixed(1)} ms` +
    (result?.elapsed_ms != null ? `, interpreter ${result.elapsed_ms.toFixed(1)} ms` : "") +
    (typeof instructions === "number"
      ? `, ${instructions.toLocaleString("en-US")} instructions executed`
      : "");
  const labels = {
    ok: "Finished",
    error: "Error",
    stopped: "Stopped",
    crashed: "Crashed",
  };
  setStatus(
    outcome === "ok" ? "ok" : outcome === "stopped" ? "idle" : "error",
    labels[outcome] ?? `Exited (${outcome.slice(5)})`,
  );
}

function formatMs(ms) {
  if (ms < 1000) return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

function formatCount(n) {
  return n.toLocaleString("en-US");
}

// The status pill's clock while a program runs.
function tick() {
  if (!run) return;
  const seconds = (performance.now() - run.started) / 1000;
  if (runner.state === "loading") setStatus("busy", "Starting Brisk…");
  else if (consoleView.awaitingInput) setStatus("input", "Waiting for input");
  else setStatus("busy", `Running · ${seconds.toFixed(1)} s`);
  setTimeout(tick, 100);
}

// ---- toolbar ----------------------------------------------------------------

function setStatus(kind, text) {
  ui.status.dataset.kind = kind;
  ui.statusText.textContent = text;
}

function updateControls() {
  const busy = run != null;
  ui.run.disabled = busy || runner.state === "failed";
  ui.stop.disabled = !busy;
  document.body.dataset.state = busy ? "running" : runner.state;
}

runner.on("state", ({ state }) => {
  if (state === "failed") {
    setStatus("error", "Interpreter failed to load");
    consoleView.write("stderr", runner.failure + "\n");
  } else if (state === "ready" && !run) {
    if (!performance.getEntriesByName("brisk:interpreter-ready").length) {
      performance.mark("brisk:interpreter-ready");
    }
    if (!ui.status.dataset.kind || ui.status.dataset.kind === "loading")
      setStatus("ready", "Ready");
  } else if (state === "loading" && !run && !ui.status.dataset.kind) {
    setStatus("loading", "Loading Brisk…");
  }
  updateControls();
});

ui.run.addEventListener("click", startRun);
ui.stop.addEventListener("click", () => runner.stop());

ui.share.addEventListener("click", async () => {
  const code = editor.getCode();
  const fragment = await encodeFragment(code);
  sharedCode = code;
  history.replaceState(null, "", fragment);
  const size = `${(fragment.length / 1024).toFixed(1)} KB link`;
  try {
    await navigator.clipboard.writeText(location.href);
    toast(`Link copied to the clipboard (${size}).`);
  } catch {
    toast(`The link is in the address bar (${size}).`);
  }
});

createMenu(ui.examples, $("#examples-menu"), examples, (id) => {
  const example = examples.find((e) => e.id === id);
  editor.setCode(example.code);
  editor.focus();
  toast(`Loaded “${example.title}”. ${isMac ? "⌘" : "Ctrl+"}Z brings your code back.`);
});

$("#clear").addEventListener("click", () => consoleView.clear());
$("#copy").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(consoleView.text());
    toast("Output copied.");
  } catch {
    toast("The browser did not allow copying.");
  }
});

// Ctrl/Cmd-Enter anywhere runs; Esc anywhere stops a running program.
document.addEventListener("keydown", (e) => {
  if (e.defaultPrevented) return;
  if (e.key === "Enter" && (isMac ? e.metaKey : e.ctrlKey)) {
    e.preventDefault();
    startRun();
  } else if (e.key === "Escape" && run) {
    e.preventDefault();
    runner.stop();
  }
});

let toastTimer = 0;
function toast(text) {
  ui.toast.textContent = text;
  ui.toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (ui.toast.hidden = true), 3500);
}

function showIsolationNotice() {
  if (runner.isolated) return;
  ui.notice.hidden = false;
  ui.notice.textContent =
    "This page is not cross-origin isolated, so Stop has to restart the interpreter " +
    "and input() cannot wait for your answer. Serve it with the COOP/COEP headers to get both " +
    "(see the README).";
}

// ---- go ---------------------------------------------------------------------

for (const k of document.querySelectorAll("kbd[data-mod]")) k.textContent = isMac ? "⌘" : "Ctrl";
showIsolationNotice();
setStatus("loading", "Loading Brisk…");
mountEditor(await initialCode());
// The quickening view (startRun and the editor's line clicks use it).
const insights = new QuickeningView($("#insights"), {
  runner,
  editor,
  toggle: $("#insights-toggle"),
});
// After the editor: on a slow machine the wasm download and compile should
// not compete with the first paint of the editor.
runner.start();
updateControls();

// For the end-to-end tests.
window.brisk = { runner, editor, console: consoleView, insights };
