/** What the API answers (docs/openapi.json), as the web app uses it. */
import type { CategoryCode, Language, SourceKind } from "../../../src/domain/taxonomy.js";
import type { ReportStatus } from "../../../src/domain/reports.js";
import type { CaseState } from "../../../src/domain/workflow.js";
import type { Role } from "../../../src/domain/roles.js";
import type { Classification } from "../../../src/domain/access-rules.js";
import type { Answer, Body } from "./answers.js";

export type { CategoryCode, CaseState, Classification, Language, ReportStatus, Role, SourceKind };

/** Who is logged in, as GET /auth/session answers it. */
export type User = NonNullable<Answer<"/api/v1/auth/session", "get">["user"]>;

export type SessionInfo = Answer<"/api/v1/auth/sessions", "get">["items"][number];

export type ApiTokenInfo = Answer<"/api/v1/auth/tokens", "get">["items"][number];

export type TotpEnrolment = Answer<"/api/v1/auth/totp/enrol", "post">;

/** A point as the API writes it (WGS84 degrees). */
export type LatLon = NonNullable<Report["location"]>;

export type Counts = Report["counts"];

/** A report as lists and write answers give it. */
export type Report = Answer<"/api/v1/reports", "get">["items"][number];

/** A report as its page reads it: with its evidence, its versions and what the viewer may do. */
export type ReportWithEvidence = Answer<"/api/v1/reports/{id}", "get">;

export type EvidenceItem = Answer<"/api/v1/reports/{id}/evidence", "get">["items"][number];

/** The body of POST /reports (ReportBody in src/http/schemas/reports.ts). */
export type ReportDraft = Body<"/api/v1/reports", "post">;

export type Incident = Answer<"/api/v1/incidents", "get">["items"][number];

/** A finding as the mission drafts and reads it (the answer of POST /incidents/{id}/findings). */
export type Finding = Answer<"/api/v1/incidents/{id}/findings", "post">;

/**
 * An incident with its reports, findings, releases and replies. `findings` holds drafted
 * findings for the mission, and for everyone else the released snapshot of the latest finding
 * they may read: `isDraftedFinding()` tells them apart.
 */
export type IncidentDetail = Answer<"/api/v1/incidents/{id}", "get">;

/** A drafted finding (the mission's) has an id and a creation time; a released snapshot has not. */
export function isDraftedFinding(f: IncidentDetail["findings"][number]): f is Finding {
  return typeof f.id === "string" && typeof f.createdAt === "string";
}
