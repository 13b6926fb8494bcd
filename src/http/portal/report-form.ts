/**
 * The portal's report form, for anyone without an account: what it asks, how its fields become a
 * report (the API's own request schema checks it), and the receipt it answers with.
 */
import { randomUUID } from "node:crypto";
import { scriptLanguage } from "../../domain/bilingual.js";
import { dayEndIso, dayStartIso, wallTimeToIso } from "../../domain/wall-time.js";
import { CATEGORY_CODES, CATEGORY_LABELS, type CategoryCode } from "../../domain/taxonomy.js";
import { ReportBody } from "../schemas/reports.js";
import { html, type SafeHtml } from "../../domain/html.js";
import { fill, PORTAL_WORDS, type PortalLanguage } from "./portal-text.js";

/** Class E is the mission's own (commitments); the public reports what it saw. */
const PUBLIC_CATEGORIES = CATEGORY_CODES.filter((c) => !c.startsWith("E"));

/** Parts of the day a sender may name, as hours in the mission's zone. */
const TIMES_OF_DAY = {
  night: [0, 6],
  morning: [6, 12],
  afternoon: [12, 18],
  evening: [18, 24],
} as const;
type TimeOfDay = keyof typeof TIMES_OF_DAY;

const TIME_WORDS: Record<PortalLanguage, Record<TimeOfDay | "unknown", string>> = {
  en: {
    unknown: "I do not know",
    night: "Night (midnight to 6:00)",
    morning: "Morning (6:00 to noon)",
    afternoon: "Afternoon (noon to 18:00)",
    evening: "Evening (18:00 to midnight)",
  },
  ar: {
    unknown: "لا أعرف",
    night: "ليلًا (من منتصف الليل إلى 6:00)",
    morning: "صباحًا (من 6:00 إلى الظهر)",
    afternoon: "بعد الظهر (من الظهر إلى 18:00)",
    evening: "مساءً (من 18:00 إلى منتصف الليل)",
  },
};

export type FormFields = Partial<
  Record<"date" | "time" | "place" | "category" | "description" | "key" | "website", string>
>;

export type FormResult =
  | { ok: true; input: ReportBody; idempotencyKey: string | undefined }
  | { ok: false; problem: string };

function windowOf(day: string, time: string | undefined, zone: string): [string, string] | null {
  const hours = time && time in TIMES_OF_DAY ? TIMES_OF_DAY[time as TimeOfDay] : null;
  if (!hours) {
    const from = dayStartIso(day, zone);
    const to = dayEndIso(day, zone);
    return from && to ? [from, to] : null;
  }
  const from = wallTimeToIso(`${day}T${String(hours[0]).padStart(2, "0")}:00`, zone);
  const end = hours[1] === 24 ? dayEndIso(day, zone) : wallTimeToIso(`${day}T${hours[1]}:00`, zone);
  return from && end
    ? [from, hours[1] === 24 ? end : new Date(Date.parse(end) - 1).toISOString()]
    : null;
}

/** The form's fields as a report of the public, or what is wrong with them, in the reader's words. */
export function readReportForm(
  f: FormFields,
  lang: PortalLanguage,
  zone: string,
  now: Date,
): FormResult {
  const w = PORTAL_WORDS[lang].report;
  const missing = (field: string): FormResult => ({
    ok: false,
    problem: fill(w.missing, { field }),
  });
  if (f.website) return { ok: false, problem: fill(w.missing, { field: w.description }) };
  const day = f.date?.trim() ?? "";
  if (!day) return missing(w.date);
  const place = f.place?.trim() ?? "";
  if (!place) return missing(w.place);
  const description = f.description?.trim() ?? "";
  if (!description) return missing(w.description);
  if (!f.category || !(PUBLIC_CATEGORIES as string[]).includes(f.category))
    return missing(w.category);
  const window = windowOf(day, f.time, zone);
  if (!window || Date.parse(window[0]) > now.getTime()) return { ok: false, problem: w.badDate };
  const parsed = ReportBody.safeParse({
    sourceKind: "public",
    occurredFrom: window[0],
    occurredTo: new Date(Math.min(Date.parse(window[1]), now.getTime())).toISOString(),
    datePrecision: 1,
    placeName: place,
    category: f.category,
    description,
    language: scriptLanguage(description) ?? lang,
  });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "");
    return missing(
      field === "placeName" ? w.place : field === "description" ? w.description : w.date,
    );
  }
  const key = f.key && /^[\w-]{8,200}$/.test(f.key) ? `portal-${f.key}` : undefined;
  return { ok: true, input: parsed.data, idempotencyKey: key };
}

export function reportFormBody(
  lang: PortalLanguage,
  values: FormFields,
  problem?: string,
): SafeHtml {
  const w = PORTAL_WORDS[lang].report;
  const times = TIME_WORDS[lang];
  const selected = (a: string | undefined, b: string) => (a === b ? html` selected` : "");
  return html`<p>${w.intro}</p>
    <p class="notice">${w.safety}</p>
    ${problem ? html`<p class="notice" role="alert">${fill(w.invalid, { problem })}</p>` : ""}
    <form class="portal" method="post" action="/portal/${lang}/report">
      <input type="hidden" name="key" value="${values.key || randomUUID()}" />
      <label for="r-date">${w.date}</label>
      <input type="date" id="r-date" name="date" required value="${values.date ?? ""}" />
      <label for="r-time">${w.timeOfDay}</label>
      <select id="r-time" name="time">
        ${(["unknown", ...Object.keys(TIMES_OF_DAY)] as (TimeOfDay | "unknown")[]).map(
          (t) => html`<option value="${t}" ${selected(values.time, t)}>${times[t]}</option>`,
        )}
      </select>
      <label for="r-place">${w.place}</label>
      <input
        type="text"
        id="r-place"
        name="place"
        required
        maxlength="200"
        value="${values.place ?? ""}"
      />
      <label for="r-category">${w.category}</label>
      <select id="r-category" name="category" required>
        <option value=""></option>
        ${PUBLIC_CATEGORIES.map(
          (c: CategoryCode) =>
            html`<option value="${c}" ${selected(values.category, c)}>
              ${CATEGORY_LABELS[c][lang]}
            </option>`,
        )}
      </select>
      <label for="r-description">${w.description}</label>
      <textarea id="r-description" name="description" required maxlength="20000">
${values.description ?? ""}</textarea>
      <div class="hp" aria-hidden="true">
        <label for="r-website">Website</label
        ><input type="text" id="r-website" name="website" tabindex="-1" autocomplete="off" />
      </div>
      <button type="submit">${w.send}</button>
    </form>`;
}

export function receiptBody(
  lang: PortalLanguage,
  r: { trackingId: string; receiptCode: string },
): SafeHtml {
  const w = PORTAL_WORDS[lang].report;
  return html`<p class="ok" role="status">${w.keepCode}</p>
    <p><span class="receipt-code" id="receipt-code">${r.receiptCode}</span></p>
    <p>${w.tracking}: <span class="code">${r.trackingId}</span></p>
    <form class="portal" method="post" action="/portal/${lang}/receipt">
      <input type="hidden" name="code" value="${r.receiptCode}" /><button type="submit">
        ${w.checkNow}
      </button>
    </form>`;
}
