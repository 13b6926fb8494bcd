/**
 * kill -9 during sustained intake, with retry storms. Party liaisons file reports at full speed,
 * half of them with an Idempotency-Key; the server is killed at a random moment, again and again,
 * and restarted on the same database. A keyed request that was not answered is retried with its
 * key until it is; an answered one is sometimes sent again several times at once (a retry storm)
 * and must answer the same report. At the end, read straight from the database: every
 * acknowledged report (a 2xx with its id) is there exactly once, and the audit chain holds.
 */
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { sql } from "kysely";
import { openDatabase, type Db } from "../src/store/database.js";
import { verifyAudit } from "../src/store/audit-verify.js";
import { agent, NetworkError, send, sleep, type Request } from "./http.js";
import { restart, type ServerProcess, type Store } from "./server.js";

export interface KillFigures {
  kills: number;
  sent: number;
  acknowledged: number;
  lost: number;
  duplicates: number;
  /** Retries of an answered request that named another report. */
  replayMismatches: number;
  retries: number;
  stormRequests: number;
  /** 5xx answers while the server was up (each is a bug). */
  serverErrors: number;
  /** Answers other than 2xx and 5xx (a refusal of a valid filing). */
  unexpected: number;
  auditOk: boolean;
  /** The longest restart, kill to answering again. */
  maxRestartSeconds: number;
  samples: string[];
}

const WRITERS = 16;
const STORM_SHARE = 0.2;
const STORM_COPIES = 4;
const MARK = "Reliability intake";

interface Filing {
  marker: string;
  key: string | null;
  liaison: number;
}

interface Liaison {
  token: string;
  party: string;
  other: string;
}

function bodyOf(f: Filing, who: Liaison): string {
  return JSON.stringify({
    sourceKind: "party_complaint",
    occurredFrom: "2020-01-14T21:00:00Z",
    occurredTo: "2020-01-14T23:30:00Z",
    location: { lat: 32.795, lon: 13.287 },
    category: "A3",
    allegedParty: who.other,
    description: `${MARK} ${f.marker}: shelling reported near Ain Zara — قصف قرب عين زارة`,
    language: "en",
  });
}

export async function killDuringIntake(
  store: Store,
  first: ServerProcess,
  opts: { kills: number; log: (m: string) => void },
): Promise<{ figures: KillFigures; server: ServerProcess }> {
  let server = first;
  const liaisons: Liaison[] = [
    { token: (await server.login("liaison-gna")).token, party: "GNA", other: "LNA" },
    { token: (await server.login("liaison-lna")).token, party: "LNA", other: "GNA" },
  ];
  const http = agent(WRITERS * (STORM_COPIES + 1));
  const acked = new Map<string, string>();
  const retryQueue: Filing[] = [];
  const f: KillFigures = {
    kills: 0,
    sent: 0,
    acknowledged: 0,
    lost: 0,
    duplicates: 0,
    replayMismatches: 0,
    retries: 0,
    stormRequests: 0,
    serverErrors: 0,
    unexpected: 0,
    auditOk: false,
    maxRestartSeconds: 0,
    samples: [],
  };
  const note = (s: string) => {
    if (f.samples.length < 10) f.samples.push(s.slice(0, 400));
  };
  let down = false;

  const request = (fl: Filing): Request => {
    const who = liaisons[fl.liaison]!;
    return {
      method: "POST",
      path: "/api/v1/reports",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${who.token}`,
        ...(fl.key ? { "idempotency-key": fl.key } : {}),
      },
      body: bodyOf(fl, who),
    };
  };

  /** Sends one filing; true when acknowledged. */
  const file = async (fl: Filing): Promise<boolean> => {
    f.sent++;
    let status: number;
    let text: string;
    try {
      ({ status, text } = await send(server.baseUrl, request(fl), { agent: http }));
    } catch (err) {
      if (!(err instanceof NetworkError)) throw err;
      if (fl.key) retryQueue.push(fl);
      return false;
    }
    if (status >= 500) {
      if (!down) {
        f.serverErrors++;
        note(`${status} ${text}`);
      }
      if (fl.key) retryQueue.push(fl);
      return false;
    }
    if (status !== 201 && status !== 200) {
      f.unexpected++;
      note(`unexpected ${status} ${text}`);
      return false;
    }
    const id = (JSON.parse(text) as { id: string }).id;
    const before = acked.get(fl.marker);
    if (before === undefined) acked.set(fl.marker, id);
    else if (before !== id) {
      f.replayMismatches++;
      note(`a retry of ${fl.marker} answered ${id}, first ${before}`);
    }
    return true;
  };

  const storm = async (fl: Filing) => {
    f.stormRequests += STORM_COPIES;
    await Promise.all(Array.from({ length: STORM_COPIES }, () => file(fl)));
  };

  let stopping = false;
  const writer = async (n: number) => {
    while (!stopping) {
      const retry = retryQueue.shift();
      if (retry) f.retries++;
      const fl: Filing = retry ?? {
        marker: randomUUID(),
        key: Math.random() < 0.5 ? `rel-${randomUUID()}` : null,
        liaison: n % liaisons.length,
      };
      const ok = await file(fl);
      if (ok && fl.key && Math.random() < STORM_SHARE) await storm(fl);
      if (!ok && (down || server.exited())) await sleep(100);
    }
  };

  const writers = Array.from({ length: WRITERS }, (_, n) => writer(n));
  try {
    for (let i = 1; i <= opts.kills; i++) {
      await sleep(1000 + Math.random() * 2500);
      down = true;
      const t0 = performance.now();
      await server.kill9();
      f.kills++;
      server = await restart(store, server);
      down = false;
      const s = (performance.now() - t0) / 1000;
      f.maxRestartSeconds = Math.max(f.maxRestartSeconds, s);
      opts.log(`kill ${i}/${opts.kills}: back in ${s.toFixed(1)} s, ${acked.size} acknowledged`);
    }
    await sleep(1000);
  } finally {
    stopping = true;
    await Promise.all(writers);
  }
  // Every keyed filing left unanswered is retried until it is answered.
  for (let attempt = 0; retryQueue.length > 0 && attempt < 50; attempt++) {
    const queue = retryQueue.splice(0);
    f.retries += queue.length;
    await Promise.all(queue.map((fl) => file(fl)));
  }
  http.destroy();
  f.acknowledged = acked.size;
  await server.stop();
  await check(store, acked, f);
  server = await restart(store, server);
  return { figures: f, server };
}

/** Reads the stored reports straight from the database (the server is stopped). */
async function check(store: Store, acked: Map<string, string>, f: KillFigures) {
  const database = await openDatabase(
    store.url
      ? { engine: "postgres", url: store.url }
      : { engine: "pglite", dataDir: join(store.dataDir, "pgdata") },
  );
  try {
    const stored = await storedByMarker(database.db);
    for (const [marker, id] of acked) {
      const ids = stored.get(marker) ?? [];
      if (!ids.includes(id)) f.lost++;
    }
    for (const ids of stored.values()) f.duplicates += ids.length - 1;
    const audit = await verifyAudit(database.db);
    f.auditOk = audit.ok;
    if (!audit.ok) f.samples.push(`audit chain: ${JSON.stringify(audit.problem)}`);
  } finally {
    await database.close();
  }
}

async function storedByMarker(db: Db): Promise<Map<string, string[]>> {
  const rows = await sql<{ id: string; description: string }>`
    SELECT id, description FROM reports WHERE description LIKE ${`${MARK} %`}`.execute(db);
  const byMarker = new Map<string, string[]>();
  for (const r of rows.rows) {
    const marker = r.description.slice(MARK.length + 1, MARK.length + 37);
    byMarker.set(marker, [...(byMarker.get(marker) ?? []), r.id]);
  }
  return byMarker;
}
