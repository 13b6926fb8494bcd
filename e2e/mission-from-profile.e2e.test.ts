/**
 * A mission that is not the demo (issue 12), once for each shipped profile (Hodeidah, then
 * Libya without its demo scenario): an empty database set up from the profile
 * with `cfm mission init`, an administrator and a chief added with `cfm user add --link`, and the
 * server started without `--demo`. The administrator creates both parties' liaisons, a monitor and
 * an analyst in the browser; each new user enrols (password, authenticator app) from the link; a
 * liaison files a complaint in Arabic naming a place of the mission, which the mission's gazetteer
 * locates and whose times are read in the mission's time zone (Aden, Tripoli); the chief opens the incident, the analyst writes the finding in
 * Arabic and English, and both parties read it released, each in the language of its page.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "otplib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe.js";
import { launch, open, screenshot, type Lang } from "./support/browser.js";
import { fillIntake } from "./support/intake.js";
import { REPO, startServer, type Server } from "./support/server.js";

let browser: Browser;
let server: Server;
let dataDir: string;
const links: Record<string, string> = {};

function cfm(...args: string[]): string {
  return execFileSync(process.execPath, ["dist/server/cli/main.js", ...args], {
    cwd: REPO,
    env: { ...process.env, CFM_DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn" },
    encoding: "utf8",
  });
}

const linkIn = (out: string) => /\/welcome#\S+/.exec(out)![0];

/** What differs between the two shipped missions, as their profiles say. */
interface Case {
  profile: string;
  title: string;
  timeZone: string;
  /** The liaison filing the complaint (Arabic page), and the other party's (English page). */
  filer: { username: string; party: string };
  other: { username: string; party: string };
  place: { ar: string; lat: number; lon: number };
  /** 08:00 typed on 2026-11-20 in the mission's zone, in UTC. */
  eightAm: string;
  description: string;
  publicEn: string;
  publicAr: string;
}

const CASES: Case[] = [
  {
    profile: "hodeidah-2019",
    title: "Hodeidah",
    timeZone: "Asia/Aden",
    filer: { username: "liaison-goy", party: "GOY" },
    other: { username: "liaison-ansar", party: "ANSAR" },
    place: { ar: "الحديدة", lat: 14.8, lon: 42.95 },
    eightAm: "2026-11-20T05:00:00.000Z",
    description: "قصف بقذائف الهاون على حي الربصة في الحديدة",
    publicEn: "Mortar rounds struck al-Rabsa, Hudaydah city, on 20 November 2026.",
    publicAr: "سقطت قذائف هاون على حي الربصة في مدينة الحديدة يوم 20 نوفمبر 2026.",
  },
  {
    profile: "libya-2020",
    title: "Libya, without the demo",
    timeZone: "Africa/Tripoli",
    filer: { username: "liaison-gna", party: "GNA" },
    other: { username: "liaison-lna", party: "LNA" },
    place: { ar: "سرت", lat: 31.2, lon: 16.58 },
    eightAm: "2026-11-20T06:00:00.000Z",
    description: "قصف بقذائف الهاون على حي الزعفران في سرت",
    publicEn: "Mortar rounds struck al-Zaafran, Sirte, on 20 November 2026.",
    publicAr: "سقطت قذائف هاون على حي الزعفران في سرت يوم 20 نوفمبر 2026.",
  },
];

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** An empty database set up from the profile, an administrator and a chief, the server. */
async function setUp(profile: string) {
  dataDir = mkdtempSync(join(tmpdir(), `cfm-e2e-${profile}-`));
  expect(cfm("mission", "init", `missions/${profile}`)).toContain(`"${profile}"`);
  for (const [username, role] of [
    ["admin", "admin"],
    ["chief", "chief"],
  ] as const) {
    links[username] = linkIn(
      cfm(
        "user",
        "add",
        "--username",
        username,
        "--role",
        role,
        "--display-name",
        username,
        "--link",
      ),
    );
  }
  server = await startServer({}, { dataDir, demo: false });
}

async function tearDown() {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const PASSWORD = "salt flats beyond the red sea port";

const ENROL = {
  en: {
    password: "New password",
    again: "The same password again",
    set: "Set my password",
    start: "Show the QR code",
    code: "Code from the app",
    confirm: "Confirm",
    saved: "I have saved them — continue",
  },
  ar: {
    password: "كلمة المرور الجديدة",
    again: "كلمة المرور نفسها مرة أخرى",
    set: "تعيين كلمة المرور",
    start: "عرض رمز الاستجابة السريعة",
    code: "الرمز من التطبيق",
    confirm: "تأكيد",
    saved: "حفظتُها — متابعة",
  },
};

/** A new user follows their link: chooses a password, sets up the app; logged in afterwards. */
async function enrol(link: string, lang: Lang) {
  const s = ENROL[lang];
  const session = await open(browser, { lang, server: { baseURL: server.baseURL } });
  const { page } = session;
  await page.goto(link);
  await page.getByLabel(s.password).fill(PASSWORD);
  await page.getByLabel(s.again).fill(PASSWORD);
  await page.getByRole("button", { name: s.set }).click();
  await page.getByRole("button", { name: s.start }).click();
  const key = (await page.locator(".totp-key").textContent())!.replace(/\s/g, "");
  await page.getByLabel(s.code).fill(await generate({ secret: key }));
  await page.getByRole("button", { name: s.confirm }).click();
  await page.getByRole("button", { name: s.saved }).click();
  await page.locator("main h1").waitFor();
  return session;
}

/** The API as the user logged in on `page` (their session cookie; the Origin the server checks). */
async function api<T = Record<string, unknown>>(
  page: Page,
  method: "GET" | "POST",
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await page.request.fetch(`${server.baseURL}/api/v1${path}`, {
    method,
    headers: { origin: server.baseURL },
    ...(body !== undefined ? { data: body } : {}),
  });
  if (res.status() >= 300)
    throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

describe.each(CASES)("a mission set up from its profile, without the demo: $title", (c) => {
  beforeAll(() => setUp(c.profile), 240_000);
  afterAll(tearDown);

  it("users, a complaint in Arabic located by the mission's gazetteer in its time zone, and a finding in both languages released to both parties", async () => {
    const shot = (page: Page, name: string) => screenshot(page, `${c.profile}-${name}`, true);
    // No demo anywhere: the mission is the profile's, its parties its own.
    const mission = await (await fetch(`${server.baseURL}/api/v1/mission`)).json();
    expect(mission).toMatchObject({ code: c.profile, timeZone: c.timeZone });

    // The administrator creates the liaisons of both parties, a monitor and an analyst.
    const admin = await enrol(links.admin!, "en");
    const create = async (username: string, role: string, party?: string) => {
      await admin.page.goto("/admin");
      await admin.page.getByRole("button", { name: "Create a user" }).click();
      await admin.page.getByLabel("Username", { exact: true }).fill(username);
      await admin.page.locator("#new-user-name").fill(username);
      await admin.page.locator("#new-user-role").selectOption(role);
      if (party) await admin.page.locator("#new-user-party").selectOption(party);
      await admin.page.getByRole("button", { name: "Create the user" }).click();
      links[username] = new URL(
        await admin.page.getByLabel("Enrolment link", { exact: true }).inputValue(),
      ).hash.replace(/^/, "/welcome");
    };
    await create(c.filer.username, "liaison", c.filer.party);
    await create(c.other.username, "liaison", c.other.party);
    await create("monitor", "monitor");
    await create("analyst", "analyst");
    await admin.page.goto("/admin");
    await admin.page.locator(".users-table").waitFor();
    expect(await seriousViolations(admin.page)).toEqual([]);
    await shot(admin.page, "users-en");
    expect(admin.errors).toEqual([]);
    expect(admin.external).toEqual([]);
    await admin.context.close();

    // One party's liaison files a complaint in Arabic, naming a place, in the mission's time.
    const goy = await enrol(links[c.filer.username]!, "ar");
    await goy.page.goto("/reports/new");
    const description = `${c.description}، رقم ${Date.now()}`;
    await fillIntake(goy.page, {
      from: "2026-11-20T08:00",
      to: "2026-11-20T09:30",
      place: c.place.ar,
      category: "A3",
      description,
    });
    await goy.page.locator("#allegedParty").selectOption(c.other.party);
    await shot(goy.page, "intake-ar");
    await goy.page.getByRole("button", { name: "إرسال البلاغ" }).click();
    await goy.page.locator(".notice-success").waitFor();
    const mine = await api<{ items: { id: string; description: string }[] }>(
      goy.page,
      "GET",
      "/reports",
    );
    const filed = mine.items.find((r) => r.description === description)!;
    const report = await api<{
      occurredFrom: string;
      location: { lat: number; lon: number } | null;
    }>(goy.page, "GET", `/reports/${filed.id}`);
    // 08:00 typed on the form is 08:00 in the mission's zone, not in the browser's.
    expect(report.occurredFrom).toBe(c.eightAm);
    // Located from the mission's gazetteer.
    expect(report.location!.lat).toBeCloseTo(c.place.lat, 1);
    expect(report.location!.lon).toBeCloseTo(c.place.lon, 1);

    // The chief opens the incident from the complaint and sends it to verification.
    const chief = await enrol(links.chief!, "en");
    const incident = await api<{ id: string; reference: string }>(
      chief.page,
      "POST",
      "/incidents",
      {
        reportIds: [filed.id],
      },
    );
    for (const to of ["triaged", "under_verification"]) {
      await api(chief.page, "POST", `/incidents/${incident.id}/transitions`, { to });
    }
    await chief.page.goto(`/incidents/${incident.id}`);
    await chief.page.locator("main h1").waitFor();
    expect(await chief.page.locator("main").textContent()).toContain(c.timeZone);

    // The analyst opens the incident and writes the finding in Arabic and English.
    const analyst = await enrol(links.analyst!, "en");
    await analyst.page.goto(`/incidents/${incident.id}`);
    await expect
      .poll(() => analyst.page.locator("main h1").textContent())
      .toContain(incident.reference);
    const provisions = await api<{ items: { provisions: { code: string }[] }[] }>(
      analyst.page,
      "GET",
      "/agreements",
    );
    const { publicEn, publicAr } = c;
    await api(analyst.page, "POST", `/incidents/${incident.id}/findings`, {
      outcome: "violation_unattributed",
      verificationLevel: "V2",
      attributionLevel: "undetermined",
      provisions: [provisions.items[0]!.provisions[0]!.code],
      severity: 2,
      standardOfProof: "reasonable_grounds",
      authoritativeLanguage: "en",
      publicNarrative: publicEn,
      publicNarrativeAr: publicAr,
      restrictedNarrative: "One complaint; the crater pattern fits 82 mm mortar.",
      restrictedNarrativeAr: "شكوى واحدة؛ نمط الحفر يوافق قذائف هاون عيار 82 ملم.",
    });
    for (const to of ["assessed", "in_review"]) {
      await api(analyst.page, "POST", `/incidents/${incident.id}/transitions`, { to });
    }
    await api(chief.page, "POST", `/incidents/${incident.id}/transitions`, {
      to: "right_of_reply",
      replyDeadline: new Date(Date.now() + 3 * 24 * 3600_000).toISOString(),
    });
    for (const to of ["endorsed", "restricted_release"]) {
      await api(chief.page, "POST", `/incidents/${incident.id}/transitions`, { to });
    }

    // Both parties read it released: the government's liaison in Arabic, the other in English.
    const ansar = await enrol(links[c.other.username]!, "en");
    for (const [who, text, title] of [
      [goy, publicAr, `الاستنتاج الصادر ${incident.reference}`],
      [ansar, publicEn, `Released finding ${incident.reference}`],
    ] as const) {
      await who.page.goto("/releases");
      const row = who.page.locator(".release-table tbody tr", { hasText: incident.reference });
      await row.getByRole("link", { name: incident.reference }).click();
      await expect.poll(() => who.page.locator("h1").textContent()).toBe(title);
      await expect.poll(() => who.page.locator("main").textContent()).toContain(text);
      expect(await seriousViolations(who.page)).toEqual([]);
      expect(who.errors).toEqual([]);
      expect(who.external).toEqual([]);
    }
    await shot(goy.page, "release-ar");
    await shot(ansar.page, "release-en");
    for (const s of [goy, chief, analyst, ansar]) await s.context.close();
  });
});
