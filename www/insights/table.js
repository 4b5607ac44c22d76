// The instruction table: one code object's instructions with their live
// specialization state and counters, and below it the details of the
// instruction under the pointer (or the selected one): what it does, what
// its state means, and its history of quickening events.
import { VirtualList, escapeHtml } from "./vlist.js";
import { STATES, FLASH_MS, describeEvent, percent } from "./model.js";

const ROW_HEIGHT = 24;
const AUTO = "auto";

const fmt = (n) => (n == null ? "—" : n.toLocaleString("en-US"));
const stateClass = (state) => (state ? `st-${state.replace(/ /g, "-")}` : "st-none");

export class InstructionTable {
  constructor(root, model) {
    this.model = model;
    this.choice = AUTO; // a code object index, or AUTO: follow the hottest
    this.code = null;
    this.selected = null; // offset
    this.hovered = null;
    this.lineSelection = null; // the editor line whose instructions are selected
    root.innerHTML = `
      <div class="q-table-head">
        <label class="q-field">Code object
          <select id="q-code" aria-label="Code object"></select>
        </label>
        <label class="q-check"><input id="q-adaptive-only" type="checkbox" /> Adaptive only</label>
      </div>
      <div class="q-cols q-row-grid" aria-hidden="true">
        <span>Off</span><span>Line</span><span>Instruction</span><span>Family</span><span>State</span>
        <span class="num">Counter</span><span class="num">Runs</span><span class="num">Hits</span><span class="num">Misses</span>
      </div>
      <div id="q-table" class="q-scroll" role="grid" aria-label="Instructions"></div>
      <div id="q-details" class="q-details" aria-live="polite"></div>`;
    this.select = root.querySelector("#q-code");
    this.adaptiveOnly = root.querySelector("#q-adaptive-only");
    this.details = root.querySelector("#q-details");
    const scroller = root.querySelector("#q-table");
    this.list = new VirtualList(scroller, ROW_HEIGHT, (i) => this.renderRow(i));
    this.rows = [];
    this.select.addEventListener("change", () => {
      this.choice = this.select.value === AUTO ? AUTO : Number(this.select.value);
      this.selected = null;
      this.lineSelection = null;
      this.draw();
    });
    this.adaptiveOnly.addEventListener("change", () => this.draw());
    scroller.addEventListener("mouseover", (e) => {
      const row = e.target.closest(".q-row");
      this.hovered = row ? Number(row.dataset.offset) : null;
      this.drawDetails();
    });
    scroller.addEventListener("mouseleave", () => {
      this.hovered = null;
      this.drawDetails();
    });
    scroller.addEventListener("click", (e) => {
      const row = e.target.closest(".q-row");
      if (!row) return;
      const offset = Number(row.dataset.offset);
      this.selected = this.selected === offset ? null : offset;
      this.lineSelection = null;
      this.draw();
    });
  }

  /** A new run: the selector lists its code objects. */
  reset() {
    this.selected = null;
    this.hovered = null;
    this.lineSelection = null;
    if (this.choice !== AUTO && !this.model.codes[this.choice]) this.choice = AUTO;
    const options = [`<option value="${AUTO}">Hottest (follows the run)</option>`];
    for (const c of this.model.codes) {
      const label = c.index === 0 ? "<module>" : `${c.qualname} (line ${c.firstLine})`;
      options.push(`<option value="${c.index}">${escapeHtml(label)}</option>`);
    }
    this.select.innerHTML = options.join("");
    this.select.value = String(this.choice);
    this.draw();
  }

  /** Selects the instructions of editor line `line` (in the innermost code object holding it). */
  selectLine(line) {
    const holders = this.model.codes.filter((c) => c.instructions.some((i) => i.line === line));
    if (!holders.length) return false;
    const current = holders.find((c) => c.index === this.code?.index);
    const code = current ?? holders[holders.length - 1];
    this.choice = code.index;
    this.select.value = String(code.index);
    this.lineSelection = line;
    this.selected = null;
    this.draw();
    const at = this.rows.findIndex((i) => i.line === line);
    if (at >= 0) this.list.scrollToRow(at);
    return true;
  }

  /** The panel's periodic redraw: skipped when nothing moved and no row is flashing. */
  drawLive(now) {
    if (this.drawnVersion === this.model.version && !this.flashing) return;
    this.draw(now);
  }

  draw(now = performance.now()) {
    this.now = now;
    this.drawnVersion = this.model.version;
    this.flashing = false;
    this.code = this.choice === AUTO ? this.model.hottest() : this.model.codes[this.choice];
    const all = this.code?.instructions ?? [];
    this.rows = this.adaptiveOnly.checked ? all.filter((i) => i.adaptive) : all;
    this.list.setCount(this.rows.length);
    this.drawDetails();
  }

  renderRow(k) {
    const i = this.rows[k];
    const flash = Math.max(0, 1 - (this.now - i.flashAt) / FLASH_MS);
    if (flash > 0) this.flashing = true;
    const classes = ["vrow", "q-row", "q-row-grid", stateClass(i.state)];
    if (!i.adaptive) classes.push("plain");
    if (this.model.isSpecialized(i.opname)) classes.push("is-specialized");
    if (i.offset === this.selected || i.line === this.lineSelection) classes.push("selected");
    const style = flash > 0 ? ` style="--flash:${flash.toFixed(2)}"` : "";
    const arg = i.argrepr ? ` <span class="arg">${escapeHtml(i.argrepr)}</span>` : "";
    return (
      `<div class="${classes.join(" ")}" data-offset="${i.offset}" data-line="${i.line}"${style} role="row">` +
      `<span>${i.offset}</span><span>${i.line || ""}</span>` +
      `<span class="op" title="${escapeHtml(i.opname)}">${escapeHtml(i.opname)}${arg}</span>` +
      `<span class="fam">${i.adaptive ? escapeHtml(i.family) : ""}</span>` +
      `<span class="state">${i.state ? `<i class="chip"></i>${escapeHtml(i.state)}` : ""}</span>` +
      `<span class="num">${i.adaptive ? fmt(i.counter) : ""}</span>` +
      `<span class="num">${i.adaptive ? fmt(i.executions) : ""}</span>` +
      `<span class="num">${i.adaptive ? fmt(i.hits) : ""}</span>` +
      `<span class="num">${i.adaptive ? fmt(i.misses) : ""}</span></div>`
    );
  }

  drawDetails() {
    const offset = this.hovered ?? this.selected;
    const i = offset == null ? null : this.code?.instructions[offset];
    if (!i) {
      this.details.innerHTML = this.code
        ? `<span class="muted">Point at an instruction to see what it does and what happened to it; click to keep it.</span>`
        : "";
      return;
    }
    const op = this.model.opcodes.get(i.opname);
    const base = op && op.family !== i.opname ? this.model.opcodes.get(op.family) : null;
    let html = `<div><b>${escapeHtml(i.opname)}</b> <span class="muted">line ${i.line}, offset ${i.offset}</span> — ${escapeHtml(op?.doc ?? "")}`;
    if (base)
      html += ` <span class="muted">(specialized form of ${escapeHtml(base.name)}: ${escapeHtml(base.doc)})</span>`;
    html += "</div>";
    if (i.state) {
      html += `<div class="${stateClass(i.state)}"><i class="chip"></i>${escapeHtml(STATES[i.state] ?? i.state)}</div>`;
      const share = i.executions ? percent(i.hits / i.executions) : "0%";
      html += `<div class="muted">${fmt(i.executions)} runs, ${fmt(i.hits)} specialized (${share}), ${fmt(i.misses)} guard misses, counter ${fmt(i.counter)}</div>`;
    } else {
      html += `<div class="muted">Not adaptive: this instruction has one form and no inline cache.</div>`;
    }
    if (i.history.length) {
      html += `<ol class="q-history">`;
      for (const e of i.history.slice(-8)) {
        html += `<li class="ev-${e.kind}"><span class="t">${e.time_ms.toFixed(1)} ms</span> ${escapeHtml(describeEvent(e))}</li>`;
      }
      html += "</ol>";
    }
    this.details.innerHTML = html;
  }
}
