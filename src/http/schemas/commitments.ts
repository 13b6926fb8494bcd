/** Request schemas of the commitments routes (issue 13; decision 0015). */
import { z } from "zod";
import {
  COMMITMENT_STATUSES,
  COMMITMENT_TYPES,
  OBSERVED_STATUSES,
  PHASE_STATUSES,
} from "../../domain/commitments.js";
import { VERIFICATION_LEVELS } from "../../domain/taxonomy.js";
import type { DayRef as DayRefValue } from "../../domain/commitments.js";
import type { CommitmentInput } from "../../services/commitments.js";
import { cursor, isoDateTime, limit, partyCode, storable, text, uuid } from "./common.js";
import { SourceGrades } from "./incidents.js";

/** Text in one language that may be left empty when the other language has it. */
const optionalText = (max: number) => storable(z.string().trim().max(max)).default("");

const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD")
  .describe("A calendar day, YYYY-MM-DD (it ends at midnight in the mission's time zone)");

const anchorCode = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,31}$/, "an anchor code such as D")
  .describe("An anchor event's code, e.g. D (the signature)");

/** One object (not a union), so that the OpenAPI document can say it may be null. */
const DayRef = z
  .strictObject({
    date: calendarDay.optional(),
    anchor: anchorCode.optional(),
    offsetDays: z
      .number()
      .int()
      .min(-3650)
      .max(3650)
      .optional()
      .describe("Days after the anchor (D+90: 90)"),
  })
  .refine(
    (v) =>
      v.date !== undefined
        ? v.anchor === undefined && v.offsetDays === undefined
        : v.anchor !== undefined && v.offsetDays !== undefined,
    "give either a date, or an anchor with offsetDays",
  )
  .transform((v): DayRefValue =>
    v.date !== undefined ? { date: v.date } : { anchor: v.anchor!, offsetDays: v.offsetDays! },
  )
  .describe(
    "A date ({date}), or a number of days after a named anchor event ({anchor, offsetDays})",
  );

const Target = z
  .strictObject({
    quantity: z.number().positive().optional().describe("How many, e.g. 300"),
    unit: text(100).optional().describe("Of what, e.g. detainees"),
    geometry: z
      .unknown()
      .optional()
      .describe("A GeoJSON LineString/MultiLineString (a road segment) or Polygon (an area)"),
  })
  .refine(
    (v) =>
      v.geometry !== undefined
        ? v.quantity === undefined && v.unit === undefined
        : v.quantity !== undefined && v.unit !== undefined,
    "give either a quantity with its unit, or a geometry",
  )
  .transform((v): CommitmentInput["target"] =>
    v.geometry !== undefined ? { geometry: v.geometry } : { quantity: v.quantity!, unit: v.unit! },
  )
  .nullable()
  .default(null);

export const CommitmentBody = z.strictObject({
  provisionCode: text(100).describe("The clause it implements, e.g. LBY-CFA-2020/2"),
  type: z.enum(COMMITMENT_TYPES).describe("The kind of measure (domain.md §9)"),
  titleEn: optionalText(300).describe("Title in English (this or titleAr)"),
  titleAr: optionalText(300).describe("Title in Arabic (this or titleEn)"),
  descriptionEn: optionalText(5000),
  descriptionAr: optionalText(5000),
  obligatedParties: z.array(partyCode).min(1).max(10).describe("The parties it obliges"),
  beneficiaries: optionalText(500).describe("Who benefits, e.g. all detainees of the conflict"),
  target: Target.describe("A quantity with its unit, or a geometry; or null"),
  deadline: DayRef.nullable().default(null).describe("The day by which it must be complete"),
  startBy: DayRef.nullable().default(null).describe("The day by which work must start"),
  completeWithinDays: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .nullable()
    .default(null)
    .describe("Complete within this many days of the start (needs startBy)"),
  phases: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z0-9_-]{1,32}$/, "a short key such as p1"),
        titleEn: optionalText(300),
        titleAr: optionalText(300),
        deadline: DayRef,
      }),
    )
    .max(50)
    .default([])
    .describe("A timetable's phases, in order, each with its own deadline"),
  dependsOn: z.array(uuid).max(50).default([]).describe("Commitments it waits for"),
  responsibleBody: optionalText(300).describe("E.g. a commission sub-committee"),
  public: z.boolean().default(false).describe("Shown on the public scoreboard"),
  source: z
    .strictObject({
      kind: storable(z.string().min(1).max(50)),
      id: storable(z.string().min(1).max(200)),
    })
    .nullable()
    .default(null)
    .describe("What created it (e.g. a joint-commission action item)"),
});

const statusList = z
  .string()
  .max(200)
  .transform((s) => s.split(",").filter(Boolean))
  .pipe(z.array(z.enum(COMMITMENT_STATUSES)).max(COMMITMENT_STATUSES.length));

export const CommitmentListQuery = z.strictObject({
  party: partyCode.optional().describe("Only those obliging this party"),
  clause: storable(z.string().max(100)).optional().describe("Only those of this provision code"),
  status: statusList.optional().describe("Only these statuses, comma-separated"),
  type: z.enum(COMMITMENT_TYPES).optional(),
  cursor: cursor.describe("The previous page's nextCursor: the page after it"),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(200)
    .describe("At most this many on the page (1–500)"),
});

/** The public list of commitments: pages of the register as the public may read it. */
export const PublicCommitmentQuery = z.strictObject({ cursor, limit });

export const StatusBody = z.union([
  z.strictObject({
    status: z.enum(COMMITMENT_STATUSES).describe("The new status"),
    reason: text(2000).describe("Why"),
  }),
  z.strictObject({
    phaseKey: storable(z.string().max(32)).describe("The phase of the timetable"),
    phaseStatus: z.enum(PHASE_STATUSES),
    reason: text(2000),
  }),
]);

export const ObservationBody = z.strictObject({
  observedAt: isoDateTime.describe("When it was observed"),
  noteEn: optionalText(5000).describe("What was seen, in English (this or noteAr)"),
  noteAr: optionalText(5000).describe("What was seen, in Arabic (this or noteEn)"),
  showsStatus: z.enum(OBSERVED_STATUSES).nullable().default(null),
  quantity: z.number().min(0).nullable().default(null).describe("How much of the target"),
  phaseKey: storable(z.string().max(32)).nullable().default(null),
  verificationLevel: z.enum(VERIFICATION_LEVELS).describe("V0–V3, X, U (domain.md §5.3)"),
  source: text(500).describe("Where the observation comes from (kept inside the mission)"),
  sourceGrades: SourceGrades.describe(
    "The reports relied on, each with its Admiralty grading (as a finding's sources)",
  ),
  evidenceIds: z
    .array(uuid)
    .max(20)
    .default([])
    .describe("Evidence items uploaded with one of the graded reports"),
  disputes: z.boolean().default(false).describe("A party's member: the party disputes this"),
});

export const AnchorBody = z.strictObject({
  code: anchorCode,
  nameEn: optionalText(200),
  nameAr: optionalText(200),
  occurredOn: calendarDay.nullable().describe("The day it happened; null if not yet"),
});
