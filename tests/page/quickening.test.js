// The quickening view: a live instruction table, the timeline of
// specialization events, the heat map in the editor, timings, the legend,
// quickening off, and a program too large to draw in full. Real programs
// run in the real wasm build; screenshots of each view go to test-results/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { startServer, launch, openPage, setCode, waitIdle, shot, SHOTS } from "./harness.js";

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

const tableText = () => page.locator("#q-table").innerText();
const running = () => page.evaluate(() => document.body.dataset.state === "running");

/** The drawn rows of the instruction table: [{offset, line, op, state}]. */
const rows = () =>
  page.$$eval("#q-table .q-row", (els) =>
    els.map((e) => ({
      offset: Number(e.dataset.offset),
      line: Number(e.dataset.line),
      op: e.querySelector(".op").firstChild.textContent.trim(),
      state: e.querySelector(".state").textContent,
      selected: e.classList.contains("selected"),
    })),
  );

async function setQuicken(on) {
  const box = page.locator("#quicken");
  if ((await box.isChecked()) !== on) await box.click();
}

test("the instruction table is live while a loop runs, and ends specialized on the right line", async () => {
  await setQuicken(true);
  await setCode(
    page,
    `import time

def work(n):
    total = 0
    for i in range(n):
        total = total + i
    return total

start = time.perf_counter()
rounds = 0
while time.perf_counter() - start < 2.0:
    work(20_000)
    rounds += 1
print("done", rounds > 0)
`,
  );
  await page.locator("#run").click();
  // Wait until the table shows counters, then read it twice during the run.
  await page.waitForFunction(() =>
    /\d{3,}/.test(document.querySelector("#q-table")?.innerText ?? ""),
  );
  const first = await tableText();
  await page.waitForTimeout(600);
  const second = await tableText();
  assert.ok(await running(), "both readings were taken while the program ran");
  assert.notEqual(first, second, "the table changed during the run");
  await shot(page, "quickening-01-table-live");
  await waitIdle(page);
  await page.locator("#q-code").selectOption({ label: "work (line 3)" });
  const add = (await rows()).find((r) => r.op === "BINARY_OP_ADD_INT");
  assert.ok(add, `BINARY_OP_ADD_INT in ${JSON.stringify(await rows())}`);
  assert.equal(add.line, 6, "the addition is on line 6");
  assert.equal(add.state, "specialized");
  // The details of an instruction explain it in words.
  await page.locator(`#q-table .q-row[data-offset="${add.offset}"]`).click();
  const details = await page.locator("#q-details").innerText();
  assert.match(details, /BINARY_OP_ADD_INT/);
  assert.match(details, /specialized BINARY_OP → BINARY_OP_ADD_INT/);
  assert.match(await page.locator("#q-notice").innerText(), /instructions? specialized/);
  await shot(page, "quickening-02-table-done");
});

test("a call site that changes from ints to floats: miss, re-specialization, a marked line", async () => {
  await setCode(
    page,
    `def add(a, b):
    return a + b

for i in range(20_000):
    add(i, 1)
for i in range(20_000):
    add(i + 0.5, 1.0)
print("ok")
`,
  );
  await page.locator("#run").click();
  await waitIdle(page);
  // The timeline, narrowed to the BINARY_OP family, tells the story in order.
  await page.locator("#q-family").selectOption("BINARY_OP");
  const events = await page.$$eval("#q-timeline .q-event", (els) =>
    els.map((e) => ({ kind: e.dataset.kind, line: Number(e.dataset.line), text: e.innerText })),
  );
  const at = (pred) => events.findIndex(pred);
  const toInt = at((e) => e.kind === "specialize" && e.text.includes("BINARY_OP_ADD_INT"));
  const missed = at((e, i) => i > toInt && (e.kind === "miss" || e.kind === "deopt"));
  const toFloat = at(
    (e, i) => i > missed && e.kind === "specialize" && e.text.includes("BINARY_OP_ADD_FLOAT"),
  );
  assert.ok(toInt >= 0 && missed > toInt && toFloat > missed, JSON.stringify(events, null, 1));
  assert.equal(events[missed].line, 2, "the miss is on the line of a + b");
  await shot(page, "quickening-03-timeline");
  // The heat map: line 2 tinted as specialized and marked for the miss.
  const marked = page.locator(".cm-line.cm-heat-miss");
  assert.ok((await marked.count()) >= 1, "a line is marked");
  assert.match(await marked.first().innerText(), /return a \+ b/);
  const share = Number(await marked.first().getAttribute("data-share"));
  assert.ok(share > 0.9, `line 2 ran ${share} specialized`);
  // Clicking the line selects its instructions in the table.
  await marked.first().click();
  const selected = (await rows()).filter((r) => r.selected);
  assert.ok(selected.length >= 1 && selected.every((r) => r.line === 2), JSON.stringify(selected));
  assert.ok(selected.some((r) => r.op === "BINARY_OP_ADD_FLOAT"));
  await shot(page, "quickening-04-heat-map");
  await page.locator("#q-family").selectOption("");
});

test("quickening off: nothing specializes and the page says so; on and off compare", async () => {
  const program = `def loop(n):
    t = 0
    for i in range(n):
        t = t + i * 2
    return t

print(loop(300_000))
`;
  await setCode(page, program);
  await setQuicken(false);
  await page.locator("#run").click();
  await waitIdle(page);
  assert.match(
    await page.locator("#q-notice").innerText(),
    /Quickening was off: no instruction was specialized/,
  );
  await page.locator("#q-code").selectOption({ label: "loop (line 1)" });
  const off = await rows();
  assert.ok(
    off.some((r) => r.op === "BINARY_OP"),
    "the table shows the generic form",
  );
  assert.ok(
    off.filter((r) => r.state).every((r) => r.state === "generic"),
    `every adaptive instruction is generic: ${JSON.stringify(off)}`,
  );
  assert.equal(await page.locator("#q-table .q-row.is-specialized").count(), 0);
  assert.equal(await page.evaluate(() => window.brisk.insights.model.specializedCount()), 0);
  await shot(page, "quickening-05-off");
  await setQuicken(true);
  await page.locator("#run").click();
  await waitIdle(page);
  assert.ok((await page.locator("#q-table .q-row.is-specialized").count()) > 0);
  const totals = await page.locator("#q-totals").innerText();
  assert.match(totals, /Quickening on .* off .*×/s);
  assert.match(totals, /% of them specialized/);
  const bars = await page.locator("#q-profile .q-bar .label").allInnerTexts();
  assert.ok(bars.includes("loop"), `time per function: ${bars}`);
  await page
    .locator("#q-timings-view")
    .screenshot({ path: path.join(SHOTS, "quickening-06-timings.png") });
});

test("the legend lists every instruction from the interpreter's table", async () => {
  await page.locator("#q-legend-open").click();
  const dialog = page.locator("#q-legend");
  await dialog.waitFor();
  const expected = await page.evaluate(() => window.brisk.runner.opcodes.length);
  assert.ok(expected > 100);
  assert.equal(await dialog.locator("dt").count(), expected);
  const add = dialog.locator('dt[data-op="BINARY_OP_ADD_INT"]');
  assert.equal(await add.count(), 1);
  assert.ok((await add.evaluate((e) => e.nextElementSibling.textContent)).length > 3);
  await page.locator("#q-op-search").fill("COMPARE_OP");
  assert.ok((await dialog.locator("dt").count()) < expected);
  await shot(page, "quickening-07-legend");
  await page.locator("#q-op-search").fill("");
  await dialog.getByRole("button", { name: "Close" }).click();
  assert.ok(await dialog.isHidden());
});

test("a large program (30,000 instructions, 10,000+ events) stays responsive", async () => {
  // Twelve functions of 450 lines, run one after another with a pause, so
  // their events arrive over many snapshot deltas.
  const lines = ["import time", ""];
  for (let f = 0; f < 12; f++) {
    lines.push(`def f${f}(v):`, "    for _ in range(3):");
    for (let i = 0; i < 450; i++)
      lines.push(`        v = v + ${i % 7} if v < ${1000 + i} else v - 1`);
    lines.push("    return v", "");
  }
  lines.push(
    `for f in (${Array.from({ length: 12 }, (_, f) => `f${f}`).join(", ")}):`,
    "    f(0)",
    "    time.sleep(0.06)",
    "    for _ in range(5000):",
    "        pass",
    'print("done")',
  );
  await page.evaluate((code) => window.brisk.editor.setCode(code), lines.join("\n") + "\n");
  await page.locator("#run").click();
  await waitIdle(page, 60_000);
  const model = await page.evaluate(() => {
    const m = window.brisk.insights.model;
    return {
      instructions: m.codes.reduce((n, c) => n + c.instructions.length, 0),
      total: m.eventsTotal,
      kept: m.events.length,
    };
  });
  assert.ok(model.instructions > 30_000, JSON.stringify(model));
  assert.ok(model.total >= 10_000, JSON.stringify(model));
  assert.ok(model.kept > 4096 && model.kept <= 20_000, JSON.stringify(model));
  await page.locator("#q-code").selectOption({ label: "f0 (line 3)" });
  // Only what is in view is drawn.
  const drawn = await page.locator("#q-table .q-row").count();
  assert.ok(drawn > 5 && drawn < 120, `${drawn} rows in the DOM`);
  assert.ok((await page.locator("#q-timeline .q-event").count()) < 120);
  assert.match(await page.locator("#q-event-count").innerText(), /\d{2},\d{3} events/);
  // Scrolling to the end draws the last instructions.
  const started = Date.now();
  await page.locator("#q-table").evaluate((e) => (e.scrollTop = e.scrollHeight));
  await page.waitForFunction(() =>
    [...document.querySelectorAll("#q-table .q-row")].some((r) =>
      r.innerText.includes("RETURN_VALUE"),
    ),
  );
  assert.ok(Date.now() - started < 2000, "scrolling answered at once");
  await shot(page, "quickening-08-large");
  assert.deepEqual(page.errors, []);
});
