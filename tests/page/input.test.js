// input(): the prompt shows in the console with a field after it; the
// program continues with what the user typed, as often as it asks.
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

test("input() twice in one run", async () => {
  const page = await openPage(browser, server.url);
  await setCode(
    page,
    [
      'print("Two questions.")',
      'name = input("Your name: ")',
      'age = input("Your age: ")',
      'print(f"Hello {name}! Next year you will be {int(age) + 1}.")',
    ].join("\n"),
  );
  await page.locator("#run").click();
  const field = page.locator("#console-input-field");
  await field.waitFor();
  assert.equal(await page.locator(".console-input .prompt").innerText(), "Your name: ");
  await shot(page, "input-01-prompt");
  assert.ok(await field.evaluate((f) => f === document.activeElement), "the field has focus");
  await page.keyboard.type("Ada ❤ Lovelace");
  await page.keyboard.press("Enter");
  await page.locator(".console-input .prompt", { hasText: "Your age:" }).waitFor();
  await page.keyboard.type("36");
  await page.keyboard.press("Enter");
  await waitIdle(page);
  assert.deepEqual(await consoleLines(page), [
    "Two questions.",
    "Your name: Ada ❤ Lovelace",
    "Your age: 36",
    "Hello Ada ❤ Lovelace! Next year you will be 37.",
  ]);
  assert.ok(await field.isHidden());
  await shot(page, "input-02-answered");
  await page.context().close();
});

test("a prompt printed with print(end='') stays on the input's line; Ctrl+D is end of input", async () => {
  const page = await openPage(browser, server.url);
  await setCode(
    page,
    [
      'print("Say something", end=": ")',
      "first = input()",
      "try:",
      '    input("more? ")',
      "except EOFError:",
      '    print("EOF after", repr(first))',
    ].join("\n"),
  );
  await page.locator("#run").click();
  await page.locator("#console-input-field").waitFor();
  assert.equal(await page.locator(".console-input .prompt").innerText(), "Say something: ");
  await page.keyboard.type("hi");
  await page.keyboard.press("Enter");
  await page.locator(".console-input .prompt", { hasText: "more?" }).waitFor();
  await page.keyboard.press("Control+d");
  await waitIdle(page);
  assert.deepEqual(await consoleLines(page), ["Say something: hi", "more? ", "EOF after 'hi'"]);
  await shot(page, "input-03-ctrl-d");
  await page.context().close();
});
