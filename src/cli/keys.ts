/** `cfm key …`: the mission's signing keys (decision 0020), and what the server says of them. */
import type { Command } from "commander";
import { loadConfig } from "../config.js";
import { DomainError } from "../domain/errors.js";
import type { PublishedKey } from "../domain/signatures.js";
import { openRuntime } from "../runtime.js";
import type { Deps } from "../services/deps.js";
import {
  activeKeyAvailable,
  createSigningKey,
  ensureSigningKey,
  publishedKeys,
  revokeSigningKey,
  rotateSigningKey,
} from "../services/signing-keys.js";
import { checkpointNow, signEarlierReleases } from "../services/signing.js";

const OPERATOR = { kind: "system", name: "cli" } as const;

async function withRuntime<T>(fn: (deps: Deps, keysDir: string) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const rt = await openRuntime(config, { schema: "require" });
  try {
    return await fn(rt.deps, config.keysDir);
  } finally {
    await rt.close();
  }
}

function describeKey(k: PublishedKey): string {
  const state =
    k.status === "active"
      ? "ACTIVE "
      : k.status === "retired"
        ? `rotated ${k.rotatedAt} (${k.rotationReason ?? ""})`
        : `REVOKED from ${k.revokedAt} (${k.revocationReason ?? ""})`;
  return `${k.id}  created ${k.createdAt}  ${state}`;
}

export function registerKeyCommands(program: Command): void {
  const key = program
    .command("key")
    .description(
      "The mission's Ed25519 signing keys: private halves in the keys folder (CFM_KEYS_DIR), public halves published",
    );
  key
    .command("create")
    .description("Create the signing key when none is active (the server also does at first start)")
    .action(async () => {
      await withRuntime(async (deps, dir) => {
        const k = await createSigningKey(deps, OPERATOR);
        console.log(`Created signing key ${k.id}; its private half is in ${dir}.`);
      });
    });
  key
    .command("rotate")
    .description(
      "Make a new active key; the old one stays published and valid for what it signed before",
    )
    .requiredOption("--reason <text>", "why (audited and published)")
    .action(async (opts: { reason: string }) => {
      await withRuntime(async (deps, dir) => {
        const { key: k, retired } = await rotateSigningKey(deps, OPERATOR, opts.reason);
        console.log(
          `Signing key ${k.id} is now active (private half in ${dir})${retired ? `; ${retired} is rotated out and stays published` : ""}.`,
        );
      });
    });
  key
    .command("revoke")
    .description(
      "Revoke a key: its signatures dated from then on are refused; revoking the active key makes a new one",
    )
    .argument("<id>", "the key's id (cfm key list)")
    .requiredOption("--reason <text>", "why (audited and published)")
    .option(
      "--from <time>",
      "an earlier instant from which its signatures are refused (a key stolen before it was noticed), ISO 8601",
    )
    .action(async (id: string, opts: { reason: string; from?: string }) => {
      const from = opts.from === undefined ? undefined : new Date(opts.from);
      if (from && Number.isNaN(from.getTime()))
        throw new DomainError(
          "validation_failed",
          "--from must be a time, e.g. 2020-02-01T10:00:00Z.",
        );
      await withRuntime(async (deps) => {
        const res = await revokeSigningKey(deps, OPERATOR, id, opts.reason, from);
        console.log(
          `Key ${id} is revoked from ${res.revoked.revokedAt}.` +
            (res.replacement ? ` Signing key ${res.replacement.id} is now active.` : ""),
        );
      });
    });
  key
    .command("list")
    .description("Every key the mission has had, as published (GET /public/keys)")
    .action(async () => {
      await withRuntime(async (deps) => {
        const keys = await publishedKeys(deps);
        if (keys.length === 0) console.log("The mission has no signing key yet.");
        for (const k of keys) console.log(describeKey(k));
      });
    });
  key
    .command("checkpoint")
    .description("Sign a checkpoint of the audit log's head now (the server does hourly)")
    .action(async () => {
      await withRuntime(async (deps) => {
        const c = await checkpointNow(deps, OPERATOR);
        console.log(
          c
            ? `Checkpoint ${c.seq} (head ${c.headHash}) signed by key ${c.keyId} at ${c.at}.`
            : "The head of the audit log is already checkpointed.",
        );
      });
    });
}

/**
 * At server start: the first key is created when there is none; releases made before signatures
 * are signed. Returns the lines to print (a key created, a key missing).
 */
export async function signingKeyNotes(deps: Deps, keysDir: string): Promise<string> {
  const created = await ensureSigningKey(deps, OPERATOR);
  const state = await activeKeyAvailable(deps);
  if (state && !state.available)
    return `\nWARNING: the private half of signing key ${state.id} is not in ${keysDir}: releases are refused until it is restored or the key rotated (cfm key rotate --reason …).`;
  const signed = await signEarlierReleases(deps);
  return (
    (created
      ? `\nCreated the mission's first signing key ${created.id} (private half in ${keysDir}; keep a copy offline).`
      : "") + (signed ? `\nSigned ${signed} release(s) made before signatures existed.` : "")
  );
}

/** Before the demo or a mission is loaded (`cfm seed demo`, `cfm mission init`). */
export async function firstKeyLine(deps: Deps, keysDir: string): Promise<string | null> {
  const created = await ensureSigningKey(deps, OPERATOR);
  return created
    ? `Created the mission's first signing key ${created.id} (private half in ${keysDir}).`
    : null;
}
