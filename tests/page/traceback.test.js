// Uncaught exceptions show a traceback whose "line N" parts are links that
// move the editor's cursor to that line and mark it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPage, setCode, consoleLines, waitIdle, shot } from "./harness.js";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

test("traceback line links move the cursor and mark the line", async () => {
  const page = await openPage(browser, server.url);
  await setCode(
    page,
    [
      "def inverse(x):",
      "    return 1 / x",
      "",
      'print("before")',
      "inverse(0)",
      'print("after")',
    ].join("\n"),
  );
  await page.locator("#run").click();
  await waitIdle(page);
  const lines = await consoleLines(page);
  assert.equal(lines[0], "before");
  assert.equal(lines.at(-1), "ZeroDivisionError: division by zero");
  assert.ok(!lines.includes("after"));
  assert.equal(await page.locator("#status-text").innerText(), "Error");
  // The failing line is marked as soon as the run ends.
  assert.equal(await page.locator(".cm-marked-line").innerText(), "    return 1 / x");

  const links = page.locator("#console .line-link");
  assert.deepEqual(await links.allInnerTexts(), ["line 5", "line 2"]);
  await shot(page, "traceback-01-error");

  await links.first().click();
  assert.equal(await page.locator("#cursor").innerText(), "Ln 5, Col 1");
  assert.equal(await page.locator(".cm-marked-line").innerText(), "inverse(0)");
  assert.equal(await page.locator(".cm-activeLine").innerText(), "inverse(0)");
  assert.ok(await page.evaluate(() => document.activeElement.closest(".cm-editor") !== null));

  // Keyboard: focus the second link and press Enter.
  await links.nth(1).focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.locator("#cursor").innerText(), "Ln 2, Col 5");
  assert.equal(await page.locator(".cm-marked-line").innerText(), "    return 1 / x");
  await shot(page, "traceback-02-linked");
  await page.context().close();
});

test("a syntax error links its line too", async () => {
  const page = await openPage(browser, server.url);
  await setCode(page, 'print("ok")\nx = (1 +\nprint(x)\n');
  await page.locator("#run").click();
  await waitIdle(page);
  const lines = await consoleLines(page);
  assert.ok(
    lines.some((l) => l.startsWith("SyntaxError")),
    lines.join("\n"),
  );
  const link = page.locator("#console .line-link").first();
  const n = Number((await link.innerText()).replace("line ", ""));
  await link.click();
  assert.match(await page.locator("#cursor").innerText(), new RegExp(`^Ln ${n},`));
  await shot(page, "traceback-03-syntax-error");
  await page.context().close();
});
