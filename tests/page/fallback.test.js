// Without cross-origin isolation (a static host that does not send the
// COOP/COEP headers) there is no shared memory: the page says so, and Stop
// terminates and recreates the worker, still within 100 ms.
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
  server = await startServer({ isolated: false });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

test("not isolated: the page says so, Stop restarts the interpreter, the next run works", async () => {
  const page = await openPage(browser, server.url);
  assert.equal(await page.evaluate(() => crossOriginIsolated), false);
  await page.locator("#notice", { hasText: "not cross-origin isolated" }).waitFor();

  await setCode(page, "while True:\n    pass\n");
  await page.locator("#run").click();
  await page.waitForFunction(() => document.body.dataset.state === "running");
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const t = (window.__stop = {});
    document
      .querySelector("#stop")
      .addEventListener("click", () => (t.asked = performance.now()), { capture: true });
    new MutationObserver((_, obs) => {
      if (document.body.dataset.state !== "running") {
        t.ended = performance.now();
        obs.disconnect();
      }
    }).observe(document.body, { attributes: true, attributeFilter: ["data-state"] });
  });
  await page.locator("#stop").click();
  await waitIdle(page);
  const latency = await page.evaluate(() => window.__stop.ended - window.__stop.asked);
  const lines = await consoleLines(page);
  assert.ok(lines.includes("KeyboardInterrupt"), lines.join("\n"));
  assert.ok(
    lines.some((l) =>
      l.includes("restarting the interpreter: this page is not cross-origin isolated"),
    ),
    lines.join("\n"),
  );
  await shot(page, "fallback-01-stopped");

  await setCode(page, 'print("after the restart")');
  await page.locator("#run").click();
  await page.locator("#console .console-line", { hasText: "after the restart" }).waitFor();
  await waitIdle(page);
  const ok = budget(
    "Stop to end of run (worker restart, not isolated)",
    Math.round(latency),
    "ms",
    100,
  );
  await page.context().close();
  assert.ok(ok);
});

test("not isolated: input() reads end of file and says why", async () => {
  const page = await openPage(browser, server.url);
  await setCode(page, 'try:\n    input("? ")\nexcept EOFError:\n    print("got EOF")\n');
  await page.locator("#run").click();
  await waitIdle(page);
  const lines = await consoleLines(page);
  assert.ok(
    lines.some((l) => l.includes("input() needs a cross-origin isolated page")),
    lines.join("\n"),
  );
  assert.equal(lines.at(-1), "got EOF");
  await shot(page, "fallback-02-input-eof");
  await page.context().close();
});
