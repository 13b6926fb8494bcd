/** What the API answers (docs/openapi.json), as the web app uses it. */
import type { CategoryCode, Language, SourceKind } from "../../../src/domain/taxonomy.js";
import type { ReportStatus } from "../../../src/domain/reports.js";
import type { CaseState } from "../../../src/domain/workflow.js";
import type { Role } from "../../../src/domain/roles.js";
import type { Classification } from "../../../src/domain/access-rules.js";
import type { Answer } from "./answers.js";
import type { GeoFields, LocationResolution } from "./geo-types.js";
import type { Reply, ReleaseSummary, ReplyWindowInfo } from "./release-types.js";

export type { CategoryCode, CaseState, Classification, Language, ReportStatus, Role, SourceKind };

/** Who is logged in, as GET /auth/session answers it. */
export type User = NonNullable<Answer<"/api/v1/auth/session", "get">["user"]>;

export type SessionResponse = Answer<"/api/v1/auth/login/second-factor", "post">;

/** The password step answers a session, or a challenge for the second factor. */
export type LoginResponse = Answer<"/api/v1/auth/login", "post">;

export type SessionInfo = Answer<"/api/v1/auth/sessions", "get">["items"][number];

export type ApiTokenInfo = Answer<"/api/v1/auth/tokens", "get">["items"][number];

export type TotpEnrolment = Answer<"/api/v1/auth/totp/enrol", "post">;

export interface LatLon {
  lat: number;
  lon: number;
}

export type Counts = Partial<
  Record<"explosions" | "projectiles" | "bursts" | "shots" | "flares", number>
>;

export interface Report extends GeoFields {
  id: string;
  trackingId: string;
  version: number;
  supersedesId: string | null;
  sourceKind: SourceKind;
  submitterParty: string | null;
  allegedParty: string | null;
  receivedAt: string;
  occurredFrom: string;
  occurredTo: string;
  datePrecision: number;
  location: LatLon | null;
  wherePrecision: number;
  placeName: string | null;
  category: CategoryCode;
  description: string;
  language: Language;
  counts: Counts;
  status: ReportStatus;
  incidentId: string | null;
  isDemo: boolean;
  sourceGrade?: string | null;
  /** How a place name given without coordinates was located (decision 0005). */
  locationResolution?: LocationResolution;
  /** Who may read it (decision 0007). */
  classification: Classification;
  concernedParties: string[];
  embargoUntil: string | null;
}

/** One version of a report, as its page lists them. */
interface ReportVersion {
  id: string;
  version: number;
  receivedAt: string;
  status: ReportStatus;
}

export interface EvidenceItem {
  id: string;
  sha256: string;
  sizeBytes: number;
  mediaType: string;
  originalName: string;
  receivedAt: string;
}

export interface ReportWithEvidence extends Report {
  evidence?: EvidenceItem[];
  /** Every version the viewer may read, oldest first. */
  versions: ReportVersion[];
  /** The next version, when the viewer may read it. */
  supersededById: string | null;
  /** The server would take an amendment of this version from the viewer. */
  mayAmend: boolean;
}

/** The body of POST /reports (ReportBody in src/http/schemas/reports.ts). */
export interface ReportDraft {
  sourceKind: SourceKind;
  occurredFrom: string;
  occurredTo: string;
  location?: LatLon;
  wherePrecision?: number;
  placeName?: string;
  category: CategoryCode;
  description: string;
  language: Language;
  counts?: Counts;
  allegedParty?: string;
  onBehalfOfParty?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Incident extends GeoFields {
  id: string;
  reference: string;
  state: CaseState;
  title: string;
  /** Made up by the server: composed again in the interface language (incidents/title.ts). */
  titleGenerated?: boolean;
  category: CategoryCode;
  occurredFrom: string;
  occurredTo: string;
  location: LatLon | null;
  concernedParties: string[];
  releasedAt: string | null;
  updatedAt: string;
  /** Who may read it, which parties it concerns, and until when nobody outside the mission may. */
  classification: Classification;
  embargoUntil: string | null;
}

export interface Finding {
  id: string;
  version: number;
  outcome: string;
  verificationLevel: string;
  attributionLevel: string;
  attributedParty: string | null;
  provisions: string[];
  severity: number | null;
  standardOfProof: string | null;
  publicNarrative: string;
  restrictedNarrative: string;
  createdAt: string;
}

export interface IncidentDetail extends Incident {
  reports: Report[];
  findings: Finding[];
  allowedTransitions: CaseState[];
  /** Releases, replies and reply window the viewer may see (release-types.ts). */
  releases: ReleaseSummary[];
  replies: Reply[];
  replyWindow: ReplyWindowInfo | null;
}

export interface Agreement {
  id: string;
  code: string;
  titleEn: string;
  titleAr: string;
  provisions: { id: string; code: string; obligatedParties: string[] }[];
}
