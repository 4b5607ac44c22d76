// The quickening view's data: one run's code objects and instructions, kept
// up to date from the worker's snapshot deltas (see src/introspect/live.rs
// for their shape). The views draw from this model; they never parse
// deltas themselves. Everything is bounded: events, per-instruction
// history and the timing series drop their oldest entries.

export const MAX_EVENTS = 20_000;
const MAX_HISTORY = 40;
const MAX_SERIES = 2_000;
// A miss or deopt marks its line in the heat map for this long (run time).
export const RECENT_MS = 2_000;
// A state change flashes its row for this long (wall time).
export const FLASH_MS = 900;

/** What each state means, in the words the page shows. */
export const STATES = {
  adaptive: "Adaptive: not executed yet; it specializes on its second execution.",
  "warming up": "Warming up: running the generic form while its counter counts down.",
  specialized:
    "Specialized: running a form written for the types it has seen, behind a cheap guard.",
  "backing off":
    "Backing off: no specialized form fits what it sees, so it waits longer (exponential backoff) before trying again.",
  "missed recently": "Missed recently: its guard failed, so it ran the generic path (same result).",
  deoptimized:
    "Deoptimized: it went back to the generic form after too many misses; it will re-specialize.",
};

/** A share in [0, 1] as a percentage that never rounds up to 100% (or down to 0%). */
export function percent(share) {
  const tenths = share >= 0.5 ? Math.floor(share * 1000) : Math.ceil(share * 1000);
  return `${(tenths / 10).toFixed(1)}%`;
}

/** Plain words for an event; `reason` (a failure's) comes from the interpreter. */
export function describeEvent(e) {
  switch (e.kind) {
    case "specialize":
      return `specialized ${e.from} → ${e.to}`;
    case "fail":
      return `could not specialize: ${e.reason ?? "no specialized form fits"}`;
    case "miss":
      return `guard failed in ${e.from}: the operands are not what it was specialized for; the generic path ran`;
    case "deopt":
      return `deoptimized ${e.from} → ${e.to} after repeated misses`;
    default:
      return e.kind;
  }
}

export class QuickeningModel {
  constructor() {
    this.opcodes = new Map(); // name → {name, family, adaptive, specialized, doc}
    this.reset(null, true);
  }

  setOpcodes(list) {
    this.opcodes = new Map(list.map((o) => [o.name, o]));
  }

  /** Events of the program that were logged but are not kept (dropped by a bound). */
  eventsNotKept() {
    return Math.max(0, this.eventsTotal - this.eventsOutside - this.events.length);
  }

  isAdaptive(opname) {
    return this.opcodes.get(opname)?.adaptive ?? false;
  }

  isSpecialized(opname) {
    return this.opcodes.get(opname)?.specialized ?? false;
  }

  /** A new run: `dis` is Session.disassemble's document (or null). */
  reset(dis, quicken) {
    this.quicken = quicken;
    this.error = dis?.error ?? null;
    this.codes = (dis?.code_objects ?? []).map((c) => ({
      index: c.index,
      name: c.name,
      qualname: c.qualname,
      firstLine: c.first_line,
      executions: 0,
      timeMs: 0,
      instructions: c.instructions.map((i) => ({
        offset: i.offset,
        line: i.line,
        opname: i.opname,
        family: i.family,
        argrepr: i.argrepr,
        adaptive: this.isAdaptive(i.opname),
        state: this.isAdaptive(i.opname) ? (quicken ? "adaptive" : "generic") : null,
        counter: null,
        executions: 0,
        hits: 0,
        misses: 0,
        flashAt: -Infinity,
        history: [],
      })),
    }));
    this.byCodeId = new Map(); // Code::id → index
    this.events = [];
    this.eventsDropped = 0;
    this.eventsTotal = 0;
    this.eventsOutside = 0; // events of code outside the program (not shown)
    this.families = new Set();
    this.series = []; // [{t, rate}] executions of adaptive instructions per second
    this.elapsedMs = 0;
    this.ticks = 0;
    this.done = false;
    this.otherTimeMs = 0;
    this.lastExecutions = 0;
    this.lastT = 0;
    this.version = 0; // bumped at every change; views redraw when it moves
  }

  instruction(index, offset) {
    return this.codes[index]?.instructions[offset];
  }

  /** Applies one snapshot delta; `now` is the page's clock (for flashes). */
  apply(delta, now = performance.now()) {
    if (delta.code_ids) delta.code_ids.forEach((id, index) => this.byCodeId.set(id, index));
    for (const row of delta.rows ?? []) this.applyRow(row, now);
    for (const c of delta.changes ?? []) {
      const ins = this.instruction(c.index, c.offset);
      if (ins && ins.opname !== c.opname) {
        ins.opname = c.opname;
        ins.flashAt = now;
      }
    }
    for (const e of delta.events ?? []) this.addEvent(e);
    this.eventsTotal = delta.events_total ?? this.eventsTotal;
    for (const [index, ms] of delta.profile ?? []) {
      if (index >= 0 && this.codes[index]) this.codes[index].timeMs += ms;
      else this.otherTimeMs += ms;
    }
    this.addSample(delta.elapsed_ms ?? this.elapsedMs);
    this.ticks = delta.instructions ?? this.ticks;
    this.done = Boolean(delta.done);
    this.version++;
  }

  applyRow(row, now) {
    const code = this.codes[row.index];
    const ins = code?.instructions[row.offset];
    if (!ins) return;
    if (ins.state !== row.state || ins.opname !== row.opname) ins.flashAt = now;
    code.executions += row.executions - ins.executions;
    ins.opname = row.opname;
    // Without quickening the counters do not drive anything: no state, no counter.
    ins.state = this.quicken ? row.state : "generic";
    ins.counter = this.quicken ? row.counter : null;
    ins.executions = row.executions;
    ins.hits = row.hits;
    ins.misses = row.misses;
  }

  addEvent(raw) {
    const index = this.byCodeId.get(raw.code);
    if (index === undefined) {
      this.eventsOutside++; // code outside the program (exec, modules)
      return;
    }
    const ins = this.instruction(index, raw.offset);
    const family = this.opcodes.get(raw.from)?.family ?? raw.from;
    const e = { ...raw, index, family, line: ins?.line ?? null };
    this.families.add(family);
    this.events.push(e);
    if (this.events.length > MAX_EVENTS) {
      const drop = this.events.length - MAX_EVENTS;
      this.events.splice(0, drop);
      this.eventsDropped += drop;
    }
    if (ins) {
      ins.history.push(e);
      if (ins.history.length > MAX_HISTORY) ins.history.shift();
    }
  }

  addSample(t) {
    const executions = this.totalExecutions();
    const dt = t - this.lastT;
    if (dt >= 1) {
      this.series.push({ t, rate: ((executions - this.lastExecutions) * 1000) / dt });
      if (this.series.length > MAX_SERIES) this.series.splice(0, this.series.length - MAX_SERIES);
      this.lastExecutions = executions;
      this.lastT = t;
    }
    this.elapsedMs = t;
  }

  totalExecutions() {
    let n = 0;
    for (const c of this.codes) n += c.executions;
    return n;
  }

  /** Share of adaptive executions that ran specialized, in [0, 1] (null before any). */
  specializedShare() {
    let executions = 0;
    let hits = 0;
    for (const c of this.codes) {
      for (const i of c.instructions) {
        executions += i.executions;
        hits += i.hits;
      }
    }
    return executions ? hits / executions : null;
  }

  specializedCount() {
    let n = 0;
    for (const c of this.codes)
      for (const i of c.instructions) if (this.isSpecialized(i.opname)) n++;
    return n;
  }

  /** The code object with the most executions (the module before anything ran). */
  hottest() {
    let best = this.codes[0] ?? null;
    for (const c of this.codes) if (c.executions > (best?.executions ?? 0)) best = c;
    return best;
  }

  /**
   * Per source line: `{line, executions, hits, share, recentMiss}`, for the
   * heat map. All code objects of the program share one file.
   */
  lines() {
    const byLine = new Map();
    for (const c of this.codes) {
      for (const i of c.instructions) {
        if (!i.adaptive || !i.executions) continue;
        const l = byLine.get(i.line) ?? { line: i.line, executions: 0, hits: 0, recentMiss: false };
        l.executions += i.executions;
        l.hits += i.hits;
        byLine.set(i.line, l);
      }
    }
    const since = this.elapsedMs - RECENT_MS;
    for (let k = this.events.length - 1; k >= 0; k--) {
      const e = this.events[k];
      if (e.time_ms < since) break;
      if ((e.kind === "miss" || e.kind === "deopt") && byLine.has(e.line))
        byLine.get(e.line).recentMiss = true;
    }
    for (const l of byLine.values()) l.share = l.hits / l.executions;
    return [...byLine.values()];
  }

  /** Time per code object, most first: [{code, ms}] plus other code. */
  profile() {
    const rows = this.codes
      .filter((c) => c.timeMs > 0)
      .map((c) => ({ label: c.qualname, ms: c.timeMs }));
    if (this.otherTimeMs > 0) rows.push({ label: "(other code)", ms: this.otherTimeMs });
    return rows.sort((a, b) => b.ms - a.ms);
  }
}
