// Looks and reach: phone width, dark and light schemes following the
// system, keyboard-only use. Screenshots of each for a person to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPage, consoleLines, waitIdle, shot } from "./harness.js";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test("light and dark themes follow the system setting", async () => {
  const light = await openPage(browser, server.url, { colorScheme: "light" });
  const dark = await openPage(browser, server.url, { colorScheme: "dark" });
  for (const page of [light, dark]) {
    await page.locator("#examples").click();
    await page.locator("#examples-menu .menu-item", { hasText: "Traceback" }).click();
    await page.locator("#run").click();
    await waitIdle(page);
  }
  assert.notEqual(await background(light), await background(dark));
  await shot(light, "layout-01-light");
  await shot(dark, "layout-02-dark");
  await light.context().close();
  await dark.context().close();
});

test("readable at phone width: nothing wider than the screen, everything reachable", async () => {
  const page = await openPage(browser, server.url, {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `page is ${width}px wide`);
  for (const id of ["#run", "#stop", "#examples", "#share"]) {
    const box = await page.locator(id).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `${id} is on screen`);
  }
  await shot(page, "layout-03-phone");
  await page.locator("#run").tap();
  await waitIdle(page);
  assert.ok((await consoleLines(page)).includes("Hello, Brisk!"));
  await page.locator("#console").scrollIntoViewIfNeeded();
  await shot(page, "layout-04-phone-output");
  await page.context().close();
});

test("keyboard only: Tab reaches every control in order, Enter activates", async () => {
  const page = await openPage(browser, server.url);
  await page.evaluate(() => document.activeElement?.blur());
  const order = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab");
    order.push(
      await page.evaluate(() => document.activeElement.id || document.activeElement.className),
    );
  }
  for (const id of ["run", "examples", "share"]) assert.ok(order.includes(id), `${id} in ${order}`);
  assert.ok(order.indexOf("run") < order.indexOf("examples"));
  // Into the editor, type, and run with the keyboard alone.
  await page.locator(".cm-content").focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type('print("typed only")');
  await page.keyboard.press("Escape"); // CodeMirror: next Tab leaves the editor
  await page.keyboard.press("Tab");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Control+Enter");
  await waitIdle(page);
  assert.deepEqual(await consoleLines(page), ["typed only"]);
  await page.locator("#run").focus();
  await shot(page, "layout-05-focus-ring");
  await page.context().close();
});
