/**
 * Recomputing a release's fingerprint in the browser: SHA-256 over the canonical JSON of its
 * content, exactly as the server computes it (the same canonicalJson; Web Crypto for the hash).
 */
export { canonicalJson } from "../../../../src/domain/canonical-json.js";

/** Hex SHA-256 of the text; null where the browser offers no Web Crypto (plain-http hosts). */
export async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** "1265e38f ba1abc71 …": groups of eight, easier to compare by eye and to read aloud. */
export function groupHash(hash: string): string {
  return hash.replace(/(.{8})(?=.)/g, "$1 ");
}
