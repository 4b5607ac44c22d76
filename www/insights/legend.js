// The legend: what the states and colours mean, and every instruction of
// the interpreter with its family and one-line description. The list comes
// from the interpreter's own instruction table (the wasm `opcodes()`), so
// it cannot drift from what runs.
import { escapeHtml } from "./vlist.js";
import { STATES } from "./model.js";
import { heatColor } from "../views/editor.js";

export class Legend {
  constructor(dialog) {
    this.dialog = dialog;
    this.opcodes = [];
    dialog.innerHTML = `
      <form method="dialog" class="q-legend">
        <header><h2>How to read the quickening view</h2><button class="btn small ghost" value="close" aria-label="Close">Close</button></header>
        <section>
          <h3>Instruction states</h3>
          <ul class="q-states">${Object.entries(STATES)
            .map(
              ([k, v]) =>
                `<li class="st-${k.replace(/ /g, "-")}"><i class="chip"></i>${escapeHtml(v)}</li>`,
            )
            .join("")}</ul>
          <h3>Heat map</h3>
          <p>Each line of the editor that ran adaptive instructions is tinted by the share of their executions that ran in specialized form:
            <span class="q-scale" style="background: linear-gradient(90deg, ${heatColor(0)}, ${heatColor(0.5)}, ${heatColor(1)})"></span>
            generic → specialized. A <span class="q-miss-tag">miss</span> tag marks lines whose guards failed or that deoptimized in the last two seconds. Click a line to see its instructions.</p>
        </section>
        <section>
          <h3>Instruction set <span id="q-op-count" class="meta"></span></h3>
          <input id="q-op-search" type="search" placeholder="Filter by name, family or description" aria-label="Filter instructions" />
          <div id="q-ops" class="q-ops"></div>
        </section>
      </form>`;
    this.search = dialog.querySelector("#q-op-search");
    this.list = dialog.querySelector("#q-ops");
    this.search.addEventListener("input", () => this.drawOps());
  }

  setOpcodes(opcodes) {
    this.opcodes = opcodes;
    this.dialog.querySelector("#q-op-count").textContent = `${opcodes.length} instructions`;
    this.drawOps();
  }

  drawOps() {
    const q = this.search.value.trim().toLowerCase();
    const families = new Map();
    for (const op of this.opcodes) {
      const text = `${op.name} ${op.family} ${op.doc}`.toLowerCase();
      if (q && !text.includes(q)) continue;
      if (!families.has(op.family)) families.set(op.family, []);
      families.get(op.family).push(op);
    }
    let html = "";
    for (const [family, ops] of families) {
      const adaptive = ops.some((o) => o.adaptive);
      html += `<div class="q-family"><h4>${escapeHtml(family)}${adaptive ? ' <span class="tag">adaptive</span>' : ""}</h4><dl>`;
      for (const op of ops) {
        const kind = op.specialized ? "specialized" : op.adaptive ? "adaptive" : "plain";
        html += `<dt class="k-${kind}" data-op="${escapeHtml(op.name)}">${escapeHtml(op.name)}</dt><dd>${escapeHtml(op.doc)}</dd>`;
      }
      html += "</dl></div>";
    }
    this.list.innerHTML = html || `<p class="muted">No instruction matches.</p>`;
  }

  open() {
    this.dialog.showModal();
  }
}
