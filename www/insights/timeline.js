// The timeline of quickening events: when each instruction specialized,
// failed to, missed its guard or deoptimized, newest at the bottom,
// following the run while the view is scrolled to its end.
import { VirtualList, escapeHtml } from "./vlist.js";

const ROW_HEIGHT = 22;
const KINDS = ["specialize", "fail", "miss", "deopt"];

export class Timeline {
  constructor(root, model, { onPick }) {
    this.model = model;
    this.kinds = new Set(KINDS);
    this.family = "";
    this.shown = [];
    this.seenVersion = -1;
    root.innerHTML = `
      <div class="q-sub-head">
        <h3>Timeline</h3>
        <span id="q-event-count" class="meta"></span>
        <span class="q-filters">
          ${KINDS.map((k) => `<label class="q-check ev-${k}"><input type="checkbox" data-kind="${k}" checked /><i class="chip"></i>${k}</label>`).join("")}
          <select id="q-family" aria-label="Family"><option value="">All families</option></select>
        </span>
      </div>
      <div id="q-timeline" class="q-scroll" role="list" aria-label="Quickening events"></div>`;
    this.count = root.querySelector("#q-event-count");
    this.familySelect = root.querySelector("#q-family");
    this.knownFamilies = new Set();
    const scroller = root.querySelector("#q-timeline");
    this.list = new VirtualList(scroller, ROW_HEIGHT, (i) => this.renderRow(i));
    for (const box of root.querySelectorAll("input[data-kind]")) {
      box.addEventListener("change", () => {
        if (box.checked) this.kinds.add(box.dataset.kind);
        else this.kinds.delete(box.dataset.kind);
        this.draw({ force: true });
      });
    }
    this.familySelect.addEventListener("change", () => {
      this.family = this.familySelect.value;
      this.draw({ force: true });
    });
    scroller.addEventListener("click", (e) => {
      const row = e.target.closest(".q-event");
      if (row) onPick(Number(row.dataset.index), Number(row.dataset.line));
    });
  }

  reset() {
    this.knownFamilies.clear();
    this.familySelect.innerHTML = `<option value="">All families</option>`;
    this.family = "";
    this.draw({ force: true });
  }

  draw({ force = false } = {}) {
    if (!force && this.seenVersion === this.model.version) return;
    this.seenVersion = this.model.version;
    for (const f of [...this.model.families].sort()) {
      if (this.knownFamilies.has(f)) continue;
      this.knownFamilies.add(f);
      this.familySelect.insertAdjacentHTML("beforeend", `<option>${escapeHtml(f)}</option>`);
    }
    const follow = this.list.atEnd();
    this.shown = this.model.events.filter(
      (e) => this.kinds.has(e.kind) && (!this.family || e.family === this.family),
    );
    const m = this.model;
    const shown = this.shown.length;
    const notKept = m.eventsNotKept();
    let text = `${(m.events.length + notKept).toLocaleString("en-US")} events`;
    if (shown !== m.events.length) text += ` · ${shown.toLocaleString("en-US")} shown`;
    if (notKept) text += ` · ${notKept.toLocaleString("en-US")} older not kept`;
    this.count.textContent = text;
    this.list.setCount(this.shown.length, { follow });
  }

  renderRow(k) {
    const e = this.shown[k];
    const code = this.model.codes[e.index];
    const name = code ? (code.index === 0 ? "<module>" : code.qualname) : "?";
    const change =
      e.from === e.to ? escapeHtml(e.from) : `${escapeHtml(e.from)} → ${escapeHtml(e.to)}`;
    const why = e.reason ? ` <span class="muted">${escapeHtml(e.reason)}</span>` : "";
    return (
      `<div class="vrow q-event ev-${e.kind}" data-kind="${e.kind}" data-index="${e.index}" data-line="${e.line ?? 0}" role="listitem">` +
      `<span class="t">${e.time_ms.toFixed(1)} ms</span><span class="kind"><i class="chip"></i>${e.kind}</span>` +
      `<span class="where">${escapeHtml(name)}:${e.line ?? "?"} @${e.offset}</span>` +
      `<span class="what">${change}${why}</span></div>`
    );
  }
}
