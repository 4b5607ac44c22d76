// A virtualised list: only the rows in view (plus a margin) are in the DOM,
// so a table of 10,000 instructions or events scrolls as fast as one of 10.
// Rows have a fixed height; `draw` is cheap to call at every update.

const MARGIN_ROWS = 8;

export function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
  );
}

export class VirtualList {
  /**
   * `scroller`: the element that scrolls; `rowHeight` in px;
   * `renderRow(i)` returns one row's HTML (an element with class "vrow").
   */
  constructor(scroller, rowHeight, renderRow) {
    this.scroller = scroller;
    this.rowHeight = rowHeight;
    this.renderRow = renderRow;
    this.count = 0;
    this.spacer = document.createElement("div");
    this.spacer.className = "vspacer";
    this.layer = document.createElement("div");
    this.layer.className = "vlayer";
    this.spacer.append(this.layer);
    scroller.append(this.spacer);
    scroller.addEventListener("scroll", () => this.draw(), { passive: true });
  }

  /** True when the view shows the last row (a live list then follows new rows). */
  atEnd() {
    const s = this.scroller;
    return s.scrollTop + s.clientHeight >= s.scrollHeight - this.rowHeight * 1.5;
  }

  setCount(count, { follow = false } = {}) {
    this.count = count;
    this.spacer.style.height = `${count * this.rowHeight}px`;
    if (follow) this.scroller.scrollTop = this.scroller.scrollHeight;
    this.draw();
  }

  scrollToRow(i) {
    const top = i * this.rowHeight;
    const s = this.scroller;
    if (top < s.scrollTop || top + this.rowHeight > s.scrollTop + s.clientHeight) {
      s.scrollTop = Math.max(0, top - s.clientHeight / 3);
    }
    this.draw();
  }

  draw() {
    const s = this.scroller;
    const first = Math.max(0, Math.floor(s.scrollTop / this.rowHeight) - MARGIN_ROWS);
    const visible = Math.ceil((s.clientHeight || 400) / this.rowHeight) + 2 * MARGIN_ROWS;
    const last = Math.min(this.count, first + visible);
    let html = "";
    for (let i = first; i < last; i++) html += this.renderRow(i);
    this.layer.style.transform = `translateY(${first * this.rowHeight}px)`;
    this.layer.innerHTML = html;
  }
}
