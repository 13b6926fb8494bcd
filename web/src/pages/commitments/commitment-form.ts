/**
 * The commitment form's state and its checks, apart from the page: what the chief types (every
 * value a string, as typed), the body of POST /commitments or PUT /commitments/{id} built from
 * it, the problems of each field before sending, and the server's refusals placed beside the
 * field they name. The server checks everything again (a dependency cycle only it can see).
 */
import { ApiError } from "../../api/client.js";
import type { CommitmentDetail } from "../../api/commitment-types.js";
import type { Body } from "../../api/answers.js";
import type { CommitmentType } from "../../../../src/domain/commitments.js";

export type CommitmentBody = Body<"/api/v1/commitments", "post">;
type DayRefBody = NonNullable<CommitmentBody["deadline"]>;

/** A deadline day as typed: a date, or a number of days after an anchor event (D+90). */
export interface DayRefForm {
  kind: "date" | "anchor";
  date: string;
  anchor: string;
  offset: string;
}

export interface PhaseForm {
  key: string;
  titleEn: string;
  titleAr: string;
  deadline: DayRefForm;
}

type TargetKind = "none" | "quantity" | "geometry";

export interface CommitmentForm {
  clause: string;
  type: CommitmentType;
  titleEn: string;
  titleAr: string;
  descriptionEn: string;
  descriptionAr: string;
  obliged: string[];
  beneficiaries: string;
  targetKind: TargetKind;
  quantity: string;
  unit: string;
  /** GeoJSON as pasted, uploaded or taken from a geo layer's version. */
  geometry: string;
  /** "by": complete by a day; "within": within N days of the start (needs a start-by day). */
  completion: "by" | "within";
  deadline: DayRefForm;
  withinDays: string;
  hasStartBy: boolean;
  startBy: DayRefForm;
  phases: PhaseForm[];
  dependsOn: string[];
  responsibleBody: string;
  isPublic: boolean;
}

/** The form's fields a problem can be shown beside (a phase's: `phases.<n>`). */
type FormField =
  | "clause"
  | "title"
  | "obliged"
  | "target"
  | "deadline"
  | "withinDays"
  | "startBy"
  | "dependsOn"
  | `phases.${number}`;

export type Problem =
  | {
      kind:
        | "required"
        | "title"
        | "parties"
        | "day"
        | "offset"
        | "days"
        | "quantity"
        | "unit"
        | "geometryJson"
        | "geometryType"
        | "phaseTitle";
    }
  /** The server's refusal of this field: its code said in the interface language. */
  | { kind: "refused"; error: ApiError; message: string };

export type Problems = Partial<Record<FormField, Problem>>;

export const emptyDayRef = (anchor = "D"): DayRefForm => ({
  kind: "anchor",
  date: "",
  anchor,
  offset: "",
});

export function emptyForm(): CommitmentForm {
  return {
    clause: "",
    type: "withdrawal",
    titleEn: "",
    titleAr: "",
    descriptionEn: "",
    descriptionAr: "",
    obliged: [],
    beneficiaries: "",
    targetKind: "none",
    quantity: "",
    unit: "",
    geometry: "",
    completion: "by",
    deadline: emptyDayRef(),
    withinDays: "",
    hasStartBy: false,
    startBy: emptyDayRef(),
    phases: [],
    dependsOn: [],
    responsibleBody: "",
    isPublic: false,
  };
}

const dayRefForm = (r: CommitmentDetail["deadline"]): DayRefForm =>
  r?.date !== undefined
    ? { kind: "date", date: r.date, anchor: "D", offset: "" }
    : r
      ? { kind: "anchor", date: "", anchor: r.anchor ?? "D", offset: String(r.offsetDays ?? 0) }
      : emptyDayRef();

/** The form filled with a commitment as read (to edit it). */
export function formOf(c: CommitmentDetail): CommitmentForm {
  const t = c.target;
  return {
    clause: c.provisionCode,
    type: c.type,
    titleEn: c.title.en,
    titleAr: c.title.ar,
    descriptionEn: c.description.en,
    descriptionAr: c.description.ar,
    obliged: [...c.obligatedParties],
    beneficiaries: c.beneficiaries,
    targetKind: !t ? "none" : t.quantity !== null ? "quantity" : "geometry",
    quantity: t?.quantity !== null && t?.quantity !== undefined ? String(t.quantity) : "",
    unit: t?.unit ?? "",
    geometry: t && t.quantity === null && t.geometry ? JSON.stringify(t.geometry) : "",
    completion: c.deadline ? "by" : "within",
    deadline: dayRefForm(c.deadline),
    withinDays: c.completeWithinDays ? String(c.completeWithinDays) : "",
    hasStartBy: c.startBy !== null,
    startBy: dayRefForm(c.startBy),
    phases: c.phases.map((p) => ({
      key: p.key,
      titleEn: p.title.en,
      titleAr: p.title.ar,
      deadline: dayRefForm(p.deadline),
    })),
    dependsOn: [...c.dependsOn],
    responsibleBody: c.responsibleBody,
    isPublic: c.public,
  };
}

/** A key for a new phase: p1, p2… the first not yet used. */
export function nextPhaseKey(phases: readonly PhaseForm[]): string {
  for (let n = phases.length + 1; ; n++) {
    if (!phases.some((p) => p.key === `p${n}`)) return `p${n}`;
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE = /^-?\d{1,4}$/;

function dayRefBody(r: DayRefForm): DayRefBody | Problem {
  if (r.kind === "date") {
    if (r.date === "") return { kind: "required" };
    return DAY.test(r.date) ? { date: r.date } : { kind: "day" };
  }
  if (r.offset.trim() === "") return { kind: "required" };
  const offset = r.offset.trim().replace(/^\+/, "");
  if (!WHOLE.test(offset) || Math.abs(Number(offset)) > 3650) return { kind: "offset" };
  return { anchor: r.anchor, offsetDays: Number(offset) };
}

const isProblem = (v: unknown): v is Problem =>
  typeof v === "object" && v !== null && "kind" in v && !("anchor" in v) && !("date" in v);

/** A pasted or uploaded GeoJSON: its one line or area (a Feature's or a collection's only one). */
export function geometryOf(text: string): GeoJSON.Geometry | Problem {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: "geometryJson" };
  }
  const o = parsed as { type?: unknown; features?: unknown; geometry?: unknown } | null;
  const candidates =
    o?.type === "FeatureCollection" && Array.isArray(o.features)
      ? (o.features as { geometry?: unknown }[]).map((f) => f.geometry)
      : o?.type === "Feature"
        ? [o.geometry]
        : [parsed];
  const g = candidates.length === 1 ? (candidates[0] as GeoJSON.Geometry | null) : null;
  const lineOrArea = ["LineString", "MultiLineString", "Polygon", "MultiPolygon"];
  if (!g || typeof g !== "object" || !lineOrArea.includes(g.type)) return { kind: "geometryType" };
  return g;
}

/** Whether a target's geometry is a line (a road segment) or an area. */
export function targetShape(g: { type: string }): "line" | "area" {
  return g.type === "LineString" || g.type === "MultiLineString" ? "line" : "area";
}

/** The request body, or the problems to show beside the fields. */
export function checkForm(
  f: CommitmentForm,
): { ok: true; body: CommitmentBody } | { ok: false; problems: Problems } {
  const problems: Problems = {};
  if (!f.clause) problems.clause = { kind: "required" };
  if (!f.titleEn.trim() && !f.titleAr.trim()) problems.title = { kind: "title" };
  if (f.obliged.length === 0) problems.obliged = { kind: "parties" };

  let target: CommitmentBody["target"] = null;
  if (f.targetKind === "quantity") {
    const q = Number(f.quantity.trim());
    if (f.quantity.trim() === "" || !Number.isFinite(q) || q <= 0)
      problems.target = { kind: "quantity" };
    else if (!f.unit.trim()) problems.target = { kind: "unit" };
    else target = { quantity: q, unit: f.unit.trim() };
  } else if (f.targetKind === "geometry") {
    const g = f.geometry.trim() ? geometryOf(f.geometry) : ({ kind: "required" } as const);
    if (isProblem(g)) problems.target = g;
    else target = { geometry: g };
  }

  let deadline: DayRefBody | null = null;
  let completeWithinDays: number | null = null;
  if (f.completion === "by") {
    const d = dayRefBody(f.deadline);
    if (isProblem(d)) problems.deadline = d;
    else deadline = d;
  } else {
    const n = f.withinDays.trim();
    if (!/^\d{1,4}$/.test(n) || Number(n) < 1 || Number(n) > 3650)
      problems.withinDays = { kind: n === "" ? "required" : "days" };
    else completeWithinDays = Number(n);
  }
  let startBy: DayRefBody | null = null;
  if (f.hasStartBy || f.completion === "within") {
    const d = dayRefBody(f.startBy);
    if (isProblem(d)) problems.startBy = d;
    else startBy = d;
  }

  const phases: CommitmentBody["phases"] = [];
  f.phases.forEach((p, i) => {
    const d = dayRefBody(p.deadline);
    if (!p.titleEn.trim() && !p.titleAr.trim()) problems[`phases.${i}`] = { kind: "phaseTitle" };
    else if (isProblem(d)) problems[`phases.${i}`] = d;
    else phases.push({ key: p.key, titleEn: p.titleEn, titleAr: p.titleAr, deadline: d });
  });

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: {
      provisionCode: f.clause,
      type: f.type,
      titleEn: f.titleEn,
      titleAr: f.titleAr,
      descriptionEn: f.descriptionEn,
      descriptionAr: f.descriptionAr,
      obligatedParties: f.obliged,
      beneficiaries: f.beneficiaries,
      target,
      deadline,
      startBy,
      completeWithinDays,
      phases,
      dependsOn: f.dependsOn,
      responsibleBody: f.responsibleBody,
      public: f.isPublic,
    },
  };
}

/** The form field a server's field path names (`phases.2.deadline` is phase 3's). */
function fieldNamed(path: unknown): FormField | null {
  if (typeof path !== "string") return null;
  const phase = /^phases\.(\d+)/.exec(path);
  if (phase) return `phases.${Number(phase[1])}`;
  const head = path.split(".")[0]!;
  const byHead: Record<string, FormField> = {
    provisionCode: "clause",
    titleEn: "title",
    titleAr: "title",
    title: "title",
    obligatedParties: "obliged",
    target: "target",
    deadline: "deadline",
    completeWithinDays: "withinDays",
    startBy: "startBy",
    dependsOn: "dependsOn",
  };
  return byHead[head] ?? null;
}

/** A refusal's problems by field; empty when it names no field of the form (shown whole). */
export function refusedFields(error: unknown): Problems {
  if (!(error instanceof ApiError)) return {};
  const details = (error.details ?? {}) as { field?: unknown; issues?: unknown };
  const problems: Problems = {};
  const refused = (message: string): Problem => ({ kind: "refused", error, message });
  const named = fieldNamed(details.field);
  if (named) problems[named] = refused(error.message);
  if (error.code !== "invalid_geometry" && Array.isArray(details.issues)) {
    for (const issue of details.issues as { field?: unknown; message?: unknown }[]) {
      const field = fieldNamed(issue.field);
      if (field && !problems[field]) problems[field] = refused(String(issue.message ?? ""));
    }
  }
  return problems;
}
