/**
 * Recomputing a release's fingerprint in the browser: SHA-256 over the canonical JSON of its
 * content, as the server computes it (canonicalJson in src/domain/audit-chain.ts, which uses
 * node:crypto and so cannot be bundled here). Keys sorted at every depth, undefined dropped.
 */

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

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
