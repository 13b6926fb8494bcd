/**
 * HTTP hardening: security headers and content security policy, rate limits on login and on the
 * public (no-login) intake, and CSRF protection for cookie sessions.
 */
import helmet from "helmet";
import rateLimit, {
  type FastifyRateLimitStore,
  type FastifyRateLimitStoreCtor,
} from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { DomainError } from "../domain/errors.js";
import type { Deps } from "../services/deps.js";
import { countRequest } from "../services/rate-limits.js";

export interface RateLimits {
  /** Login attempts per client address per minute. */
  loginPerMinute: number;
  /** Reports from the public form per client address per hour. */
  publicReportsPerHour: number;
  /** Receipt-code look-ups (and portal form posts) per client address per minute. */
  receiptLookupsPerMinute?: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { loginPerMinute: 10, publicReportsPerHour: 30 };

/** No request leaves the machine: everything the web app loads comes from this origin. */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // MapLibre and React set element styles; no external style sheets are loaded.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:", "blob:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", "blob:"],
  childSrc: ["blob:"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  upgradeInsecureRequests: null,
};

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * A cookie travels with any request the browser makes, including one forged by another site. For
 * a state change authenticated by the cookie we therefore require the browser's Origin (or
 * Referer) to be this server; a bearer token cannot be forged that way and needs no check.
 * The session cookie is also SameSite=Strict: this is the second line.
 */
function checkCsrf(req: FastifyRequest): void {
  if (!UNSAFE_METHODS.has(req.method) || req.authVia !== "cookie") return;
  const origin = req.headers.origin ?? originOf(req.headers.referer);
  const host = req.headers.host;
  if (!origin || !host || !sameHost(origin, host)) {
    throw new DomainError(
      "csrf_rejected",
      "This request came with a session cookie but not from this site's pages; it was refused.",
    );
  }
}

function sameHost(origin: string, host: string): boolean {
  try {
    const o = new URL(origin);
    // normalise the Host header the same way (a default port is dropped)
    return o.host === new URL(`${o.protocol}//${host}`).host;
  } catch {
    return false;
  }
}

function originOf(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

/**
 * The rate limits' counters, in the database (decision 0025): every server process on it counts a
 * client's requests together, where the plugin's own store would give each process its own count.
 * One store per limited route (`child`), its route in the key.
 */
function databaseStore(deps: Pick<Deps, "db" | "clock">): FastifyRateLimitStoreCtor {
  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly route: string;
    constructor(options: { routeInfo?: { method?: string | string[]; url?: string } }) {
      const method = options.routeInfo?.method;
      this.route = `${Array.isArray(method) ? method.join(",") : (method ?? "")} ${options.routeInfo?.url ?? ""}`;
    }
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      countRequest(deps, `${this.route} ${key}`, timeWindow).then(
        (c) => callback(null, { current: c.hits, ttl: c.ttlMs }),
        (err: Error) => callback(err),
      );
    }
    child(routeOptions: object): FastifyRateLimitStore {
      return new DatabaseRateLimitStore(routeOptions);
    }
  };
}

export async function registerSecurity(
  app: FastifyInstance,
  deps: Pick<Deps, "db" | "clock">,
  limits: RateLimits,
): Promise<void> {
  // Helmet's middleware built once: @fastify/helmet builds it again for every request, which
  // cost 5% of the server's time under load (decision 0029).
  const securityHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
    // "no-referrer" would make browsers send `Origin: null` on same-site posts, which the CSRF check refuses
    referrerPolicy: { policy: "same-origin" },
  });
  app.addHook("onRequest", (req, reply, done) => {
    securityHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
  });
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const loginStep =
      route.url === "/api/v1/auth/login" || route.url === "/api/v1/auth/login/second-factor";
    if (loginStep && methods.includes("POST")) {
      route.config = {
        ...route.config,
        rateLimit: { max: limits.loginPerMinute, timeWindow: 60_000 },
      };
    }
    if (route.url === "/api/v1/public/receipts/:code" || route.url === "/portal/:lang/receipt") {
      route.config = {
        ...route.config,
        rateLimit: { max: limits.receiptLookupsPerMinute ?? 30, timeWindow: 60_000 },
      };
    }
    if (
      (route.url === "/api/v1/reports" || route.url === "/portal/:lang/report") &&
      methods.includes("POST")
    ) {
      route.config = {
        ...route.config,
        rateLimit: {
          max: limits.publicReportsPerHour,
          timeWindow: 3_600_000,
          // only the public form is limited this way; logged-in users are accountable
          allowList: (req: FastifyRequest) =>
            req.routeOptions.url === "/api/v1/reports" && req.actor.kind !== "public",
        },
      };
    }
  });
  // after our onRoute hook, so the plugin's own onRoute hook sees the limits set above
  await app.register(rateLimit, {
    global: false,
    hook: "preHandler",
    store: databaseStore(deps),
  });
  app.addHook("preHandler", async (req) => checkCsrf(req));
}
