/**
 * The public portal (issue 14): server-written pages, readable without JavaScript and without a
 * login, in Arabic and English, at `/portal/{ar|en}/…`. Everyone here is the public, whatever
 * cookie the browser carries: reports are filed and findings read as the public would.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { answerOf } from "../errors.js";
import { DomainError } from "../../domain/errors.js";
import type { Deps } from "../../services/deps.js";
import { missionState } from "../../services/mission.js";
import { listParties } from "../../services/parties.js";
import { receiptFor, statusByReceipt } from "../../services/receipts.js";
import { createReport } from "../../services/reports.js";
import { getPublicIncident, listPublicIncidents } from "../../services/releases.js";
import { findingDetail, findingHeading, findingItem, type FindingView } from "./findings-pages.js";
import { html, type SafeHtml } from "../../domain/html.js";
import { builtArabicFonts, portalStylesheet } from "./portal-assets.js";
import { portalPage, type PortalSection } from "./portal-page.js";
import { PORTAL_LANGUAGES, PORTAL_WORDS, type PortalLanguage } from "./portal-text.js";
import { receiptFormBody, receiptStatusBody } from "./receipt-pages.js";
import { keysBody, reportsBody } from "./publication-pages.js";
import { getPublicProduct, listPublicProducts } from "../../services/report-products.js";
import { publicMap } from "../../services/public-map.js";
import {
  listPublicCommitments,
  publicAsOf,
  publicCommitmentScoreboard,
} from "../../services/public-commitments.js";
import { commitmentsBody } from "./commitments-page.js";
import { MAP_ROWS_PER_PAGE, mapBody, mapFieldsOf, problemText, readMapQuery } from "./map-page.js";
import { VERIFY_SCRIPT } from "./verify-script.js";
import { VERIFY_SCRIPT_PATH, verifyBody } from "./verify-page.js";
import { publishedCheckpoints } from "../../services/signing.js";
import { publishedKeys } from "../../services/signing-keys.js";
import { readReportForm, receiptBody, reportFormBody, type FormFields } from "./report-form.js";

const PAGE_SIZE = 20;
const COMMITMENTS_PER_PAGE = 50;
const NO_STORE = "no-store";
const REVALIDATE = "no-cache";

interface LangParams {
  lang: string;
}

function languageOf(req: FastifyRequest<{ Params: LangParams }>): PortalLanguage {
  const lang = req.params.lang;
  if ((PORTAL_LANGUAGES as readonly string[]).includes(lang)) return lang as PortalLanguage;
  throw new DomainError("page_not_found", `There is no portal in the language "${lang}".`);
}

/** The reader's language from the browser's list; Arabic first when it comes first. */
function preferredLanguage(acceptLanguage: string | undefined): PortalLanguage {
  const first = (acceptLanguage ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("ar") ? "ar" : "en";
}

export async function portalRoutes(
  app: FastifyInstance,
  opts: { deps: Deps; webRoot: string },
): Promise<void> {
  const { deps } = opts;
  const stylesheet = portalStylesheet(builtArabicFonts(opts.webRoot));

  // A plain HTML form posts url-encoded fields; the standard parser reads them.
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: 64 * 1024 },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  async function frame(lang: PortalLanguage) {
    const { mission } = await missionState(deps);
    return {
      lang,
      mission: {
        name: mission?.name ?? { en: "Ceasefire Monitor", ar: "مرصد وقف إطلاق النار" },
        timeZone: mission?.timeZone ?? "UTC",
      },
    };
  }

  async function send(
    reply: FastifyReply,
    lang: PortalLanguage,
    page: { section: PortalSection; path: string; title: string; body: SafeHtml; script?: string },
    opts: { status?: number; cache?: string } = {},
  ) {
    const f = await frame(lang);
    return reply
      .status(opts.status ?? 200)
      .header("cache-control", opts.cache ?? REVALIDATE)
      .type("text/html; charset=utf-8")
      .send(portalPage({ ...f, ...page }));
  }

  async function findingView(lang: PortalLanguage): Promise<FindingView> {
    const [f, parties] = await Promise.all([frame(lang), listParties(deps)]);
    return {
      lang,
      timeZone: f.mission.timeZone,
      parties: Object.fromEntries(parties.map((p) => [p.code, { en: p.nameEn, ar: p.nameAr }])),
    };
  }

  // Errors become pages in the reader's language: an unknown finding, too many posts, a fault.
  // The status is the API's (src/http/errors.ts); the words are the portal's, never the error's
  // own message, which is English and may say more than a visitor should read.
  app.setErrorHandler(async (err: FastifyError, req, reply) => {
    const lang = preferredLanguage(
      (req.params as Partial<LangParams>).lang ?? req.headers["accept-language"],
    );
    const w = PORTAL_WORDS[lang];
    const { status } = answerOf(err);
    if (status >= 500) req.log.error({ err }, "portal page failed");
    const isReceipt = req.url.includes("/receipt");
    const message =
      status === 429
        ? isReceipt
          ? w.receipt.limited
          : w.report.limited
        : status === 404
          ? w.findings.notFound
          : status < 500
            ? w.badRequest
            : w.fault;
    return send(
      reply,
      lang,
      {
        section: isReceipt
          ? "receipt"
          : req.url.includes("/map")
            ? "map"
            : req.url.includes("/commitments")
              ? "commitments"
              : req.url.includes("/verify")
                ? "verify"
                : req.url.includes("/report")
                  ? "report"
                  : "findings",
        path: "",
        title: w.portal,
        // The request's id, which the server's log lines carry too (src/http/request-id.ts).
        body: html`<p class="notice" role="alert">${message}</p>
          <p>${w.requestReference} <code dir="ltr">${req.id}</code></p>`,
      },
      { status, cache: NO_STORE },
    );
  });

  app.get("/portal/assets/portal.css", { schema: { hide: true } }, async (_req, reply) =>
    reply.header("cache-control", REVALIDATE).type("text/css; charset=utf-8").send(stylesheet),
  );

  app.get("/portal/assets/verify.js", { schema: { hide: true } }, async (_req, reply) =>
    reply
      .header("cache-control", REVALIDATE)
      .type("text/javascript; charset=utf-8")
      .send(VERIFY_SCRIPT),
  );

  app.get("/portal", { schema: { hide: true } }, async (req, reply) =>
    reply.redirect(`/portal/${preferredLanguage(req.headers["accept-language"])}`),
  );

  app.get<{ Params: LangParams }>(
    "/portal/:lang",
    { schema: { hide: true } },
    async (req, reply) => {
      const lang = languageOf(req);
      const w = PORTAL_WORDS[lang];
      const [page, view] = await Promise.all([
        listPublicIncidents(deps, { limit: 5 }),
        findingView(lang),
      ]);
      return send(reply, lang, {
        section: "home",
        path: "",
        title: w.portal,
        body: html`<p>${w.home.intro}</p>
          <h2>${w.home.latest}</h2>
          ${
            page.items.length
              ? html`<ul class="findings">
                    ${page.items.map((r) => findingItem(r, view))}
                  </ul>
                  <p><a href="/portal/${lang}/findings">${w.home.all}</a></p>`
              : html`<p class="muted">${w.home.none}</p>`
          }
          <h2>${w.nav.report}</h2>
          <p>${w.report.intro} <a href="/portal/${lang}/report">${w.report.title}</a></p>`,
      });
    },
  );

  app.get<{ Params: LangParams; Querystring: { cursor?: string } }>(
    "/portal/:lang/findings",
    { schema: { hide: true } },
    async (req, reply) => {
      const lang = languageOf(req);
      const w = PORTAL_WORDS[lang];
      const cursor = typeof req.query.cursor === "string" ? req.query.cursor : undefined;
      const [page, view] = await Promise.all([
        listPublicIncidents(deps, { cursor, limit: PAGE_SIZE }),
        findingView(lang),
      ]);
      return send(reply, lang, {
        section: "findings",
        path: "/findings",
        title: w.findings.title,
        body: page.items.length
          ? html`<ul class="findings">
                ${page.items.map((r) => findingItem(r, view))}
              </ul>
              ${page.nextCursor ? html`<p><a href="/portal/${lang}/findings?cursor=${encodeURIComponent(page.nextCursor)}">${w.findings.older}</a></p>` : ""}`
          : html`<p class="muted">${w.home.none}</p>`,
      });
    },
  );

  app.get<{ Params: LangParams & { id: string } }>(
    "/portal/:lang/findings/:id",
    { schema: { hide: true } },
    async (req, reply) => {
      const lang = languageOf(req);
      if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) {
        throw new DomainError("incident_not_found", "There is no such incident.");
      }
      const [release, view] = await Promise.all([
        getPublicIncident(deps, req.params.id),
        findingView(lang),
      ]);
      return send(reply, lang, {
        section: "findings",
        path: `/findings/${req.params.id}`,
        title: findingHeading(release, view),
        body: findingDetail(release, view),
      });
    },
  );

  app.get<{ Params: LangParams; Querystring: unknown }>(
    "/portal/:lang/map",
    { schema: { hide: true } },
    async (req, reply) => {
      const lang = languageOf(req);
      const fields = mapFieldsOf(req.query);
      const page = { section: "map" as const, path: "/map", title: PORTAL_WORDS[lang].map.title };
      const refuse = (problem: string) =>
        send(reply, lang, { ...page, body: mapBody(lang, fields, { problem }) }, { status: 400 });
      const read = readMapQuery(fields);
      if (!("ok" in read)) return refuse(problemText(lang, read));
      const pm = await publicMap(deps, read.value.query);
      const pages = Math.max(1, Math.ceil(pm.records.length / MAP_ROWS_PER_PAGE));
      if (read.value.page > pages)
        return refuse(problemText(lang, { key: "badPage", value: String(read.value.page) }));
      return send(reply, lang, {
        ...page,
        body: mapBody(lang, fields, { pm, page: read.value.page }),
      });
    },
  );

  app.get<{ Params: LangParams; Querystring: { cursor?: unknown } }>(
    "/portal/:lang/commitments",
    { schema: { hide: true } },
    async (req, reply) => {
      const lang = languageOf(req);
      const cursor = typeof req.query.cursor === "string" ? req.query.cursor : undefined;
      // One instant for the counts and the list.
      const asOf = await publicAsOf(deps);
      const [board, page, view, state] = await Promise.all([
        publicCommitmentScoreboard(deps, asOf),
        listPublicCommitments(deps, { cursor, limit: COMMITMENTS_PER_PAGE, asOf }),
        findingView(lang),
        missionState(deps),
      ]);
      const rules = state.mission?.releaseRules ?? {};
      return send(reply, lang, {
        section: "commitments",
        path: "/commitments",
        title: PORTAL_WORDS[lang].commitments.title,
        body: commitmentsBody({
          ...view,
          delayHours: rules.partiesFirst ? (rules.publicDelayHours ?? 0) : 0,
          board,
          page,
          paged: cursor !== undefined,
        }),
      });
    },
  );

  app.get<{ Params: LangParams; Querystring: { report?: unknown } }>(
    "/portal/:lang/verify",
    { schema: { hide: true } },
    async (req, reply) => {
      const lang = languageOf(req);
      const w = PORTAL_WORDS[lang].verify;
      const id = req.query.report;
      const page = { section: "verify" as const, path: "/verify", title: w.title };
      const origin = `${req.protocol}://${req.host}`;
      if (id === undefined || id === "") {
        return send(reply, lang, {
          ...page,
          script: VERIFY_SCRIPT_PATH,
          body: verifyBody(lang, origin, null),
        });
      }
      const notFound = (status: number) =>
        send(
          reply,
          lang,
          { ...page, body: html`<p class="notice" role="alert">${w.notFound}</p>` },
          { status, cache: NO_STORE },
        );
      if (typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id)) return notFound(400);
      try {
        const report = await getPublicProduct(deps, id);
        return send(reply, lang, {
          ...page,
          path: `/verify?report=${id}`,
          script: VERIFY_SCRIPT_PATH,
          body: verifyBody(lang, origin, report),
        });
      } catch (err) {
        if (err instanceof DomainError && err.code === "product_not_found") return notFound(404);
        throw err;
      }
    },
  );

  app.get<{ Params: LangParams }>(
    "/portal/:lang/reports",
    { schema: { hide: true } },
    async (req, reply) => {
      const lang = languageOf(req);
      const [products, f] = await Promise.all([
        listPublicProducts(deps, { limit: 50 }),
        frame(lang),
      ]);
      return send(reply, lang, {
        section: "reports",
        path: "/reports",
        title: PORTAL_WORDS[lang].reports.title,
        body: reportsBody(lang, products, f.mission.timeZone),
      });
    },
  );

  app.get<{ Params: LangParams }>(
    "/portal/:lang/keys",
    { schema: { hide: true } },
    async (req, reply) => {
      const lang = languageOf(req);
      const [keys, checkpoints, f] = await Promise.all([
        publishedKeys(deps),
        publishedCheckpoints(deps, { limit: 20 }),
        frame(lang),
      ]);
      return send(reply, lang, {
        section: "keys",
        path: "/keys",
        title: PORTAL_WORDS[lang].keys.title,
        body: keysBody(lang, keys, checkpoints.items, f.mission.timeZone),
      });
    },
  );

  app.get<{ Params: LangParams }>(
    "/portal/:lang/report",
    { schema: { hide: true } },
    async (req, reply) => {
      const lang = languageOf(req);
      return send(
        reply,
        lang,
        {
          section: "report",
          path: "/report",
          title: PORTAL_WORDS[lang].report.title,
          body: reportFormBody(lang, {}),
        },
        { cache: NO_STORE },
      );
    },
  );

  app.post<{ Params: LangParams; Body: FormFields }>(
    "/portal/:lang/report",
    { schema: { hide: true } },
    async (req, reply) => {
      const lang = languageOf(req);
      const w = PORTAL_WORDS[lang].report;
      const fields = (req.body ?? {}) as FormFields;
      const { mission } = await missionState(deps);
      const read = readReportForm(fields, lang, mission?.timeZone ?? "UTC", deps.clock());
      const page = { section: "report" as const, path: "/report", title: w.title };
      if (!read.ok) {
        return send(
          reply,
          lang,
          { ...page, body: reportFormBody(lang, fields, read.problem) },
          { status: 400, cache: NO_STORE },
        );
      }
      const { report } = await createReport(deps, { kind: "public" }, read.input, {
        idempotencyKey: read.idempotencyKey,
      });
      const receiptCode = await receiptFor(deps, report);
      return send(
        reply,
        lang,
        {
          ...page,
          title: w.received,
          body: receiptBody(lang, { trackingId: report.trackingId, receiptCode }),
        },
        { status: 201, cache: NO_STORE },
      );
    },
  );

  app.get<{ Params: LangParams }>(
    "/portal/:lang/receipt",
    { schema: { hide: true } },
    async (req, reply) => {
      const lang = languageOf(req);
      return send(
        reply,
        lang,
        {
          section: "receipt",
          path: "/receipt",
          title: PORTAL_WORDS[lang].receipt.title,
          body: receiptFormBody(lang, ""),
        },
        { cache: NO_STORE },
      );
    },
  );

  // A post, not a query string: the code stays out of addresses, histories and access logs.
  app.post<{ Params: LangParams; Body: { code?: string } }>(
    "/portal/:lang/receipt",
    { schema: { hide: true } },
    async (req, reply) => {
      const lang = languageOf(req);
      const w = PORTAL_WORDS[lang].receipt;
      const code = String((req.body as { code?: unknown } | undefined)?.code ?? "").slice(0, 80);
      const page = { section: "receipt" as const, path: "/receipt", title: w.title };
      try {
        const status = await statusByReceipt(deps, code);
        const { mission } = await missionState(deps);
        return send(
          reply,
          lang,
          { ...page, body: receiptStatusBody(lang, status, mission?.timeZone ?? "UTC") },
          { cache: NO_STORE },
        );
      } catch (err) {
        if (!(err instanceof DomainError && err.code === "receipt_not_found")) throw err;
        return send(
          reply,
          lang,
          { ...page, body: receiptFormBody(lang, code, w.notFound) },
          { status: 404, cache: NO_STORE },
        );
      }
    },
  );
}
