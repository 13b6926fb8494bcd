/**
 * `cfm verify <file|url>` (decision 0020): checks a signed product offline (its hash, its
 * signature and its checkpoint's, with the public keys it carries), then against the mission's
 * records — the database (configured, or --database) or a server's published keys and
 * checkpoints (--server, or the URL's own server). Exit 0: valid; 1: not valid; 2: not checked.
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { loadConfig } from "../config.js";
import { sha256Hex } from "../domain/audit-chain.js";
import {
  DETACHED_SUFFIX,
  jsonProductHash,
  keyStatusCheck,
  offlineChecks,
  parseSignedFile,
  SIGNED_FORMAT,
  type CheckStep,
  type DetachedSignature,
  type PublishedKey,
  type SignedEnvelope,
} from "../domain/signatures.js";
import { openRuntime } from "../runtime.js";
import type { Deps } from "../services/deps.js";
import { checkAgainstDatabase } from "../services/signature-checks.js";

export interface VerifyOptions {
  /** Check against this server (its base address) instead of a database. */
  server?: string;
  /** Only the checks that need nothing but the file. */
  offline?: boolean;
  /** An API token, to fetch a product that is not public. */
  token?: string;
}

export interface VerifyIo {
  out(line: string): void;
  err(line: string): void;
  fetch: typeof fetch;
  /** Opens the mission's database (the configured one, or --database). */
  openDatabase(): Promise<{ deps: Deps; close(): Promise<void> }>;
}

type Signed = SignedEnvelope | DetachedSignature;
class Unchecked extends Error {}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

async function fetchJson(io: VerifyIo, url: string, token?: string): Promise<unknown> {
  let res: Response;
  try {
    res = await io.fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  } catch (err) {
    throw new Unchecked(`cannot reach ${url}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!res.ok) throw new Unchecked(`${url} answered ${res.status}`);
  return res.json();
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    throw new Unchecked(`cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The signed file and the SHA-256 of what it signs, as found at `target`. */
async function load(
  target: string,
  io: VerifyIo,
  token?: string,
): Promise<{ file: Signed; sha256: string }> {
  const signedOf = (v: unknown) => {
    const parsed = parseSignedFile(v);
    if ("problem" in parsed) throw new Unchecked(`${target}: ${parsed.problem}`);
    return parsed;
  };
  if (isUrl(target)) {
    const file = signedOf(await fetchJson(io, target, token));
    if (file.format !== SIGNED_FORMAT)
      throw new Unchecked("a detached signature is checked with its product file, not a URL");
    return { file, sha256: jsonProductHash(file.content) };
  }
  const sigPath = target.endsWith(DETACHED_SUFFIX) ? target : null;
  const bytes = await readBytes(target);
  if (!sigPath) {
    const json = tryJson(bytes);
    if (
      json &&
      typeof json === "object" &&
      (json as { format?: unknown }).format === SIGNED_FORMAT
    ) {
      const file = signedOf(json) as SignedEnvelope;
      return { file, sha256: jsonProductHash(file.content) };
    }
    // A product with its signature beside it.
    const beside = await readBytes(target + DETACHED_SUFFIX).catch(() => {
      throw new Unchecked(
        `${target} is not a signed file (${SIGNED_FORMAT}), and no signature file ${target + DETACHED_SUFFIX} lies beside it`,
      );
    });
    const file = signedOf(tryJson(beside));
    return { file, sha256: sha256Hex(bytes) };
  }
  const file = signedOf(tryJson(bytes));
  const product = await readBytes(sigPath.slice(0, -DETACHED_SUFFIX.length));
  return { file, sha256: sha256Hex(product) };
}

function tryJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString("utf8")) as unknown;
  } catch {
    return null;
  }
}

/** The checks against a server's published keys and checkpoints (no login). */
async function checkAgainstServer(io: VerifyIo, base: string, file: Signed): Promise<CheckStep[]> {
  const api = `${base.replace(/\/+$/, "").replace(/\/api\/v1$/, "")}/api/v1`;
  const keys = (await fetchJson(io, `${api}/public/keys`)) as { items: PublishedKey[] };
  const c = file.checkpoint;
  const page = (await fetchJson(
    io,
    `${api}/public/checkpoints?beforeSeq=${c.seq + 1}&limit=1`,
  )) as { items: { seq: number; headHash: string; signature: string }[] };
  const published = page.items[0];
  return [
    keyStatusCheck(keys.items, file.keyId, file.publicKeys[file.keyId], file.signedAt, file.kind),
    keyStatusCheck(keys.items, c.keyId, file.publicKeys[c.keyId], c.at, "checkpoint"),
    published?.seq === c.seq &&
    published.headHash === c.headHash &&
    published.signature === c.signature
      ? { name: "published checkpoint", ok: true, detail: `${base} publishes checkpoint ${c.seq}` }
      : {
          name: "published checkpoint",
          ok: false,
          detail: `${base} does not publish checkpoint ${c.seq} with this head hash`,
        },
  ];
}

/** The command, as a function: prints each check and returns the exit code. */
export async function runVerify(
  target: string,
  opts: VerifyOptions,
  io: VerifyIo,
): Promise<number> {
  try {
    const { file, sha256 } = await load(target, io, opts.token);
    io.out(`${file.kind} ${file.id}`);
    const steps = offlineChecks(file, sha256);
    const server = opts.server ?? (isUrl(target) ? new URL(target).origin : undefined);
    if (opts.offline) {
      io.out("(--offline: not checked against the mission's published keys and audit log)");
    } else if (server) {
      steps.push(...(await checkAgainstServer(io, server, file)));
    } else {
      const db = await io.openDatabase().catch((err: unknown) => {
        throw new Unchecked(
          `cannot open the mission's database (${err instanceof Error ? err.message : String(err)}); give --server URL, or --offline`,
        );
      });
      try {
        steps.push(...(await checkAgainstDatabase(db.deps, file)));
      } finally {
        await db.close();
      }
    }
    for (const s of steps) io.out(`  ${s.ok ? "ok  " : "FAIL"}  ${s.name}: ${s.detail}`);
    const failed = steps.filter((s) => !s.ok);
    if (failed.length === 0) {
      io.out(`VALID: ${file.kind} ${file.id} is as the mission signed it.`);
      return 0;
    }
    io.err(`NOT VALID: ${failed.map((s) => s.detail).join("; ")}.`);
    return 1;
  } catch (err) {
    if (err instanceof Unchecked) {
      io.err(`Not checked: ${err.message}.`);
      return 2;
    }
    throw err;
  }
}

export function registerVerifyCommand(program: Command): void {
  program
    .command("verify")
    .description(
      "Check a signed product (a release's envelope, or a file with its .cfm-sig.json beside it): hash, signature, checkpoint, then the mission's keys and audit log; exits 0 valid, 1 not valid, 2 not checked",
    )
    .argument("<file|url>", "the signed file, its .cfm-sig.json, or the URL of a signed envelope")
    .option(
      "--database <url>",
      "check against this PostgreSQL database (default: the configured one)",
    )
    .option("--server <url>", "check against this server's published keys and checkpoints instead")
    .option("--token <token>", "an API token, to fetch a URL that is not public")
    .option("--offline", "only check the file itself")
    .action(
      async (
        target: string,
        opts: { database?: string; server?: string; token?: string; offline?: boolean },
      ) => {
        process.exitCode = await runVerify(target, opts, {
          out: (l) => console.log(l),
          err: (l) => console.error(l),
          fetch,
          async openDatabase() {
            const env = opts.database
              ? { ...process.env, DATABASE_URL: opts.database }
              : process.env;
            const rt = await openRuntime(loadConfig(env), { schema: "require" });
            return { deps: rt.deps, close: () => rt.close() };
          },
        });
      },
    );
}
