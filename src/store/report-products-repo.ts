/** Report products (decision 0022): their rows, and the reads generation is made of. */
import { sql, type Insertable, type Selectable, type Updateable } from "kysely";
import type {
  AddedText,
  Generated,
  ProductClassification,
  ProductKind,
  ProductState,
  ReportProduct,
} from "../domain/report-products.js";
import type { LinealGeometry } from "../domain/geo/geojson.js";
import type { CategoryCode } from "../domain/taxonomy.js";
import type { Db, Tx } from "./database.js";
import type { ReportProductsTable } from "./schema.js";
import { sectorSql } from "./sector-sql.js";

export type ProductRow = Selectable<ReportProductsTable>;

export function rowToProduct(r: ProductRow): ReportProduct {
  return {
    id: r.id,
    reference: r.reference,
    kind: r.kind as ProductKind,
    classification: r.classification as ProductClassification,
    state: r.state as ProductState,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    incidentId: r.incident_id,
    generated: r.generated as Generated,
    generatedAt: r.generated_at,
    added: (r.added ?? {}) as AddedText,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    submittedBy: r.submitted_by,
    submittedAt: r.submitted_at,
    approvedBy: r.approved_by,
    approvedAt: r.approved_at,
    releasedBy: r.released_by,
    releaseAt: r.release_at,
    contentHash: r.content_hash,
    files: {
      partiesHtml: r.parties_html_sha256,
      partiesPdf: r.parties_pdf_sha256,
      publicHtml: r.public_html_sha256,
      publicPdf: r.public_pdf_sha256,
    },
  };
}

export function insertProduct(tx: Tx, row: Insertable<ReportProductsTable>): Promise<ProductRow> {
  return tx.insertInto("report_products").values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateProduct(
  tx: Tx,
  id: string,
  set: Updateable<ReportProductsTable>,
): Promise<ProductRow> {
  return tx
    .updateTable("report_products")
    .set(set)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The row, locked for the caller's transaction when `forUpdate`. */
export function findProduct(db: Db | Tx, id: string, forUpdate = false) {
  let q = db.selectFrom("report_products").selectAll().where("id", "=", id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function findProductByIdempotencyKey(tx: Tx, createdBy: string, key: string) {
  return tx
    .selectFrom("report_products")
    .selectAll()
    .where("created_by", "=", createdBy)
    .where("idempotency_key", "=", key)
    .executeTakeFirst();
}

/** How many references start with `prefix` (DR-2020-01-15…), to number a second one. */
export async function countReferences(tx: Tx, prefix: string): Promise<number> {
  const r = await tx
    .selectFrom("report_products")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("reference", "like", `${prefix}%`)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Products newest first. `releasedBy` given: only those released by that instant (what the
 * parties and the public read); else every product (the mission).
 */
export function listProductRows(
  db: Db | Tx,
  f: { releasedBy?: Date; publicOnly?: boolean; limit: number },
) {
  let q = db.selectFrom("report_products").selectAll();
  if (f.releasedBy) {
    q = q.where("state", "=", "released").where("release_at", "<=", f.releasedBy);
  }
  if (f.publicOnly) q = q.where("classification", "=", "public");
  return q
    .orderBy(f.releasedBy ? "release_at" : "updated_at", "desc")
    .orderBy("id", "desc")
    .limit(f.limit)
    .execute();
}

export interface WindowIncidentRow {
  id: string;
  reference: string;
  category: CategoryCode;
  occurred_from: Date;
  occurred_to: Date;
  lat: number | null;
  lon: number | null;
  sector: string;
  explosions: number;
  outcome: string | null;
  /** Whether its detail may go to both parties (classification and embargo). */
  listable: boolean;
  is_public: boolean;
}

/**
 * Incidents the mission may share (classified public or for the parties) that began in [from, to),
 * with their sector, the most explosions any of their reports counted, the outcome of their latest
 * finding, and whether their detail may be listed in a product both parties receive: already
 * released to the public, or to the parties with every party concerned; or the mission's own
 * observation, classified public or for every party, past any embargo. `is_public`: the same for
 * the public version.
 */
export async function incidentsInWindow(
  db: Db | Tx,
  window: { from: Date; to: Date },
  partyCodes: readonly string[],
  now: Date,
  incidentId?: string,
): Promise<WindowIncidentRow[]> {
  const allConcerned = sql`incidents.concerned_parties @> ${sql.val([...partyCodes])}::text[]`;
  const pastEmbargo = sql`(incidents.embargo_until IS NULL OR incidents.embargo_until <= ${now})`;
  // reps: the incident's reports, read once through their index: the most explosions any counted,
  // and whether it is the mission's own observation (no report of it came from a party, the public
  // or the media). A NOT EXISTS for the latter was planned as a scan of every report held.
  const { rows } = await sql<WindowIncidentRow>`
    SELECT incidents.id, incidents.reference, incidents.category, incidents.occurred_from, incidents.occurred_to, incidents.lat, incidents.lon,
      ${sectorSql("incidents")} AS sector,
      reps.explosions,
      (SELECT f.outcome FROM findings f WHERE f.incident_id = incidents.id
        ORDER BY f.version DESC LIMIT 1) AS outcome,
      (incidents.public_release_at <= ${now}
        OR (incidents.parties_release_at <= ${now} AND ${allConcerned})
        OR (reps.own AND ${pastEmbargo} AND (incidents.classification = 'public'
          OR (incidents.classification = 'parties' AND ${allConcerned})))) AS listable,
      (incidents.public_release_at <= ${now}
        OR (reps.own AND ${pastEmbargo} AND incidents.classification = 'public'))
        AS is_public
    FROM incidents
    CROSS JOIN LATERAL (
      SELECT coalesce(max((r.counts->>'explosions')::int)
          FILTER (WHERE r.status <> 'superseded'), 0)::int AS explosions,
        coalesce(bool_and(r.source_kind IN ('monitor', 'sensor')), true) AS own
      FROM reports r WHERE r.incident_id = incidents.id) reps
    WHERE incidents.classification IN ('public', 'parties') AND ${
      incidentId
        ? sql`incidents.id = ${incidentId}`
        : sql`incidents.occurred_from >= ${window.from} AND incidents.occurred_from < ${window.to}`
    }
    ORDER BY incidents.occurred_from, incidents.reference`.execute(db);
  return rows;
}

export interface ComplaintCountRow {
  party: string;
  category: CategoryCode;
  outcome: string | null;
  n: number;
}

/** Party complaints received in [from, to) per filing party, category and their finding's outcome. */
export async function complaintsInWindow(
  db: Db | Tx,
  window: { from: Date; to: Date },
): Promise<ComplaintCountRow[]> {
  const { rows } = await sql<ComplaintCountRow>`
    SELECT r.submitter_party AS party, r.category,
      (SELECT f.outcome FROM findings f WHERE f.incident_id = r.incident_id
        ORDER BY f.version DESC LIMIT 1) AS outcome,
      count(*)::int AS n
    FROM reports r
    WHERE r.source_kind = 'party_complaint' AND r.submitter_party IS NOT NULL
      AND r.status <> 'superseded'
      AND r.received_at >= ${window.from} AND r.received_at < ${window.to}
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`.execute(db);
  return rows;
}

export interface CbmObservationRow {
  reference: string;
  title_en: string;
  title_ar: string;
  status: string;
  note_en: string;
  note_ar: string;
}

/** Progress observed in [from, to) on public commitments, oldest first. */
export async function publicObservationsInWindow(
  db: Db | Tx,
  window: { from: Date; to: Date },
): Promise<CbmObservationRow[]> {
  return db
    .selectFrom("commitment_observations as o")
    .innerJoin("commitments as c", "c.id", "o.commitment_id")
    .select(["c.reference", "c.title_en", "c.title_ar", "c.status", "o.note_en", "o.note_ar"])
    .where("c.public", "=", true)
    .where("o.observed_at", ">=", window.from)
    .where("o.observed_at", "<", window.to)
    .orderBy("o.observed_at")
    .execute();
}

/**
 * Lines of contact valid at `at`: the agreed ones when there are any, else every one (unless
 * `agreedOnly`, as the public map asks: a line no commission adopted is not the public's).
 */
export async function linesOfContactAt(
  db: Db | Tx,
  at: Date,
  opts: { agreedOnly?: boolean } = {},
): Promise<LinealGeometry[]> {
  const rows = await db
    .selectFrom("geo_layer_versions as v")
    .innerJoin("geo_layers as l", "l.id", "v.layer_id")
    .select(["v.geometry", "v.status"])
    .where("l.kind", "=", "line_of_contact")
    .where("v.valid_from", "<=", at)
    .where((eb) => eb.or([eb("v.valid_to", "is", null), eb("v.valid_to", ">", at)]))
    .execute();
  const agreed = rows.filter((r) => r.status === "agreed");
  return (agreed.length > 0 || opts.agreedOnly ? agreed : rows).map(
    (r) => r.geometry as LinealGeometry,
  );
}

/** The public narrative of the latest release of an incident to the parties or the public. */
export async function releasedNarrative(
  db: Db | Tx,
  incidentId: string,
  now: Date,
): Promise<{ en: string | null; ar: string | null } | null> {
  const r = await db
    .selectFrom("releases")
    .select("content")
    .where("incident_id", "=", incidentId)
    .where("audience", "in", ["parties", "public"])
    .where("release_at", "<=", now)
    .orderBy("release_at", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!r) return null;
  const f = (r.content as { finding?: { publicNarrative?: string; publicNarrativeAr?: string } })
    .finding;
  return { en: f?.publicNarrative ?? null, ar: f?.publicNarrativeAr ?? null };
}
