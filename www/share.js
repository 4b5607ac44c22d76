// Share links and the saved draft.
//
// A share link carries the program in the URL fragment: UTF-8, deflated
// with the browser's CompressionStream ("deflate", whose checksum lets a
// damaged link be told apart from a program), then base64url. The fragment
// never reaches a server, so sharing needs no backend.

const PREFIX = "#code=";
const STORAGE_KEY = "brisk:code";

async function pipe(bytes, transform) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = "";
  // Chunks keep String.fromCharCode's argument list small.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The fragment (with its "#") that encodes `code`. */
export async function encodeFragment(code) {
  const packed = await pipe(new TextEncoder().encode(code), new CompressionStream("deflate"));
  return PREFIX + toBase64Url(packed);
}

/** The code in a fragment made by encodeFragment; null when the fragment is not a share link. Throws on a damaged link. */
export async function decodeFragment(hash) {
  if (!hash.startsWith(PREFIX)) return null;
  const bytes = await pipe(
    fromBase64Url(hash.slice(PREFIX.length)),
    new DecompressionStream("deflate"),
  );
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

export function loadDraft() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled (private mode, policy)
  }
}

export function saveDraft(code) {
  try {
    localStorage.setItem(STORAGE_KEY, code);
    return true;
  } catch {
    return false; // full or disabled: the draft is simply not kept
  }
}
