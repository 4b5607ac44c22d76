// What a first visit costs: every response the page loads until the
// interpreter is ready, gzipped as a static host would send it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { startServer, launch, ready, budget, shot } from "./harness.js";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

test("a first visit transfers under 1.5 MB gzipped", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on("response", (r) => responses.push(r));
  await page.goto(server.url);
  await ready(page);
  await page.waitForLoadState("networkidle");
  let total = 0;
  const rows = [];
  for (const r of responses) {
    const body = await r.body().catch(() => Buffer.alloc(0));
    const gz = gzipSync(body, { level: 9 }).length;
    total += gz;
    rows.push(
      `  ${String(gz).padStart(9)} B gz  ${String(body.length).padStart(9)} B  ${new URL(r.url()).pathname}`,
    );
  }
  console.log(`first visit, ${responses.length} responses:\n${rows.join("\n")}`);
  const ok = budget("first visit transfer (gzipped)", (total / 1024 / 1024).toFixed(3), "MB", 1.5);
  assert.ok(
    responses.some((r) => r.url().endsWith(".wasm")),
    "the interpreter was loaded",
  );
  await shot(page, "budget-01-first-visit");
  await context.close();
  assert.ok(ok);
});
