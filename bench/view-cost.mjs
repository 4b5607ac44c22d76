#!/usr/bin/env node
// What the quickening view costs a run: each benchmark program runs in the
// playground page (the production build in dist/, in Debian's chromium)
// with the view open and with it hidden, alternating, and the interpreter's
// own elapsed time of each run is compared (median of --rounds per mode).
// The budget (issue 7) is at most 10% slower with every view open.
// Usage: node bench/view-cost.mjs [--rounds N] [names...]   (after `npm run build`)
import { readFileSync } from "node:fs";
import path from "node:path";
import { startServer, launch, openPage, ROOT } from "../tests/page/harness.js";

const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const names = args.filter((a, i) => !a.startsWith("--") && i !== roundsAt + 1);
const programs = names.length ? names : ["int_loops", "methods", "dicts"];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer();
const browser = await launch();
const page = await openPage(browser, server.url);
await page.evaluate(() => {
  window.brisk.runner.on("done", ({ result }) => (window.__elapsed = result?.elapsed_ms ?? null));
});

async function timedRun(open) {
  await page.evaluate((open) => {
    window.brisk.insights.setOpen(open);
    window.__elapsed = undefined;
  }, open);
  await page.locator("#run").click();
  await page.waitForFunction(() => window.__elapsed !== undefined, null, { timeout: 300_000 });
  return page.evaluate(() => window.__elapsed);
}

const rows = [];
for (const name of programs) {
  const code = readFileSync(path.join(ROOT, "bench", `${name}.py`), "utf8");
  await page.evaluate((code) => window.brisk.editor.setCode(code), code);
  await timedRun(true); // warm-up: the browser's tiers compile the hot wasm functions
  const times = { open: [], closed: [] };
  for (let r = 0; r < rounds; r++) {
    for (const open of r % 2 ? [false, true] : [true, false]) {
      times[open ? "open" : "closed"].push(await timedRun(open));
    }
  }
  const open = median(times.open);
  const closed = median(times.closed);
  rows.push({ name, open, closed, ratio: open / closed });
  console.log(
    `${name.padEnd(12)} views open ${open.toFixed(1).padStart(8)} ms   hidden ${closed.toFixed(1).padStart(8)} ms   ratio ${(open / closed).toFixed(3)}`,
  );
}
const geo = Math.exp(rows.reduce((a, r) => a + Math.log(r.ratio), 0) / rows.length);
console.log(`geomean ratio (open / hidden): ${geo.toFixed(3)} (budget 1.10)`);
await browser.close();
server.stop();
process.exit(0);
