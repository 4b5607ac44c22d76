// Stop: an infinite loop ends within 100 ms with a KeyboardInterrupt
// traceback that names the line, and the next Run works at once.
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

/** Clicks Run, lets the loop spin, then stops it with `how`; returns the stop latency. */
async function stopLoop(page, how) {
  await page.locator("#run").click();
  await page.waitForFunction(() => document.body.dataset.state === "running");
  await page.waitForTimeout(400); // well inside the loop
  assert.equal(await page.evaluate(() => document.body.dataset.state), "running");
  await page.evaluate(() => {
    const t = (window.__stop = {});
    const mark = () => (t.asked ??= performance.now());
    document.querySelector("#stop").addEventListener("click", mark, { capture: true, once: true });
    document.addEventListener("keydown", mark, { capture: true, once: true });
    new MutationObserver((_, obs) => {
      if (document.body.dataset.state !== "running") {
        t.ended = performance.now();
        obs.disconnect();
      }
    }).observe(document.body, { attributes: true, attributeFilter: ["data-state"] });
  });
  await how();
  await waitIdle(page);
  return page.evaluate(() => window.__stop.ended - window.__stop.asked);
}

test("Stop ends `while True: pass` within 100 ms, and the next run works", async () => {
  const page = await openPage(browser, server.url);
  await setCode(page, 'print("spinning")\nwhile True:\n    pass\n');
  const latency = await stopLoop(page, () => page.locator("#stop").click());
  const lines = await consoleLines(page);
  assert.equal(lines[0], "spinning");
  assert.equal(lines.at(-1), "KeyboardInterrupt");
  assert.ok(
    lines.some((l) => /File "main\.py", line [23], in <module>/.test(l)),
    `the traceback names the loop's line:\n${lines.join("\n")}`,
  );
  assert.equal(await page.locator("#status-text").innerText(), "Stopped");
  await shot(page, "stop-01-interrupted");

  await setCode(page, 'print("second run")');
  await page.locator("#run").click();
  await page
    .locator("#console .console-line", { hasText: "second run" })
    .waitFor({ timeout: 2000 });
  await waitIdle(page);
  assert.deepEqual(await consoleLines(page), ["second run"]);
  const ok = budget("Stop to end of run (shared-memory interrupt)", Math.round(latency), "ms", 100);
  await page.context().close();
  assert.ok(ok, `stopped after ${latency} ms`);
});

test("Esc stops a running program too", async () => {
  const page = await openPage(browser, server.url);
  await setCode(page, "n = 0\nwhile True:\n    n += 1\n");
  const latency = await stopLoop(page, () => page.keyboard.press("Escape"));
  assert.equal((await consoleLines(page)).at(-1), "KeyboardInterrupt");
  assert.ok(latency < 100, `stopped after ${latency} ms`);
  await shot(page, "stop-02-escape");
  await page.context().close();
});

test("Stop ends a long time.sleep() at once", async () => {
  const page = await openPage(browser, server.url);
  await setCode(page, 'import time\nprint("napping")\ntime.sleep(60)\nprint("never")\n');
  const latency = await stopLoop(page, () => page.locator("#stop").click());
  const lines = await consoleLines(page);
  assert.equal(lines[0], "napping");
  assert.equal(lines.at(-1), "KeyboardInterrupt");
  assert.ok(
    lines.some((l) => l.includes('File "main.py", line 3')),
    lines.join("\n"),
  );
  assert.ok(latency < 100, `stopped after ${latency} ms`);
  await shot(page, "stop-03-sleep");
  await page.context().close();
});

test("Stop while input() waits ends the program with KeyboardInterrupt", async () => {
  const page = await openPage(browser, server.url);
  await setCode(page, 'name = input("Name? ")\nprint("never")\n');
  await page.locator("#run").click();
  await page.locator("#console-input-field").waitFor();
  await page.locator("#stop").click();
  await waitIdle(page);
  const lines = await consoleLines(page);
  assert.equal(lines.at(-1), "KeyboardInterrupt");
  assert.ok(!lines.includes("never"));
  assert.ok(await page.locator("#console-input-field").isHidden());
  await shot(page, "stop-04-during-input");
  await page.context().close();
});
