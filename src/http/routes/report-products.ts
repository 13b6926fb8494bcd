/** Report products (issue 14 part 1, decision 0022): the mission's workflow and the public list. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../services/deps.js";
import {
  createProduct,
  editProduct,
  getProduct,
  getPublicProduct,
  listProducts,
  listPublicProducts,
  productFile,
  productSignatureFile,
  publicProductFile,
  publicProductSignatureFile,
  regenerateProduct,
  transitionProduct,
} from "../../services/report-products.js";
import { presentProduct, productFileHeaders } from "../presenters/report-products.js";
import { idParams } from "../schemas/common.js";
import { DetachedSignatureOut } from "../schemas/signatures.js";
import { IdempotencyHeaders } from "../schemas/reports.js";
import {
  CreateProductBody,
  EditProductBody,
  ProductListQuery,
  ProductTransitionBody,
  ReportProductList,
  ReportProductOut,
  productFileResponse,
} from "../schemas/report-products.js";

export function reportProductRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/products",
    {
      schema: {
        summary: "Report products: every one for the mission, the released ones for the parties",
        querystring: ProductListQuery,
        response: { 200: ReportProductList },
      },
    },
    async (req) => ({
      items: (await listProducts(deps, req.actor, req.query)).map((p) =>
        presentProduct(p, req.actor),
      ),
    }),
  );

  r.post(
    "/products",
    {
      schema: {
        summary: "Generate a report product as a draft (an analyst, the chief)",
        headers: IdempotencyHeaders,
        body: CreateProductBody,
        response: {
          201: ReportProductOut,
          200: ReportProductOut.describe("A retry with the same Idempotency-Key: the same draft"),
        },
      },
    },
    async (req, reply) => {
      const { product, replayed } = await createProduct(deps, req.actor, req.body, {
        idempotencyKey: req.headers["idempotency-key"],
      });
      reply.status(replayed ? 200 : 201).header("location", `/api/v1/products/${product.id}`);
      return presentProduct(product, req.actor);
    },
  );

  r.get(
    "/products/:id",
    {
      schema: {
        summary: "One report product: its generated sections and added text",
        params: idParams,
        response: { 200: ReportProductOut },
      },
    },
    async (req) => presentProduct(await getProduct(deps, req.actor, req.params.id), req.actor),
  );

  r.put(
    "/products/:id",
    {
      schema: {
        summary: "Edit a draft: the added text per section, or its classification",
        params: idParams,
        body: EditProductBody,
        response: { 200: ReportProductOut },
      },
    },
    async (req) =>
      presentProduct(await editProduct(deps, req.actor, req.params.id, req.body), req.actor),
  );

  r.post(
    "/products/:id/regenerate",
    {
      schema: {
        summary: "Generate a draft's sections again from the data; added text is kept",
        params: idParams,
        response: { 200: ReportProductOut },
      },
    },
    async (req) =>
      presentProduct(await regenerateProduct(deps, req.actor, req.params.id), req.actor),
  );

  r.post(
    "/products/:id/transitions",
    {
      schema: {
        summary:
          "Submit, approve or return (four eyes), or release (the chief: frozen, to both parties at once)",
        params: idParams,
        body: ProductTransitionBody,
        response: { 200: ReportProductOut },
      },
    },
    async (req) =>
      presentProduct(
        await transitionProduct(deps, req.actor, req.params.id, req.body.action),
        req.actor,
      ),
  );

  for (const format of ["html", "pdf"] as const) {
    r.get(
      `/products/:id.${format}`,
      {
        schema: {
          summary: `The product as ${format.toUpperCase()} (the parties' version; a draft's made now)`,
          params: idParams,
          response: productFileResponse(`The ${format.toUpperCase()} document`),
        },
      },
      async (req, reply) => {
        const file = await productFile(deps, req.actor, req.params.id, format);
        return reply.headers(productFileHeaders(file)).send(file.body);
      },
    );

    r.get(
      `/products/:id.${format}.cfm-sig.json`,
      {
        schema: {
          summary: `The detached signature of a released product's ${format.toUpperCase()} (the parties' version)`,
          params: idParams,
          response: { 200: DetachedSignatureOut },
        },
      },
      async (req, reply) => {
        const sig = await productSignatureFile(deps, req.actor, req.params.id, format);
        reply.header("content-disposition", signatureDisposition(sig.fileName));
        return sig;
      },
    );
  }
}

/** Released public report products, without login. */
export function publicProductRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/public/reports",
    {
      config: { tokenScope: "any", auth: "none" },
      schema: {
        summary: "Published report products (no login): the public versions",
        querystring: ProductListQuery,
        response: { 200: ReportProductList },
      },
    },
    async (req) => ({
      items: (await listPublicProducts(deps, req.query)).map((p) => presentProduct(p, "public")),
    }),
  );

  r.get(
    "/public/reports/:id",
    {
      config: { tokenScope: "any", auth: "none" },
      schema: {
        summary: "One published report product (no login)",
        params: idParams,
        response: { 200: ReportProductOut },
      },
    },
    async (req) => presentProduct(await getPublicProduct(deps, req.params.id), "public"),
  );

  for (const format of ["html", "pdf"] as const) {
    r.get(
      `/public/reports/:id.${format}`,
      {
        config: { tokenScope: "any", auth: "none" },
        schema: {
          summary: `A published report product as ${format.toUpperCase()} (no login)`,
          params: idParams,
          response: productFileResponse(`The public ${format.toUpperCase()} document`),
        },
      },
      async (req, reply) => {
        const file = await publicProductFile(deps, req.params.id, format);
        return reply.headers(productFileHeaders(file)).send(file.body);
      },
    );

    r.get(
      `/public/reports/:id.${format}.cfm-sig.json`,
      {
        config: { tokenScope: "any", auth: "none" },
        schema: {
          summary: `The detached signature of a published product's ${format.toUpperCase()} (no login)`,
          params: idParams,
          response: { 200: DetachedSignatureOut },
        },
      },
      async (req, reply) => {
        const sig = await publicProductSignatureFile(deps, req.params.id, format);
        reply.header("content-disposition", signatureDisposition(sig.fileName));
        return sig;
      },
    );
  }
}

const signatureDisposition = (fileName: string) =>
  `attachment; filename="${fileName}.cfm-sig.json"`;
