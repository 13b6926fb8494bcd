/** `cfm`: the operators' command line. */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { Command, Option } from "commander";
import { OPENAPI_PATH, openApiDocument, serialiseOpenApi } from "../http/openapi.js";
import { ConfigError, loadConfig } from "../config.js";
import { verifySlice, type AuditSlice } from "../domain/audit-slice.js";
import { ROLES, type Actor, type Role } from "../domain/roles.js";
import { DomainError } from "../domain/errors.js";
import { hasArabicScript } from "../domain/arabic.js";
import { PLACE_KINDS, type PlaceKind } from "../domain/geo/gazetteer.js";
import type { PlaceFileProblem } from "../domain/geo/place-files.js";
import { addPlace, importGazetteerFile } from "../services/gazetteer-admin.js";
import { DataDirLockedError } from "../store/data-dir-lock.js";
import { openRuntime, SchemaBehindError } from "../runtime.js";
import { verifyAudit } from "../services/audit.js";
import { importAgreements } from "../services/agreement-import.js";
import { createUser } from "../services/users.js";
import {
  createUserWithLink,
  createUserWithPassword,
  setInitialPassword,
  listUsersForAdmin,
  setUserDisabled,
  updateUserAssignmentAsAdmin,
  userIdOf,
} from "../services/user-admin.js";
import { setReadOnly } from "../services/read-only.js";
import { revokeAllSessions } from "../services/sessions.js";
import { seedDemo } from "../demo/seed.js";
import { changeMissionSettings, currentMission, initMission } from "../services/mission.js";
import { loadProfile } from "../services/mission-profile.js";
import { describeMission } from "./mission-text.js";
import { serve } from "./serve.js";
import { firstKeyLine, registerKeyCommands } from "./keys.js";
import { registerVerifyCommand } from "./verify.js";
import { registerOpenDataCommands } from "./open-data.js";
import { registerBackupCommands } from "./backup.js";
import { BackupFileError, RestoreRefusedError } from "../services/restore.js";
import { readSecret } from "./prompt.js";
import { VERSION } from "../version.js";

const CLI_ACTOR = { kind: "system", name: "cli" } as const;

const program = new Command()
  .name("cfm")
  .description("Ceasefire Monitor: serve the application and administer its data")
  .version(VERSION);

program
  .command("serve")
  .description("Start the server (applies pending migrations first)")
  .option("--demo", "load the Libya 2020 demo scenario if the database has none")
  .action(async (opts: { demo?: boolean }) => {
    await serve(loadConfig(), { demo: opts.demo === true });
  });

program
  .command("migrate")
  .description("Apply pending database migrations")
  .action(async () => {
    const rt = await openRuntime(loadConfig(), { schema: "migrate" });
    try {
      const applied = rt.applied;
      console.log(
        applied.length
          ? `Applied ${applied.length} migration(s):\n${applied.map((m) => `  ${m}`).join("\n")}`
          : "The database is up to date; nothing to apply.",
      );
    } finally {
      await rt.close();
    }
  });

program
  .command("seed")
  .description("Load a scenario")
  .argument("<scenario>", 'only "demo" (Libya 2020, synthetic)')
  .action(async (scenario: string) => {
    if (scenario !== "demo")
      throw new CliError(`Unknown scenario "${scenario}"; the only one is "demo".`);
    const config = loadConfig();
    const rt = await openRuntime(config, { schema: "require" });
    try {
      const keyLine = await firstKeyLine(rt.deps, config.keysDir);
      if (keyLine) console.log(keyLine);
      const res = await seedDemo(rt.deps, { password: config.demoPassword });
      console.log(res.seeded ? "Demo scenario loaded." : "The demo scenario was already loaded.");
    } finally {
      await rt.close();
    }
  });

const user = program.command("user").description("Manage user accounts (each change audited)");
const CLI: Actor = { kind: "system", name: "cli" };
/** "none" clears a party or team; absent leaves it. */
const orNone = (v: string | undefined) => (v === undefined ? undefined : v === "none" ? null : v);

user
  .command("add")
  .description(
    "Create a user; the password is read from the terminal or standard input (with --initial-password the user must change it at first log-in), or with --link the user gets a one-time enrolment link",
  )
  .requiredOption("--username <name>", "login name (lowercase letters, digits, . _ -)")
  .addOption(
    new Option("--role <role>", "role").choices(ROLES as unknown as string[]).makeOptionMandatory(),
  )
  .option("--party <code>", "party code, for a party liaison or a commission member")
  .option(
    "--team <code>",
    "team code, for a monitor or analyst (with --link or --initial-password)",
  )
  .option("--display-name <name>", "name shown to others")
  .addOption(
    new Option(
      "--link",
      "print a one-time enrolment link instead of asking for a password",
    ).conflicts("initialPassword"),
  )
  .option(
    "--initial-password",
    "the password read is an initial one, told to the user: they must change it at first log-in",
  )
  .action(
    async (opts: {
      username: string;
      role: Role;
      party?: string;
      team?: string;
      displayName?: string;
      link?: boolean;
      initialPassword?: boolean;
    }) => {
      if (opts.team && !opts.link && !opts.initialPassword)
        throw new CliError("--team goes with --link or --initial-password (or use cfm user set).");
      const password = opts.link
        ? null
        : await readSecret(opts.initialPassword ? "Initial password: " : "Password: ");
      const rt = await openRuntime(loadConfig(), { schema: "require" });
      try {
        const fields = {
          username: opts.username,
          role: opts.role,
          party: opts.party ?? null,
          displayName: opts.displayName ?? opts.username,
        };
        if (password === null) {
          const res = await createUserWithLink(rt.deps, CLI, {
            ...fields,
            team: opts.team ?? null,
          });
          console.log(
            `Created ${opts.username} (${describeUser(fields)}). Their one-time enrolment link, valid until ${res.link.expiresAt.toISOString()}:\n  /welcome#${res.link.token}\n(after this server's address; it is shown this once)`,
          );
        } else if (opts.initialPassword) {
          await createUserWithPassword(rt.deps, CLI, {
            ...fields,
            team: opts.team ?? null,
            initialPassword: password,
          });
          console.log(
            `Created ${opts.username} (${describeUser(fields)}) with the initial password: they must change it at first log-in.`,
          );
        } else {
          const u = await createUser(rt.deps, CLI, { ...fields, password });
          console.log(`Created ${u.username} (${describeUser(u)}).`);
        }
      } finally {
        await rt.close();
      }
    },
  );

user
  .command("list")
  .description("List users, filtered")
  .addOption(new Option("--role <role>", "only this role").choices(ROLES as unknown as string[]))
  .option("--party <code>", "only this party")
  .option("--team <code>", "only this team")
  .addOption(
    new Option("--disabled <yes|no>", "only disabled (yes) or enabled (no) users").choices([
      "yes",
      "no",
    ]),
  )
  .option("--search <text>", "part of the username or display name")
  .action(
    async (opts: {
      role?: Role;
      party?: string;
      team?: string;
      disabled?: string;
      search?: string;
    }) => {
      const rt = await openRuntime(loadConfig(), { schema: "require" });
      try {
        const rows = await listUsersForAdmin(rt.deps, CLI, {
          ...(opts.role ? { role: opts.role } : {}),
          ...(opts.party ? { party: opts.party } : {}),
          ...(opts.team ? { team: opts.team } : {}),
          ...(opts.disabled ? { disabled: opts.disabled === "yes" } : {}),
          ...(opts.search ? { q: opts.search } : {}),
        });
        for (const u of rows) {
          console.log(
            `${u.username.padEnd(20)} ${describeUser(u).padEnd(28)} ${u.disabled ? "DISABLED" : "enabled "} ${u.displayName}${u.passwordChangeRequired ? " (initial password not yet changed)" : ""}`,
          );
        }
        if (rows.length === 0) console.log("No user matches.");
      } finally {
        await rt.close();
      }
    },
  );

user
  .command("set")
  .description('Change a user\'s role, party or team ("none" clears a party or team)')
  .argument("<username>")
  .addOption(new Option("--role <role>", "new role").choices(ROLES as unknown as string[]))
  .option("--party <code>", 'party code, or "none"')
  .option("--team <code>", 'team code, or "none"')
  .option("--display-name <name>", "name shown to others")
  .action(
    async (
      username: string,
      opts: { role?: Role; party?: string; team?: string; displayName?: string },
    ) => {
      const change = {
        ...(opts.role ? { role: opts.role } : {}),
        ...(opts.party !== undefined ? { party: orNone(opts.party) ?? null } : {}),
        ...(opts.team !== undefined ? { team: orNone(opts.team) ?? null } : {}),
        ...(opts.displayName ? { displayName: opts.displayName } : {}),
      };
      if (Object.keys(change).length === 0)
        throw new CliError("Say what to change: --role, --party, --team or --display-name.");
      const rt = await openRuntime(loadConfig(), { schema: "require" });
      try {
        await updateUserAssignmentAsAdmin(
          rt.deps,
          CLI,
          await userIdOf(rt.deps, CLI, username),
          change,
        );
        console.log(`Changed ${username}.`);
      } finally {
        await rt.close();
      }
    },
  );

user
  .command("password")
  .description(
    "Give a user a new initial password, read from the terminal or standard input: they must change it at the next log-in; their sessions end, their second factor stays",
  )
  .argument("<username>")
  .requiredOption("--reason <text>", "why (kept in the audit log)")
  .action(async (username: string, opts: { reason: string }) => {
    const initialPassword = await readSecret("New initial password: ");
    const rt = await openRuntime(loadConfig(), { schema: "require" });
    try {
      const id = await userIdOf(rt.deps, CLI, username);
      const res = await setInitialPassword(rt.deps, CLI, id, {
        initialPassword,
        reason: opts.reason,
      });
      console.log(
        `${username} has a new initial password: they must change it at the next log-in (${res.sessionsEnded} session(s) ended).`,
      );
    } finally {
      await rt.close();
    }
  });

for (const [name, disabled] of [
  ["disable", true],
  ["enable", false],
] as const) {
  user
    .command(name)
    .description(
      disabled
        ? "Disable a user: they cannot log in; their sessions and API tokens end"
        : "Enable a disabled user again",
    )
    .argument("<username>")
    .requiredOption("--reason <text>", "why (kept in the audit log)")
    .action(async (username: string, opts: { reason: string }) => {
      const rt = await openRuntime(loadConfig(), { schema: "require" });
      try {
        const id = await userIdOf(rt.deps, CLI, username);
        const res = await setUserDisabled(rt.deps, CLI, id, { disabled, reason: opts.reason });
        console.log(
          disabled
            ? `Disabled ${username}: ended ${res.sessionsEnded} sessions and revoked ${res.tokensRevoked} API tokens.`
            : `Enabled ${username}.`,
        );
      } finally {
        await rt.close();
      }
    });
}

function describeUser(u: { role: string; party: string | null; team?: string | null }): string {
  return [u.role, u.party, u.team ? `team ${u.team}` : null].filter(Boolean).join(", ");
}

program
  .command("openapi")
  .description(`Write the OpenAPI document (default ${OPENAPI_PATH}; "-" for standard output)`)
  .argument("[file]", "where to write it", OPENAPI_PATH)
  .action(async (file: string) => {
    const text = serialiseOpenApi(await openApiDocument());
    if (file === "-") process.stdout.write(text);
    else writeFileSync(file, text);
  });

const audit = program.command("audit").description("The tamper-evident audit log");
audit
  .command("verify")
  .description(
    "Check the hash chain from where the last successful run ended (that entry checked unchanged) and the rows the newer entries recorded; --full: every entry from the first and every audited row. Exits 1 when broken",
  )
  .option("--full", "verify from the first entry and check every audited row")
  .action(async (opts: { full?: boolean }) => {
    const rt = await openRuntime(loadConfig(), { schema: "require" });
    try {
      const res = await verifyAudit(rt.database.db, {
        from: opts.full ? "start" : "checkpoint",
        record: true,
      });
      if (res.ok) {
        const span =
          res.entries === 0
            ? `no new entries since entry ${res.fromSeq - 1}`
            : `entries ${res.fromSeq}–${res.headSeq}`;
        console.log(
          `Audit chain intact${res.full ? " (full)" : ` from the last verified entry (${res.fromSeq - 1})`}: ` +
            `${span}, ${res.rowsChecked} rows checked.` +
            (res.full
              ? ""
              : "\nRun with --full now and then: it also finds a change before that entry."),
        );
      } else {
        const at = res.problem?.seq ? `entry ${res.problem.seq}` : "an unaudited row";
        console.error(`AUDIT CHAIN BROKEN at ${at}: ${res.problem?.reason}`);
        process.exitCode = 1;
      }
    } finally {
      await rt.close();
    }
  });

audit
  .command("verify-export")
  .description(
    "Check an exported slice of the log (GET /audit/slice) offline, without a database; exits 1 when it does not hold",
  )
  .argument("<file>", "the exported .json file")
  .action((file: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, "utf8"));
    } catch (err) {
      console.error(`Cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 2;
      return;
    }
    const res = verifySlice(parsed);
    if (res.ok) {
      const run = res.entries === 0 ? "no entries" : `entries ${res.first}–${res.last}`;
      const slice = parsed as Pick<AuditSlice, "before" | "head">;
      console.log(`Audit slice intact: ${run} chain from entry ${slice.before.seq}.`);
      console.log(`  before: entry ${slice.before.seq}, hash ${slice.before.hash}`);
      console.log(`  head:   entry ${slice.head.seq}, hash ${slice.head.hash}`);
      console.log(
        res.reachesHead
          ? "The slice ends at the head. Compare the head's hash with the live log or a later export."
          : "Compare the hash before the slice and the head's with the live log or another export.",
      );
    } else {
      const { seq, field, reason } = res.problem;
      const at = seq === null ? "the file" : `entry ${seq}`;
      console.error(`AUDIT SLICE BROKEN at ${at} (${field}): ${reason}`);
      process.exitCode = 1;
    }
  });
registerKeyCommands(program);
registerVerifyCommand(program);

const places = program.command("places").description("The gazetteer (audited)");
places
  .command("import")
  .description(
    "Import a place file: the project's gazetteer JSON, GeoNames TSV (cities500 layout), OpenStreetMap places CSV or GeoJSON points; all or nothing, again adds nothing",
  )
  .argument("<file>", "the file (its ending tells the format)")
  .action(async (file: string) => {
    const text = readFileSync(file, "utf8");
    const rt = await openRuntime(loadConfig(), { schema: "require" });
    try {
      const res = await importGazetteerFile(rt.deps, CLI_ACTOR, { fileName: basename(file), text });
      console.log(
        `${res.fileName} (${res.format}): ${res.added} places added, ${res.existing} already held` +
          (res.skipped.length ? `, ${res.skipped.length} rows without a name skipped` : "") +
          ".",
      );
    } catch (err) {
      const problems = err instanceof DomainError ? err.details?.problems : undefined;
      if (Array.isArray(problems)) {
        for (const p of problems as PlaceFileProblem[]) {
          console.error(`${file}:${p.line ?? 1}: ${p.field ? `${p.field}: ` : ""}${p.message}`);
        }
      }
      throw err;
    } finally {
      await rt.close();
    }
  });

const agreements = program.command("agreements").description("The agreements and provisions");
agreements
  .command("import")
  .description(
    "Import an agreements.json (mission profile format): new agreements and provisions are " +
      "created, a changed wording becomes a new version; the same file twice changes nothing",
  )
  .argument("<file>", "the agreements.json file")
  .action(async (file: string) => {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      throw new CliError(`Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const rt = await openRuntime(loadConfig(), { schema: "require" });
    try {
      const s = await importAgreements(
        rt.deps,
        { kind: "system", name: "cli" },
        {
          fileName: file,
          text,
        },
      );
      const list = (label: string, codes: string[]) =>
        codes.length ? [`${label}: ${codes.join(", ")}`] : [];
      console.log(
        [
          `Imported ${file}.`,
          ...list("Agreements created", s.agreementsCreated),
          ...list("Agreements updated", s.agreementsUpdated),
          ...list("Provisions added", s.provisionsAdded),
          ...list("Provisions with a new version", s.provisionsRevised),
          `Provisions unchanged: ${s.unchanged}`,
        ].join("\n"),
      );
    } finally {
      await rt.close();
    }
  });
places
  .command("add")
  .description("Add a place, named in Latin and Arabic script")
  .requiredOption("--name <latin>", "the usual Latin-script name")
  .requiredOption("--name-ar <arabic>", "the Arabic name")
  .requiredOption("--lat <degrees>", "latitude (WGS84)", Number)
  .requiredOption("--lon <degrees>", "longitude (WGS84)", Number)
  .addOption(
    new Option("--kind <kind>", "what kind of place")
      .choices(PLACE_KINDS as unknown as string[])
      .default("site"),
  )
  .option("--variant <name...>", "another spelling (repeatable)")
  .option("--approximate", "the position is rough (good for where_prec ≥ 2 only)")
  .action(
    async (opts: {
      name: string;
      nameAr: string;
      lat: number;
      lon: number;
      kind: PlaceKind;
      variant?: string[];
      approximate?: boolean;
    }) => {
      const rt = await openRuntime(loadConfig(), { schema: "require" });
      try {
        if (!hasArabicScript(opts.nameAr)) {
          throw new CliError("--name-ar must be written in Arabic script.");
        }
        const p = await addPlace(rt.deps, CLI_ACTOR, {
          name: opts.name,
          nameAr: opts.nameAr,
          variants: opts.variant ?? [],
          lat: opts.lat,
          lon: opts.lon,
          kind: opts.kind,
          population: null,
          approximate: opts.approximate === true,
        });
        console.log(`Added ${p.id}: ${p.name} / ${p.nameAr} (${p.lat}, ${p.lon}).`);
      } finally {
        await rt.close();
      }
    },
  );

const admin = program.command("admin").description("Emergency modes (audited)");
admin
  .command("read-only")
  .description("Switch read-only mode: while on, the API refuses every change")
  .argument("<state>", '"on" or "off"')
  .requiredOption("--reason <text>", "why (kept in the audit log, shown to users)")
  .action(async (state: string, opts: { reason: string }) => {
    if (state !== "on" && state !== "off") throw new CliError('Say "on" or "off".');
    const rt = await openRuntime(loadConfig(), { schema: "require" });
    try {
      await setReadOnly(
        rt.deps,
        { kind: "system", name: "cli" },
        {
          enabled: state === "on",
          reason: opts.reason,
        },
      );
      console.log(`Read-only mode is ${state}.`);
    } finally {
      await rt.close();
    }
  });
admin
  .command("revoke-all-sessions")
  .description("End every session and revoke every API token; everyone logs in again")
  .requiredOption("--reason <text>", "why (kept in the audit log)")
  .action(async (opts: { reason: string }) => {
    const rt = await openRuntime(loadConfig(), { schema: "require" });
    try {
      const n = await revokeAllSessions(rt.deps, { kind: "system", name: "cli" }, opts.reason);
      console.log(`Ended ${n.sessions} sessions and revoked ${n.tokens} API tokens.`);
    } finally {
      await rt.close();
    }
  });

const mission = program.command("mission").description("The mission this database serves");
mission
  .command("init")
  .description(
    "Create the mission from a profile folder (e.g. missions/hodeidah-2019) on a database that serves none; the same profile again changes nothing",
  )
  .argument("<folder>", "the mission profile: mission.json and the files it names")
  .action(async (folder: string) => {
    // Checked before the database is opened: a broken profile names its file and line.
    const profile = loadProfile(folder);
    const config = loadConfig();
    const rt = await openRuntime(config, { schema: "migrate" });
    try {
      const res = await initMission(rt.deps, { kind: "system", name: "cli" }, profile);
      const keyLine = await firstKeyLine(rt.deps, config.keysDir);
      if (keyLine) console.log(keyLine);
      console.log(
        res.status === "created"
          ? `Created the mission "${res.mission.code}" (${res.mission.name.en}) from ${folder}: ` +
              `${profile.districts.length} districts, ${profile.sectors.length} sectors, ` +
              `${profile.parties.length} parties, ${res.imported.provisions} provisions, ` +
              `${res.imported.places} places.`
          : `The mission "${res.mission.code}" is already initialised; nothing was changed.`,
      );
    } finally {
      await rt.close();
    }
  });
mission
  .command("show")
  .description("Print the mission: names, languages, time zone, reply window, joint body")
  .action(async () => {
    const rt = await openRuntime(loadConfig(), { schema: "require" });
    try {
      console.log(describeMission(await currentMission(rt.deps)));
    } finally {
      await rt.close();
    }
  });
mission
  .command("settings")
  .description("Change the mission's settings (audited); unnamed settings are kept")
  .option("--time-zone <zone>", 'IANA time zone, e.g. "Asia/Aden"')
  .option("--reply-window-hours <hours>", "how long a party has to reply to a draft finding")
  .option("--languages <list>", 'working languages, default first, e.g. "ar,en"')
  .option("--release-rules <json>", "release rules as JSON, e.g. '{\"partiesFirst\":true}'")
  .action(
    async (opts: {
      timeZone?: string;
      replyWindowHours?: string;
      languages?: string;
      releaseRules?: string;
    }) => {
      const change = settingsFromOptions(opts);
      if (Object.keys(change).length === 0)
        throw new CliError("Name at least one setting to change.");
      const rt = await openRuntime(loadConfig(), { schema: "require" });
      try {
        const m = await changeMissionSettings(rt.deps, { kind: "system", name: "cli" }, change);
        console.log(describeMission(m));
      } finally {
        await rt.close();
      }
    },
  );

registerOpenDataCommands(program);
registerBackupCommands(program);

function settingsFromOptions(opts: {
  timeZone?: string;
  replyWindowHours?: string;
  languages?: string;
  releaseRules?: string;
}): Record<string, unknown> {
  const change: Record<string, unknown> = {};
  if (opts.timeZone !== undefined) change.timeZone = opts.timeZone;
  if (opts.replyWindowHours !== undefined) change.replyWindowHours = Number(opts.replyWindowHours);
  if (opts.languages !== undefined)
    change.languages = opts.languages.split(",").map((l) => l.trim());
  if (opts.releaseRules !== undefined) {
    try {
      change.releaseRules = JSON.parse(opts.releaseRules) as unknown;
    } catch {
      throw new CliError("--release-rules must be JSON, e.g. '{\"partiesFirst\":true}'.");
    }
  }
  return change;
}

class CliError extends Error {}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (
    err instanceof ConfigError ||
    err instanceof DataDirLockedError ||
    err instanceof CliError ||
    err instanceof SchemaBehindError ||
    err instanceof BackupFileError ||
    err instanceof RestoreRefusedError ||
    err instanceof DomainError
  ) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(diskFault(err) ?? (err instanceof Error ? err.message : String(err)));
  process.exit(1);
}

/** A full or read-only disk said as what to do about it, with the path the system named. */
function diskFault(err: unknown): string | undefined {
  const { code, path } = (err ?? {}) as { code?: unknown; path?: unknown };
  const where = typeof path === "string" ? ` (${path})` : "";
  if (code === "EROFS" || code === "EACCES" || code === "EPERM" || code === "25006")
    return `Cannot write to the data folder or database${where}: it is read-only or not writable by this user. Nothing was changed. Mount it read-write, or point CFM_DATA_DIR (or CFM_EVIDENCE_DIR, DATABASE_URL) at a writable place.`;
  if (code === "ENOSPC" || code === "EDQUOT" || code === "53100")
    return `The disk is full${where}. Nothing was changed. Free some space (old backups, logs) and start again.`;
  return undefined;
}
