// The examples menu: every example loads into the editor from the menu and
// runs on Brisk in the browser, printing exactly what CPython prints.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import {
  ROOT,
  startServer,
  launch,
  openPage,
  consoleLines,
  waitIdle,
  copiedOutput,
  shot,
} from "./harness.js";

const DIR = path.join(ROOT, "www", "examples");
const files = readdirSync(DIR)
  .filter((f) => f.endsWith(".py"))
  .sort();
const title = (file) => /^#\s*([^:\n]+)/.exec(readFileSync(path.join(DIR, file), "utf8"))[1].trim();

let server, browser, page;
before(async () => {
  server = await startServer();
  browser = await launch();
  page = await openPage(browser, server.url);
});
after(async () => {
  await browser?.close();
  server?.stop();
});

async function pick(file) {
  await page.locator("#examples").click();
  await page.locator("#examples-menu .menu-item", { hasText: title(file) }).click();
  await page
    .locator(".cm-content", { hasText: title(file) })
    .first()
    .waitFor();
}

test("the menu lists at least 8 examples, and opens from the keyboard", async () => {
  assert.ok(files.length >= 8, `${files.length} examples`);
  await page.locator("#examples").focus();
  await page.keyboard.press("Enter");
  const items = page.locator("#examples-menu .menu-item");
  assert.equal(await items.count(), files.length);
  assert.ok(await items.first().evaluate((e) => e === document.activeElement));
  await shot(page, "examples-00-menu");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page
    .locator(".cm-content", { hasText: title(files[1]) })
    .first()
    .waitFor();
  assert.ok(await page.locator("#examples-menu").isHidden());
});

for (const file of files.filter((f) => !f.includes("guess"))) {
  test(`example ${file} prints what CPython prints`, async () => {
    const cpython = spawnSync("python3", [path.join(DIR, file)], { encoding: "utf8" });
    await pick(file);
    await page.locator("#run").click();
    // The click starts the run synchronously (the page marks it running at once).
    await waitIdle(page, 60_000);
    const output = await copiedOutput(page);
    const stdout = cpython.stdout.replace(/\n$/, "");
    if (cpython.status === 0) {
      assert.equal(output, stdout);
      assert.equal(await page.locator("#status-text").innerText(), "Finished");
    } else {
      // The traceback example: the same stdout, then the same last line.
      assert.ok(output.startsWith(stdout + "\n"), output);
      assert.equal(output.split("\n").at(-1), cpython.stderr.trim().split("\n").at(-1));
    }
    await shot(page, `examples-${file.replace(/\.py$/, "")}`);
  });
}

test("the guessing game is playable to the end", async () => {
  const file = files.find((f) => f.includes("guess"));
  await pick(file);
  await page.locator("#run").click();
  let low = 1;
  let high = 100;
  let guesses = 0;
  for (;;) {
    await page.locator("#console-input-field").waitFor();
    const guess = Math.floor((low + high) / 2);
    if (guesses === 1) {
      await page.keyboard.type("twelve");
      await page.keyboard.press("Enter");
      await page
        .locator("#console .console-line", { hasText: "'twelve' is not a whole number" })
        .waitFor();
      await page.locator("#console-input-field").waitFor();
    }
    await page.keyboard.type(String(guess));
    await page.keyboard.press("Enter");
    guesses++;
    await page.waitForFunction((n) => {
      const lines = [...document.querySelectorAll("#console .console-line")].map(
        (l) => l.textContent,
      );
      const answers = lines.filter((l) => /^(Higher!|Lower!|Yes, it was)/.test(l));
      return answers.length >= n;
    }, guesses);
    const last = (await consoleLines(page))
      .filter((l) => /^(Higher!|Lower!|Yes, it was)/.test(l))
      .at(-1);
    if (last.startsWith("Yes")) {
      assert.equal(
        last,
        `Yes, it was ${guess}! You needed ${guesses} ${guesses === 1 ? "try" : "tries"}.`,
      );
      break;
    }
    if (last === "Higher!") low = guess + 1;
    else high = guess - 1;
    assert.ok(guesses <= 7, "binary search finds it in 7 guesses");
  }
  await waitIdle(page);
  await shot(page, "examples-09-guess-played");
  // CPython plays the same game given the same answers (the secret differs, so only the shape).
  const cpython = spawnSync("python3", [path.join(DIR, file)], { input: "50\n", encoding: "utf8" });
  assert.match(cpython.stdout, /^I'm thinking of a number between 1 and 100\.\nYour guess: /);
});
