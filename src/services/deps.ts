/**
 * What every service receives: a database (or a transaction), a clock, the file store and the
 * mission's geography.
 */
import type { MissionGeography } from "../domain/geo/mission-geography.js";
import type { Db, Tx } from "../store/database.js";
import type { EvidenceStore } from "../store/evidence-store.js";
import type { KeyStore } from "../store/key-store.js";
import type { PdfPrinter } from "../store/pdf-printer.js";

export type { Db, Tx };

export interface Deps {
  db: Db;
  clock: () => Date;
  evidence: EvidenceStore;
  /** The mission's private signing keys, outside the database (CFM_KEYS_DIR, decision 0020). */
  keys: KeyStore;
  /** The gazetteer, districts and area of the mission served, as configured (CFM_GEOGRAPHY). */
  geography: MissionGeography;
  /**
   * The demo scenario's waiver: users marked is_demo log in without a second factor. Only ever
   * on for a demo (`serve --demo`, tests); absent means off (decision 0006).
   */
  demoSecondFactorWaiver?: boolean;
  /**
   * Optional counters of how work was done (e.g. which write path intake took), for tests and
   * benchmarks; absent, nothing is counted.
   */
  metrics?: Metrics;
  /** The operator's SMTP server (CFM_SMTP_*); absent, e-mail notices fail and are logged. */
  mailer?: Mailer;
  /** Prints report products to PDF (Chromium, CFM_CHROMIUM); absent, printing is refused. */
  printer?: PdfPrinter;
}

/** Sends one plain-text e-mail (src/services/mailer.ts over SMTP). */
export interface Mailer {
  /** The app's address, to make a notice's link absolute (CFM_PUBLIC_URL). */
  linkBase: string;
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/** A sink for named counts. */
interface Metrics {
  count(name: string): void;
}

/** Runs `fn` in one transaction: its writes and their audit entries commit together or not at all. */
export function inTransaction<T>(deps: Deps, fn: (tx: Tx) => Promise<T>): Promise<T> {
  // Inside a transaction already (a use case composed into a larger one, e.g. a mission's set-up
  // importing its agreements): the work joins it, and commits or rolls back with it.
  if (deps.db.isTransaction) return fn(deps.db as Tx);
  return deps.db.transaction().execute(fn);
}
