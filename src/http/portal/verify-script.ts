/**
 * The portal's one script (served at /portal/assets/verify.js): checks a downloaded report and
 * its detached signature in the visitor's browser, with WebCrypto, as `cfm verify --server`
 * does — the file's SHA-256, the product's Ed25519 signature and its checkpoint's, then the key's
 * status among the published keys and the checkpoint among the published ones.
 *
 * A plain ES module written out as text: the portal has no bundler. It mirrors, line for line,
 * `canonicalJson` (src/domain/canonical-json.ts), `productStatement`, `checkpointStatement`,
 * `offlineChecks` and `keyStatusCheck` (src/domain/signatures.ts); verify-script.test.ts runs
 * this very text in Node and holds its statements byte for byte to the server's, and its verdicts
 * to the server's on real signed files. Change both together.
 */
export const VERIFY_SCRIPT = String.raw`// Ceasefire Monitor: the portal's signature check (src/http/portal/verify-script.ts).
const DETACHED_FORMAT = "cfm-detached-signature/1";

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const key of Object.keys(value).sort()) {
      const v = value[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function canonicalJson(value) {
  return JSON.stringify(sortKeys(value));
}

export function productStatement(p) {
  return canonicalJson({
    statement: "cfm-product/1",
    kind: p.kind,
    id: p.id,
    sha256: p.sha256,
    keyId: p.keyId,
    signedAt: p.signedAt,
  });
}

export function checkpointStatement(c) {
  return canonicalJson({
    statement: "cfm-checkpoint/1",
    seq: c.seq,
    headHash: c.headHash,
    at: c.at,
    keyId: c.keyId,
  });
}

const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v) => typeof v === "string" && v.length > 0;

/** The detached signature read from parsed JSON, or null when it is not one. */
export function parseDetached(v) {
  if (!isObject(v) || v.format !== DETACHED_FORMAT) return null;
  for (const f of ["kind", "id", "sha256", "keyId", "signedAt", "signature"]) {
    if (!isText(v[f])) return null;
  }
  const c = v.checkpoint;
  if (!isObject(c) || !Number.isInteger(c.seq)) return null;
  for (const f of ["headHash", "at", "keyId", "signature"]) if (!isText(c[f])) return null;
  if (!isObject(v.publicKeys)) return null;
  return v;
}

/** The browser cannot check Ed25519: the check is not made, rather than failed. */
export class Unsupported extends Error {}

const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, "0")).join("");
const fromBase64 = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

export async function sha256Hex(bytes) {
  return hex(await crypto.subtle.digest("SHA-256", bytes));
}

async function verifyEd25519(publicKey, message, signature) {
  let key;
  try {
    key = await crypto.subtle.importKey("raw", fromBase64(publicKey), { name: "Ed25519" }, false, ["verify"]);
  } catch (err) {
    if (err && err.name === "NotSupportedError") throw new Unsupported("Ed25519");
    return false;
  }
  try {
    return await crypto.subtle.verify({ name: "Ed25519" }, key, fromBase64(signature), new TextEncoder().encode(message));
  } catch {
    return false;
  }
}

const step = (name, ok, text, values) => ({ name, ok, text, values: values || {} });

/** offlineChecks: the hash, the product's signature and the checkpoint's, with the file's keys. */
export async function offlineSteps(sig, actualSha256) {
  const steps = [];
  steps.push(
    actualSha256 === sig.sha256
      ? step("hash", true, "hashOk", { sha: sig.sha256 })
      : step("hash", false, "hashFail", { sha: actualSha256 }),
  );
  const keyOf = async (id) => {
    const b64 = sig.publicKeys[id];
    if (!isText(b64)) return null;
    try {
      return (await sha256Hex(fromBase64(b64))).slice(0, 16) === id ? b64 : null;
    } catch {
      return null;
    }
  };
  const productKey = await keyOf(sig.keyId);
  steps.push(
    productKey && (await verifyEd25519(productKey, productStatement(sig), sig.signature))
      ? step("signature", true, "signatureOk", { key: sig.keyId, at: sig.signedAt })
      : step("signature", false, productKey ? "signatureFail" : "noKey", { key: sig.keyId }),
  );
  const c = sig.checkpoint;
  const checkpointKey = await keyOf(c.keyId);
  steps.push(
    checkpointKey && (await verifyEd25519(checkpointKey, checkpointStatement(c), c.signature))
      ? step("checkpoint", true, "checkpointOk", { seq: c.seq, key: c.keyId, at: c.at })
      : step("checkpoint", false, "checkpointFail", { seq: c.seq, key: c.keyId }),
  );
  return steps;
}

/** keyStatusCheck: the published keys still vouch for a signature made at "at" by "keyId". */
export function keyStep(name, keys, keyId, publicKey, at) {
  const key = keys.find((k) => k.id === keyId);
  if (!key) return step(name, false, "keyUnknown", { key: keyId });
  if (publicKey !== undefined && key.publicKey !== publicKey) return step(name, false, "keyOther", { key: keyId });
  if (key.revokedAt && Date.parse(key.revokedAt) <= Date.parse(at))
    return step(name, false, "keyRevoked", { key: keyId, revokedAt: key.revokedAt, at });
  if (key.revokedAt) return step(name, true, "keyRevokedLater", { key: keyId, revokedAt: key.revokedAt });
  return step(name, true, key.status === "retired" ? "keyRetired" : "keyActive", { key: keyId });
}

/**
 * Every step, as "cfm verify --server" runs them: "getJson(path)" reads this portal's published
 * keys and checkpoints (no login).
 */
export async function checkFile(bytes, sig, getJson) {
  const steps = await offlineSteps(sig, await sha256Hex(bytes));
  const c = sig.checkpoint;
  const keys = (await getJson("/api/v1/public/keys")).items;
  const page = await getJson("/api/v1/public/checkpoints?beforeSeq=" + (c.seq + 1) + "&limit=1");
  const published = page.items[0];
  steps.push(keyStep("productKey", keys, sig.keyId, sig.publicKeys[sig.keyId], sig.signedAt));
  steps.push(keyStep("checkpointKey", keys, c.keyId, sig.publicKeys[c.keyId], c.at));
  steps.push(
    published && published.seq === c.seq && published.headHash === c.headHash && published.signature === c.signature
      ? step("published", true, "publishedOk", { seq: c.seq })
      : step("published", false, "publishedFail", { seq: c.seq }),
  );
  return steps;
}

// The page: nothing of it runs outside a browser (the tests import the functions above).

async function getJson(path) {
  const res = await fetch(path, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(path + " answered " + res.status);
  return res.json();
}

function element(tag, className, children) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  for (const c of children || []) e.append(c);
  return e;
}

/** A sentence with its "{name}" values set apart: hashes, keys and instants read left to right. */
function sentence(text, values) {
  const parts = [];
  let last = 0;
  for (const m of text.matchAll(/\{(\w+)\}/g)) {
    parts.push(text.slice(last, m.index));
    const b = element("bdi", "code", [String(values[m[1]] ?? "")]);
    b.dir = "ltr";
    parts.push(b);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

async function signatureFor(form, bytes, w) {
  const picked = form.elements.namedItem("signature").files[0];
  if (picked) {
    try {
      return parseDetached(JSON.parse(await picked.text())) || w.notSignature;
    } catch {
      return w.notSignature;
    }
  }
  if (!form.dataset.sigPdf) return w.needSignature;
  const isPdf = new TextDecoder().decode(bytes.slice(0, 5)) === "%PDF-";
  try {
    return parseDetached(await getJson(isPdf ? form.dataset.sigPdf : form.dataset.sigHtml)) || w.notSignature;
  } catch {
    return w.unreachable;
  }
}

async function run(form, w) {
  const file = form.elements.namedItem("file").files[0];
  if (!file) return [element("p", "notice", [w.needFile])];
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sig = await signatureFor(form, bytes, w);
  if (typeof sig === "string") return [element("p", "notice", [sig])];
  let steps;
  try {
    steps = await checkFile(bytes, sig, getJson);
  } catch (err) {
    return [element("p", "notice", [err instanceof Unsupported ? w.noEd25519 : w.unreachable])];
  }
  const valid = steps.every((s) => s.ok);
  const list = element(
    "ol",
    "steps",
    steps.map((s) =>
      element("li", s.ok ? "step-ok" : "step-failed", [
        element("strong", "", [w.steps[s.name]]),
        " — ",
        element("span", "verdict", [s.ok ? w.ok : w.failed]),
        ": ",
        ...sentence(w[s.text], s.values),
      ]),
    ),
  );
  const verdict = element("p", valid ? "ok" : "notice", [valid ? w.valid : w.invalid]);
  verdict.id = "verify-verdict";
  verdict.dataset.valid = String(valid);
  return [verdict, list];
}

function start() {
  const form = document.getElementById("verify-form");
  const words = document.getElementById("verify-words");
  if (!form || !words) return;
  const w = JSON.parse(words.textContent);
  const out = document.getElementById("verify-result");
  form.hidden = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button");
    button.disabled = true;
    out.replaceChildren(element("p", "muted", [w.checking]));
    try {
      out.replaceChildren(...(await run(form, w)));
    } catch {
      out.replaceChildren(element("p", "notice", [w.unreachable]));
    } finally {
      button.disabled = false;
    }
  });
}

if (typeof document !== "undefined") start();
`;
