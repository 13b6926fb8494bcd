import { sql } from "kysely";
import { afterEach, beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import { PASSWORD, seedActors, type Actors } from "../../test/fixtures.js";
import { authenticate, login, logout } from "./auth.js";
import { hashOpaqueToken } from "./opaque-tokens.js";
import { revokeAllSessions } from "./sessions.js";
import { setCacheWindow } from "./session-cache.js";

describeEachEngine("the session cache never outlives a revocation in this process", (ctx) => {
  let actors: Actors;
  const logIn = async (username: string) => {
    const res = await login(ctx.deps, username, PASSWORD);
    if (res.kind !== "session") throw new Error("expected a session");
    return res.token;
  };

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
  });

  it("a logged-out session is refused on the very next request", async () => {
    const token = await logIn("analyst");
    expect((await authenticate(ctx.deps, token))?.actor).toMatchObject({ username: "analyst" });
    // Now cached; a second lookup is served from the cache.
    expect(await authenticate(ctx.deps, token)).not.toBeNull();
    await logout(ctx.deps, actors.analyst, token);
    expect(await authenticate(ctx.deps, token)).toBeNull();
  });

  it("revoke-all ends cached sessions at once", async () => {
    const a = await logIn("chief");
    const b = await logIn("liaisongna");
    expect(await authenticate(ctx.deps, a)).not.toBeNull();
    expect(await authenticate(ctx.deps, b)).not.toBeNull();
    await revokeAllSessions(ctx.deps, actors.admin, "Compromised laptop");
    expect(await authenticate(ctx.deps, a)).toBeNull();
    expect(await authenticate(ctx.deps, b)).toBeNull();
  });

  it("a cached session still expires on the service clock", async () => {
    const token = await logIn("reviewer");
    expect(await authenticate(ctx.deps, token)).not.toBeNull();
    ctx.clock.advance(13 * 3600 * 1000);
    expect(await authenticate(ctx.deps, token)).toBeNull();
  });
});

describeEachEngine("the cache window (CFM_CACHE_MS)", (ctx) => {
  beforeAll(async () => {
    await seedActors(ctx.deps);
  });
  afterEach(() => setCacheWindow(1000));

  /** A session ended behind this process's back: another node whose notice never arrived. */
  const endedElsewhere = async (token: string) => {
    await sql`DELETE FROM sessions WHERE token_hash = ${hashOpaqueToken(token)}`.execute(
      ctx.deps.db,
    );
  };
  const logIn = async (username: string) => {
    const res = await login(ctx.deps, username, PASSWORD);
    if (res.kind !== "session") throw new Error("expected a session");
    return res.token;
  };

  it("trusts what it read for the window, and reads every request at 0", async () => {
    setCacheWindow(60_000);
    const kept = await logIn("analyst");
    expect(await authenticate(ctx.deps, kept)).not.toBeNull();
    await endedElsewhere(kept);
    // Within the window the cache answers (what NOTIFY is there to end on other nodes).
    expect(await authenticate(ctx.deps, kept)).not.toBeNull();

    setCacheWindow(0);
    const read = await logIn("chief");
    expect(await authenticate(ctx.deps, read)).not.toBeNull();
    await endedElsewhere(read);
    expect(await authenticate(ctx.deps, read)).toBeNull();
  });
});
