/**
 * What leaves the server of a report product, per reader: the mission sees who drafted and who
 * approved; the parties and the public do not. The public reads the public version: its sections
 * and added text without the parties-only ones, and its own files' hashes.
 */
import type { z } from "zod";
import { productTitle } from "../../domain/report-render.js";
import {
  addedFor,
  PRODUCT_APPROVERS,
  PRODUCT_AUTHORS,
  PRODUCT_MISSION_READERS,
  PRODUCT_RELEASERS,
  sectionsFor,
  type ReportProduct,
} from "../../domain/report-products.js";
import { hasRole, type Actor } from "../../domain/roles.js";
import type { ReportProductOut } from "../schemas/report-products.js";

type Out = z.input<typeof ReportProductOut>;

export function presentProduct(p: ReportProduct, viewer: Actor | "public"): Out {
  const audience = viewer === "public" ? "public" : "parties";
  const mission = viewer !== "public" && hasRole(viewer, ...PRODUCT_MISSION_READERS);
  const me = viewer !== "public" && viewer.kind === "user" ? viewer.userId : null;
  const may = (roles: readonly Parameters<typeof hasRole>[1][], state: string) =>
    viewer !== "public" && hasRole(viewer, ...roles) && p.state === state;
  return {
    id: p.id,
    reference: p.reference,
    kind: p.kind,
    classification: p.classification,
    state: p.state,
    title: { en: productTitle(p, "en"), ar: productTitle(p, "ar") },
    periodFrom: p.periodFrom.toISOString(),
    periodTo: p.periodTo.toISOString(),
    incidentId: mission || audience === "parties" ? p.incidentId : null,
    generatedAt: p.generatedAt.toISOString(),
    sections: [...sectionsFor(p.generated.sections, audience)],
    added: addedFor(p.added, p.generated.sections, audience) as Out["added"],
    createdBy: mission ? p.createdBy : null,
    approvedBy: mission ? p.approvedBy : null,
    submittedAt: mission ? (p.submittedAt?.toISOString() ?? null) : null,
    approvedAt: mission ? (p.approvedAt?.toISOString() ?? null) : null,
    releaseAt: p.releaseAt?.toISOString() ?? null,
    contentHash: p.contentHash,
    files:
      audience === "public"
        ? { html: p.files.publicHtml, pdf: p.files.publicPdf }
        : { html: p.files.partiesHtml, pdf: p.files.partiesPdf },
    mayEdit: may(PRODUCT_AUTHORS, "draft"),
    maySubmit: may(PRODUCT_AUTHORS, "draft"),
    mayApprove: may(PRODUCT_APPROVERS, "in_review") && me !== p.createdBy,
    mayRelease: may(PRODUCT_RELEASERS, "approved"),
  };
}

/** Headers of a product's file: inline HTML that may run nothing and fetch nothing, or a PDF. */
export function productFileHeaders(f: {
  reference: string;
  format: "html" | "pdf";
  sha256: string | null;
}): Record<string, string> {
  return {
    "content-type": f.format === "html" ? "text/html; charset=utf-8" : "application/pdf",
    "content-disposition": `${f.format === "html" ? "inline" : "attachment"}; filename="${f.reference}.${f.format}"`,
    ...(f.sha256 && { "x-content-sha256": f.sha256 }),
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
    // The document is self-contained: inline styles, inline fonts and images, no script.
    "content-security-policy":
      "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; frame-ancestors 'self'; sandbox",
  };
}
