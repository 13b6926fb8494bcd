/**
 * Hostile variants of a request: wrong types, huge strings, deep JSON, invalid UTF-8, NUL bytes,
 * Arabic and direction marks, path parameters that are not ids, negative and huge numbers, a
 * missing or truncated body, a wrong content type, multipart garbage, odd headers. Each answer
 * must be a 4xx (or a 2xx where the input happens to be acceptable), never a 5xx.
 */
import { randomBytes, randomUUID } from "node:crypto";

/** A request before it is written out: path parameters and query values are already encoded. */
export interface Draft {
  method: string;
  path: string;
  pathParams: Record<string, string>;
  query: [string, string][];
  headers: Record<string, string>;
  /** A JSON value, or raw bytes sent as they are. */
  body: { json: unknown } | { raw: Buffer } | null;
}

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

const HUGE = "x".repeat(100_000);
const ARABIC = "قَصْفٌ مَدْفَعِيٌّ ــــ على عين زارة \u200f\u202eأ إ آ ٱ ى ة ٠١٢٣";

const HOSTILE_VALUES: readonly unknown[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff\ud800",
  "😀".repeat(500),
  ARABIC,
  ARABIC.repeat(300),
  HUGE,
  "\n\r\t\\\"'`",
  "<script>alert(1)</script>",
  "'; DROP TABLE reports; --",
  "../../../../etc/passwd",
  "%00%ff",
  "1e9999",
  "NaN",
  "-Infinity",
  "0x1F",
  "2020-02-30T00:00:00Z",
  "0000-01-01T00:00:00Z",
  "9999-12-31T23:59:59.999999999+14:00",
  "275760-09-13T00:00:00.001Z",
  "00000000-0000-0000-0000-000000000000",
  "FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF",
  -1,
  0,
  -0,
  0.5,
  1e308,
  -1e308,
  5e-324,
  2 ** 53 + 1,
  2 ** 31,
  -(2 ** 31) - 1,
  true,
  false,
  null,
  [],
  {},
  [null],
  [[[["deep"]]]],
  { __proto__: { admin: true } },
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}'),
  Array.from({ length: 5000 }, (_, i) => i),
  Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i])),
];

/** Path and query values, already percent-encoded as they go on the wire. */
const HOSTILE_SEGMENTS: readonly string[] = [
  "not-a-uuid",
  "%FF%FE%FD",
  "%C0%AF",
  "%00",
  "a%00b",
  "..%2F..%2Fetc%2Fpasswd",
  "..",
  "%2E%2E",
  "x".repeat(5000),
  encodeURIComponent(ARABIC),
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  randomUUID().toUpperCase(),
  `${randomUUID()}%00`,
  `${randomUUID()}x`,
  "-1",
  "0",
  "99999999999999999999999",
  "1e9999",
  "NaN",
  "%20",
  "%22%3Cscript%3E",
  "null",
  "true",
  "%5B%5D",
  "%7B%7D",
  "%25",
  "%ED%A0%80",
];

function setDeep(value: unknown, replacement: unknown): unknown {
  if (value === null || typeof value !== "object") return replacement;
  if (Array.isArray(value)) {
    if (value.length === 0) return [replacement];
    const copy = [...(value as unknown[])];
    const i = Math.floor(Math.random() * copy.length);
    copy[i] = Math.random() < 0.5 ? replacement : setDeep(copy[i], replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const key = keys.length === 0 || Math.random() < 0.15 ? `extra${keys.length}` : pick(keys);
  copy[key] = Math.random() < 0.6 ? replacement : setDeep(copy[key], replacement);
  return copy;
}

function deepJson(depth: number): Buffer {
  const open = Math.random() < 0.5 ? "[" : '{"a":';
  const close = open === "[" ? "]" : "}";
  return Buffer.from(open.repeat(depth) + "1" + close.repeat(depth));
}

function multipartGarbage(): { type: string; body: Buffer } {
  const boundary = `----cfm${randomBytes(6).toString("hex")}`;
  const variants: (() => { type: string; body: Buffer })[] = [
    () => ({ type: "multipart/form-data", body: randomBytes(200) }),
    () => ({ type: `multipart/form-data; boundary=${boundary}`, body: randomBytes(500) }),
    () => ({
      type: `multipart/form-data; boundary=${boundary}`,
      body: Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc`),
    }),
    () => ({
      type: `multipart/form-data; boundary=${boundary}`,
      body: Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${"ب".repeat(300)}\u0000.png"\r\n` +
          `Content-Type: image/png\r\n\r\n${"\u0000".repeat(64)}\r\n--${boundary}--\r\n`,
      ),
    }),
    () => ({
      type: `multipart/form-data; boundary=${boundary}`,
      body: Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="dataset"\r\n\r\n${ARABIC}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="target"\r\n\r\n%FF\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n` +
          `Content-Type: text/csv\r\n\r\n\u00ff\u00fe,"unclosed\r\n--${boundary}--\r\n`,
      ),
    }),
    () => ({ type: "multipart/form-data; boundary=", body: Buffer.from("--\r\n--\r\n") }),
    () => ({ type: `multipart/mixed; boundary=${boundary}`, body: Buffer.from(`--${boundary}--`) }),
  ];
  return pick(variants)();
}

/** One hostile change of the draft; returns its name (for the reproduction). */
export function makeHostile(d: Draft): string {
  const params = Object.keys(d.pathParams);
  const kinds: [string, () => void][] = [
    ["body field", () => (d.body = { json: setDeep(bodyJson(d), pick(HOSTILE_VALUES)) })],
    ["body field", () => (d.body = { json: setDeep(bodyJson(d), pick(HOSTILE_VALUES)) })],
    ["body of a wrong type", () => (d.body = { json: pick([[], 1, "text", null, true, [{}]]) })],
    ["deep JSON", () => (d.body = { raw: deepJson(pick([100, 1000, 10_000, 60_000])) })],
    ["invalid UTF-8", () => (d.body = { raw: invalidUtf8(bodyJson(d)) })],
    ["truncated JSON", () => (d.body = { raw: truncated(bodyJson(d)) })],
    [
      "missing body",
      () => {
        d.body = { raw: Buffer.alloc(0) };
        d.headers["content-type"] = "application/json";
      },
    ],
    [
      "wrong content type",
      () => {
        d.body = { raw: Buffer.from(JSON.stringify(bodyJson(d) ?? {})) };
        d.headers["content-type"] = pick([
          "text/plain",
          "application/xml",
          "application/x-www-form-urlencoded",
          "application/json; charset=latin1",
          "application/octet-stream",
          "image/png",
        ]);
      },
    ],
    [
      "multipart garbage",
      () => {
        const m = multipartGarbage();
        d.body = { raw: m.body };
        d.headers["content-type"] = m.type;
      },
    ],
    [
      "query value",
      () => {
        const name = d.query.length > 0 && Math.random() < 0.8 ? pick(d.query)[0] : "extra";
        d.query = d.query.filter(([n]) => n !== name);
        d.query.push([name, pick(HOSTILE_SEGMENTS)]);
        if (Math.random() < 0.3) d.query.push([name, pick(HOSTILE_SEGMENTS)]);
      },
    ],
    [
      "header",
      () => {
        const [name, value] = pick<[string, string]>([
          ["idempotency-key", pick(["short", "x".repeat(5000), "k\u00ff\u00fe1234567", " "])],
          ["accept-language", pick(["ar;q=NaN, *;q=-1", "x".repeat(3000), "\u00ff"])],
          ["cookie", pick(["cfm_session=", `cfm_session=${"x".repeat(4000)}`, "cfm_session=%FF"])],
          [
            "authorization",
            pick(["Bearer", "Bearer \u00ff", "Basic Og==", `Bearer ${"x".repeat(4000)}`]),
          ],
          ["origin", pick(["null", "http://evil.example", "\u00ff"])],
          ["content-type", pick(["application/json; boundary=x", "*/*", "application/json;"])],
          ["x-forwarded-for", pick(["not-an-ip", "1.1.1.1, 2.2.2.2", "::1, %FF"])],
          ["accept", pick(["text/csv", "application/pdf", "*/*;q=x"])],
        ]);
        d.headers[name] = value;
      },
    ],
  ];
  if (params.length > 0) {
    kinds.push(
      ["path parameter", () => (d.pathParams[pick(params)] = pick(HOSTILE_SEGMENTS))],
      ["path parameter", () => (d.pathParams[pick(params)] = pick(HOSTILE_SEGMENTS))],
    );
  }
  const [name, apply] = pick(kinds);
  apply();
  return name;
}

function bodyJson(d: Draft): unknown {
  return d.body && "json" in d.body ? d.body.json : {};
}

function invalidUtf8(json: unknown): Buffer {
  const text = JSON.stringify(json ?? {});
  const at = text.lastIndexOf('"') > 0 ? text.lastIndexOf('"') : 1;
  const bad = pick([
    [0xff],
    [0xc0, 0xaf],
    [0xed, 0xa0, 0x80],
    [0xf8, 0x88, 0x80, 0x80, 0x80],
    [0xe2, 0x28, 0xa1],
  ]);
  return Buffer.concat([
    Buffer.from(text.slice(0, at)),
    Buffer.from(bad),
    Buffer.from(text.slice(at)),
  ]);
}

function truncated(json: unknown): Buffer {
  const text = JSON.stringify(json ?? { a: 1 });
  return Buffer.from(text.slice(0, Math.max(1, Math.floor(Math.random() * text.length))));
}
