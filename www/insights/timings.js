// Live timings: elapsed time, a chart of adaptive instructions executed per
// second, time per function (sampled by the interpreter's periodic check)
// and, after the run, its totals next to the last run in the other mode.
import { escapeHtml } from "./vlist.js";

import { percent } from "./model.js";

const fmtMs = (ms) =>
  ms < 1000 ? `${ms.toFixed(ms < 10 ? 1 : 0)} ms` : `${(ms / 1000).toFixed(2)} s`;

/** 12,345,678 → "12.3 M" */
function compact(n) {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} k`;
  return n.toFixed(0);
}

export class Timings {
  constructor(root, model) {
    this.model = model;
    // The last finished run per quicken mode: {ms, source}. Only runs of the
    // same source are compared.
    this.last = { true: null, false: null };
    this.source = null;
    root.innerHTML = `
      <div class="q-sub-head"><h3>Timings</h3><span id="q-elapsed" class="meta"></span></div>
      <div class="q-timings">
        <figure class="q-chart">
          <canvas id="q-chart" height="90" aria-label="Adaptive instructions per second over time"></canvas>
          <figcaption>Adaptive instructions executed per second</figcaption>
        </figure>
        <div id="q-profile" class="q-profile" aria-label="Time per function"></div>
        <div id="q-totals" class="q-totals"></div>
      </div>`;
    this.elapsed = root.querySelector("#q-elapsed");
    this.canvas = root.querySelector("#q-chart");
    this.profileBox = root.querySelector("#q-profile");
    this.totals = root.querySelector("#q-totals");
  }

  reset() {
    this.totals.textContent = "";
    this.draw();
  }

  /** Remembers a finished run of `source` (for the comparison with the other mode). */
  finish(source) {
    const m = this.model;
    this.source = source;
    this.last[m.quicken] = { ms: m.elapsedMs, source };
    this.draw();
  }

  draw() {
    const m = this.model;
    const rate = m.series.length ? m.series[m.series.length - 1].rate : 0;
    this.elapsed.textContent = `${fmtMs(m.elapsedMs)} · ${compact(rate)}/s${m.done ? "" : " · running"}`;
    this.drawChart();
    this.drawProfile();
    this.drawTotals();
  }

  drawChart() {
    const canvas = this.canvas;
    const width = canvas.clientWidth || 300;
    const height = canvas.clientHeight || 90;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
    if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
    const g = canvas.getContext("2d");
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.clearRect(0, 0, width, height);
    const style = getComputedStyle(canvas);
    const series = this.model.series;
    const tMax = Math.max(this.model.elapsedMs, 1);
    const yMax = Math.max(1, ...series.map((s) => s.rate)) * 1.1;
    const pad = { left: 4, right: 4, top: 14, bottom: 4 };
    const x = (t) => pad.left + (t / tMax) * (width - pad.left - pad.right);
    const y = (r) => height - pad.bottom - (r / yMax) * (height - pad.top - pad.bottom);
    g.strokeStyle = style.getPropertyValue("--border").trim() || "#ddd";
    g.lineWidth = 1;
    g.beginPath();
    g.moveTo(pad.left, y(0) + 0.5);
    g.lineTo(width - pad.right, y(0) + 0.5);
    g.stroke();
    g.fillStyle = style.getPropertyValue("--text-muted").trim() || "#666";
    g.font = "10px system-ui, sans-serif";
    g.textAlign = "left";
    g.fillText(`${compact(yMax / 1.1)}/s`, pad.left, 10);
    g.textAlign = "right";
    g.fillText(fmtMs(tMax), width - pad.right, 10);
    if (series.length < 1) return;
    const accent = style.getPropertyValue("--accent").trim() || "#0d9488";
    g.beginPath();
    g.moveTo(x(0), y(0));
    let lastT = 0;
    for (const s of series) {
      // A step per interval: the rate held over the whole of it.
      g.lineTo(x(lastT), y(s.rate));
      g.lineTo(x(s.t), y(s.rate));
      lastT = s.t;
    }
    g.strokeStyle = accent;
    g.lineWidth = 1.5;
    g.stroke();
    g.lineTo(x(lastT), y(0));
    g.closePath();
    g.globalAlpha = 0.15;
    g.fillStyle = accent;
    g.fill();
    g.globalAlpha = 1;
  }

  drawProfile() {
    const rows = this.model.profile().slice(0, 8);
    const total = rows.reduce((a, r) => a + r.ms, 0);
    if (!total) {
      this.profileBox.innerHTML = `<span class="muted">Time per function appears once the program runs for a few milliseconds.</span>`;
      return;
    }
    this.profileBox.innerHTML = rows
      .map((r) => {
        const pct = (100 * r.ms) / total;
        return (
          `<div class="q-bar" title="${escapeHtml(r.label)}: ${fmtMs(r.ms)}">` +
          `<span class="label">${escapeHtml(r.label)}</span>` +
          `<span class="track"><span class="fill" style="width:${pct.toFixed(1)}%"></span></span>` +
          `<span class="value">${pct.toFixed(0)}%</span></div>`
        );
      })
      .join("");
  }

  drawTotals() {
    const m = this.model;
    if (!m.done) {
      this.totals.textContent = "";
      return;
    }
    const share = m.specializedShare();
    const parts = [
      `<b>${fmtMs(m.elapsedMs)}</b> in the interpreter`,
      `${m.totalExecutions().toLocaleString("en-US")} adaptive instructions run`,
      share == null ? "" : `<b>${percent(share)}</b> of them specialized`,
      `${m.specializedCount()} instructions specialized now`,
    ].filter(Boolean);
    let html = `<div>${parts.join(" · ")}</div>`;
    const same = (run) => (run?.source === this.source ? run : null);
    const on = same(this.last.true);
    const off = same(this.last.false);
    if (on && off) {
      const ratio = off.ms / on.ms;
      html += `<div class="q-compare">Quickening on <b>${fmtMs(on.ms)}</b> · off <b>${fmtMs(off.ms)}</b> (last runs): ${ratio >= 1 ? `${ratio.toFixed(2)}× faster with quickening` : `${(1 / ratio).toFixed(2)}× slower with quickening`}</div>`;
    } else {
      html += `<div class="muted">Run this program again with quickening ${m.quicken ? "off" : "on"} to compare the times.</div>`;
    }
    this.totals.innerHTML = html;
  }
}
