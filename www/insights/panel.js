// The quickening view: the pane below the editor and the console that
// shows, while a program runs, what the specializing interpreter does with
// each instruction. It listens to the runner's events, keeps a model
// (model.js) up to date from the worker's snapshot deltas, and redraws its
// parts at most every REDRAW_MS: the instruction table, the timeline, the
// timings and, in the editor, the heat map.
import "./insights.css";
import { QuickeningModel, FLASH_MS, percent } from "./model.js";
import { InstructionTable } from "./table.js";
import { Timeline } from "./timeline.js";
import { Timings } from "./timings.js";
import { Legend } from "./legend.js";
import { heatColor } from "../views/editor.js";

// At most ~7 redraws a second: live enough to watch, and the page's main
// thread stays out of the worker's way on a two-core machine.
const REDRAW_MS = 150;
const OPEN_KEY = "brisk:insights-open";
const QUICKEN_KEY = "brisk:quicken";

function stored(key, fallback) {
  try {
    const v = localStorage.getItem(key);
    return v == null ? fallback : v === "1";
  } catch {
    return fallback;
  }
}

function store(key, value) {
  try {
    localStorage.setItem(key, value ? "1" : "0");
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

export class QuickeningView {
  constructor(pane, { runner, editor, toggle }) {
    this.pane = pane;
    this.editor = editor;
    this.toggle = toggle;
    this.model = new QuickeningModel();
    this.runId = null;
    this.timer = 0;
    this.lastDraw = 0;
    pane.innerHTML = `
      <div class="pane-head q-head">
        <h2 id="insights-title">Quickening</h2>
        <label class="q-switch" title="Run with the specializing interpreter on or off">
          <input id="quicken" type="checkbox" role="switch" /> <span>Quickening</span>
        </label>
        <span id="q-notice" class="q-notice" role="status"></span>
        <span class="q-heat-legend" aria-hidden="true">generic <span class="q-scale" style="background: linear-gradient(90deg, ${heatColor(0)}, ${heatColor(0.5)}, ${heatColor(1)})"></span> specialized</span>
        <span class="pane-actions">
          <button id="q-legend-open" class="btn small ghost" type="button">Legend</button>
          <button id="q-hide" class="btn small ghost" type="button" title="Hide the quickening view">Hide</button>
        </span>
      </div>
      <div class="q-body">
        <div id="q-table-view" class="q-table-view"></div>
        <div id="q-timeline-view" class="q-timeline-view"></div>
        <div id="q-timings-view" class="q-timings-view"></div>
      </div>`;
    pane.setAttribute("aria-labelledby", "insights-title");
    const dialog = document.createElement("dialog");
    dialog.id = "q-legend";
    document.body.append(dialog);
    this.legend = new Legend(dialog);
    this.notice = pane.querySelector("#q-notice");
    this.quickenBox = pane.querySelector("#quicken");
    this.quickenBox.checked = stored(QUICKEN_KEY, true);
    this.quickenBox.addEventListener("change", () => {
      store(QUICKEN_KEY, this.quickenBox.checked);
      this.drawNotice();
    });
    this.table = new InstructionTable(pane.querySelector("#q-table-view"), this.model);
    this.timeline = new Timeline(pane.querySelector("#q-timeline-view"), this.model, {
      onPick: (index, line) => {
        if (line) this.selectLine(line);
      },
    });
    this.timings = new Timings(pane.querySelector("#q-timings-view"), this.model);
    pane.querySelector("#q-legend-open").addEventListener("click", () => this.legend.open());
    pane.querySelector("#q-hide").addEventListener("click", () => this.setOpen(false));
    toggle.addEventListener("click", () => this.setOpen(pane.hidden));
    this.listen(runner);
    if (runner.opcodes) this.setOpcodes(runner.opcodes);
    this.setOpen(stored(OPEN_KEY, true));
    this.drawNotice();
  }

  get quicken() {
    return this.quickenBox.checked;
  }

  get open() {
    return !this.pane.hidden;
  }

  setOpen(open) {
    this.pane.hidden = !open;
    this.toggle.setAttribute("aria-pressed", String(open));
    store(OPEN_KEY, open);
    this.heatKey = null;
    if (open) this.draw();
    else this.editor.setHeat([]);
  }

  setOpcodes(opcodes) {
    this.model.setOpcodes(opcodes);
    this.legend.setOpcodes(opcodes);
  }

  listen(runner) {
    runner.on("opcodes", ({ opcodes }) => this.setOpcodes(opcodes));
    runner.on("start", ({ id, source, quicken }) => {
      this.runId = id;
      this.source = source;
      this.model.reset(null, quicken);
      this.heatKey = null;
      this.editor.setHeat([]);
      this.redrawAll();
    });
    runner.on("code", ({ id, data }) => {
      if (id !== this.runId) return;
      this.model.reset(data, this.model.quicken);
      this.redrawAll();
    });
    runner.on("snapshot", ({ id, data }) => {
      if (id !== this.runId || !data) return;
      this.model.apply(data);
      this.schedule();
    });
    runner.on("done", ({ id }) => {
      if (id !== this.runId) return;
      this.model.done = true;
      this.timings.finish(this.source);
      this.draw();
      // Let the last flashes fade.
      setTimeout(() => this.draw(), FLASH_MS);
    });
  }

  /** Selects the instructions of an editor line (a click in the editor, or on an event). */
  selectLine(line) {
    if (!this.open) return;
    this.table.selectLine(line);
  }

  redrawAll() {
    this.table.reset();
    this.timeline.reset();
    this.timings.reset();
    this.draw();
  }

  /** Redraws now if the last draw is old enough, else once it is. */
  schedule() {
    if (this.timer) return;
    const wait = Math.max(0, REDRAW_MS - (performance.now() - this.lastDraw));
    this.timer = setTimeout(() => {
      this.timer = 0;
      requestAnimationFrame(() => this.draw());
    }, wait);
  }

  draw() {
    this.lastDraw = performance.now();
    this.drawNotice();
    if (!this.open) return;
    this.table.drawLive(this.lastDraw);
    this.timeline.draw();
    this.timings.draw();
    this.drawHeat();
  }

  /** Redraws the heat map only when a line's tint or mark changed (editor layout is costly). */
  drawHeat() {
    const lines = this.model.lines();
    const key = lines
      .map((l) => `${l.line}:${Math.round(l.share * 100)}:${l.recentMiss ? 1 : 0}`)
      .join(",");
    if (key === this.heatKey) return;
    this.heatKey = key;
    this.editor.setHeat(lines);
  }

  drawNotice() {
    const m = this.model;
    const ran = m.codes.length > 0;
    let text;
    let kind = "";
    if (m.error) {
      text = "The program has a syntax error: nothing ran.";
      kind = "warn";
    } else if (!ran) {
      text = this.quicken
        ? "Run a program to watch its instructions specialize."
        : "Quickening is off: the next run keeps every instruction generic.";
    } else if (!m.quicken) {
      text = m.done
        ? "Quickening was off: no instruction was specialized; every execution ran the generic form."
        : "Quickening is off: every instruction runs its generic form.";
      kind = "warn";
    } else {
      const n = m.specializedCount();
      const share = m.specializedShare();
      text =
        `${n} ${n === 1 ? "instruction" : "instructions"} specialized` +
        (share == null ? "" : `; ${percent(share)} of adaptive executions ran specialized`);
      kind = "ok";
    }
    this.notice.textContent = text;
    this.notice.dataset.kind = kind;
  }
}
