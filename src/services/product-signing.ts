/**
 * Report products are signed like finding releases (decisions 0020, 0022): each frozen file (the
 * parties' and the public's HTML and PDF) is signed by its SHA-256 inside the release's
 * transaction, with a checkpoint of the audit chain, and its detached signature
 * (`FILE.pdf.cfm-sig.json`) is served beside it to whoever may read the file.
 */
import { DomainError } from "../domain/errors.js";
import type { ReportProduct } from "../domain/report-products.js";
import { signaturesOf } from "../store/signatures-repo.js";
import type { Deps, Tx } from "./deps.js";
import type { DetachedSignature } from "../domain/signatures.js";
import { detachedSignature, signProduct } from "./signing.js";

type FileSlot = keyof ReportProduct["files"];
type ProductFormat = "html" | "pdf";

/** What a file's signature names: the product and which of its files. */
function signedId(productId: string, slot: FileSlot): string {
  return `${productId}/${slot}`;
}

export async function onProductReleased(
  deps: Deps & { db: Tx },
  product: ReportProduct,
): Promise<void> {
  for (const slot of Object.keys(product.files) as FileSlot[]) {
    const sha256 = product.files[slot];
    if (sha256) await signProduct(deps, { kind: "report", id: signedId(product.id, slot), sha256 });
  }
}

/** The detached signature of one released file of a product the caller may read. */
export async function productFileSignature(
  deps: Deps,
  product: ReportProduct,
  audience: "parties" | "public",
  format: ProductFormat,
): Promise<DetachedSignature> {
  const slot: FileSlot = `${audience}${format === "html" ? "Html" : "Pdf"}`;
  const id = signedId(product.id, slot);
  const signed = (await signaturesOf(deps.db, "report", [id])).get(id);
  if (!signed?.checkpoint || product.state !== "released") {
    throw new DomainError(
      "release_unsigned",
      `This file of ${product.reference} is not signed: only a released product's files are.`,
      { id: product.id },
    );
  }
  const { id: _rowId, productId, kind, checkpoint, ...rest } = signed;
  return detachedSignature(
    deps,
    {
      ...rest,
      kind,
      id: productId,
      // The checkpoint as signed: no more than its signed fields.
      checkpoint: {
        seq: checkpoint.seq,
        headHash: checkpoint.headHash,
        at: checkpoint.at,
        keyId: checkpoint.keyId,
        signature: checkpoint.signature,
      },
    },
    `${product.reference}.${format}`,
  );
}
