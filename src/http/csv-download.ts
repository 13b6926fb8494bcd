/** A CSV answer as a dated download that no cache keeps (it holds what this viewer may see). */
import type { FastifyReply } from "fastify";

export function csvDownload(reply: FastifyReply, name: string, now: Date, body: string): string {
  reply
    .type("text/csv; charset=utf-8")
    .header(
      "content-disposition",
      `attachment; filename="${name}-${now.toISOString().slice(0, 10)}.csv"`,
    )
    .header("cache-control", "no-store");
  return body;
}
