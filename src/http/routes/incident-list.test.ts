/**
 * The incident list an analyst works from: its filters, its sorts (keyset pages under each), and
 * its CSV export, for the mission and for each party's liaison.
 */
import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { parseCsv as parseExport } from "../../../test/csv.js";
import { describeEachEngine } from "../../../test/db.js";
import { findingInput, loginAll, seedActors, type Actors } from "../../../test/fixtures.js";
import { createAgreementForTest } from "../../../test/agreements.js";
import { evaluateAllPending } from "../../services/geo-evaluations.js";
import { exportIncidents } from "../../services/incident-export.js";
import { INCIDENT_CSV_COLUMNS } from "../presenters/incidents-csv.js";

type Key = "gnaTripoli" | "lnaSirte" | "monSirte" | "monNowhere" | "lnaTripoli" | "gnaOnly";

const TRIPOLI = { lat: 32.795, lon: 13.287 };
const SIRTE = { lat: 31.2, lon: 16.59 };

/** The incident export's rows, its header checked. */
function parseCsv(text: string): Record<string, string>[] {
  const { header, rows } = parseExport(text);
  expect(header).toEqual([...INCIDENT_CSV_COLUMNS]);
  return rows;
}

describeEachEngine("the incident list: filters, sorts, CSV export", (ctx) => {
  let app: FastifyInstance;
  let actors: Actors;
  let t: Awaited<ReturnType<typeof loginAll>>;
  const id = {} as Record<Key, string>;
  const ref = {} as Record<Key, string>;

  async function file(token: string, overrides: Record<string, unknown>) {
    const res = await call(app, "POST", "/api/v1/reports", { token, body: reportJson(overrides) });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  async function open(key: Key, reportId: string, title: string, category?: string) {
    const res = await call(app, "POST", "/api/v1/incidents", {
      token: t.intake,
      body: { reportIds: [reportId], title, ...(category ? { category } : {}) },
    });
    expect(res.status).toBe(201);
    id[key] = res.body.id;
    ref[key] = res.body.reference;
    ctx.clock.advance(60_000);
  }

  const when = (day: number) => ({
    occurredFrom: `2020-01-${day}T21:00:00Z`,
    occurredTo: `2020-01-${day}T23:30:00Z`,
  });

  async function list(query: string, token = t.analyst) {
    const res = await call(app, "GET", `/api/v1/incidents?limit=200&${query}`, { token });
    expect(res.status).toBe(200);
    return res.body.items as { id: string; reference: string; occurredFrom: string }[];
  }

  const keysOf = (items: { id: string }[]) =>
    items.map((i) => (Object.keys(id) as Key[]).find((k) => id[k] === i.id) ?? i.id).sort();

  beforeAll(async () => {
    actors = await seedActors(ctx.deps);
    t = await loginAll(ctx.deps, actors);
    await createAgreementForTest(ctx.deps);
    app = await testApp(ctx);
    const gna = t.liaisonGna;
    const lna = t.liaisonLna;
    const mon = { sourceKind: "monitor" };
    await open(
      "gnaTripoli",
      await file(gna, { allegedParty: "LNA", location: TRIPOLI, ...when(14) }),
      "Shelling of Ain Zara",
    );
    await open(
      "lnaSirte",
      await file(lna, { allegedParty: "GNA", location: SIRTE, category: "A4", ...when(10) }),
      "غارة بطائرة مسيرة قرب سرت، «الجفرة»",
    );
    await open(
      "monSirte",
      await file(t.monitor, { ...mon, location: SIRTE, category: "B1", ...when(12) }),
      '=HYPERLINK("http://evil.example","click")',
    );
    await open(
      "monNowhere",
      await file(t.monitor, {
        ...mon,
        location: undefined,
        placeName: "Qqqzzx nowhere",
        category: "D1",
        ...when(14),
      }),
      "+Checkpoint refusal",
    );
    await open(
      "lnaTripoli",
      await file(lna, { allegedParty: "GNA", location: TRIPOLI, category: "A1", ...when(13) }),
      "LNA complaint about Salah al-Din",
    );
    await open(
      "gnaOnly",
      await file(gna, { location: TRIPOLI, category: "A1", ...when(11) }),
      "GNA complaint, no party alleged",
    );
    // gnaTripoli moves on and gets a draft finding, never released.
    const move = await call(app, "POST", `/api/v1/incidents/${id.gnaTripoli}/transitions`, {
      token: t.intake,
      body: { to: "triaged" },
    });
    expect(move.status).toBe(200);
    const finding = await call(app, "POST", `/api/v1/incidents/${id.gnaTripoli}/findings`, {
      token: t.analyst,
      body: findingInput({ verificationLevel: "V2" }),
    });
    expect(finding.status).toBe(201);
    await evaluateAllPending(ctx.deps);
  });

  describe("filters", () => {
    it("by state, and by a group of states", async () => {
      expect(keysOf(await list("state=triaged"))).toEqual(["gnaTripoli"]);
      expect(keysOf(await list("state=received"))).toHaveLength(5);
      expect(keysOf(await list("state=intake"))).toHaveLength(6);
      expect(await list("state=released")).toEqual([]);
    });

    it("by taxonomy code, and by family", async () => {
      expect(keysOf(await list("category=A1"))).toEqual(["gnaOnly", "lnaTripoli"]);
      expect(keysOf(await list("category=A"))).toEqual([
        "gnaOnly",
        "gnaTripoli",
        "lnaSirte",
        "lnaTripoli",
      ]);
      expect(keysOf(await list("category=D"))).toEqual(["monNowhere"]);
    });

    it("by the party concerned", async () => {
      expect(keysOf(await list("party=LNA"))).toEqual(["gnaTripoli", "lnaSirte", "lnaTripoli"]);
      expect(keysOf(await list("party=GNA"))).toEqual([
        "gnaOnly",
        "gnaTripoli",
        "lnaSirte",
        "lnaTripoli",
      ]);
    });

    it("by sector, including the unlocated", async () => {
      expect(keysOf(await list("sector=sirte_jufra"))).toEqual(["lnaSirte", "monSirte"]);
      expect(keysOf(await list("sector=tripoli_front"))).toEqual([
        "gnaOnly",
        "gnaTripoli",
        "lnaTripoli",
      ]);
      expect(keysOf(await list("sector=unlocated"))).toEqual(["monNowhere"]);
    });

    it("by several sectors at once (a team's area): in any of them", async () => {
      expect(keysOf(await list("sector=sirte_jufra,tripoli_front"))).toEqual([
        "gnaOnly",
        "gnaTripoli",
        "lnaSirte",
        "lnaTripoli",
        "monSirte",
      ]);
      expect(keysOf(await list("sector=sirte_jufra,unlocated"))).toEqual([
        "lnaSirte",
        "monNowhere",
        "monSirte",
      ]);
      // the same code twice counts once
      expect(keysOf(await list("sector=sirte_jufra,sirte_jufra"))).toEqual([
        "lnaSirte",
        "monSirte",
      ]);
      // a party's liaison: the union of what each sector alone shows it, nothing more
      for (const token of [t.liaisonGna, t.liaisonLna]) {
        const one = [
          ...keysOf(await list("sector=sirte_jufra", token)),
          ...keysOf(await list("sector=tripoli_front", token)),
        ].sort();
        expect(keysOf(await list("sector=tripoli_front,sirte_jufra", token))).toEqual(one);
      }
    });

    it("refuses a list of sectors naming one the mission lacks, and says which", async () => {
      for (const q of [
        "sector=sirte_jufra,mars",
        "sector=sirte_jufra,",
        "sector=,",
        "sector=a b",
      ]) {
        const res = await call(app, "GET", `/api/v1/incidents?${q}`, { token: t.analyst });
        expect(res.status, q).toBe(400);
        expect(res.body.error.code).toBe("validation_failed");
      }
      const res = await call(app, "GET", "/api/v1/incidents?sector=sirte_jufra,mars", {
        token: t.analyst,
      });
      expect(res.body.error.message).toContain('sector "mars"');
    });

    it("by the dates of the event", async () => {
      const q = "from=2020-01-11T00:00:00Z&to=2020-01-13T00:00:00Z";
      expect(keysOf(await list(q))).toEqual(["gnaOnly", "monSirte"]);
    });

    it("refuses an unknown filter value with a 400, not a 500", async () => {
      for (const q of ["state=nonsense", "category=Z9", "party=lna", "sector=mars", "sort=title"]) {
        const res = await call(app, "GET", `/api/v1/incidents?${q}`, { token: t.analyst });
        expect(res.status, q).toBe(400);
        expect(res.body.error.code).toBe("validation_failed");
      }
    });
  });

  describe("a party liaison filtering by the other party", () => {
    it("gets only what it may see: its own complaint against that party", async () => {
      expect(keysOf(await list("party=LNA", t.liaisonGna))).toEqual(["gnaTripoli"]);
      expect(keysOf(await list("party=GNA", t.liaisonLna))).toEqual(["lnaSirte", "lnaTripoli"]);
      expect(keysOf(await list("party=GNA&sector=sirte_jufra", t.liaisonGna))).toEqual([]);
    });

    it("learns nothing from paging: one row per page, no cursor past what it may see", async () => {
      const res = await call(app, "GET", "/api/v1/incidents?party=LNA&limit=1", {
        token: t.liaisonGna,
      });
      expect(keysOf(res.body.items)).toEqual(["gnaTripoli"]);
      expect(res.body.nextCursor).toBeNull();
    });

    it("exports no row of the other party's, whatever the filter", async () => {
      for (const q of ["", "party=LNA", "party=GNA", "category=A", "sector=sirte_jufra"]) {
        const res = await call(app, "GET", `/api/v1/incidents.csv?${q}`, { token: t.liaisonGna });
        expect(res.status).toBe(200);
        const refs = parseCsv(res.raw).map((r) => r.reference);
        expect(
          refs.every((r) => [ref.gnaTripoli, ref.gnaOnly].includes(r!)),
          q,
        ).toBe(true);
        expect(res.raw).not.toContain("Salah al-Din");
        expect(res.raw).not.toContain("سرت");
      }
    });
  });

  describe("sorts", () => {
    const SORTS = ["occurred", "updated", "reference"] as const;
    const ORDERS = ["desc", "asc"] as const;

    it("pages through every sort, both ways, without duplicates or gaps", async () => {
      for (const sort of SORTS) {
        for (const order of ORDERS) {
          const all = await list(`sort=${sort}&order=${order}`);
          expect(all).toHaveLength(6);
          const seen: string[] = [];
          let cursor: string | null = null;
          do {
            const q: string = `sort=${sort}&order=${order}&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
            const res = await call(app, "GET", `/api/v1/incidents?${q}`, { token: t.analyst });
            expect(res.status).toBe(200);
            seen.push(...res.body.items.map((i: { id: string }) => i.id));
            cursor = res.body.nextCursor;
          } while (cursor);
          expect(seen, `${sort} ${order}`).toEqual(all.map((i) => i.id));
        }
      }
    });

    it("orders by the event's start, newest first by default; ties by id", async () => {
      const items = await list("");
      const starts = items.map((i) => i.occurredFrom);
      expect(starts).toEqual([...starts].sort().reverse());
      // gnaTripoli and monNowhere share a start: both present, once.
      expect(keysOf(items.slice(0, 2))).toEqual(["gnaTripoli", "monNowhere"]);
    });

    it("orders by reference and by last change", async () => {
      const byRef = (await list("sort=reference&order=asc")).map((i) => i.reference);
      expect(byRef).toEqual([...byRef].sort());
      // gnaTripoli changed last (its transition): first when newest change comes first.
      expect(keysOf((await list("sort=updated")).slice(0, 1))).toEqual(["gnaTripoli"]);
    });

    it("refuses a cursor made for another sort", async () => {
      const first = await call(app, "GET", "/api/v1/incidents?sort=reference&limit=2", {
        token: t.analyst,
      });
      const res = await call(
        app,
        "GET",
        `/api/v1/incidents?sort=occurred&limit=2&cursor=${first.body.nextCursor}`,
        { token: t.analyst },
      );
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
      const forged = await call(app, "GET", "/api/v1/incidents?cursor=bm90LWpzb24", {
        token: t.analyst,
      });
      expect(forged.status).toBe(400);
    });
  });

  describe("CSV export", () => {
    it("gives an analyst every matching incident, in the list's order, with the draft's level", async () => {
      const res = await call(app, "GET", "/api/v1/incidents.csv?sort=reference&order=asc", {
        token: t.analyst,
      });
      expect(res.status).toBe(200);
      expect(res.headers["content-type"]).toContain("text/csv");
      expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="incidents-/);
      const rows = parseCsv(res.raw);
      expect(rows.map((r) => r.reference)).toEqual(
        (await list("sort=reference&order=asc")).map((i) => i.reference),
      );
      const shelling = rows.find((r) => r.reference === ref.gnaTripoli)!;
      expect(shelling).toMatchObject({
        title: "Shelling of Ain Zara",
        category: "A3",
        category_label_en: "Indirect fire (mortar, artillery, rockets)",
        category_label_ar: "قصف غير مباشر (هاون، مدفعية، صواريخ)",
        state: "triaged",
        occurred_from_utc: "2020-01-14T21:00:00.000Z",
        occurred_from_local: "2020-01-14T23:00:00+02:00",
        time_zone: "Africa/Tripoli",
        lat: "32.795",
        lon: "13.287",
        concerned_parties: "GNA LNA",
        verification_level: "V2",
      });
      expect(shelling.place_en).toMatch(/Ain Zara/);
      expect(shelling.place_ar).toMatch(/[\u0600-\u06FF]/);
    });

    it("keeps the same filters as the list", async () => {
      const res = await call(app, "GET", "/api/v1/incidents.csv?category=A&sector=tripoli_front", {
        token: t.analyst,
      });
      expect(parseCsv(res.raw).map((r) => r.reference)).toEqual(
        (await list("category=A&sector=tripoli_front")).map((i) => i.reference),
      );
    });

    it("gives a liaison its own rows only, without the unreleased finding's level", async () => {
      const res = await call(app, "GET", "/api/v1/incidents.csv", { token: t.liaisonGna });
      const rows = parseCsv(res.raw);
      expect(rows.map((r) => r.reference).sort()).toEqual([ref.gnaOnly, ref.gnaTripoli].sort());
      expect(rows.find((r) => r.reference === ref.gnaTripoli)!.verification_level).toBe("");
    });

    it("round-trips Arabic text and quotes commas", async () => {
      const res = await call(app, "GET", "/api/v1/incidents.csv?party=GNA", { token: t.analyst });
      const row = parseCsv(res.raw).find((r) => r.reference === ref.lnaSirte)!;
      expect(row.title).toBe("غارة بطائرة مسيرة قرب سرت، «الجفرة»");
      expect(row.category_label_ar).toBe("غارة جوية أو بطائرة مسيرة");
    });

    it("prefixes cells a spreadsheet would run as a formula", async () => {
      const res = await call(app, "GET", "/api/v1/incidents.csv", { token: t.analyst });
      const rows = parseCsv(res.raw);
      expect(rows.find((r) => r.reference === ref.monSirte)!.title).toBe(
        `'=HYPERLINK("http://evil.example","click")`,
      );
      expect(rows.find((r) => r.reference === ref.monNowhere)!.title).toBe("'+Checkpoint refusal");
      // The unlocated incident has empty coordinates, not zeros.
      expect(rows.find((r) => r.reference === ref.monNowhere)!.lat).toBe("");
    });

    it("refuses an export above the cap with a clear error", async () => {
      await expect(exportIncidents(ctx.deps, actors.analyst, {}, 5)).rejects.toMatchObject({
        code: "export_too_large",
        details: { limit: 5 },
      });
      expect((await exportIncidents(ctx.deps, actors.analyst, {}, 6)).rows).toHaveLength(6);
    });

    it("is refused to roles that read no incidents", async () => {
      const res = await call(app, "GET", "/api/v1/incidents.csv", { token: t.auditor });
      expect(res.status).toBe(403);
    });
  });

  describe("CSV export of a title the server made up", () => {
    let generated: string;
    beforeAll(async () => {
      // No title given: the server makes one up from the category and the place.
      const reportId = await file(t.monitor, {
        sourceKind: "monitor",
        location: SIRTE,
        placeName: "Sirte",
        category: "A3",
        ...when(14),
      });
      const res = await call(app, "POST", "/api/v1/incidents", {
        token: t.intake,
        body: { reportIds: [reportId] },
      });
      expect(res.status).toBe(201);
      expect(res.body.titleGenerated).toBe(true);
      generated = res.body.reference;
      await evaluateAllPending(ctx.deps);
    });

    const titleIn = async (query: string, headers: Record<string, string> = {}) => {
      const res = await call(app, "GET", `/api/v1/incidents.csv${query}`, {
        token: t.analyst,
        headers,
      });
      expect(res.status).toBe(200);
      return parseCsv(res.raw).find((r) => r.reference === generated)!.title;
    };

    it("composes it in Arabic for ?lang=ar, with the web's words and the mission's day", async () => {
      // 21:00 UTC on the 14th is the 14th at 23:00 in Libya.
      expect(await titleIn("?lang=ar")).toBe("قصف غير مباشر قرب سرت، 14 يناير 2020");
    });

    it("composes it in English for ?lang=en, whatever the Accept-Language", async () => {
      expect(await titleIn("?lang=en", { "accept-language": "ar-LY,ar;q=0.9" })).toBe(
        "Indirect fire near Sirte, 14 Jan 2020",
      );
    });

    it("follows the Accept-Language without ?lang, English by default", async () => {
      expect(await titleIn("", { "accept-language": "fr-FR, ar;q=0.8, en;q=0.5" })).toBe(
        "قصف غير مباشر قرب سرت، 14 يناير 2020",
      );
      expect(await titleIn("")).toBe("Indirect fire near Sirte, 14 Jan 2020");
    });

    it("refuses a language the interface does not have", async () => {
      const res = await call(app, "GET", "/api/v1/incidents.csv?lang=fr", { token: t.analyst });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    });
  });
});
