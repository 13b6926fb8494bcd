/**
 * The seam for signatures (issue 14 part 2, decision 0022): called once per released report
 * product, inside the release's transaction, after the row is frozen and before it commits. The
 * signing change wires it to `signProduct(deps, { kind, id, bytes })` (and a checkpoint of the
 * audit chain), reading the frozen files from `deps.evidence` by the hashes on `product.files`.
 * Until then it does nothing: products are released unsigned, with their SHA-256 only.
 */
import type { ReportProduct } from "../domain/report-products.js";
import type { Deps, Tx } from "./deps.js";

export async function onProductReleased(
  _deps: Deps & { db: Tx },
  _product: ReportProduct,
): Promise<void> {
  // Deliberately empty: see the comment above.
}
