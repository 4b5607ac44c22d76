// Shared set-up for the end-to-end tests: serves the production build (dist/)
// with `vite preview`, drives Debian's chromium through playwright-core, and
// offers the few actions a user takes (type code, click Run, read the
// console). The tests run real Python through the real wasm build.
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SHOTS = path.join(ROOT, "test-results", "page");
mkdirSync(SHOTS, { recursive: true });

const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const p of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) if (existsSync(p)) return p;
  return execFileSync("sh", ["-c", "command -v chromium"]).toString().trim();
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `vite preview` on dist/; `isolated: false` leaves out the COOP/COEP headers. */
export async function startServer({ isolated = true } = {}) {
  if (!existsSync(path.join(ROOT, "dist", "index.html"))) {
    throw new Error("dist/ is missing: run `npm run build` first (scripts/test-page.sh does)");
  }
  const port = await freePort();
  const child = spawn(
    path.join(ROOT, "node_modules", ".bin", "vite"),
    // --bypass-lock: Vite allows one preview per project, and a test file
    // must not fail because another one (or a crashed run's) is still up.
    ["preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort", "--bypass-lock"],
    {
      cwd: ROOT,
      env: { ...process.env, BRISK_NO_ISOLATION: isolated ? "" : "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  // Never outlive the test process, even when it fails before `after`.
  process.on("exit", () => child.kill());
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode != null || Date.now() > deadline) {
      child.kill();
      throw new Error(`vite preview did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop: () => child.kill() };
}

export async function launch() {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}

/** A fresh context (empty storage) and page; `options` go to browser.newContext. */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    ...options,
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: url });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.errors = errors;
  await page.goto(url);
  await ready(page);
  return page;
}

/** Waits until the editor is there and the interpreter has loaded. */
export async function ready(page) {
  await page.locator(".cm-content").waitFor();
  await page.waitForFunction(
    () => document.querySelector("#status")?.dataset.kind !== "loading",
    null,
    {
      timeout: 20_000,
    },
  );
}

/** Replaces the editor's text the way a user pasting would (no auto-indent). */
export async function setCode(page, code) {
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

/** The lines of the console that are drawn (the console only draws what is in view). */
export async function consoleLines(page) {
  return page.locator("#console .console-line").allInnerTexts();
}

/** Waits for the run to end (the Run button comes back). */
export async function waitIdle(page, timeout = 30_000) {
  await page.waitForFunction(() => document.body.dataset.state !== "running", null, { timeout });
}

/** Clicks Run and waits for the end of the run; returns the drawn console lines. */
export async function runAndWait(page, timeout) {
  await page.locator("#run").click();
  // The click marks the page running synchronously; a quick run may already be over.
  await waitIdle(page, timeout);
  return consoleLines(page);
}

/** All output text, through the Copy button and the clipboard, as a user would copy it. */
export async function copiedOutput(page) {
  await page.locator("#copy").click();
  await page.locator("#toast", { hasText: "Output copied" }).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

export async function shot(page, name) {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Prints a measured budget in a form that is easy to find in the test output. */
export function budget(name, value, unit, limit) {
  const ok = value < limit;
  console.log(`BUDGET ${name}: ${value} ${unit} (limit ${limit} ${unit}) ${ok ? "ok" : "OVER"}`);
  return ok;
}

console.log(`screenshots: ${SHOTS}`);
