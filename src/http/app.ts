/** Builds the Fastify application: plugins, error mapping, who-is-calling, and the routes. */
import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { responseSerializer } from "./response-serializer.js";
import type { Engine, PoolStats } from "../store/database.js";
import type { Deps } from "../services/deps.js";
import { errorHandler, notFoundHandler } from "./errors.js";
import { registerActorResolution } from "./context.js";
import { registerAccountGuards } from "./account-guards.js";
import { registerMetrics } from "./metrics.js";
import { registerUnstorableGuard } from "./unstorable.js";
import { registerRequestIdHeader, requestIdOf } from "./request-id.js";
import { DEFAULT_RATE_LIMITS, registerSecurity, type RateLimits } from "./security.js";
import { agreementRoutes } from "./routes/agreements.js";
import { basemapFileRoute, mapConfigRoutes } from "./routes/basemap.js";
import { auditRoutes } from "./routes/audit.js";
import { accountRoutes } from "./routes/account.js";
import { adminSecurityRoutes } from "./routes/admin-security.js";
import { userAdminRoutes } from "./routes/user-admin.js";
import { authRoutes, secureCookieRule, type SecureCookies } from "./routes/auth.js";
import { evidenceRoutes } from "./routes/evidence.js";
import { geoRoutes } from "./routes/geo.js";
import { healthRoutes } from "./routes/health.js";
import { incidentRoutes } from "./routes/incidents.js";
import { publicRoutes, releaseRoutes } from "./routes/releases.js";
import { signatureRoutes } from "./routes/signatures.js";
import { openDataImportRoutes, publicOpenDataRoutes } from "./routes/open-data.js";
import { reportRoutes } from "./routes/reports.js";
import { candidateRoutes } from "./routes/candidates.js";
import { mapRoutes } from "./routes/map.js";
import { placeRoutes } from "./routes/places.js";
import { gazetteerRoutes } from "./routes/gazetteer.js";
import { incidentHistoryRoutes } from "./routes/incident-history.js";
import { missionRoutes } from "./routes/mission.js";
import { partyRoutes } from "./routes/parties.js";
import { searchRoutes } from "./routes/search.js";
import { statsRoutes } from "./routes/stats.js";
import { commissionRoutes } from "./routes/commission.js";
import { commitmentRoutes } from "./routes/commitments.js";
import { publicProductRoutes, reportProductRoutes } from "./routes/report-products.js";
import { taskRoutes } from "./routes/tasks.js";
import { enforcementRoutes } from "./routes/enforcement.js";
import { notificationRoutes } from "./routes/notifications.js";
import { describeOperation, ERROR_SCHEMA } from "./openapi-describe.js";
import { VERSION } from "../version.js";
import { DEFAULT_WEB_ROOT, registerWebApp } from "./web.js";
import { portalRoutes } from "./portal/portal-routes.js";

export interface AppOptions {
  engine: Engine;
  logger?: FastifyServerOptions["logger"];
  /** Largest JSON body accepted, in bytes. */
  bodyLimit?: number;
  /** Largest evidence file accepted, in bytes (default MAX_EVIDENCE_BYTES). */
  maxEvidenceBytes?: number;
  rateLimits?: RateLimits;
  /** An operator-supplied PMTiles basemap file (CFM_BASEMAP_PMTILES); null: none. */
  basemapPmtiles?: string | null;
  /**
   * Refuse (500) an answer with a field its response schema does not name, instead of dropping
   * the field: for tests, so that an undescribed field fails them.
   */
  strictResponses?: boolean;
  /**
   * The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (Fastify's
   * `trustProxy`: true, or addresses and CIDR ranges separated by commas); default none
   * (decision 0024).
   */
  trustProxy?: boolean | string;
  /**
   * When the session cookie is marked Secure: "auto" (default) when the request came over HTTPS
   * (as a trusted proxy says) or the public address is https://; "always"; "never".
   */
  secureCookies?: SecureCookies;
  /** The address users reach the server at (CFM_PUBLIC_URL), if configured. */
  publicUrl?: string | null;
  /** The bearer token /metrics requires (CFM_METRICS_TOKEN); null or absent: /metrics is 404. */
  metricsToken?: string | null;
  /** The database pool's figures for /metrics (`Database.poolStats`). */
  poolStats?: () => PoolStats;
}

/** A route as registered: what the authorization test enumerates, so that no route is forgotten. */
interface RouteEntry {
  method: string;
  url: string;
}

declare module "fastify" {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

const MAX_EVIDENCE_BYTES = 50 * 1024 * 1024;

export async function buildApp(deps: Deps, opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? 256 * 1024,
    trustProxy: opts.trustProxy ?? false,
    // Every log line of a request carries it as `reqId`; src/http/request-id.ts says which.
    genReqId: requestIdOf,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(opts.strictResponses ?? false));
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  registerRequestIdHeader(app);
  app.decorate("routeTable", [] as RouteEntry[]);
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) app.routeTable.push({ method, url: route.url });
  });
  registerMetrics(app, deps, {
    token: opts.metricsToken ?? null,
    ...(opts.poolStats ? { poolStats: opts.poolStats } : {}),
  });

  await app.register(cookie);
  const maxEvidenceBytes = opts.maxEvidenceBytes ?? MAX_EVIDENCE_BYTES;
  await app.register(multipart, { limits: { fileSize: maxEvidenceBytes, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Ceasefire Monitor API",
        version: VERSION,
        description: "Intake, triage, verification and release of ceasefire-violation reports.",
        license: { name: "AGPL-3.0-or-later", url: "https://www.gnu.org/licenses/agpl-3.0.html" },
      },
      servers: [{ url: "/", description: "The server that serves this document" }],
      components: {
        securitySchemes: {
          bearer: {
            type: "http",
            scheme: "bearer",
            description: "A session token from POST /auth/login, or an API token",
          },
          cookie: { type: "apiKey", in: "cookie", name: "cfm_session" },
        },
        schemas: { Error: ERROR_SCHEMA },
      },
      // Every operation needs a session or a token unless it says otherwise.
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: describeOperation,
  });
  registerActorResolution(app, deps);
  registerAccountGuards(app, deps);
  registerUnstorableGuard(app);
  await registerSecurity(app, deps, opts.rateLimits ?? DEFAULT_RATE_LIMITS);

  await app.register(
    async (api) => {
      // An answer of the API is never kept by a browser or a proxy unless its route says so.
      api.addHook("onSend", async (_req, reply, payload) => {
        if (!reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
        return payload;
      });
      healthRoutes(api, deps, opts.engine);
      authRoutes(api, deps, {
        secureCookie: secureCookieRule(opts.secureCookies ?? "auto", opts.publicUrl ?? null),
      });
      accountRoutes(api, deps);
      adminSecurityRoutes(api, deps);
      userAdminRoutes(api, deps);
      reportRoutes(api, deps);
      incidentRoutes(api, deps);
      releaseRoutes(api, deps);
      publicRoutes(api, deps);
      signatureRoutes(api, deps);
      publicOpenDataRoutes(api, deps);
      openDataImportRoutes(api, deps);
      evidenceRoutes(api, deps, { maxBytes: maxEvidenceBytes });
      auditRoutes(api, deps);
      agreementRoutes(api, deps);
      placeRoutes(api, deps);
      gazetteerRoutes(api, deps);
      mapRoutes(api, deps);
      candidateRoutes(api, deps);
      incidentHistoryRoutes(api, deps);
      partyRoutes(api, deps);
      missionRoutes(api, deps);
      searchRoutes(api, deps);
      statsRoutes(api, deps);
      taskRoutes(api, deps);
      enforcementRoutes(api, deps);
      notificationRoutes(api, deps);
      commissionRoutes(api, deps);
      commitmentRoutes(api, deps);
      reportProductRoutes(api, deps);
      publicProductRoutes(api, deps);
      geoRoutes(api, deps);
      mapConfigRoutes(api, opts.basemapPmtiles ?? null);
      api.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: "/api/v1" },
  );
  basemapFileRoute(app, opts.basemapPmtiles ?? null);
  await app.register(portalRoutes, { deps, webRoot: DEFAULT_WEB_ROOT });
  await registerWebApp(app);
  return app;
}
