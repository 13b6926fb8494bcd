/** The cheapest statement the database can answer: whether it answers at all. */
import { sql } from "kysely";
import type { Db } from "./database.js";

export async function selectOne(db: Db): Promise<void> {
  await sql`SELECT 1`.execute(db);
}
