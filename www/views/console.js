// The output console. It keeps every line in an array and draws only the
// lines in view (plus a margin) into a fixed-height window, so 100,000 lines
// cost one array and a few dozen DOM nodes: appending is O(new text) and a
// frame's drawing work does not grow with the output. Writes are coalesced
// into one draw per animation frame.
//
// Lines do not wrap (every line has the same height, which is what makes
// the window arithmetic exact); long lines scroll horizontally.

// Beyond this many lines the oldest are dropped, a tenth at a time.
const MAX_LINES = 500_000;
// A single line is drawn up to this many characters (the rest is counted).
const MAX_DRAWN_CHARS = 5_000;
// Lines drawn above and below the visible area, so fast scrolling shows text.
const OVERSCAN = 30;
// After this long without drawing, the next change is drawn without waiting
// for a frame; more often than that, changes are drawn once per frame.
const QUIET_MS = 16;

// `  File "main.py", line 12, in f` — the part that becomes a link.
const TRACE_LINE = /^(\s*File "([^"]*)", )line (\d+)(.*)$/;

/** Line kinds: "stdout", "stderr", "echo" (an answered input()), "info" (the page's own notes). */
export class ConsoleView {
  /**
   * @param {HTMLElement} root the scrolling element
   * @param {{onLineLink: (line: number) => void, isProgramFile: (name: string) => boolean}} options
   */
  constructor(root, { onLineLink, isProgramFile }) {
    this.root = root;
    this.onLineLink = onLineLink;
    this.isProgramFile = isProgramFile;
    this.lines = [];
    this.open = false; // the last line has no newline yet
    this.dropped = 0;
    this.follow = true; // keep the newest line in view until the user scrolls up
    this.scheduled = false;
    this.lastDraw = 0;

    this.spacer = el("div", "console-spacer");
    this.window = el("div", "console-window");
    this.spacer.append(this.window);
    this.empty = el("div", "console-empty");
    this.empty.textContent = "Output appears here. Run the program with Ctrl+Enter.";
    this.form = el("form", "console-input");
    this.form.hidden = true;
    this.promptLabel = el("label", "prompt");
    this.promptLabel.htmlFor = "console-input-field";
    this.field = el("input", "field");
    Object.assign(this.field, {
      id: "console-input-field",
      type: "text",
      autocomplete: "off",
      spellcheck: false,
      enterKeyHint: "send",
      placeholder: "type, then Enter",
    });
    this.field.setAttribute("aria-label", "Input for the program");
    this.form.append(this.promptLabel, this.field);
    root.append(this.empty, this.spacer, this.form);

    this.lineHeight = 20;
    this.measure();
    root.addEventListener("scroll", () => {
      const bottom = root.scrollHeight - root.clientHeight - root.scrollTop;
      this.follow = bottom <= this.lineHeight * 1.5;
      this.schedule();
    });
    new ResizeObserver(() => this.schedule()).observe(root);
    // Links are buttons inside redrawn lines: one delegated listener.
    this.window.addEventListener("click", (e) => {
      const link = e.target.closest("[data-line]");
      if (link) this.onLineLink(Number(link.dataset.line));
    });
  }

  measure() {
    const probe = el("div", "console-line");
    probe.textContent = "M";
    this.window.append(probe);
    this.lineHeight = probe.getBoundingClientRect().height || 20;
    probe.remove();
  }

  get lineCount() {
    return this.lines.length;
  }

  /** Appends text of one kind; newlines split it into lines. */
  write(kind, text) {
    if (!text) return;
    const parts = text.split("\n");
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const last = i === parts.length - 1;
      if (last && part === "") break; // text ended with a newline
      const tail = this.lines[this.lines.length - 1];
      if (i === 0 && this.open && tail.k === kind) tail.t += part;
      else this.lines.push({ k: kind, t: part });
      this.open = last;
    }
    if (parts[parts.length - 1] === "") this.open = false;
    if (this.lines.length > MAX_LINES) {
      const cut = Math.floor(MAX_LINES / 10);
      this.lines.splice(0, cut);
      this.dropped += cut;
    }
    this.schedule();
  }

  /** Ends an unterminated line, so the next write starts on a new one. */
  endLine() {
    this.open = false;
  }

  /** Takes back the unterminated last line (it becomes part of an input prompt). */
  takeOpenLine() {
    if (!this.open) return "";
    this.open = false;
    const line = this.lines.pop();
    this.schedule();
    return line.t;
  }

  /** Adds an answered input() line: prompt in the output's style, the answer highlighted. */
  echo(prompt, answer) {
    this.endLine();
    this.lines.push({ k: "echo", t: prompt + answer, p: prompt.length });
    this.schedule();
  }

  /**
   * Shows an input field after the output, labelled with `prompt` (and any
   * unterminated output line before it, as a terminal would show it).
   * `onAnswer(text)` gets the line, or null for end of input (Ctrl+D).
   */
  askInput(prompt, onAnswer) {
    // Brisk writes the prompt to stdout too (as CPython does, so transcripts
    // match); it is then the end of the open line and is not repeated.
    const open = this.takeOpenLine();
    const label = open.endsWith(prompt) ? open : open + prompt;
    this.promptLabel.textContent = label;
    this.field.value = "";
    this.form.hidden = false;
    this.empty.hidden = true;
    const finish = (answer) => {
      this.form.onsubmit = null;
      this.field.onkeydown = null;
      this.form.hidden = true;
      if (answer == null) this.echo(label, "");
      else this.echo(label, answer);
      onAnswer(answer);
    };
    this.form.onsubmit = (e) => {
      e.preventDefault();
      finish(this.field.value);
    };
    this.field.onkeydown = (e) => {
      if (e.key.toLowerCase() === "d" && e.ctrlKey && this.field.value === "") {
        e.preventDefault();
        finish(null);
      }
    };
    this.scrollToEnd();
    this.field.focus({ preventScroll: true });
  }

  /** Removes a pending input field (the run ended or was stopped). */
  cancelInput() {
    if (this.form.hidden) return;
    this.form.onsubmit = null;
    this.field.onkeydown = null;
    this.form.hidden = true;
    this.echo(this.promptLabel.textContent, "");
  }

  get awaitingInput() {
    return !this.form.hidden;
  }

  info(text) {
    this.endLine();
    this.write("info", text.endsWith("\n") ? text : text + "\n");
  }

  clear() {
    this.lines = [];
    this.open = false;
    this.dropped = 0;
    this.follow = true;
    this.root.scrollTop = 0;
    this.schedule();
  }

  /** All the text, for the Copy button. */
  text() {
    return this.lines.map((l) => l.t).join("\n");
  }

  /** Keeps the newest output in view (after a run starts, or an input appears). */
  scrollToEnd() {
    this.follow = true;
    this.schedule();
  }

  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      this.draw();
    };
    // Text after a quiet spell is drawn at once: after idling, a browser can
    // take tens of milliseconds to deliver the next animation frame, and
    // print("hi") should not wait for it. Bursts are drawn once per frame.
    if (performance.now() - this.lastDraw > QUIET_MS) queueMicrotask(run);
    else requestAnimationFrame(run);
  }

  draw() {
    this.lastDraw = performance.now();
    const { root, lineHeight: h } = this;
    const count = this.lines.length + (this.dropped ? 1 : 0);
    this.empty.hidden = count > 0 || !this.form.hidden;
    this.spacer.style.height = `${count * h}px`;
    if (this.follow) root.scrollTop = root.scrollHeight;
    const first = Math.max(0, Math.floor(root.scrollTop / h) - OVERSCAN);
    const last = Math.min(count, Math.ceil((root.scrollTop + root.clientHeight) / h) + OVERSCAN);
    this.window.style.transform = `translateY(${first * h}px)`;
    const nodes = [];
    for (let i = first; i < last; i++) nodes.push(this.drawLine(i));
    this.window.replaceChildren(...nodes);
  }

  drawLine(index) {
    const row = el("div", "console-line");
    if (this.dropped) {
      if (index === 0) {
        row.className += " info";
        row.textContent = `… ${this.dropped.toLocaleString("en-US")} earlier lines not kept`;
        return row;
      }
      index -= 1;
    }
    const line = this.lines[index];
    row.className += " " + line.k;
    let text = line.t;
    let more = "";
    if (text.length > MAX_DRAWN_CHARS) {
      more = ` … (${(text.length - MAX_DRAWN_CHARS).toLocaleString("en-US")} more characters)`;
      text = text.slice(0, MAX_DRAWN_CHARS);
    }
    const trace = line.k === "stderr" ? TRACE_LINE.exec(text) : null;
    if (trace && this.isProgramFile(trace[2])) {
      const link = el("button", "line-link");
      link.type = "button";
      link.dataset.line = trace[3];
      link.textContent = `line ${trace[3]}`;
      link.title = `Show line ${trace[3]} in the editor`;
      row.append(trace[1], link, trace[4]);
    } else if (line.k === "echo") {
      const answer = el("span", "answer");
      answer.textContent = text.slice(line.p);
      row.append(text.slice(0, line.p), answer);
    } else {
      row.textContent = text || "\u200b"; // keep empty lines one line tall
    }
    if (more) row.append(Object.assign(el("span", "more"), { textContent: more }));
    return row;
  }
}

function el(tag, className) {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}
