/**
 * Serves the single-page app (web/dist, built by `npm run build:web`) at `/`. Hashed assets are
 * cached for a year; index.html is revalidated every time, so a new build is seen at once. Any
 * other GET path that is not an API path and names no file gets index.html (the app routes it
 * in the browser); an unknown API path keeps its JSON `route_not_found` answer.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import { PROJECT_ROOT } from "../project-root.js";

/** Where the built web app lives (the portal points at its fonts). */
export const DEFAULT_WEB_ROOT = join(PROJECT_ROOT, "web", "dist") + "/";

const HASHED_ASSET = /^\/assets\//;
const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache";

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ceasefire Monitor</title></head>
<body><h1>Ceasefire Monitor</h1>
<p>The web app has not been built. Run <code>npm run build:web</code> (or <code>npm start</code>,
which builds it first) and restart the server. The API is served under <a href="/api/v1/health">/api/v1</a>.</p>
</body></html>`;

function isApiPath(path: string): boolean {
  return path === "/api" || path.startsWith("/api/");
}

/** A last path segment with a dot names a file; a missing file must not become index.html. */
function namesAFile(path: string): boolean {
  const last = path.slice(path.lastIndexOf("/") + 1);
  return last.includes(".");
}

export async function registerWebApp(
  app: FastifyInstance,
  opts: { root?: string } = {},
): Promise<void> {
  const root = opts.root ?? DEFAULT_WEB_ROOT;
  const built = existsSync(`${root}/index.html`);

  if (built) {
    await app.register(fastifyStatic, {
      root,
      prefix: "/",
      // Routes for the files present at start-up; everything else reaches the fallback below.
      wildcard: false,
      index: ["index.html"],
      cacheControl: false,
      etag: true,
      lastModified: true,
      setHeaders: (reply: FastifyReply, path: string) => {
        const rel = path.slice(root.length - (root.endsWith("/") ? 1 : 0)).replaceAll("\\", "/");
        reply.header("cache-control", HASHED_ASSET.test(rel) ? IMMUTABLE : REVALIDATE);
      },
    });
  }

  app.get("/*", { schema: { hide: true } }, async (req, reply) => {
    const path = req.url.split("?")[0] ?? "/";
    if (isApiPath(path) || namesAFile(path)) return reply.callNotFound();
    if (!built) {
      return reply
        .status(200)
        .header("cache-control", REVALIDATE)
        .type("text/html; charset=utf-8")
        .send(NOT_BUILT_PAGE);
    }
    reply.header("cache-control", REVALIDATE);
    return reply.sendFile("index.html", root, { cacheControl: false });
  });
}
