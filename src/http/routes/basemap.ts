/**
 * The optional operator-supplied basemap (CFM_BASEMAP_PMTILES): the file itself, read by the map
 * in byte ranges (PMTiles is one file read piecewise, no tile server), and a small map
 * configuration telling the web app whether it exists. Without it the app draws the shipped
 * Natural Earth basemap. Map geography is not case content: anyone may read both.
 */
import { createReadStream, statSync } from "node:fs";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";

const BASEMAP_PATH = "/basemap.pmtiles";

/** `GET /api/v1/map/config` (registered under the API prefix). */
export function mapConfigRoutes(app: FastifyInstance, file: string | null) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/map/config",
    {
      config: { tokenScope: "any", auth: "none" },
      schema: {
        summary: "What the web map may load: the operator's PMTiles basemap, when configured",
        response: {
          200: z.object({
            basemap: z.object({
              pmtiles: z
                .string()
                .nullable()
                .describe("Path of the PMTiles basemap on this server; null: the shipped one"),
            }),
          }),
        },
      },
    },
    async () => ({ basemap: { pmtiles: file ? BASEMAP_PATH : null } }),
  );
}

/** `GET /basemap.pmtiles`: the whole file, or one byte range of it (206). */
export function basemapFileRoute(app: FastifyInstance, file: string | null) {
  app.get(BASEMAP_PATH, { schema: { hide: true } }, async (req, reply) => {
    if (!file) return reply.callNotFound();
    return sendRange(req, reply, file);
  });
}

async function sendRange(req: FastifyRequest, reply: FastifyReply, file: string) {
  const { size, mtimeMs } = statSync(file);
  // PMTiles readers compare the ETag between requests to notice a file replaced underneath.
  const etag = `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
  reply
    .header("accept-ranges", "bytes")
    .header("etag", etag)
    .header("cache-control", "no-cache")
    .type("application/vnd.pmtiles");
  const header = req.headers.range;
  if (header === undefined) {
    reply.header("content-length", size);
    return reply.send(createReadStream(file));
  }
  const range = parseRange(header, size);
  if (!range) {
    return reply.status(416).header("content-range", `bytes */${size}`).send();
  }
  const [start, end] = range;
  return reply
    .status(206)
    .header("content-range", `bytes ${start}-${end}/${size}`)
    .header("content-length", end - start + 1)
    .send(createReadStream(file, { start, end }));
}

/** One range of "bytes=a-b", "bytes=a-" or "bytes=-n", clipped to the file; null if none fits. */
export function parseRange(header: string, size: number): [number, number] | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  let start: number;
  let end: number;
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0) return null;
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) return null;
  return [start, end];
}
