/** `cfm`: the operators' command line. */
import { writeFileSync } from "node:fs";
import { Command, Option } from "commander";
import { OPENAPI_PATH, openApiDocument, serialiseOpenApi } from "../http/openapi.js";
import { ConfigError, loadConfig } from "../config.js";
import { ROLES, type Role } from "../domain/roles.js";
import { DomainError } from "../domain/errors.js";
import { DataDirLockedError } from "../store/data-dir-lock.js";
import { openRuntime, SchemaBehindError } from "../runtime.js";
import { verifyAudit } from "../services/audit.js";
import { createUser } from "../services/users.js";
import { setReadOnly } from "../services/read-only.js";
import { revokeAllSessions } from "../services/sessions.js";
import { seedDemo } from "../demo/seed.js";
import { changeMissionSettings, currentMission, initMission } from "../services/mission.js";
import { loadProfile } from "../services/mission-profile.js";
import { describeMission } from "./mission-text.js";
import { serve } from "./serve.js";
import { readSecret } from "./prompt.js";
import { VERSION } from "../version.js";

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
      const res = await seedDemo(rt.deps, { password: config.demoPassword });
      console.log(res.seeded ? "Demo scenario loaded." : "The demo scenario was already loaded.");
    } finally {
      await rt.close();
    }
  });

const user = program.command("user").description("Manage user accounts");
user
  .command("add")
  .description("Create a user; the password is read from the terminal or from standard input")
  .requiredOption("--username <name>", "login name (lowercase letters, digits, . _ -)")
  .addOption(
    new Option("--role <role>", "role").choices(ROLES as unknown as string[]).makeOptionMandatory(),
  )
  .option("--party <code>", "party code, for a party liaison")
  .option("--display-name <name>", "name shown to others")
  .action(async (opts: { username: string; role: Role; party?: string; displayName?: string }) => {
    const password = await readSecret("Password: ");
    const rt = await openRuntime(loadConfig(), { schema: "require" });
    try {
      const u = await createUser(
        rt.deps,
        { kind: "system", name: "cli" },
        {
          username: opts.username,
          role: opts.role,
          party: opts.party ?? null,
          displayName: opts.displayName ?? opts.username,
          password,
        },
      );
      console.log(`Created ${u.username} (${u.role}${u.party ? `, ${u.party}` : ""}).`);
    } finally {
      await rt.close();
    }
  });

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
  .description("Recompute the hash chain and check every audited row; exits 1 when broken")
  .action(async () => {
    const rt = await openRuntime(loadConfig(), { schema: "require" });
    try {
      const res = await verifyAudit(rt.database.db);
      if (res.ok) {
        console.log(`Audit chain intact: ${res.entries} entries, ${res.rowsChecked} rows checked.`);
      } else {
        const at = res.problem?.seq ? `entry ${res.problem.seq}` : "an unaudited row";
        console.error(`AUDIT CHAIN BROKEN at ${at}: ${res.problem?.reason}`);
        process.exitCode = 1;
      }
    } finally {
      await rt.close();
    }
  });

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
    const rt = await openRuntime(loadConfig(), { schema: "migrate" });
    try {
      const res = await initMission(rt.deps, { kind: "system", name: "cli" }, profile);
      console.log(
        res.status === "created"
          ? `Created the mission "${res.mission.code}" (${res.mission.name.en}) from ${folder}: ` +
              `${profile.districts.length} districts, ${profile.sectors.length} sectors, ` +
              `${profile.parties.length} parties.`
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
    err instanceof DomainError
  ) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
