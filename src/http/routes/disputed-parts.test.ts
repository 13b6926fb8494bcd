import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { beforeAll, expect, it } from "vitest";
import { call, testApp } from "../../../test/api.js";
import { describeEachEngine } from "../../../test/db.js";
import { loginAll, seedActors, type TestUserName } from "../../../test/fixtures.js";
import { verifyAudit } from "../../services/audit.js";
import { setDelegation } from "../../services/delegations.js";

// Three parts along 31°N near Sirte, walking east: the middle one is disputed.
const PARTS = [
  [
    [16.0, 31.0],
    [16.2, 31.0],
  ],
  [
    [16.2, 31.0],
    [16.4, 31.0],
  ],
  [
    [16.4, 31.0],
    [16.6, 31.0],
  ],
];
const FIELDS = {
  kind: "line_of_contact",
  status: "proposed",
  validFrom: "2025-01-01T00:00:00Z",
  leftParty: "GNA",
  rightParty: "LNA",
};

function geojsonFile(marks: boolean[]) {
  return JSON.stringify({
    type: "FeatureCollection",
    features: PARTS.map((coordinates, i) => ({
      type: "Feature",
      geometry: { type: "LineString", coordinates },
      properties: { ...FIELDS, ...(marks[i] ? { disputed: true } : {}) },
    })),
  });
}

function kmlFile(marks: boolean[]) {
  const data = (props: Record<string, string>) =>
    Object.entries(props)
      .map(([k, v]) => `<Data name="${k}"><value>${v}</value></Data>`)
      .join("");
  const placemarks = PARTS.map(
    (coordinates, i) =>
      `<Placemark><name>Part ${i}</name><ExtendedData>${data({
        ...FIELDS,
        disputed: marks[i] ? "yes" : "no",
      })}</ExtendedData><LineString><coordinates>${coordinates
        .map(([lon, lat]) => `${lon},${lat}`)
        .join(" ")}</coordinates></LineString></Placemark>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks.join("")}</Document></kml>`;
}

/** A multipart/form-data body as a browser builds it. */
function form(file: { name: string; text: string }) {
  const boundary = `----cfm${randomBytes(8).toString("hex")}`;
  return {
    body: Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
        `Content-Type: application/octet-stream\r\n\r\n${file.text}\r\n--${boundary}--\r\n`,
    ),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

const { kind: _kind, ...JSON_FIELDS } = FIELDS;
const MIDDLE = { type: "MultiLineString", coordinates: [PARTS[1]] };

describeEachEngine("disputed parts of a line of contact: files, marking, export", (ctx) => {
  let app: FastifyInstance;
  let tokens: Record<TestUserName, string>;

  beforeAll(async () => {
    const actors = await seedActors(ctx.deps);
    tokens = await loginAll(ctx.deps, actors);
    await setDelegation(ctx.deps, actors.admin, "GNA", {
      memberIds: [actors.commission.userId],
      headUserId: actors.commission.userId,
    });
    app = await testApp(ctx);
  }, 60_000);

  const as = (who: TestUserName, method: "GET" | "POST" | "PUT", url: string, body?: unknown) =>
    call(app, method, `/api/v1${url}`, { token: tokens[who], body });

  async function newLine(name: string): Promise<string> {
    const res = await as("analyst", "POST", "/geo/layers", { kind: "line_of_contact", name });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  }

  async function upload(layerId: string, file: { name: string; text: string }) {
    const { body, headers } = form(file);
    const res = await app.inject({
      method: "POST",
      url: `/api/v1/geo/layers/${layerId}/versions`,
      headers: { ...headers, authorization: `Bearer ${tokens.analyst}` },
      body,
    });
    return { status: res.statusCode, body: res.json() };
  }

  const exported = async (layerId: string, v: number, format: "geojson" | "kml") => {
    const res = await app.inject({
      method: "GET",
      url: `/api/v1/geo/layers/${layerId}/versions/${v}.${format}`,
      headers: { authorization: `Bearer ${tokens.liaisonGna}` },
    });
    expect(res.statusCode).toBe(200);
    return res.body;
  };

  it("a GeoJSON file's features are the line's parts; those marked disputed: true are disputed", async () => {
    const layerId = await newLine("Sirte front (GeoJSON)");
    const res = await upload(layerId, { name: "sirte.geojson", text: geojsonFile([false, true]) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.disputed).toEqual(MIDDLE);
    // The export carries the mark back, part by part; uploading it again gives the same version.
    const file = JSON.parse(await exported(layerId, 1, "geojson"));
    const marks = file.features.map((f: { properties: { disputed: boolean } }) => f.properties);
    expect(marks.map((p: { disputed: boolean }) => p.disputed)).toEqual([false, true, false]);
    const again = await upload(layerId, { name: "again.geojson", text: JSON.stringify(file) });
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body.disputed).toEqual(MIDDLE);
    const [first, second] = (await as("analyst", "GET", `/geo/layers/${layerId}`)).body.versions;
    expect(second.disputed).toEqual(first.disputed);
    const file2 = JSON.parse(await exported(layerId, 2, "geojson"));
    expect(file2.features.map((f: { geometry: unknown }) => f.geometry)).toEqual(
      file.features.map((f: { geometry: unknown }) => f.geometry),
    );
  });

  it("a KML file marks disputed parts in ExtendedData; the KML export carries them back", async () => {
    const layerId = await newLine("Sirte front (KML)");
    const res = await upload(layerId, { name: "sirte.kml", text: kmlFile([false, true, false]) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.disputed).toEqual(MIDDLE);
    const kml = await exported(layerId, 1, "kml");
    expect(kml.match(/<Placemark/g)).toHaveLength(3);
    expect(kml).toContain('<Data name="disputed"><value>true</value></Data>');
    const again = await upload(layerId, { name: "again.kml", text: kml });
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body.disputed).toEqual(MIDDLE);
  });

  it("parts that disagree on a field, or a mark that is neither true nor false, are refused", async () => {
    const layerId = await newLine("Sirte front (refused)");
    const text = JSON.parse(geojsonFile([false, true, false]));
    text.features[2].properties.leftParty = "LNA";
    const res = await upload(layerId, { name: "bad.geojson", text: JSON.stringify(text) });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain("leftParty");
    text.features[2].properties.leftParty = "GNA";
    text.features[0].properties.disputed = "perhaps";
    const mark = await upload(layerId, { name: "bad.geojson", text: JSON.stringify(text) });
    expect(mark.status).toBe(400);
    expect(mark.body.error.details.field).toBe("disputed");
  });

  it("an analyst marks and unmarks parts of a proposed line; audited, evaluated, read alike by both parties", async () => {
    const layerId = await newLine("Sirte front (marked)");
    expect((await upload(layerId, { name: "s.geojson", text: geojsonFile([]) })).status).toBe(201);
    const near = async () => {
      const e = await as(
        "analyst",
        "GET",
        "/geo/evaluate?lat=31.02&lon=16.3&at=2025-02-01T00:00:00Z",
      );
      return e.body.linesOfContact.find((l: { layerId: string }) => l.layerId === layerId);
    };
    expect((await near()).nearDisputed).toBe(false);
    const marked = await as("analyst", "PUT", `/geo/layers/${layerId}/versions/1/disputed`, {
      parts: [1],
    });
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    expect(marked.body.versions[0].disputed).toEqual(MIDDLE);
    expect((await near()).nearDisputed).toBe(true);
    for (const who of ["liaisonGna", "liaisonLna"] as const) {
      const read = await as(who, "GET", `/geo/layers/${layerId}`);
      expect(read.body.versions[0].disputed).toEqual(MIDDLE);
      // A party's liaison may read the line, never mark it.
      const refused = await as(who, "PUT", `/geo/layers/${layerId}/versions/1/disputed`, {
        parts: [],
      });
      expect(refused.status).toBe(403);
    }
    const cleared = await as("chief", "PUT", `/geo/layers/${layerId}/versions/1/disputed`, {
      parts: [],
    });
    expect(cleared.body.versions[0].disputed).toBeNull();
    expect((await near()).nearDisputed).toBe(false);
    const audit = await ctx.deps.db
      .selectFrom("audit_entries")
      .select(["action", "data"])
      .where("action", "=", "geo.layer_version_disputed_marked")
      .where("subject", "=", `geo_layer:${layerId}`)
      .orderBy("seq")
      .execute();
    expect(audit.map((a) => JSON.stringify(a.data))).toEqual([
      expect.stringContaining('"parts":[1]'),
      expect.stringContaining('"parts":[]'),
    ]);
    expect(await verifyAudit(ctx.deps.db)).toMatchObject({ ok: true });
    const wrong = await as("analyst", "PUT", `/geo/layers/${layerId}/versions/1/disputed`, {
      parts: [3],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.field).toBe("parts");
  });

  it("a version that is not proposed, or is before the commission, keeps its parts", async () => {
    const layerId = await newLine("Sirte front (fixed)");
    const working = await as("analyst", "POST", `/geo/layers/${layerId}/versions`, {
      ...JSON_FIELDS,
      status: "working",
      geometry: { type: "MultiLineString", coordinates: PARTS },
    });
    expect(working.status, JSON.stringify(working.body)).toBe(201);
    const res = await as("analyst", "PUT", `/geo/layers/${layerId}/versions/1/disputed`, {
      parts: [0],
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("layer_version_not_proposed");
    // Proposed and sent to the commission: the delegations sign the line as sent.
    const proposed = await as("analyst", "POST", `/geo/layers/${layerId}/versions`, {
      ...JSON_FIELDS,
      validFrom: "2025-01-02T00:00:00Z",
      geometry: { type: "MultiLineString", coordinates: PARTS },
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const meeting = await as("chief", "POST", "/commission/meetings", {
      startsAt: "2025-02-01T09:00:00Z",
      placeEn: "Sirte",
      agenda: [],
    });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
    const sent = await as("chief", "POST", `/geo/layers/${layerId}/versions/2/commission`, {
      meetingId: meeting.body.id,
      from: "2025-03-01T00:00:00Z",
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    const pending = await as("analyst", "PUT", `/geo/layers/${layerId}/versions/2/disputed`, {
      parts: [0],
    });
    expect(pending.status).toBe(409);
    expect(pending.body.error.code).toBe("conflict");
  });
});
