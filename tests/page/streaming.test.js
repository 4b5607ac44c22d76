// Output streams while the program runs, and a flood of output neither
// freezes the page nor slows the run more than 2x against printing nowhere.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startServer,
  launch,
  openPage,
  setCode,
  consoleLines,
  waitIdle,
  shot,
  budget,
} from "./harness.js";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

test("lines printed with pauses between them appear one by one, before the end", async () => {
  const page = await openPage(browser, server.url);
  // Busy work between the prints (hundreds of milliseconds each).
  await setCode(
    page,
    [
      "def work():",
      "    n = 0",
      "    while n < 3_000_000:",
      "        n += 1",
      "for i in range(4):",
      '    print("tick", i)',
      "    work()",
      'print("end")',
    ].join("\n"),
  );
  await page.evaluate(() => {
    const seen = (window.__seen = {});
    new MutationObserver(() => {
      for (const l of document.querySelectorAll("#console .console-line")) {
        seen[l.textContent] ??= performance.now();
      }
    }).observe(document.querySelector("#console"), { childList: true, subtree: true });
  });
  await page.locator("#run").click();
  await page.locator("#console .console-line", { hasText: "tick 0" }).waitFor();
  // The first line is there while the program still runs.
  assert.equal(await page.evaluate(() => document.body.dataset.state), "running");
  assert.ok(!(await consoleLines(page)).includes("end"));
  await shot(page, "streaming-01-first-line");
  await waitIdle(page, 60_000);
  const seen = await page.evaluate(() => window.__seen);
  const gaps = [1, 2, 3].map((i) => seen[`tick ${i}`] - seen[`tick ${i - 1}`]);
  console.log(`gaps between streamed lines (ms): ${gaps.map((g) => g.toFixed(0)).join(", ")}`);
  assert.ok(seen.end - seen["tick 0"] > 150, "the lines arrived spread over the run");
  for (const g of gaps) assert.ok(g > 30, `each line came on its own (${g} ms apart)`);
  await page.context().close();
});

test("a loop that prints and sleeps shows each line when it is printed", async () => {
  const page = await openPage(browser, server.url);
  await setCode(
    page,
    [
      "import time",
      "start = time.perf_counter()",
      "for i in range(3):",
      '    print("second", i)',
      "    time.sleep(0.5)",
      'print("slept", round(time.perf_counter() - start, 1))',
    ].join("\n"),
  );
  await page.evaluate(() => {
    const seen = (window.__seen = {});
    new MutationObserver(() => {
      for (const l of document.querySelectorAll("#console .console-line")) {
        seen[l.textContent] ??= performance.now();
      }
    }).observe(document.querySelector("#console"), { childList: true, subtree: true });
  });
  await page.locator("#run").click();
  await waitIdle(page);
  const seen = await page.evaluate(() => window.__seen);
  const gaps = [1, 2].map((i) => seen[`second ${i}`] - seen[`second ${i - 1}`]);
  console.log(`sleep(0.5) loop: lines ${gaps.map((g) => g.toFixed(0)).join(", ")} ms apart`);
  for (const g of gaps) assert.ok(g > 400 && g < 1000, `lines ${g} ms apart`);
  assert.equal((await consoleLines(page)).at(-1), "slept 1.5");
  await shot(page, "streaming-03-sleep-loop");
  await page.context().close();
});

/** Runs the program and returns its wall time as shown in the run's stats. */
async function timedRun(page, code) {
  await setCode(page, code);
  await page.locator("#run").click();
  await waitIdle(page, 120_000);
  const title = await page.locator("#run-stats").getAttribute("title");
  return Number(/Wall time ([\d.]+) ms/.exec(title)[1]);
}

test("100,000 printed lines: the page stays responsive and the run is < 2x printing nowhere", async () => {
  const page = await openPage(browser, server.url);
  const loop = "for i in range(100_000):\n    print(i, 'a line of output')";
  const quiet = [
    "class Nowhere:",
    "    def write(self, text):",
    "        pass",
    "nowhere = Nowhere()",
    "for i in range(100_000):",
    "    print(i, 'a line of output', file=nowhere)",
  ].join("\n");
  const nowhere = Math.min(await timedRun(page, quiet), await timedRun(page, quiet));

  // Watch the page's frames during the loud run: long gaps are a frozen page.
  await page.evaluate(() => {
    const f = (window.__frames = { max: 0, last: 0, on: true });
    const loop = (t) => {
      if (f.last) f.max = Math.max(f.max, t - f.last);
      f.last = t;
      if (f.on) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  const loud = await timedRun(page, loop);
  const maxFrame = await page.evaluate(() => {
    window.__frames.on = false;
    return window.__frames.max;
  });
  const lines = await consoleLines(page);
  assert.equal(lines.at(-1), "99999 a line of output");
  await shot(page, "streaming-02-100k-lines");

  // The whole output is kept and scrolls back to the first line.
  await page.locator("#console").focus();
  await page.keyboard.press("Control+Home");
  await page.locator("#console .console-line", { hasText: /^0 a line of output$/ }).waitFor();

  const ratio = loud / nowhere;
  console.log(
    `100,000 lines: ${loud.toFixed(0)} ms printed, ${nowhere.toFixed(0)} ms printing nowhere (x${ratio.toFixed(2)}); longest frame ${maxFrame.toFixed(0)} ms`,
  );
  const ok = budget("100,000 printed lines vs printing nowhere", Number(ratio.toFixed(2)), "x", 2);
  assert.ok(maxFrame < 250, `a frame took ${maxFrame} ms`);
  await page.context().close();
  assert.ok(ok);
});
