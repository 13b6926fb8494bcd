/** Server secrets: made once at first use, the same for every server process on the database. */
import { randomBytes } from "node:crypto";
import type { Db } from "./database.js";

/**
 * The secret called `name`, created on first use. Two processes asking at once both insert;
 * the second insert does nothing and both read the one stored.
 */
export async function serverSecret(db: Db, name: string): Promise<string> {
  await db
    .insertInto("server_secrets")
    .values({ name, value: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await db
    .selectFrom("server_secrets")
    .select("value")
    .where("name", "=", name)
    .executeTakeFirstOrThrow();
  return row.value;
}
