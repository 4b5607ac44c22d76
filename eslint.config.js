// ESLint flat config: the recommended rules for the page (browser + worker)
// and its end-to-end tests (Node). Globals are listed here rather than pulled
// from another package: the page uses only a few.
import js from "@eslint/js";

const browser = {
  window: "readonly",
  document: "readonly",
  navigator: "readonly",
  location: "readonly",
  history: "readonly",
  localStorage: "readonly",
  performance: "readonly",
  requestAnimationFrame: "readonly",
  cancelAnimationFrame: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
  setInterval: "readonly",
  clearInterval: "readonly",
  queueMicrotask: "readonly",
  console: "readonly",
  Worker: "readonly",
  SharedArrayBuffer: "readonly",
  Atomics: "readonly",
  TextEncoder: "readonly",
  TextDecoder: "readonly",
  CompressionStream: "readonly",
  DecompressionStream: "readonly",
  Blob: "readonly",
  Response: "readonly",
  URL: "readonly",
  WebAssembly: "readonly",
  fetch: "readonly",
  XMLHttpRequest: "readonly",
  crossOriginIsolated: "readonly",
  ResizeObserver: "readonly",
  MutationObserver: "readonly",
  getComputedStyle: "readonly",
  matchMedia: "readonly",
  HTMLElement: "readonly",
  KeyboardEvent: "readonly",
  CustomEvent: "readonly",
  EventTarget: "readonly",
  self: "readonly",
  postMessage: "readonly",
  btoa: "readonly",
  atob: "readonly",
};

const node = {
  process: "readonly",
  console: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
  URL: "readonly",
  Buffer: "readonly",
  performance: "readonly",
};

export default [
  // bench/ holds the benchmark runner's own Node scripts, not part of the page.
  { ignores: ["dist/", "pkg/", "node_modules/", "target/", "test-results/", "bench/"] },
  js.configs.recommended,
  {
    files: ["www/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: browser },
  },
  {
    files: ["tests/page/**/*.js", "tests/page/**/*.mjs", "*.config.js", "scripts/**/*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: node },
  },
  {
    // Code inside page.evaluate(() => ...) runs in the browser.
    files: ["tests/page/**/*.js", "tests/page/**/*.mjs"],
    languageOptions: { globals: { ...browser, ...node } },
  },
  {
    rules: {
      "no-unused-vars": ["error", { argsIgnorePattern: "^_", caughtErrors: "none" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "prefer-const": "error",
    },
  },
];
