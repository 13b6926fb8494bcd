import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { call, reportJson, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../../test/fixtures.js";
import {
  TRIPOLI_LNA_CLAIMED_LINE,
  TRIPOLI_WORKING_LINE,
} from "../../demo/geo/illustrative-layers.js";
import { verifyAudit } from "../../services/audit.js";
import { sweepUnevaluated } from "../../services/geo-evaluations.js";

// domain.md §11.4
const AIN_ZARA = { lat: 32.795, lon: 13.287 };
const SALAH_AL_DIN = { lat: 32.81, lon: 13.21 };
const QASR_BIN_GHASHIR = { lat: 32.683, lon: 13.183 };
const SIRTE = { lat: 31.205, lon: 16.589 };

const WORKING = {
  validFrom: "2020-01-12T00:00:00Z",
  status: "working",
  source: "Mission working map",
  leftParty: "GNA",
  rightParty: "LNA",
  geometry: TRIPOLI_WORKING_LINE.geometry,
};

/** A box around Ain Zara. */
const AIN_ZARA_BOX = {
  type: "Polygon",
  coordinates: [
    [
      [13.25, 32.78],
      [13.32, 32.78],
      [13.32, 32.81],
      [13.25, 32.81],
      [13.25, 32.78],
    ],
  ],
};

/** A multipart/form-data body as a browser builds it. */
function form(fields: Record<string, string>, file?: { name: string; text: string }) {
  const boundary = `----cfm${randomBytes(8).toString("hex")}`;
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  if (file) {
    parts.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
        `Content-Type: application/octet-stream\r\n\r\n${file.text}\r\n`,
    );
  }
  return {
    body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

describeEachEngine("geo layers API", (ctx) => {
  let app: FastifyInstance;
  let tokens: Record<TestUserName, string>;

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    tokens = await loginAll(ctx.deps, actors);
    app = await testApp(ctx);
  });

  async function newLayer(body: Record<string, unknown>, token = tokens.analyst) {
    const res = await call(app, "POST", "/api/v1/geo/layers", { token, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  }

  describe("defining layers and versions", () => {
    it("an analyst defines a line of contact and adds a version as JSON; both are audited", async () => {
      const id = await newLayer({ kind: "line_of_contact", name: "Tripoli southern front" });
      const res = await call(app, "POST", `/api/v1/geo/layers/${id}/versions`, {
        token: tokens.analyst,
        body: WORKING,
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        version: 1,
        status: "working",
        validFrom: "2020-01-12T00:00:00.000Z",
        validTo: null,
        leftParty: "GNA",
        geojson: `/api/v1/geo/layers/${id}/versions/1.geojson`,
      });
      const audit = await ctx.deps.db
        .selectFrom("audit_entries")
        .select("action")
        .where("subject", "=", `geo_layer:${id}`)
        .orderBy("seq")
        .execute();
      expect(audit.map((a) => a.action)).toEqual(["geo.layer_created", "geo.layer_version_added"]);
      expect(await verifyAudit(ctx.deps.db)).toMatchObject({ ok: true });
    });

    it("a withdrawal line carries its weapon classes; an area of control needs its party", async () => {
      const w = await newLayer({
        kind: "withdrawal_line",
        name: "Artillery withdrawal line",
        party: "GNA",
        weaponClasses: ["artillery_100mm_plus", "mlrs"],
      });
      const layer = await call(app, "GET", `/api/v1/geo/layers/${w}`, { token: tokens.chief });
      expect(layer.body).toMatchObject({
        party: "GNA",
        weaponClasses: ["artillery_100mm_plus", "mlrs"],
      });
      const missing = await call(app, "POST", "/api/v1/geo/layers", {
        token: tokens.chief,
        body: { kind: "area_of_control", name: "GNA-held area" },
      });
      expect(missing.status).toBe(400);
      expect(missing.body.error.details.field).toBe("party");
      const noSide = await call(app, "POST", `/api/v1/geo/layers/${w}/versions`, {
        token: tokens.chief,
        body: {
          validFrom: "2020-10-23T00:00:00Z",
          status: "agreed",
          geometry: {
            type: "LineString",
            coordinates: [
              [15.72, 31.42],
              [15.68, 31.2],
            ],
          },
        },
      });
      expect(noSide.status).toBe(400);
      expect(noSide.body.error.message).toContain("behindSide");
    });

    it("a claimed version must name the claiming party", async () => {
      const id = await newLayer({ kind: "line_of_contact", name: "Claimed front" });
      const res = await call(app, "POST", `/api/v1/geo/layers/${id}/versions`, {
        token: tokens.analyst,
        body: { ...WORKING, status: "claimed" },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details.field).toBe("claimedBy");
    });

    it("adds a version from an uploaded GeoJSON file and from a KML file", async () => {
      const id = await newLayer({ kind: "buffer_zone", name: "Ain Zara buffer" });
      const geojson = {
        type: "FeatureCollection",
        features: [{ type: "Feature", properties: { name: "box" }, geometry: AIN_ZARA_BOX }],
      };
      const up = form(
        { validFrom: "2020-01-12T00:00:00Z", status: "working", source: "JMC annex map" },
        { name: "zone.geojson", text: JSON.stringify(geojson) },
      );
      const res = await call(app, "POST", `/api/v1/geo/layers/${id}/versions`, {
        token: tokens.chief,
        ...up,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ version: 1, status: "working", source: "JMC annex map" });

      const kml =
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>' +
        "<Placemark><name>box</name><Polygon><outerBoundaryIs><LinearRing><coordinates>" +
        "13.25,32.78 13.33,32.78 13.33,32.82 13.25,32.82 13.25,32.78" +
        "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>";
      const k = await call(app, "POST", `/api/v1/geo/layers/${id}/versions`, {
        token: tokens.chief,
        ...form(
          { validFrom: "2020-03-01T00:00:00Z", status: "working" },
          { name: "zone.kml", text: kml },
        ),
      });
      expect(k.status, JSON.stringify(k.body)).toBe(201);
      expect(k.body.version).toBe(2);
      const exported = await call(app, "GET", `/api/v1/geo/layers/${id}/versions/2.geojson`, {
        token: tokens.chief,
      });
      expect(JSON.parse(exported.raw).features[0].geometry.coordinates[0][1]).toEqual([
        13.33, 32.78,
      ]);
    });

    it("exports a version as GeoJSON and KML that import again unchanged", async () => {
      const id = await newLayer({ kind: "line_of_contact", name: "Round trip front" });
      await call(app, "POST", `/api/v1/geo/layers/${id}/versions`, {
        token: tokens.analyst,
        body: WORKING,
      });
      for (const format of ["geojson", "kml"] as const) {
        const file = await call(app, "GET", `/api/v1/geo/layers/${id}/versions/1.${format}`, {
          token: tokens.liaisonLna,
        });
        expect(file.status).toBe(200);
        expect(file.headers["content-disposition"]).toContain(`round-trip-front-v1.${format}`);
        const copy = await newLayer({ kind: "line_of_contact", name: `Copy ${format}` });
        // No form fields: validity, status and parties come from the exported file itself.
        const imported = await call(app, "POST", `/api/v1/geo/layers/${copy}/versions`, {
          token: tokens.analyst,
          ...form({}, { name: `front.${format}`, text: file.raw }),
        });
        expect(imported.status, JSON.stringify(imported.body)).toBe(201);
        expect(imported.body).toMatchObject({
          validFrom: "2020-01-12T00:00:00.000Z",
          status: "working",
          leftParty: "GNA",
          rightParty: "LNA",
          source: "Mission working map",
        });
        const again = await call(app, "GET", `/api/v1/geo/layers/${copy}/versions/1.geojson`, {
          token: tokens.analyst,
        });
        expect(JSON.parse(again.raw).features[0].geometry).toEqual(TRIPOLI_WORKING_LINE.geometry);
      }
    });

    const invalid: [string, string, unknown, RegExp][] = [
      [
        "a line that crosses itself",
        "line_of_contact",
        {
          type: "LineString",
          coordinates: [
            [13.1, 32.7],
            [13.3, 32.8],
            [13.3, 32.7],
            [13.1, 32.8],
          ],
        },
        /segment from coordinate 0 to 1 of the line meets the segment from coordinate 2 to 3/,
      ],
      [
        "a ring that is not closed",
        "buffer_zone",
        {
          type: "Polygon",
          coordinates: [
            [
              [13.25, 32.78],
              [13.32, 32.78],
              [13.32, 32.81],
              [13.25, 32.81],
            ],
          ],
        },
        /ring 0 is not closed/,
      ],
      [
        "a line of one point",
        "line_of_contact",
        { type: "LineString", coordinates: [[13.2, 32.77]] },
        /has 1 distinct position; a line needs at least 2/,
      ],
      [
        "a coordinate out of range",
        "road",
        {
          type: "LineString",
          coordinates: [
            [13.2, 32.77],
            [193.2, 32.8],
          ],
        },
        /coordinate 1 .*\[193\.2, 32\.8\] is out of range/,
      ],
      [
        "latitude and longitude swapped near Tripoli",
        "line_of_contact",
        {
          type: "LineString",
          coordinates: [
            [32.76, 13.05],
            [32.775, 13.2],
            [32.72, 13.45],
          ],
        },
        /look like \[lat, lon\].*swap every pair/,
      ],
    ];
    for (const [what, kind, geometry, message] of invalid) {
      it(`refuses ${what}, saying where`, async () => {
        const id = await newLayer({ kind, name: `Bad ${kind}` });
        const res = await call(app, "POST", `/api/v1/geo/layers/${id}/versions`, {
          token: tokens.analyst,
          body: {
            ...WORKING,
            ...(kind === "line_of_contact" ? {} : { leftParty: undefined, rightParty: undefined }),
            geometry,
          },
        });
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe("invalid_geometry");
        expect(res.body.error.message).toMatch(message);
        expect(res.body.error.details.issues[0]).toMatchObject({
          field: "geometry",
          where: expect.any(String),
          path: expect.any(Array),
        });
        const layer = await call(app, "GET", `/api/v1/geo/layers/${id}`, { token: tokens.analyst });
        expect(layer.body.versions).toEqual([]);
      });
    }

    it("refuses a version overlapping another of the same layer (409)", async () => {
      const id = await newLayer({ kind: "line_of_contact", name: "Overlap front" });
      await call(app, "POST", `/api/v1/geo/layers/${id}/versions`, {
        token: tokens.analyst,
        body: { ...WORKING, validTo: "2020-06-05T00:00:00Z" },
      });
      const res = await call(app, "POST", `/api/v1/geo/layers/${id}/versions`, {
        token: tokens.analyst,
        body: { ...WORKING, validFrom: "2020-05-01T00:00:00Z" },
      });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({
        code: "layer_version_overlap",
        details: { conflictsWith: { version: 1, validTo: "2020-06-05T00:00:00.000Z" } },
      });
    });

    it("refuses layer writes to other roles and to the public", async () => {
      for (const who of [
        "liaisonGna",
        "liaisonLna",
        "intake",
        "monitor",
        "reviewer",
        "admin",
      ] as const) {
        const res = await call(app, "POST", "/api/v1/geo/layers", {
          token: tokens[who],
          body: { kind: "road", name: "Coastal road" },
        });
        expect(res.status, who).toBe(403);
      }
      expect(
        (await call(app, "POST", "/api/v1/geo/layers", { body: { kind: "road", name: "x" } }))
          .status,
      ).toBe(401);
      expect((await call(app, "GET", "/api/v1/geo/layers")).status).toBe(401);
      expect((await call(app, "GET", "/api/v1/geo/evaluate?lat=32.8&lon=13.2")).status).toBe(401);
    });

    it("lists layers to every logged-in role, a party's claimed line to the other party too", async () => {
      const claim = await newLayer({ kind: "line_of_contact", name: "LNA claim" });
      await call(app, "POST", `/api/v1/geo/layers/${claim}/versions`, {
        token: tokens.analyst,
        body: {
          ...WORKING,
          status: "claimed",
          claimedBy: "LNA",
          geometry: TRIPOLI_LNA_CLAIMED_LINE.geometry,
        },
      });
      for (const who of ["liaisonGna", "commission", "auditor", "monitor"] as const) {
        const res = await call(app, "GET", "/api/v1/geo/layers", { token: tokens[who] });
        expect(res.status).toBe(200);
        const layer = res.body.items.find((l: { id: string }) => l.id === claim);
        expect(layer.versions).toEqual([
          expect.objectContaining({ status: "claimed", claimedBy: "LNA", version: 1 }),
        ]);
      }
      const at = await call(app, "GET", "/api/v1/geo/layers?at=2019-06-01T00:00:00Z", {
        token: tokens.liaisonGna,
      });
      expect(at.body.items).toEqual([]);
    });
  });

  describe("evaluations, on reports and incidents and ad hoc, and the spatial filters", () => {
    let zone: string;
    const ids: Record<string, string> = {};
    const incidents: Record<string, string> = {};

    beforeAll(async () => {
      const front = await newLayer({ kind: "line_of_contact", name: "Filters front" });
      await call(app, "POST", `/api/v1/geo/layers/${front}/versions`, {
        token: tokens.analyst,
        body: { ...WORKING, validFrom: "2020-01-13T00:00:00Z" },
      });
      zone = await newLayer({ kind: "disengagement_area", name: "Ain Zara pocket" });
      await call(app, "POST", `/api/v1/geo/layers/${zone}/versions`, {
        token: tokens.chief,
        body: { validFrom: "2020-01-13T00:00:00Z", status: "working", geometry: AIN_ZARA_BOX },
      });
      const file = async (name: string, token: string, location: object) => {
        const res = await call(app, "POST", "/api/v1/reports", {
          token,
          body: reportJson({ location, occurredFrom: "2020-01-14T21:00:00Z" }),
        });
        expect(res.status).toBe(201);
        ids[name] = res.body.id;
      };
      await file("gnaAinZara", tokens.liaisonGna, AIN_ZARA);
      await file("lnaSalahAlDin", tokens.liaisonLna, SALAH_AL_DIN);
      await file("lnaQasr", tokens.liaisonLna, QASR_BIN_GHASHIR);
      await file("gnaSirte", tokens.liaisonGna, SIRTE);
      for (const name of ["gnaAinZara", "lnaSalahAlDin"]) {
        const res = await call(app, "POST", "/api/v1/incidents", {
          token: tokens.intake,
          body: { reportIds: [ids[name]] },
        });
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({ geo: null, geoStatus: "pending" });
        incidents[name] = res.body.id;
      }
      // What the job runner's sweep does every second.
      await sweepUnevaluated(ctx.deps);
    });

    it("a report carries its stored evaluation in the API", async () => {
      const res = await call(app, "GET", `/api/v1/reports/${ids.gnaAinZara}`, {
        token: tokens.liaisonGna,
      });
      expect(res.body.geoStatus).toBe("evaluated");
      const geo = res.body.geo;
      expect(geo.lineOfContact).toMatchObject({ side: "GNA", status: "working" });
      expect(geo.lineOfContact.distanceKm).toBeCloseTo(-3.3, 1);
      expect(geo.zones).toContainEqual(
        expect.objectContaining({ layerId: zone, kind: "disengagement_area" }),
      );
      expect(geo.nearestPlaces[0]).toMatchObject({ name: "Ain Zara", nameAr: "عين زارة" });
      expect(geo.nearestPlaces[0]).toHaveProperty("bearing");
      expect(geo.description).toEqual({ en: "at Ain Zara", ar: "في عين زارة" });
      expect(geo.district).toMatchObject({ id: "LBY-2978" });
      expect(geo.at).toBe("2020-01-14T21:00:00.000Z");
      expect(geo.evaluatedAt).toEqual(expect.any(String));
      expect(geo.layerVersions.length).toBeGreaterThanOrEqual(2);
      // A list answers what a list shows: the evaluation stays with the report's own page.
      const list = await call(app, "GET", "/api/v1/reports", { token: tokens.liaisonGna });
      const item = list.body.items.find((r: { id: string }) => r.id === ids.gnaAinZara);
      expect(item).toMatchObject({ id: ids.gnaAinZara, trackingId: expect.any(String) });
      expect(item).not.toHaveProperty("geo");
      expect(item).not.toHaveProperty("geoStatus");
    });

    it("an incident carries one on its page, and its list what the list shows of it", async () => {
      const one = await call(app, "GET", `/api/v1/incidents/${incidents.gnaAinZara}`, {
        token: tokens.chief,
      });
      expect(one.body).toMatchObject({
        geoStatus: "evaluated",
        geo: { lineOfContact: { side: "GNA" } },
      });
      expect(one.body.reports[0].geoStatus).toBe("evaluated");
      const list = await call(app, "GET", "/api/v1/incidents", { token: tokens.chief });
      const item = list.body.items.find((i: { id: string }) => i.id === incidents.gnaAinZara);
      // The place the list names and what a made-up title needs: the nearest place, the district.
      expect(item.geoStatus).toBe("evaluated");
      expect(item.geo).toEqual({
        description: one.body.geo.description,
        district: one.body.geo.district,
        nearestPlaces: [one.body.geo.nearestPlaces[0]],
      });
      expect(item.geo.description).toEqual({ en: "at Ain Zara", ar: "في عين زارة" });
      // A record's time or place changed since: pending, as on its page.
      const pending = await call(app, "POST", "/api/v1/incidents", {
        token: tokens.intake,
        body: { reportIds: [ids.gnaSirte] },
      });
      expect(pending.status).toBe(201);
      const again = await call(app, "GET", "/api/v1/incidents", { token: tokens.chief });
      const fresh = again.body.items.find((i: { id: string }) => i.id === pending.body.id);
      expect(fresh).toMatchObject({ geo: null, geoStatus: "pending" });
    });

    it("a report not yet evaluated is pending, one without coordinates has no location", async () => {
      const res = await call(app, "POST", "/api/v1/reports", {
        token: tokens.liaisonGna,
        body: reportJson({ location: { lat: 32.8, lon: 13.25 } }),
      });
      expect(res.body).toMatchObject({ geo: null, geoStatus: "pending" });
      const got = await call(app, "GET", `/api/v1/reports/${res.body.id}`, {
        token: tokens.liaisonGna,
      });
      expect(got.body).toMatchObject({ geo: null, geoStatus: "pending" });
      const none = await call(app, "POST", "/api/v1/reports", {
        token: tokens.liaisonGna,
        body: reportJson({ location: undefined, placeName: "Qwxyz farm track" }),
      });
      expect(none.status).toBe(201);
      expect(none.body).toMatchObject({ geo: null, geoStatus: "no_location" });
    });

    it("evaluates a point ad hoc at a time", async () => {
      const res = await call(
        app,
        "GET",
        `/api/v1/geo/evaluate?lat=${QASR_BIN_GHASHIR.lat}&lon=${QASR_BIN_GHASHIR.lon}&at=2020-01-20T00:00:00Z`,
        { token: tokens.liaisonLna },
      );
      expect(res.status).toBe(200);
      expect(res.body.lineOfContact).toMatchObject({ side: "LNA" });
      expect(res.body.lineOfContact.distanceKm).toBeGreaterThan(9);
      expect(res.body.description.en).toMatch(/km [NESW]+ of Qasr Bin Ghashir/);
      const bad = await call(app, "GET", "/api/v1/geo/evaluate?lat=95&lon=13.2", {
        token: tokens.chief,
      });
      expect(bad.status).toBe(400);
    });

    const listed = async (path: string, who: TestUserName) => {
      const res = await call(app, "GET", `/api/v1/${path}`, { token: tokens[who] });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.items.map((i: { id: string }) => i.id) as string[];
    };
    const named = (list: string[]) =>
      Object.entries(ids)
        .filter(([, id]) => list.includes(id))
        .map(([n]) => n)
        .sort();

    it("filters reports by side, distance to the line, zone and district", async () => {
      expect(named(await listed("reports?side=GNA&limit=200", "chief"))).toEqual([
        "gnaAinZara",
        "lnaSalahAlDin",
      ]);
      expect(named(await listed("reports?side=LNA&limit=200", "chief"))).toEqual([
        "gnaSirte",
        "lnaQasr",
      ]);
      expect(named(await listed("reports?nearLineKm=5&limit=200", "chief"))).toEqual([
        "gnaAinZara",
        "lnaSalahAlDin",
      ]);
      expect(named(await listed("reports?nearLineKm=12&limit=200", "chief"))).toEqual([
        "gnaAinZara",
        "lnaQasr",
        "lnaSalahAlDin",
      ]);
      expect(named(await listed(`reports?zone=${zone}&limit=200`, "chief"))).toEqual([
        "gnaAinZara",
      ]);
      for (const d of ["LBY-2985", "Surt", encodeURIComponent("سرت")]) {
        expect(named(await listed(`reports?district=${d}&limit=200`, "chief"))).toEqual([
          "gnaSirte",
        ]);
      }
      expect(named(await listed(`reports?side=GNA&zone=${zone}&nearLineKm=4`, "chief"))).toEqual([
        "gnaAinZara",
      ]);
      const bad = await call(app, "GET", "/api/v1/reports?zone=not-a-layer", {
        token: tokens.chief,
      });
      expect(bad.status).toBe(400);
    });

    it("filters incidents the same way", async () => {
      const gna = await listed("incidents?side=GNA", "chief");
      expect(gna).toEqual(expect.arrayContaining([incidents.gnaAinZara, incidents.lnaSalahAlDin]));
      expect(await listed("incidents?side=LNA", "chief")).toEqual([]);
      expect(await listed(`incidents?zone=${zone}`, "chief")).toEqual([incidents.gnaAinZara]);
      // Other tests' lines are valid too: the LNA's claimed line passes 0.7 km from Salah al-Din.
      expect(await listed("incidents?nearLineKm=0.5", "chief")).toEqual([]);
      expect(await listed("incidents?nearLineKm=1", "chief")).toEqual([incidents.lnaSalahAlDin]);
      expect(await listed("incidents?district=Surt", "chief")).toEqual([]);
    });

    it("a party liaison never sees the other party's reports or incidents through a geo filter", async () => {
      const filters = [
        "side=GNA",
        "side=LNA",
        "nearLineKm=20000",
        `zone=${zone}`,
        "district=LBY-2978",
        "district=Surt",
      ];
      for (const f of filters) {
        const gnaSees = named(await listed(`reports?${f}&limit=200`, "liaisonGna"));
        expect(
          gnaSees.every((n) => n.startsWith("gna")),
          f,
        ).toBe(true);
        const lnaSees = named(await listed(`reports?${f}&limit=200`, "liaisonLna"));
        expect(
          lnaSees.every((n) => n.startsWith("lna")),
          f,
        ).toBe(true);
        const gnaIncidents = await listed(`incidents?${f}`, "liaisonGna");
        expect(gnaIncidents, f).not.toContain(incidents.lnaSalahAlDin);
        const lnaIncidents = await listed(`incidents?${f}`, "liaisonLna");
        expect(lnaIncidents, f).not.toContain(incidents.gnaAinZara);
      }
      // The LNA's report at Salah al-Din is on the GNA side: still only the GNA's own appear.
      expect(named(await listed("reports?side=GNA&limit=200", "liaisonGna"))).toEqual([
        "gnaAinZara",
      ]);
      expect(named(await listed("reports?side=GNA&limit=200", "liaisonLna"))).toEqual([
        "lnaSalahAlDin",
      ]);
      expect(await listed("incidents?side=GNA", "liaisonGna")).toEqual([incidents.gnaAinZara]);
    });
  });
});
