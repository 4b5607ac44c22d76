// Vite: dev server (`npm run dev`), production build to dist/ (`npm run build`)
// and a static server for that build (`npm run preview`).
//
// Both servers send the two headers that make the page cross-origin isolated,
// which is what lets the page share memory (SharedArrayBuffer) with the
// interpreter's worker: Stop then interrupts a running program in place and
// input() blocks the worker until the user answers. Setting
// BRISK_NO_ISOLATION=1 leaves the headers out, so the tests can check the
// fallback a static host without them gets (Stop recreates the worker).
import { defineConfig } from "vite";

const isolation =
  process.env.BRISK_NO_ISOLATION === "1"
    ? {}
    : {
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Embedder-Policy": "require-corp",
      };

export default defineConfig({
  // Relative asset URLs: dist/ works from any folder of any static host.
  base: "./",
  server: { headers: isolation, strictPort: false },
  preview: { headers: isolation },
  worker: { format: "es" },
  build: {
    outDir: "dist",
    target: "es2022",
    // The .wasm file is emitted as its own asset; never inline it as base64.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
});
