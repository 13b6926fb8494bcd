import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import { databaseClock } from "./database-clock.js";

describeEachEngine("a clock that tells the database's time", (ctx) => {
  it("tells the database's time on a machine whose clock is an hour fast", async () => {
    const clock = await databaseClock(ctx.database.db, { localNow: () => Date.now() + 3_600_000 });
    try {
      const { rows } = await sql<{ ms: number }>`
        SELECT extract(epoch FROM clock_timestamp())::float8 * 1000 AS ms`.execute(ctx.database.db);
      expect(Math.abs(clock.now().getTime() - rows[0]!.ms)).toBeLessThan(2_000);
      expect(Math.round(clock.offsetMs() / 60_000)).toBe(-60);
    } finally {
      clock.stop();
    }
  });
});
