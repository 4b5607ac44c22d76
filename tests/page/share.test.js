// Share links round-trip programs exactly (Unicode, 50 KB and more), and
// the last edited code survives a reload.
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
  ready,
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

const editorCode = (page) => page.evaluate(() => window.brisk.editor.getCode());

test("Share puts the code into a link that restores it exactly, Unicode included", async () => {
  const page = await openPage(browser, server.url);
  const code = [
    "# Ünïcödé: 日本語, Ελληνικά, עברית, emoji 🐍🚀, combining e\u0301, astral 𝔘𝔫𝔦",
    'greeting = "Grüß dich, 世界 👋"',
    "print(greeting, len(greeting))",
    "\ttabs\tand  trailing spaces   ",
    "",
  ].join("\n");
  await setCode(page, code);
  await page.locator("#share").click();
  await page.locator("#toast", { hasText: "Link copied" }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, page.url());
  assert.match(link, /#code=[A-Za-z0-9_-]+$/);
  await shot(page, "share-01-copied");

  // Another visitor, with nothing stored, opens the link.
  const other = await browser.newContext();
  const visitor = await other.newPage();
  await visitor.goto(link);
  await ready(visitor);
  assert.equal(await editorCode(visitor), code);
  await setCode(visitor, code.split("\n").slice(1, 3).join("\n"));
  await visitor.locator("#run").click();
  await waitIdle(visitor);
  assert.deepEqual(await consoleLines(visitor), ["Grüß dich, 世界 👋 15"]);
  // Editing drops the stale fragment, so a reload keeps the edit.
  assert.equal(new URL(visitor.url()).hash, "");
  await other.close();
  await page.context().close();
});

test("a 60 KB program survives the link", async () => {
  const page = await openPage(browser, server.url);
  const lines = [];
  for (let i = 0; lines.join("\n").length < 60_000; i++) {
    lines.push(
      `value_${i} = ${(i * 7919) % 100003}  # ${"αβγ"[i % 3]} line ${i} ${"🐍".repeat(i % 4)}`,
    );
  }
  lines.push(
    'print("total", ' +
      lines
        .map((_, i) => `value_${i}`)
        .slice(0, 50)
        .join(" + ") +
      ")",
  );
  const code = lines.join("\n");
  assert.ok(new TextEncoder().encode(code).length > 60_000);
  // Pasted in one go, as a user would paste a long program.
  await setCode(page, code);
  await page.locator("#share").click();
  await page.locator("#toast", { hasText: "Link copied" }).waitFor();
  const link = page.url();
  const other = await browser.newContext();
  const visitor = await other.newPage();
  await visitor.goto(link);
  await ready(visitor);
  assert.equal(await editorCode(visitor), code);
  await visitor.locator("#run").click();
  await waitIdle(visitor);
  const expected = Array.from({ length: 50 }, (_, i) => (i * 7919) % 100003).reduce(
    (a, b) => a + b,
  );
  assert.deepEqual(await consoleLines(visitor), [`total ${expected}`]);
  console.log(`share link for ${code.length} characters: ${link.length} characters`);
  await shot(visitor, "share-02-60kb");
  await other.close();
  await page.context().close();
});

test("the last edited code is restored after a reload", async () => {
  const page = await openPage(browser, server.url);
  await setCode(page, "");
  await page.keyboard.type('print("kept across reloads ✓")');
  await page.waitForTimeout(500); // the draft is saved 300 ms after the last keystroke
  await page.reload();
  await ready(page);
  await page.locator(".cm-content", { hasText: 'print("kept across reloads ✓")' }).waitFor();
  await page.locator("#run").click();
  // A run asked for while the reloaded page's worker still starts is queued,
  // and the page is not "running" until it starts: wait for its output.
  await page.locator("#console .console-line", { hasText: "kept across reloads" }).waitFor();
  await waitIdle(page);
  assert.deepEqual(await consoleLines(page), ["kept across reloads ✓"]);
  await shot(page, "share-03-reloaded");
  await page.context().close();
});

test("a first visit shows the welcome program; a damaged link says so", async () => {
  const page = await openPage(browser, server.url);
  await page.locator(".cm-content", { hasText: "Welcome" }).waitFor();
  await page.goto(server.url + "#code=AAAA-damaged");
  await ready(page);
  await page.locator("#toast", { hasText: "damaged" }).waitFor();
  await shot(page, "share-04-damaged-link");
  await page.context().close();
});
