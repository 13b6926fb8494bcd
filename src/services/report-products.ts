/**
 * Report products through their life (decision 0022): generated as a draft by an analyst or the
 * chief, edited (added text per section, in both languages, kept apart from what is generated),
 * regenerated, submitted, approved or returned by another person (four eyes), and released by
 * the chief: rendered to HTML and printed to PDF (outside the transaction: printing takes
 * seconds), the files stored under their SHA-256, then, in one transaction, the row frozen with
 * its content hash and its release instant, and the audit entry. Both parties read the product
 * from that instant (a condition evaluated in SQL), with identical bytes; the public too when it
 * is classified public, in its public version.
 *
 * Who reads what: the analysts, reviewers and the chief every product at every stage; a party's
 * liaison and the joint commission's members released products only, in the parties' version;
 * everyone, without login, the public version of released public products. A draft is answered
 * "not found" to anyone else, as if it did not exist.
 */
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { canonicalJson, sha256Hex } from "../domain/audit-chain.js";
import { DomainError } from "../domain/errors.js";
import { DEFAULT_DAILY_REPORT_CUTOFF } from "../domain/mission.js";
import { renderProductHtml } from "../domain/report-render.js";
import {
  checkAddedKeys,
  checkProductMove,
  nextState,
  PRODUCT_AUTHORS,
  PRODUCT_MISSION_READERS,
  productReference,
  type AddedText,
  type ProductClassification,
  type ProductKind,
  type ReportProduct,
} from "../domain/report-products.js";
import { hasRole, type Actor } from "../domain/roles.js";
import { wallTimeToIso } from "../domain/wall-time.js";
import { addDays, dayInZone, isCalendarDay, startOfDayInZone } from "../domain/zoned-days.js";
import { PrinterUnavailableError } from "../store/pdf-printer.js";
import { reportFontCss } from "../store/report-fonts.js";
import {
  countReferences,
  findProduct,
  findProductByIdempotencyKey,
  insertProduct,
  listProductRows,
  rowToProduct,
  updateProduct,
  type ProductRow,
} from "../store/report-products-repo.js";
import { requireRole, requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps } from "./deps.js";
import { currentMission } from "./mission.js";
import type { DetachedSignature } from "../domain/signatures.js";
import { onProductReleased, productFileSignature } from "./product-signing.js";
import { generateProduct } from "./report-generation.js";

export interface CreateProductInput {
  kind: ProductKind;
  classification: ProductClassification;
  /** daily: the day whose cut-off ends the 24 hours covered (mission's time zone). */
  day?: string;
  /** periodic, mandate: first and last calendar day covered (inclusive). */
  from?: string;
  to?: string;
  /** spot: the incident. */
  incidentId?: string;
}

const notFound = (id: string) =>
  new DomainError("product_not_found", `There is no report product ${id}, or you may not see it.`, {
    id,
  });

/** The period a product covers, from what was asked, in the mission's time zone. */
async function periodOf(
  deps: Deps,
  input: CreateProductInput,
): Promise<{ from: Date; to: Date; lastDay: string }> {
  const mission = await currentMission(deps);
  const tz = mission.timeZone;
  const day = (v: string | undefined, field: string) => {
    if (!v || !isCalendarDay(v)) {
      throw new DomainError("validation_failed", `${field} must be a calendar day "YYYY-MM-DD".`, {
        field,
      });
    }
    return v;
  };
  if (input.kind === "daily") {
    const d = day(input.day, "day");
    const cutoff = mission.dailyReportCutoff ?? DEFAULT_DAILY_REPORT_CUTOFF;
    const to = wallTimeToIso(`${d}T${cutoff}`, tz);
    const from = wallTimeToIso(`${addDays(d, -1)}T${cutoff}`, tz);
    return { from: new Date(from!), to: new Date(to!), lastDay: d };
  }
  if (input.kind === "spot") {
    if (!input.incidentId) {
      throw new DomainError("validation_failed", "A spot report names its incident.", {
        field: "incidentId",
      });
    }
    return { from: new Date(0), to: new Date(1), lastDay: "" };
  }
  const from = day(input.from, "from");
  const to = day(input.to, "to");
  if (to < from) {
    throw new DomainError("validation_failed", "The period ends before it begins.", {
      field: "to",
    });
  }
  return {
    from: startOfDayInZone(from, tz),
    to: startOfDayInZone(addDays(to, 1), tz),
    lastDay: to,
  };
}

export async function createProduct(
  deps: Deps,
  actor: Actor,
  input: CreateProductInput,
  opts: { idempotencyKey?: string } = {},
): Promise<{ product: ReportProduct; replayed: boolean }> {
  requireRole(actor, PRODUCT_AUTHORS, "generate a report product");
  requireUser(actor);
  const requestHash = opts.idempotencyKey ? sha256Hex(canonicalJson({ ...input })) : null;
  if (opts.idempotencyKey) {
    const prior = await inTransaction(deps, (tx) =>
      findProductByIdempotencyKey(tx, actor.userId, opts.idempotencyKey!),
    );
    if (prior) return { product: replay(prior, requestHash!), replayed: true };
  }
  let period = await periodOf(deps, input);
  let generated;
  if (input.kind === "spot") {
    generated = await generateProduct(deps, {
      kind: "spot",
      periodFrom: period.from,
      periodTo: period.to,
      incidentId: input.incidentId,
    });
    const s = generated.sections.find((x) => x.key === "incident");
    const i = s?.key === "incident" ? s.incident : null;
    const from = new Date(i!.occurredFrom);
    const to = new Date(Math.max(new Date(i!.occurredTo).getTime(), from.getTime() + 60_000));
    period = { from, to, lastDay: dayInZone(from, generated.timeZone) };
  } else {
    generated = await generateProduct(deps, {
      kind: input.kind,
      periodFrom: period.from,
      periodTo: period.to,
    });
  }
  const now = deps.clock();
  const row = await inTransaction(deps, async (tx) => {
    if (opts.idempotencyKey) {
      const prior = await findProductByIdempotencyKey(tx, actor.userId, opts.idempotencyKey);
      if (prior) return { prior };
    }
    const base = productReference(input.kind, period.lastDay, 1);
    const taken = await countReferences(tx, base);
    const reference = productReference(input.kind, period.lastDay, taken + 1);
    const id = randomUUID();
    const inserted = await insertProduct(tx, {
      id,
      reference,
      kind: input.kind,
      classification: input.classification,
      state: "draft",
      period_from: period.from,
      period_to: period.to,
      incident_id: input.kind === "spot" ? input.incidentId! : null,
      generated: JSON.stringify(generated),
      generated_at: now,
      added: JSON.stringify({}),
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      idempotency_key: opts.idempotencyKey ?? null,
      request_hash: requestHash,
    });
    await appendAudit(tx, {
      actor,
      action: "report_product.generated",
      subject: `report_product:${id}`,
      at: now,
      rows: [{ table: "report_products", id }],
      details: { reference, kind: input.kind, classification: input.classification },
    });
    return { inserted };
  });
  if ("prior" in row) return { product: replay(row.prior!, requestHash!), replayed: true };
  return { product: rowToProduct(row.inserted), replayed: false };
}

function replay(prior: ProductRow, requestHash: string): ReportProduct {
  if (prior.request_hash !== requestHash) {
    throw new DomainError(
      "idempotency_key_reused",
      "This Idempotency-Key was already used for a different report product. Use a new key.",
    );
  }
  return rowToProduct(prior);
}

/** Runs `change` on the locked row after checking the move; writes it and its audit entry. */
async function changeProduct(
  deps: Deps,
  actor: Actor,
  id: string,
  move: Parameters<typeof checkProductMove>[2],
  action: string,
  change: (p: ReportProduct, now: Date) => Promise<Parameters<typeof updateProduct>[2]>,
  expectedUpdatedAt?: Date,
): Promise<ReportProduct> {
  requireUser(actor);
  if (!hasRole(actor, ...PRODUCT_MISSION_READERS)) throw notFound(id);
  const row = await inTransaction(deps, async (tx) => {
    const current = await findProduct(tx, id, true);
    if (!current) throw notFound(id);
    const product = rowToProduct(current);
    checkProductMove(actor, product, move);
    if (expectedUpdatedAt && product.updatedAt.getTime() !== expectedUpdatedAt.getTime()) {
      throw new DomainError(
        "product_state_conflict",
        `Report ${product.reference} changed while it was being released; release it again.`,
      );
    }
    const now = deps.clock();
    const set = await change(product, now);
    const updated = await updateProduct(tx, id, { ...set, updated_at: now });
    await appendAudit(tx, {
      actor,
      action,
      subject: `report_product:${id}`,
      at: now,
      rows: [{ table: "report_products", id }],
      details: { reference: product.reference, from: product.state, to: updated.state },
    });
    if (updated.state === "released") {
      // The seam for signatures (decision 0022): a later change signs the frozen bytes here.
      await onProductReleased({ ...deps, db: tx }, rowToProduct(updated));
    }
    return updated;
  });
  return rowToProduct(row);
}

export async function editProduct(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { added?: AddedText; classification?: ProductClassification },
): Promise<ReportProduct> {
  return changeProduct(deps, actor, id, "edit", "report_product.edited", async (p) => {
    if (input.added) checkAddedKeys(p.kind, input.added);
    return {
      ...(input.added && { added: JSON.stringify(input.added) }),
      ...(input.classification && { classification: input.classification }),
    };
  });
}

/** Generates the sections again from today's data; the added text stays as written. */
export async function regenerateProduct(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<ReportProduct> {
  const before = await readableProduct(deps, actor, id);
  checkProductMove(actor, before, "edit");
  const generated = await generateProduct(deps, {
    kind: before.kind,
    periodFrom: before.periodFrom,
    periodTo: before.periodTo,
    incidentId: before.incidentId,
  });
  return changeProduct(deps, actor, id, "edit", "report_product.regenerated", async (_p, now) => ({
    generated: JSON.stringify(generated),
    generated_at: now,
  }));
}

export async function moveProduct(
  deps: Deps,
  actor: Actor,
  id: string,
  move: "submit" | "approve" | "return",
): Promise<ReportProduct> {
  requireUser(actor);
  const userId = actor.userId;
  return changeProduct(deps, actor, id, move, `report_product.${move}`, async (_p, now) => {
    const state = nextState(move);
    if (move === "submit") return { state, submitted_by: userId, submitted_at: now };
    if (move === "approve") return { state, approved_by: userId, approved_at: now };
    return { state, approved_by: null, approved_at: null };
  });
}

/** The bytes of each version, rendered and printed. */
interface Frozen {
  contentHash: string;
  releaseAt: Date;
  partiesHtml: string;
  partiesPdf: string;
  publicHtml: string | null;
  publicPdf: string | null;
}

export async function releaseProduct(deps: Deps, actor: Actor, id: string): Promise<ReportProduct> {
  const product = await readableProduct(deps, actor, id);
  checkProductMove(actor, product, "release");
  const releaseAt = deps.clock();
  const content = {
    reference: product.reference,
    kind: product.kind,
    classification: product.classification,
    periodFrom: product.periodFrom.toISOString(),
    periodTo: product.periodTo.toISOString(),
    generated: product.generated,
    added: product.added,
    releaseAt: releaseAt.toISOString(),
  };
  const contentHash = sha256Hex(canonicalJson(content as never));
  const release = { at: releaseAt, contentHash };
  const store = async (bytes: Buffer) =>
    (await deps.evidence.put(Readable.from([bytes]), 64 * 1024 * 1024)).sha256;
  const version = async (audience: "parties" | "public") => {
    const html = await renderHtml(product, audience, release);
    const pdf = await printPdf(deps, html);
    return { html: await store(Buffer.from(html, "utf8")), pdf: await store(pdf) };
  };
  const parties = await version("parties");
  const pub = product.classification === "public" ? await version("public") : null;
  const frozen: Frozen = {
    contentHash,
    releaseAt,
    partiesHtml: parties.html,
    partiesPdf: parties.pdf,
    publicHtml: pub?.html ?? null,
    publicPdf: pub?.pdf ?? null,
  };
  return changeProduct(
    deps,
    actor,
    id,
    "release",
    "report_product.released",
    async () => ({
      state: "released",
      released_by: actor.kind === "user" ? actor.userId : null,
      release_at: frozen.releaseAt,
      content_hash: frozen.contentHash,
      parties_html_sha256: frozen.partiesHtml,
      parties_pdf_sha256: frozen.partiesPdf,
      public_html_sha256: frozen.publicHtml,
      public_pdf_sha256: frozen.publicPdf,
    }),
    product.updatedAt,
  );
}

async function renderHtml(
  p: ReportProduct,
  audience: "parties" | "public",
  release: { at: Date; contentHash: string } | null,
): Promise<string> {
  return renderProductHtml({ ...p, release }, { audience, fontCss: await reportFontCss() });
}

async function printPdf(deps: Deps, html: string): Promise<Buffer> {
  const unavailable = (path?: string) =>
    new DomainError(
      "pdf_printer_unavailable",
      `The PDF cannot be printed: Chromium${path ? ` at ${path}` : ""} could not be started. ` +
        "Install Chromium or set CFM_CHROMIUM to its executable.",
    );
  if (!deps.printer) throw unavailable();
  try {
    return await deps.printer.print(html);
  } catch (err) {
    if (err instanceof PrinterUnavailableError) throw unavailable(err.executablePath);
    throw err;
  }
}

/** Whether the actor reads released products only (the parties and the commission). */
function readsReleasedOnly(actor: Actor): boolean {
  return hasRole(actor, "liaison", "commission");
}

async function readableProduct(deps: Deps, actor: Actor, id: string): Promise<ReportProduct> {
  requireUser(actor);
  if (!hasRole(actor, ...PRODUCT_MISSION_READERS) && !readsReleasedOnly(actor)) {
    throw new DomainError("forbidden", `The ${actor.role} role reads the public reports only.`);
  }
  const row = await findProduct(deps.db, id);
  if (!row) throw notFound(id);
  const p = rowToProduct(row);
  if (!hasRole(actor, ...PRODUCT_MISSION_READERS)) {
    if (p.state !== "released" || p.releaseAt! > deps.clock()) throw notFound(id);
  }
  return p;
}

export const getProduct = readableProduct;

export async function listProducts(
  deps: Deps,
  actor: Actor,
  q: { limit: number },
): Promise<ReportProduct[]> {
  requireUser(actor);
  if (hasRole(actor, ...PRODUCT_MISSION_READERS)) {
    return (await listProductRows(deps.db, { limit: q.limit })).map(rowToProduct);
  }
  if (readsReleasedOnly(actor)) {
    return (await listProductRows(deps.db, { releasedBy: deps.clock(), limit: q.limit })).map(
      rowToProduct,
    );
  }
  throw new DomainError("forbidden", `The ${actor.role} role reads the public reports only.`);
}

export type ProductFormat = "html" | "pdf";

export interface ProductFile {
  reference: string;
  format: ProductFormat;
  /** Stored (released) or made now (a draft's preview). */
  body: Readable | Buffer;
  sha256: string | null;
}

/** The parties' version (a draft's made now), for those who read the product. */
export async function productFile(
  deps: Deps,
  actor: Actor,
  id: string,
  format: ProductFormat,
): Promise<ProductFile> {
  const p = await readableProduct(deps, actor, id);
  if (p.state === "released") {
    const sha = format === "html" ? p.files.partiesHtml! : p.files.partiesPdf!;
    return { reference: p.reference, format, body: deps.evidence.open(sha), sha256: sha };
  }
  const html = await renderHtml(p, "parties", null);
  const body = format === "html" ? Buffer.from(html, "utf8") : await printPdf(deps, html);
  return { reference: p.reference, format, body, sha256: null };
}

/** Released public products, newest first, without login. */
export async function listPublicProducts(deps: Deps, q: { limit: number }) {
  return (
    await listProductRows(deps.db, { releasedBy: deps.clock(), publicOnly: true, limit: q.limit })
  ).map(rowToProduct);
}

export async function getPublicProduct(deps: Deps, id: string): Promise<ReportProduct> {
  const row = await findProduct(deps.db, id);
  const p = row && rowToProduct(row);
  if (!p || p.state !== "released" || p.releaseAt! > deps.clock() || !p.files.publicHtml) {
    throw notFound(id);
  }
  return p;
}

export async function publicProductFile(
  deps: Deps,
  id: string,
  format: ProductFormat,
): Promise<ProductFile> {
  const p = await getPublicProduct(deps, id);
  const sha = format === "html" ? p.files.publicHtml! : p.files.publicPdf!;
  return { reference: p.reference, format, body: deps.evidence.open(sha), sha256: sha };
}

/** One step of the workflow: submit, approve, return, or release. */
export function transitionProduct(
  deps: Deps,
  actor: Actor,
  id: string,
  action: "submit" | "approve" | "return" | "release",
): Promise<ReportProduct> {
  return action === "release"
    ? releaseProduct(deps, actor, id)
    : moveProduct(deps, actor, id, action);
}

/** The detached signature of a released product's file (the parties' version), for its readers. */
export async function productSignatureFile(
  deps: Deps,
  actor: Actor,
  id: string,
  format: ProductFormat,
): Promise<DetachedSignature> {
  return productFileSignature(deps, await readableProduct(deps, actor, id), "parties", format);
}

/** The detached signature of a published product's public file, without login. */
export async function publicProductSignatureFile(
  deps: Deps,
  id: string,
  format: ProductFormat,
): Promise<DetachedSignature> {
  return productFileSignature(deps, await getPublicProduct(deps, id), "public", format);
}
