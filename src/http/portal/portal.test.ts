import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, testApp, withoutRequestId } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { mayView, type RecordKey, type Scenario } from "../../../test/route-rules.js";
import { buildScenario } from "../../../test/route-scenario.js";
import { createIncident } from "../../services/incident-triage.js";
import { seedActors } from "../../../test/fixtures.js";
import { buildApp } from "../app.js";

/** Every canary and id of a record the public may not see: none may appear on any portal page. */
function hiddenFromPublic(s: Scenario): string[] {
  return (Object.keys(s.ids) as RecordKey[])
    .filter((r) => !mayView("public", r, s))
    .flatMap((r) => [s.canaries[r], s.ids[r]]);
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { "content-type": "application/x-www-form-urlencoded" };
const receiptOf = (html: string) => /id="receipt-code">([^<]+)</.exec(html)?.[1];

describeEachEngine("the public portal", (ctx) => {
  let app: FastifyInstance;
  let s: Scenario;

  beforeAll(async () => {
    s = await buildScenario(ctx.deps);
    ctx.clock.set("2020-02-01T10:00:00Z");
    app = await testApp(ctx);
  });

  const page = async (url: string, headers: Record<string, string> = {}) => {
    const res = await app.inject({ method: "GET", url, headers });
    return { status: res.statusCode, html: res.body, headers: res.headers };
  };
  const post = async (url: string, fields: Record<string, string>) => {
    const res = await app.inject({ method: "POST", url, headers: FORM, payload: form(fields) });
    return { status: res.statusCode, html: res.body, headers: res.headers };
  };
  const countReports = async () =>
    Number(
      (
        await ctx.deps.db
          .selectFrom("reports")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("sends a visitor to the portal in the browser's language", async () => {
    expect((await page("/portal", { "accept-language": "ar-LY,ar;q=0.9" })).headers.location).toBe(
      "/portal/ar",
    );
    expect((await page("/portal", { "accept-language": "en-GB" })).headers.location).toBe(
      "/portal/en",
    );
    expect((await page("/portal/fr")).status).toBe(404);
  });

  it("lists the published finding in both languages, laid out for each, without JavaScript", async () => {
    for (const [lang, dir] of [
      ["ar", "rtl"],
      ["en", "ltr"],
    ] as const) {
      const home = await page(`/portal/${lang}`);
      expect(home.status).toBe(200);
      expect(home.html).toContain(`<html lang="${lang}" dir="${dir}">`);
      expect(home.html).not.toContain("<script");
      expect(home.html).toContain(`/portal/${lang}/findings/${s.ids.iRel}`);
      const list = await page(`/portal/${lang}/findings`);
      expect(list.html).toContain(`/portal/${lang}/findings/${s.ids.iRel}`);
    }
    expect((await page("/portal/ar")).html).toContain("أحدث الاستنتاجات المنشورة");
  });

  it("shows a published finding's public text and never its restricted one", async () => {
    const en = await page(`/portal/en/findings/${s.ids.iRel}`);
    expect(en.status).toBe(200);
    expect(en.html).toContain("Indirect fire hit a residential area.");
    expect(en.html).toContain("Violation, responsibility undetermined");
    const ar = await page(`/portal/ar/findings/${s.ids.iRel}`);
    expect(ar.html).toContain("خرق دون تحديد المسؤولية");
    // The finding has only an English text: the Arabic page says so beside it.
    expect(ar.html).toContain("نُشر هذا النص بالإنجليزية فقط.");
  });

  it("lists the published report with its files and their signature, and the keys and checkpoints", async () => {
    for (const lang of ["ar", "en"]) {
      const reports = await page(`/portal/${lang}/reports`);
      expect(reports.status).toBe(200);
      expect(reports.html).toContain(`/api/v1/public/reports/${s.ids.pRel}.pdf.cfm-sig.json`);
      const keys = await page(`/portal/${lang}/keys`);
      expect(keys.status).toBe(200);
      const published = await call(app, "GET", "/api/v1/public/keys");
      const checkpoints = await call(app, "GET", "/api/v1/public/checkpoints");
      expect(keys.html).toContain(published.body.items[0].id);
      expect(keys.html).toContain(checkpoints.body.items[0].headHash);
    }
    const sig = await call(app, "GET", `/api/v1/public/reports/${s.ids.pRel}.pdf.cfm-sig.json`);
    expect(sig.status).toBe(200);
    expect(sig.body).toMatchObject({ format: "cfm-detached-signature/1", kind: "report" });
  });

  it("shows the public commitments, counted per party and per clause, in both languages, without JavaScript", async () => {
    for (const [lang, dir, party, agreement, title] of [
      ["ar", "rtl", "القيادة العامة للجيش الوطني الليبي", "هدنة", "انسحاب القوات إلى مقراتها"],
      ["en", "ltr", "Libyan National Army (General Command)", "Test truce", s.canaries.cPub],
    ] as const) {
      const home = await page(`/portal/${lang}`);
      expect(home.html).toContain(`href="/portal/${lang}/commitments"`);
      const board = await page(`/portal/${lang}/commitments`);
      expect(board.status).toBe(200);
      expect(board.html).toContain(`<html lang="${lang}" dir="${dir}">`);
      expect(board.html).not.toContain("<script");
      // cPub, the LNA's public commitment: its title in the page's language, its party by name,
      // its clause's agreement.
      expect(board.html).toContain(title);
      expect(board.html).toContain(party);
      expect(board.html).toContain(agreement);
      const row = /<tr data-party="LNA">([\s\S]*?)<\/tr>/.exec(board.html)?.[1] ?? "";
      expect([...row.matchAll(/<td[^>]*>(\d+)<\/td>/g)].map((m) => Number(m[1]))).toEqual([
        1, 0, 0, 0, 0,
      ]);
      // The counts are the API's, and the list is the API's: nothing of cGna or cLna.
      const api = await call(app, "GET", "/api/v1/public/commitments/scoreboard");
      expect(api.body.all.total).toBe(1);
      expect(board.html).toContain('data-status="not_started"');
    }
    const bad = await page("/portal/ar/commitments?cursor=forged");
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('dir="rtl"');
  });

  it("answers a finding not published exactly as one that does not exist", async () => {
    const hidden = await page(`/portal/en/findings/${s.ids.iGna}`);
    const absent = await page(`/portal/en/findings/00000000-0000-4000-8000-000000000000`);
    expect(hidden.status).toBe(404);
    expect(absent.status).toBe(404);
    // Each page quotes its own request's id, for the visitor to give when writing to the mission.
    const without = (p: typeof hidden, id: string) =>
      p.html.replace(id, "").replace(String(p.headers["x-request-id"]), "");
    expect(without(hidden, s.ids.iGna)).toBe(
      without(absent, "00000000-0000-4000-8000-000000000000"),
    );
  });

  it("shows no record the public may not see on any page", async () => {
    const forbidden = hiddenFromPublic(s);
    expect(forbidden.length).toBeGreaterThan(10);
    for (const lang of ["ar", "en"]) {
      for (const url of [
        `/portal/${lang}`,
        `/portal/${lang}/findings`,
        `/portal/${lang}/findings/${s.ids.iRel}`,
        `/portal/${lang}/report`,
        `/portal/${lang}/receipt`,
        `/portal/${lang}/reports`,
        `/portal/${lang}/keys`,
        `/portal/${lang}/commitments`,
      ]) {
        const { html } = await page(url);
        for (const secret of forbidden)
          expect(html, `${url} shows ${secret}`).not.toContain(secret);
      }
    }
  });

  it("files a report without an account and gives a receipt; a retry gives the same one", async () => {
    const before = await countReports();
    const fields = {
      key: "portal-test-key-1",
      date: "2020-01-30",
      time: "evening",
      place: "Abu Grein",
      category: "A3",
      description: "Heavy shelling heard to the west of the village after sunset.",
    };
    const first = await post("/portal/en/report", fields);
    expect(first.status).toBe(201);
    expect(first.headers["cache-control"]).toBe("no-store");
    const code = receiptOf(first.html)!;
    expect(code).toMatch(/^R-\d{6}(-[0-9A-Z]{4}){4}$/);
    const again = await post("/portal/en/report", fields);
    expect(receiptOf(again.html)).toBe(code);
    expect(await countReports()).toBe(before + 1);

    const status = await post("/portal/en/receipt", { code: code.toLowerCase() });
    expect(status.status).toBe(200);
    expect(status.html).toContain("Received. The mission has not yet assessed it.");
    expect(status.html).not.toContain("Heavy shelling");
  });

  it("takes Arabic text in and answers in Arabic", async () => {
    const res = await post("/portal/ar/report", {
      key: "portal-test-key-ar",
      date: "2020-01-31",
      time: "unknown",
      place: "سرت",
      category: "A1",
      description: "سمعنا تبادلًا لإطلاق النار قرب البوابة الشرقية للمدينة.",
    });
    expect(res.status).toBe(201);
    expect(res.html).toContain("تسلّمنا بلاغك");
    const code = receiptOf(res.html)!;
    const row = await ctx.deps.db
      .selectFrom("reports")
      .select(["language", "place_name", "source_kind", "occurred_from", "occurred_to"])
      .where("tracking_id", "=", code.slice(0, 8))
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ language: "ar", place_name: "سرت", source_kind: "public" });
    // The whole day in the mission's zone (Libya, UTC+2).
    expect(new Date(row.occurred_from).toISOString()).toBe("2020-01-30T22:00:00.000Z");
  });

  it("refuses an incomplete form, names the field, keeps what was typed and writes nothing", async () => {
    const before = await countReports();
    const res = await post("/portal/en/report", {
      date: "2020-01-30",
      category: "A3",
      description: "Shots.",
    });
    expect(res.status).toBe(400);
    expect(res.html).toContain("please fill in “Where (a town, a road, a landmark)”.");
    expect(res.html).toContain("Shots.");
    const future = await post("/portal/en/report", {
      date: "2020-03-01",
      place: "Sirte",
      category: "A3",
      description: "Shots.",
    });
    expect(future.status).toBe(400);
    const trap = await post("/portal/en/report", {
      date: "2020-01-30",
      place: "Sirte",
      category: "A3",
      description: "Buy now",
      website: "http://spam.example",
    });
    expect(trap.status).toBe(400);
    expect(await countReports()).toBe(before);
  });

  it("answers what it cannot read with a page in the reader's language, never a 500 or the error's own words", async () => {
    const odd = await app.inject({
      method: "POST",
      url: "/portal/ar/report",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(odd.statusCode).toBeGreaterThanOrEqual(400);
    expect(odd.statusCode).toBeLessThan(500);
    expect(odd.body).toContain("تعذّر على هذه الصفحة قراءة ما أُرسل");
    const cursor = await page("/portal/en/findings?cursor=not-a-cursor");
    expect(cursor.status).toBeGreaterThanOrEqual(400);
    expect(cursor.status).toBeLessThan(500);
    expect(cursor.html).toContain("This page could not read what was sent.");
  });

  it("opens a report's status with its receipt only; a wrong or guessed code learns nothing", async () => {
    const res = await call(app, "POST", "/api/v1/reports", {
      body: {
        sourceKind: "public",
        occurredFrom: "2020-01-29T10:00:00Z",
        occurredTo: "2020-01-29T11:00:00Z",
        placeName: "Sirte",
        category: "A3",
        description: "Mortar rounds landed near the port.",
        language: "en",
      },
    });
    expect(res.status).toBe(201);
    const code = res.body.receiptCode as string;
    expect(code.startsWith(`${res.body.trackingId}-`)).toBe(true);
    const ok = await call(app, "GET", `/api/v1/public/receipts/${code}`);
    expect(ok.body).toMatchObject({ trackingId: res.body.trackingId, state: "received" });
    expect(Object.keys(ok.body).sort()).toEqual(
      ["publishedIncidentId", "receivedAt", "state", "trackingId"].sort(),
    );

    const wrongTag = code.slice(0, -1) + (code.endsWith("A") ? "B" : "A");
    const unknown = `R-999999${code.slice(res.body.trackingId.length)}`;
    const a = await call(app, "GET", `/api/v1/public/receipts/${wrongTag}`);
    const b = await call(app, "GET", `/api/v1/public/receipts/${unknown}`);
    expect([a.status, b.status]).toEqual([404, 404]);
    expect(withoutRequestId(a.body)).toEqual(withoutRequestId(b.body));
    expect(a.body.error.code).toBe("receipt_not_found");
    const page404 = await post("/portal/en/receipt", { code: wrongTag });
    expect(page404.status).toBe(404);

    // Once intake opens a case from it, the sender learns that much and no more.
    await createIncident(ctx.deps, s.actors.intake, { reportIds: [res.body.id] });
    const moved = await call(app, "GET", `/api/v1/public/receipts/${code}`);
    expect(moved.body).toMatchObject({ state: "in_case", publishedIncidentId: null });
  });

  it("a receipt of a party's or a monitor's report opens nothing", async () => {
    const row = await ctx.deps.db
      .selectFrom("reports")
      .select(["tracking_id"])
      .where("id", "=", s.ids.rGna)
      .executeTakeFirstOrThrow();
    const res = await call(
      app,
      "GET",
      `/api/v1/public/receipts/${row.tracking_id}-AAAA-AAAA-AAAA-AAAA`,
    );
    expect(res.status).toBe(404);
  });
});

describe("the portal's limits", () => {
  describeEachEngine("for posts from one address", (ctx) => {
    it("turns away a flood of reports from one address with a page in the reader's language", async () => {
      await seedActors(ctx.deps);
      const app = await buildApp(ctx.deps, {
        engine: ctx.engine,
        rateLimits: { loginPerMinute: 100, publicReportsPerHour: 2, receiptLookupsPerMinute: 2 },
      });
      const send = () =>
        app.inject({
          method: "POST",
          url: "/portal/ar/report",
          headers: FORM,
          payload: form({ date: "2020-01-10", place: "سرت", category: "A3", description: "قصف" }),
        });
      await send();
      await send();
      const third = await send();
      expect(third.statusCode).toBe(429);
      expect(third.body).toContain("أُرسل عدد كبير من البلاغات من اتصالك");
    });
  });
});
