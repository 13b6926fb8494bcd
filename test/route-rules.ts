/**
 * Who may call each route and see each record: the rules the route-enumerating authorization
 * test (src/http/authorization.test.ts) holds the app to. Every registered route needs an entry
 * here. The oracle `mayView` is written from the access rules of DESIGN.md §1 and the decision
 * records, independently of src/services/access.ts. The scenario it is checked against is built
 * in test/route-scenario.ts.
 */
import type { Role } from "../src/domain/roles.js";
import { commitmentJson } from "./commitments.js";
import {
  COMMISSION_USERS,
  findingInput,
  TEST_USERS,
  type Actors,
  type CommissionUserName,
  type TestUserName,
} from "./fixtures.js";

/** Every test user, and the joint body's chair and the LNA's commission member. */
const SCENARIO_USERS = { ...TEST_USERS, ...COMMISSION_USERS };
type ScenarioUserName = TestUserName | CommissionUserName;
export type ScenarioActors = Actors & Record<CommissionUserName, Actors["commission"]>;

export type Viewer = ScenarioUserName | "public";
export const VIEWERS: readonly Viewer[] = [
  ...(Object.keys(SCENARIO_USERS) as ScenarioUserName[]),
  "public",
];

/** The records of the scenario: reports, evidence and incidents of both parties and the mission. */
export const RECORDS = [
  "rGna", // a GNA liaison's complaint against the LNA
  "rLna", // an LNA liaison's complaint against the GNA
  "rMon", // a monitor's own report
  "rPub", // a report from the public form
  "eGna", // evidence attached to rGna
  "eLna", // evidence attached to rLna
  "iGna", // an incident holding rGna only, not released
  "iLna", // an incident holding rLna only, not released
  "iRel", // an incident holding rMon, classified public for both parties, published
  "xRel", // the release of iRel
  "rGna2", // a second GNA complaint
  "iRoR", // an incident holding rGna2, concerning the GNA only, in the right of reply
  "rSrc", // a monitor's report of a confidential source
  "iConf", // an incident holding rSrc, classified confidential_source
  "tGna", // a site visit on iGna (which the monitor may not read) assigned to the monitor
  // The joint commission (decision 0016). Minutes and a dissent's reason are parts of a meeting
  // and a decision: their ids are the meeting's and the decision's.
  "cMtg", // a meeting (its agenda item's title carries the canary), minutes shared
  "mShared", // cMtg's minutes, shared with both delegations
  "cMtg2", // a second meeting, its minutes still a draft
  "mDraft", // cMtg2's draft minutes, the secretariat's alone
  "dPro", // a decision proposed in cMtg, not yet signed by either delegation
  "dOld", // a decision signed by the GNA, then revised: superseded
  "dEff", // a decision in effect, signed by both heads
  "dDis", // a decision the GNA signed and the LNA dissented from
  "dWhy", // the LNA's reason for its dissent from dDis
  "dLoc", // in cMtg2, the decision adopting a proposed line of contact, awaiting signatures
  "nGna", // the GNA delegation's internal note on cMtg
  "nLna", // the LNA delegation's internal note on cMtg, written by the LNA liaison sitting in it
  "cGna", // a commitment obliging the GNA only, not public
  "cLna", // a commitment obliging the LNA only, not public (on cMtg's agenda)
  "cPub", // a commitment obliging the LNA only, public
  // Report products (decision 0022); the canary is in each one's added text.
  "pDraft", // a daily report, still a draft
  "pRel", // a daily report released, public; its parties-only annex text carries pPty's canary
  "pPty", // a periodic report released to the parties only
  // The enforcement ladder (decision 0017).
  "iVio", // a violation attributed to the LNA, concerning both parties, released to them
  "nVio", // the chief's formal notice to the LNA on iVio, referred onto cMtg's agenda
  "sResp", // the LNA's response to nVio
  "sFix", // the LNA's correction of its response
] as const;
export type RecordKey = (typeof RECORDS)[number];

export interface Scenario {
  actors: ScenarioActors;
  ids: Record<RecordKey, string>;
  /** A string that appears only in that record's content. */
  canaries: Record<RecordKey, string>;
  /** A geo layer (layers are shared with every logged-in user) and a user id, for admin routes. */
  layerId: string;
  userId: string;
  /** The test agreement (TEST) and its provision TEST/1, for the agreement routes. */
  agreementId: string;
  provisionId: string;
  /** cMtg's agenda item and action item, for the commission's routes. */
  agendaItemId: string;
  actionItemId: string;
}

type Audience = (v: Viewer) => boolean;
const anyone: Audience = () => true;
const users: Audience = (v) => v !== "public";
const roles =
  (...rs: Role[]): Audience =>
  (v) =>
    v !== "public" && rs.includes(SCENARIO_USERS[v].role);

const CASE_VIEWERS: readonly Viewer[] = ["intake", "analyst", "analyst2", "reviewer", "chief"];
/** The joint commission's secretariat: its chair and the head of mission (decision 0016). */
const SECRETARIAT: Audience = (v) => v === "chief" || v === "chair";
/** The delegations: the GNA's commission member; the LNA's, and the LNA liaison sitting in it. */
const DELEGATES: Audience = (v) => ["commission", "commissionLna", "liaisonLna"].includes(v);
const DELEGATION_HEADS: Audience = (v) => v === "commission" || v === "commissionLna";
/** Who reads the commission's meetings: the secretariat, the delegates, the parties' liaisons. */
const COMMISSION_READERS: Audience = (v) => SECRETARIAT(v) || DELEGATES(v) || v === "liaisonGna";

/** The access rules, as stated: who may see which record at all. */
export function mayView(viewer: Viewer, record: RecordKey, _s: Scenario): boolean {
  // Published to the public: everyone may see it.
  if (record === "iRel" || record === "xRel") return true;
  // Confidential sources: the analysts, reviewers and the chief; not intake (decision 0007).
  if (record === "iConf" || record === "rSrc") {
    return (
      ["analyst", "analyst2", "reviewer", "chief"].includes(viewer) ||
      (record === "rSrc" && viewer === "monitor")
    );
  }
  // Tasks are internal deliberation: the roles that assign them and the monitor assigned.
  if (record === "tGna") {
    return ["analyst", "analyst2", "reviewer", "chief", "monitor"].includes(viewer);
  }
  // The joint commission (decision 0016): meetings, agendas, shared minutes and settled decisions
  // for all its readers; drafted minutes for the secretariat; decisions still open (or replaced)
  // for the secretariat and the delegations, not a liaison sitting in none. A delegation's notes
  // are its own: not the other delegation's, nor the chair's or the head of mission's.
  if (["cMtg", "mShared", "cMtg2", "dEff", "dDis", "dWhy"].includes(record))
    return COMMISSION_READERS(viewer);
  if (record === "mDraft") return SECRETARIAT(viewer);
  if (record === "dPro" || record === "dOld" || record === "dLoc")
    return SECRETARIAT(viewer) || DELEGATES(viewer);
  if (record === "nGna") return viewer === "commission";
  if (record === "nLna") return viewer === "liaisonLna" || viewer === "commissionLna";
  // Commitments: the mission's roles and the commission's chair all; a party's liaison and
  // commission member its own party's obligations and the public ones; never the auditor or admin
  // but the public ones, which everyone reads on the public board (the scenario's mission
  // publishes with no delay).
  if (record === "cPub") return true;
  if (record === "cGna" || record === "cLna") {
    if (viewer === "auditor" || viewer === "admin" || viewer === "public") return false;
    if (viewer === "liaisonGna" || viewer === "commission") return record !== "cLna";
    if (viewer === "liaisonLna" || viewer === "commissionLna") return record !== "cGna";
    return true;
  }
  // Report products: the analysts, reviewers and the chief every one; the parties and the
  // commission released ones; the public the public version of public ones.
  if (record === "pRel") return true;
  if (record === "pDraft" || record === "pPty") {
    if (["analyst", "analyst2", "reviewer", "chief"].includes(viewer)) return true;
    return record === "pPty" && roles("liaison", "commission")(viewer);
  }
  // A finding released to both parties: the mission, both parties, the commission. Its formal
  // notice likewise (the commission once referred, which it is); the notified party's response
  // and its correction: the mission, the LNA's liaison and commission member, the chair — never
  // the other party (decision 0017).
  if (record === "iVio" || record === "nVio")
    return CASE_VIEWERS.includes(viewer) || roles("liaison", "commission")(viewer);
  if (record === "sResp" || record === "sFix")
    return (
      CASE_VIEWERS.includes(viewer) || ["liaisonLna", "commissionLna", "chair"].includes(viewer)
    );
  if (CASE_VIEWERS.includes(viewer)) return true;
  switch (viewer) {
    case "monitor":
      // Own reports, and incidents holding them.
      return record === "rMon";
    case "liaisonGna":
      // Own party's submissions and their evidence and incidents; the draft it may reply to.
      return ["rGna", "eGna", "iGna", "rGna2", "iRoR"].includes(record);
    case "liaisonLna":
      return ["rLna", "eLna", "iLna"].includes(record);
    default:
      return false;
  }
}

/**
 * Where a viewer may learn a record's id without its content. The auditor reads the audit log,
 * which names every record by id; a monitor's own report names the incident it went into, even
 * one the monitor may not read; the head of mission, the log's other reader, sees a delegation's
 * note named there by id (never its words: decision 0016); a layer names, to the analysts, the
 * decision awaiting signatures that would adopt its proposed version and the meeting it is
 * before (decision 0019); a notice's referral names, to whoever reads the ladder, the meeting
 * whose agenda holds it (decision 0017).
 */
export function mayNameId(viewer: Viewer, record: RecordKey, s: Scenario): boolean {
  if (mayView(viewer, record, s) || viewer === "auditor") return true;
  if (record === "cMtg" && mayView(viewer, "nVio", s)) return true;
  if (viewer === "monitor") return record === "iConf";
  if (viewer === "chief") return record === "nGna" || record === "nLna";
  if (viewer === "analyst" || viewer === "analyst2") return record === "dLoc" || record === "cMtg2";
  return false;
}

/** A place of the test gazetteer (test/gazetteer.ts). */
const MISRATA = "osm:node/5431087789";

const REPORTS: RecordKey[] = ["rGna", "rLna", "rMon", "rPub", "rGna2", "rSrc"];
const EVIDENCE: RecordKey[] = ["eGna", "eLna"];
const INCIDENTS: RecordKey[] = ["iGna", "iLna", "iRel", "iRoR", "iConf", "iVio"];
const MISSION = ["intake", "analyst", "reviewer", "chief"] as const;
const TASKERS = roles("analyst", "reviewer", "chief");
const COMMITMENTS: RecordKey[] = ["cGna", "cLna", "cPub"];
const COMMITMENT_READERS = roles(
  "intake",
  "monitor",
  "analyst",
  "reviewer",
  "chief",
  "liaison",
  "commission",
);
const COMMITMENT_EDITORS = roles("chief", "analyst");
const PRODUCTS: RecordKey[] = ["pDraft", "pRel", "pPty"];
const PRODUCT_READERS = roles("analyst", "reviewer", "chief", "liaison", "commission");
const PRODUCT_AUTHORS = roles("analyst", "chief");
const READERS_OF_REPORTS = roles("intake", "analyst", "reviewer", "chief", "monitor", "liaison");
const DECISIONS: RecordKey[] = ["dPro", "dOld", "dEff", "dDis", "dLoc"];
const READERS_OF_INCIDENTS = roles(
  "intake",
  "analyst",
  "reviewer",
  "chief",
  "monitor",
  "liaison",
  "commission",
);

/** The incident list's filters and sorts, each tried by every viewer (list and export). */
const INCIDENT_LIST_QUERIES = [
  "",
  "?state=published",
  "?state=received",
  "?state=intake",
  "?state=decision",
  "?category=A",
  "?category=A3",
  "?party=GNA",
  "?party=LNA",
  "?sector=tripoli_front",
  "?sector=unlocated",
  // several sectors (a team's area), with the unlocated and with a party
  "?sector=tripoli_front,sirte_jufra",
  "?sector=sirte_jufra,unlocated&party=LNA",
  "?sort=reference&order=asc",
  "?sort=updated",
  "?from=2020-01-01T00:00:00Z&to=2020-12-31T00:00:00Z",
];

/** One call of a route: its URL, the records it names, and, where it differs, its body. */
export interface Instance {
  url: string;
  records: RecordKey[];
  /** This call's body, instead of the rule's (the records it names may be in it). */
  body?: unknown;
  /** Who may make this write, instead of the rule's `writes`. */
  writes?: (v: Viewer) => boolean;
}

export interface RouteRule {
  /** Who may call the route at all (for records they may see). */
  who: Audience;
  /** The records each path parameter may name. */
  params?: Record<string, readonly RecordKey[]>;
  /** Query strings to try; "" is the bare route. */
  queries?: readonly string[];
  /** A valid body, so that a refusal comes from the access rules and not from validation. */
  body?: (s: Scenario) => unknown;
  headers?: Record<string, string>;
  /**
   * Where this route shows a record to more viewers than `mayView` (metadata without content);
   * the content's canary stays forbidden to them.
   */
  sees?: (v: Viewer, r: RecordKey, s: Scenario) => boolean;
  /** Statuses that answer a reader of a visible record (default 200). */
  answers?: readonly number[];
  /**
   * For a write: whether this viewer may make it on these records (default: anyone in the
   * audience who sees them). A write the viewer may not make is tried and must be refused,
   * changing nothing; one it may make is skipped (it would change the scenario).
   */
  writes?: (v: Viewer, records: readonly RecordKey[], s: Scenario) => boolean;
  /** URLs to call instead of expanding `params` (for parameters that are not records). */
  expand?: (s: Scenario) => Instance[];
  /** Why the route is not exercised here (it must still be listed). */
  skip?: string;
}

const complaintBody = () => ({
  sourceKind: "party_complaint",
  occurredFrom: "2020-01-14T21:00:00Z",
  occurredTo: "2020-01-14T23:30:00Z",
  location: { lat: 32.795, lon: 13.287 },
  category: "A3",
  allegedParty: "GNA",
  description: "Amended account of the shelling.",
  language: "en",
});

export const ROUTE_RULES: Record<string, RouteRule> = {
  "GET /api/v1/health": { who: anyone },
  "GET /api/v1/health/live": { who: anyone },
  "GET /api/v1/health/ready": { who: anyone },
  "POST /api/v1/auth/login": { who: anyone },
  "POST /api/v1/auth/logout": { who: users },
  "GET /api/v1/auth/me": { who: users },
  "GET /api/v1/auth/session": { who: anyone },
  "GET /api/v1/openapi.json": { who: anyone },
  "GET /*": { who: anyone, skip: "the web app's static files and SPA fallback; no records" },

  "POST /api/v1/reports": { who: roles("liaison", "intake", "chief"), body: complaintBody },
  "GET /api/v1/reports": {
    who: READERS_OF_REPORTS,
    queries: ["", "?status=in_incident", "?category=A3", "?sourceKind=party_complaint"],
  },
  // The list's export: the same filters, every matching row the caller may see.
  "GET /api/v1/reports.csv": {
    who: READERS_OF_REPORTS,
    queries: ["", "?status=in_incident", "?category=A3", "?sourceKind=party_complaint"],
  },
  "GET /api/v1/reports/:id": { who: READERS_OF_REPORTS, params: { id: REPORTS } },
  "POST /api/v1/reports/:id/amendments": {
    who: roles("liaison", "intake", "chief", "monitor"),
    params: { id: REPORTS },
    body: complaintBody,
  },
  "POST /api/v1/reports/:id/close": {
    who: roles("intake", "chief"),
    params: { id: REPORTS },
    body: () => ({ reason: "Out of the agreement's scope." }),
  },
  "POST /api/v1/reports/:id/evidence": {
    who: roles("liaison", "intake", "chief", "monitor", "analyst"),
    params: { id: REPORTS },
    skip: "multipart upload; refusals are tested in src/http/routes/evidence.test.ts",
  },
  "GET /api/v1/reports/:id/evidence": { who: READERS_OF_REPORTS, params: { id: REPORTS } },
  // The auditor reads every item's custody log, not its name or content.
  "GET /api/v1/evidence/:id": {
    who: (v) => v === "auditor" || READERS_OF_REPORTS(v),
    params: { id: EVIDENCE },
    sees: (v, r, s) => v === "auditor" || mayView(v, r, s),
  },
  "GET /api/v1/evidence/:id/content": { who: READERS_OF_REPORTS, params: { id: EVIDENCE } },

  "POST /api/v1/incidents": {
    who: roles("intake", "chief"),
    body: (s) => ({ reportIds: [s.ids.rPub] }),
  },
  "GET /api/v1/incidents": {
    who: READERS_OF_INCIDENTS,
    queries: INCIDENT_LIST_QUERIES,
  },
  // The list's export: the same filters, every matching row the caller may see.
  "GET /api/v1/incidents.csv": { who: READERS_OF_INCIDENTS, queries: INCIDENT_LIST_QUERIES },
  "GET /api/v1/incidents/:id": { who: READERS_OF_INCIDENTS, params: { id: INCIDENTS } },
  "POST /api/v1/incidents/:id/reports": {
    who: roles("intake", "chief"),
    params: { id: INCIDENTS },
    body: (s) => ({ reportId: s.ids.rPub, reason: "Same event." }),
  },
  "POST /api/v1/incidents/:id/transitions": {
    who: roles("intake", "analyst", "reviewer", "chief"),
    params: { id: INCIDENTS },
    body: () => ({ to: "closed", note: "Closing." }),
  },
  "POST /api/v1/incidents/:id/findings": {
    who: roles("analyst", "chief"),
    params: { id: INCIDENTS },
    body: () => findingInput(),
  },

  "GET /api/v1/audit": {
    who: roles("auditor", "chief"),
    queries: [
      "",
      "?limit=500",
      "?order=desc&limit=500",
      "?order=desc&before=5",
      "?from=2020-01-01T00:00:00Z&to=2035-01-01T00:00:00Z",
      "?subject=liaisongna",
      "?actor=liaisongna&action=report",
    ],
  },
  "GET /api/v1/audit.csv": {
    who: roles("auditor", "chief"),
    queries: ["", "?subject=liaisongna", "?from=2020-01-01T00:00:00Z&to=2035-01-01T00:00:00Z"],
  },
  "GET /api/v1/audit/verify": { who: roles("auditor", "chief") },
  "GET /api/v1/audit/slice": {
    who: roles("auditor", "chief"),
    queries: ["", "?from=2020-01-01T00:00:00Z&to=2035-01-01T00:00:00Z"],
  },
  "GET /api/v1/agreements": { who: users },
  "GET /api/v1/parties": { who: users },
  // Agreements, parties and delegations administration (issue 12; agreements.test.ts,
  // parties.test.ts). Agreements are public texts: written by the chief and administrators.
  "POST /api/v1/agreements": {
    who: roles("chief", "admin"),
    body: () => ({
      code: `RULES-${Math.random().toString(36).slice(2, 8)}`,
      titleEn: "A truce",
      titleAr: "هدنة",
      signedAt: null,
      entryIntoForce: "2020-01-12T00:00:00Z",
      provisions: [
        {
          code: `RULES/${Math.random().toString(36).slice(2, 8)}`,
          textEn: "Hold fire",
          textAr: "وقف النار",
          obligatedParties: ["GNA"],
        },
      ],
    }),
  },
  "POST /api/v1/agreements/import": {
    who: roles("chief", "admin"),
    body: () => ({ fileName: "agreements.json", text: "[]" }),
  },
  "PATCH /api/v1/agreements/:id": {
    who: roles("chief", "admin"),
    expand: (s) => [{ url: `/api/v1/agreements/${s.agreementId}`, records: [] }],
    body: () => ({
      titleEn: "Test truce",
      titleAr: "هدنة",
      signedAt: null,
      entryIntoForce: "2020-01-12T00:00:00Z",
    }),
  },
  "POST /api/v1/agreements/:id/provisions": {
    who: roles("chief", "admin"),
    expand: (s) => [{ url: `/api/v1/agreements/${s.agreementId}/provisions`, records: [] }],
    body: () => ({
      code: `TEST/${Math.random().toString(36).slice(2, 8)}`,
      textEn: "Open the roads",
      textAr: "فتح الطرق",
      obligatedParties: ["LNA"],
    }),
  },
  "GET /api/v1/provisions/:id/versions": {
    who: users,
    expand: (s) => [
      { url: `/api/v1/provisions/${s.provisionId}/versions`, records: [] },
      { url: `/api/v1/provisions/${s.provisionId}/versions?at=2020-01-15T00:00:00Z`, records: [] },
    ],
  },
  "POST /api/v1/provisions/:id/versions": {
    who: roles("chief", "admin"),
    expand: (s) => [{ url: `/api/v1/provisions/${s.provisionId}/versions`, records: [] }],
    body: () => ({
      textEn: `Cease all fire ${Math.random()}`,
      textAr: "وقف إطلاق النار",
      obligatedParties: ["GNA", "LNA"],
      reason: "Corrected translation.",
    }),
  },
  "POST /api/v1/provisions/:id/retire": {
    who: roles("chief", "admin"),
    expand: (s) => [{ url: `/api/v1/provisions/${s.provisionId}/retire`, records: [] }],
    body: () => ({ reason: "Superseded." }),
    // Once retired, a second retirement is a conflict.
    answers: [200, 409],
  },
  "POST /api/v1/parties": {
    who: roles("admin"),
    body: () => ({
      code: `P${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
      nameEn: "Third party",
      nameAr: "طرف ثالث",
      colour: "#123456",
    }),
  },
  "PATCH /api/v1/parties/:code": {
    who: roles("admin"),
    expand: () => [{ url: "/api/v1/parties/GNA", records: [] }],
    body: () => ({
      nameEn: "Government of National Accord",
      nameAr: "حكومة الوفاق الوطني",
      colour: "#1f77b4",
    }),
  },
  // Membership is each party's internal matter: a party's users read their own delegation only
  // (src/http/routes/parties.test.ts checks that the other party's members never show).
  "GET /api/v1/delegations": { who: roles("admin", "chief", "commission", "liaison") },
  "PUT /api/v1/delegations/:code": {
    who: roles("admin"),
    expand: () => [{ url: "/api/v1/delegations/GNA", records: [] }],
    body: (s) => ({ memberIds: [s.actors.liaisonGna.userId], headUserId: null }),
  },
  // The mission's name, settings and map geography are public (the login page shows the name).
  "GET /api/v1/mission": { who: anyone },
  "GET /api/v1/mission/geography": { who: anyone },
  "PATCH /api/v1/mission/settings": {
    who: roles("admin"),
    body: () => ({ replyWindowHours: 72 }),
  },

  // Accounts (decision 0006): each user's own sessions and tokens; admins the rest.
  "POST /api/v1/auth/login/second-factor": { who: anyone },
  "POST /api/v1/auth/password": {
    who: users,
    body: () => ({ current: "wrong password", new: "a long and new pass phrase" }),
  },
  "POST /api/v1/auth/totp/enrol": { who: users },
  "POST /api/v1/auth/totp/confirm": { who: users, body: () => ({ code: "123456" }) },
  "GET /api/v1/auth/sessions": { who: users },
  "DELETE /api/v1/auth/sessions/:id": {
    who: users,
    expand: () => [
      { url: "/api/v1/auth/sessions/00000000-0000-4000-8000-000000000000", records: [] },
    ],
  },
  "GET /api/v1/auth/tokens": { who: users },
  "POST /api/v1/auth/tokens": {
    who: users,
    body: () => ({ name: "t", scopes: ["reports:read"], expiresAt: "2020-02-01T00:00:00Z" }),
  },
  "DELETE /api/v1/auth/tokens/:id": {
    who: users,
    expand: () => [
      { url: "/api/v1/auth/tokens/00000000-0000-4000-8000-000000000000", records: [] },
    ],
  },
  // Who the users are and how they log in, never a secret (src/http/routes/admin-users.test.ts).
  "GET /api/v1/admin/users": { who: roles("admin") },
  "GET /api/v1/admin/users/:id/sessions": {
    who: roles("admin"),
    expand: (s) => [{ url: `/api/v1/admin/users/${s.userId}/sessions`, records: [] }],
  },
  "DELETE /api/v1/admin/sessions/:id": {
    who: roles("admin"),
    expand: () => [
      { url: "/api/v1/admin/sessions/00000000-0000-4000-8000-000000000000", records: [] },
    ],
  },
  "POST /api/v1/admin/users/:id/second-factor/reset": {
    who: roles("admin"),
    expand: (s) => [{ url: `/api/v1/admin/users/${s.userId}/second-factor/reset`, records: [] }],
    body: () => ({ reason: "Lost phone." }),
  },
  // Creating and changing users and teams (src/http/routes/user-admin.test.ts).
  "POST /api/v1/admin/users": {
    who: roles("admin"),
    body: () => ({ username: "new-monitor", displayName: "New", role: "monitor" }),
  },
  "PATCH /api/v1/admin/users/:id": {
    who: roles("admin"),
    expand: (s) => [{ url: `/api/v1/admin/users/${s.userId}`, records: [] }],
    body: () => ({ displayName: "Renamed" }),
  },
  "POST /api/v1/admin/users/:id/disable": {
    who: roles("admin"),
    expand: (s) => [{ url: `/api/v1/admin/users/${s.userId}/disable`, records: [] }],
    body: () => ({ reason: "Test." }),
  },
  "POST /api/v1/admin/users/:id/enable": {
    who: roles("admin"),
    expand: (s) => [{ url: `/api/v1/admin/users/${s.userId}/enable`, records: [] }],
    body: () => ({ reason: "Test." }),
  },
  "POST /api/v1/admin/users/:id/enrolment-link": {
    who: roles("admin"),
    expand: (s) => [{ url: `/api/v1/admin/users/${s.userId}/enrolment-link`, records: [] }],
  },
  "POST /api/v1/admin/users/:id/initial-password": {
    who: roles("admin"),
    expand: (s) => [{ url: `/api/v1/admin/users/${s.userId}/initial-password`, records: [] }],
    body: () => ({ initialPassword: "olive groves past the ridge", reason: "Test." }),
  },
  // Anyone may try a link; a wrong one is refused (400 enrolment_link_invalid).
  "POST /api/v1/auth/enrolment": {
    who: anyone,
    body: () => ({ token: "not-a-link", password: "a long and new pass phrase" }),
  },
  "GET /api/v1/admin/teams": { who: roles("admin") },
  "POST /api/v1/admin/teams": {
    who: roles("admin"),
    body: () => ({ code: "t-route", nameEn: "T", nameAr: "ت", sectors: [] }),
  },
  "PATCH /api/v1/admin/teams/:code": {
    who: roles("admin"),
    expand: () => [{ url: "/api/v1/admin/teams/no-such-team", records: [] }],
    body: () => ({ nameEn: "Renamed" }),
  },
  "POST /api/v1/admin/emergency/read-only": {
    who: roles("admin"),
    body: () => ({ enabled: true, reason: "Test." }),
  },
  "POST /api/v1/admin/emergency/revoke-all-sessions": {
    who: roles("admin"),
    body: () => ({ reason: "Test." }),
  },

  // Classification, release, right of reply (decision 0007).
  "POST /api/v1/incidents/:id/classification": {
    who: roles("chief"),
    params: { id: INCIDENTS },
    body: () => ({ classification: "parties", reason: "Test." }),
  },
  "GET /api/v1/incidents/:id/draft": {
    who: roles(...MISSION, "liaison"),
    params: { id: ["iRoR", "iLna"] },
    // A visible incident that is not in the right of reply answers 409 reply_not_open.
    answers: [200, 409],
  },
  "POST /api/v1/incidents/:id/replies": {
    who: roles("liaison"),
    params: { id: ["iRoR", "iLna"] },
    body: () => ({ text: "Our reply.", language: "en" }),
  },
  // The enforcement ladder (decision 0017): iVio's notice to the LNA, its response (never read
  // by the GNA's users), referred to the commission. More ladders, deadlines and the commission's
  // view before a referral are in src/http/routes/enforcement.test.ts.
  "GET /api/v1/incidents/:id/enforcement": {
    who: roles(...MISSION, "liaison", "commission"),
    params: { id: INCIDENTS },
  },
  "POST /api/v1/incidents/:id/enforcement": {
    who: roles("chief"),
    params: { id: INCIDENTS },
    body: () => ({ deadline: "2035-01-20", textEn: "Notice.", textAr: "" }),
  },
  // Only the notified party's liaisons respond, or correct their response; the chief or the
  // chair records the commission's decision. Whoever else may read the notice is refused, and a
  // step it may not read (the response, to the other party) is named exactly like one that
  // does not exist. The ladder is at step 4 (notice, response, correction, referral).
  "POST /api/v1/enforcement/:id/steps": {
    who: roles("chief", "liaison", "commission"),
    expand: (s) => {
      const url = `/api/v1/enforcement/${s.ids.nVio}/steps`;
      return [
        {
          url: "/api/v1/enforcement/00000000-0000-4000-8000-000000000000/steps",
          records: [],
          body: { kind: "response", afterSeq: 4, text: "Our response.", language: "en" },
        },
        {
          url,
          records: ["nVio"],
          body: { kind: "response", afterSeq: 4, text: "Our response.", language: "en" },
          writes: (v) => v === "liaisonLna",
        },
        {
          url,
          records: ["nVio", "sResp"],
          body: {
            kind: "correction",
            afterSeq: 4,
            correctsStepId: s.ids.sResp,
            textEn: "Our response, corrected.",
          },
          writes: (v) => v === "liaisonLna",
        },
        {
          url,
          records: ["nVio"],
          body: {
            kind: "commission_decision",
            afterSeq: 4,
            textEn: "The commission calls on the LNA to withdraw.",
            textAr: "تدعو اللجنة القيادة العامة إلى الانسحاب.",
          },
          writes: (v) => v === "chief" || v === "chair",
        },
      ];
    },
  },
  "GET /api/v1/enforcement": {
    who: roles(...MISSION, "liaison", "commission"),
    queries: ["", "?open=true", "?open=false", "?party=GNA", "?party=LNA"],
  },
  "GET /api/v1/releases": { who: READERS_OF_INCIDENTS },
  // Releases go to the parties and the commission; a monitor reads the public one on /public.
  "GET /api/v1/releases/:id": {
    who: READERS_OF_INCIDENTS,
    params: { id: ["xRel"] },
    sees: (v, r, s) => v !== "monitor" && mayView(v, r, s),
  },
  "GET /api/v1/public/incidents": { who: anyone },
  "GET /api/v1/public/incidents/:id": {
    who: anyone,
    params: { id: ["iRel", "iLna"] },
    sees: (_v, r) => r === "iRel",
  },
  // Signatures and checkpoints (decision 0020): a release's envelope as the release itself.
  "GET /api/v1/releases/:id/signed": {
    who: READERS_OF_INCIDENTS,
    params: { id: ["xRel"] },
    sees: (v, r, s) => v !== "monitor" && mayView(v, r, s),
  },
  "GET /api/v1/public/incidents/:id/signed": {
    who: anyone,
    params: { id: ["iRel", "iLna"] },
    sees: (_v, r) => r === "iRel",
  },
  "GET /api/v1/public/keys": { who: anyone },
  "GET /api/v1/public/checkpoints": { who: anyone, queries: ["", "?limit=1", "?beforeSeq=2"] },
  "GET /api/v1/map/config": { who: anyone },
  // A receipt opens one public report's status; a guessed code opens nothing (issue 14).
  "GET /api/v1/public/receipts/:code": {
    who: anyone,
    expand: () => [{ url: "/api/v1/public/receipts/R-000001-AAAA-AAAA-AAAA-AAAA", records: [] }],
    answers: [404],
  },

  // Open data (issue 14 part 4, decision 0021): the public exports and feed hold only what was
  // published (iRel), never a party's or the mission's own record; imports and context events
  // are the mission's case roles' (importing: analysts and the head of mission).
  "GET /api/v1/public/open-data/:format": {
    who: anyone,
    expand: () =>
      ["acled", "acled-legacy", "ucdp", "geojson", "hxl"].map((f) => ({
        url: `/api/v1/public/open-data/${f}`,
        records: [],
      })),
  },
  "GET /api/v1/public/open-data/changes": { who: anyone, queries: ["", "?since=0&limit=5"] },
  "POST /api/v1/open-data/imports": {
    who: roles("analyst", "chief"),
    skip: "multipart upload; refusals are tested in src/http/routes/open-data.test.ts",
  },
  "GET /api/v1/open-data/imports": { who: roles("analyst", "chief") },
  "GET /api/v1/open-data/imports/:id": {
    who: roles("analyst", "chief"),
    expand: () => [
      { url: "/api/v1/open-data/imports/00000000-0000-4000-8000-000000000000", records: [] },
    ],
    answers: [404],
  },
  "GET /api/v1/context-events.geojson": {
    who: roles("intake", "analyst", "reviewer", "chief"),
    queries: ["", "?bbox=9,19,26,34", "?from=2020-01-01&to=2020-12-31"],
  },

  // Places, map data, candidates, history, search, dashboard (issues 3 and 5).
  "GET /api/v1/places": { who: users, queries: ["?q=Misrata", "?q=مصراته"] },
  "GET /api/v1/places/labels": {
    who: users,
    queries: ["?zoom=5", "?bbox=9,19,26,34&zoom=6", "?bbox=13,32.5,13.5,33&zoom=12&limit=5"],
  },
  "GET /api/v1/reports.geojson": {
    who: READERS_OF_REPORTS,
    queries: ["", "?bbox=9,19,26,34&zoom=5", "?bbox=13,32.5,13.5,33&zoom=12"],
  },
  // Times only, no record: that a liaison learns no time of the other party's is in map.test.ts.
  "GET /api/v1/map/reports/time-extent": { who: READERS_OF_REPORTS },
  "GET /api/v1/map/incidents/time-extent": { who: READERS_OF_INCIDENTS },
  "GET /api/v1/incidents.geojson": {
    who: READERS_OF_INCIDENTS,
    queries: [
      "",
      "?bbox=9,19,26,34&zoom=5",
      "?bbox=13,32.5,13.5,33&zoom=12",
      // The list's filters, which the map shares.
      "?party=LNA",
      "?party=GNA&state=intake&category=A",
      "?sector=tripoli_front",
      "?sector=tripoli_front,sirte_jufra",
      "?sector=sirte_jufra,other&party=GNA",
    ],
  },
  "GET /api/v1/reports/:id/candidates": { who: roles(...MISSION), params: { id: REPORTS } },
  "GET /api/v1/incidents/:id/history": { who: roles(...MISSION), params: { id: INCIDENTS } },
  "GET /api/v1/search": { who: READERS_OF_INCIDENTS, queries: ["?q=CANARY", "?q=shelling"] },
  "GET /api/v1/stats/dashboard": {
    who: READERS_OF_INCIDENTS,
    queries: ["", "?at=2020-01-15T12:00:00Z"],
  },

  // The gazetteer's keepers (issue 12): reference data, no party's record in it. Adding and
  // correcting: admin, chief, analyst; merging and importing: admin, chief.
  "GET /api/v1/gazetteer/places": {
    who: roles("admin", "chief", "analyst"),
    queries: ["", "?q=Misrata", "?q=مصراته", "?limit=5&offset=10"],
  },
  "GET /api/v1/gazetteer/places/:id": {
    who: roles("admin", "chief", "analyst"),
    expand: () => [{ url: `/api/v1/gazetteer/places/${encodeURIComponent(MISRATA)}`, records: [] }],
  },
  "POST /api/v1/gazetteer/places": {
    who: roles("admin", "chief", "analyst"),
    body: () => ({ name: "Test place", nameAr: "مكان تجريبي", lat: 32.1, lon: 13.1, kind: "site" }),
  },
  "POST /api/v1/gazetteer/places/:id/position": {
    who: roles("admin", "chief", "analyst"),
    expand: () => [
      { url: `/api/v1/gazetteer/places/${encodeURIComponent(MISRATA)}/position`, records: [] },
    ],
    body: () => ({ lat: 32.37, lon: 15.09, reason: "Test." }),
  },
  "POST /api/v1/gazetteer/merges": {
    who: roles("admin", "chief"),
    body: () => ({ from: "osm:node/260714665", into: "osm:node/260714409", reason: "Test." }),
  },
  "POST /api/v1/gazetteer/imports": {
    who: roles("admin", "chief"),
    body: () => ({
      fileName: "test.geojson",
      text: JSON.stringify({
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            id: "t1",
            properties: { name: "T", kind: "site" },
            geometry: { type: "Point", coordinates: [13, 32] },
          },
        ],
      }),
    }),
  },

  // Geo layers (decision 0004): shared with every logged-in user; written by analysts and chief.
  "GET /api/v1/geo/layers": { who: users, queries: ["", "?at=2020-01-15T00:00:00Z"] },
  "POST /api/v1/geo/layers": {
    who: roles("analyst", "chief"),
    body: () => ({ kind: "road", name: "Test road" }),
  },
  "GET /api/v1/geo/layers/:id": {
    who: users,
    expand: (s) => [{ url: `/api/v1/geo/layers/${s.layerId}`, records: [] }],
  },
  "POST /api/v1/geo/layers/:id/versions": {
    who: roles("analyst", "chief"),
    expand: (s) => [{ url: `/api/v1/geo/layers/${s.layerId}/versions`, records: [] }],
    body: () => ({
      validFrom: "2031-01-01T00:00:00Z",
      status: "working",
      geometry: {
        type: "LineString",
        coordinates: [
          [13.1, 32.7],
          [13.3, 32.75],
        ],
      },
      leftParty: "GNA",
      rightParty: "LNA",
    }),
  },
  "POST /api/v1/geo/layers/:id/versions/:v/end": {
    who: roles("analyst", "chief"),
    expand: (s) => [{ url: `/api/v1/geo/layers/${s.layerId}/versions/1/end`, records: [] }],
    body: () => ({ validTo: "2035-01-01T00:00:00Z" }),
  },
  // The commission's secretariat (its chair, the chief) sends a proposed version to it
  // (decision 0019; the chair, who is no test user here, in loc-commission.test.ts).
  "POST /api/v1/geo/layers/:id/versions/:v/commission": {
    who: SECRETARIAT,
    expand: (s) => [{ url: `/api/v1/geo/layers/${s.layerId}/versions/1/commission`, records: [] }],
    body: (s) => ({ meetingId: s.ids.cMtg, from: "2031-01-01T00:00:00Z" }),
  },
  // An analyst or the chief marks a proposed line's disputed parts (decision 0019).
  "PUT /api/v1/geo/layers/:id/versions/:v/disputed": {
    who: roles("analyst", "chief"),
    expand: (s) => [{ url: `/api/v1/geo/layers/${s.layerId}/versions/1/disputed`, records: [] }],
    body: () => ({ parts: [] }),
  },
  "GET /api/v1/geo/layers/:id/versions/:file": {
    who: users,
    expand: (s) => [
      { url: `/api/v1/geo/layers/${s.layerId}/versions/1.geojson`, records: [] },
      { url: `/api/v1/geo/layers/${s.layerId}/versions/1.kml`, records: [] },
    ],
  },
  // Tasks: the tasking roles and the assigned monitor; never intake, the parties or the commission.
  "GET /api/v1/monitors": { who: TASKERS },
  "POST /api/v1/incidents/:id/tasks": {
    who: TASKERS,
    params: { id: INCIDENTS },
    body: (s) => ({
      kind: "site_visit",
      assigneeId: s.actors.monitor.userId,
      instructions: "Look at the crater.",
      language: "en",
      placeName: "Ain Zara",
      dueAt: "2031-01-01T00:00:00Z",
    }),
  },
  "GET /api/v1/incidents/:id/tasks": { who: TASKERS, params: { id: INCIDENTS } },
  "GET /api/v1/me/tasks": {
    who: roles("monitor"),
    queries: ["", "?status=open", "?status=done,declined"],
  },
  "GET /api/v1/tasks/:id": {
    who: roles("monitor", "analyst", "reviewer", "chief"),
    params: { id: ["tGna"] },
  },
  "POST /api/v1/tasks/:id/accept": { who: roles("monitor"), params: { id: ["tGna"] } },
  "POST /api/v1/tasks/:id/decline": {
    who: roles("monitor"),
    params: { id: ["tGna"] },
    body: () => ({ reason: "The road is closed." }),
  },
  "POST /api/v1/tasks/:id/complete": {
    who: roles("monitor"),
    params: { id: ["tGna"] },
    body: () => ({ outcome: "Crater seen." }),
  },
  "POST /api/v1/tasks/:id/cancel": {
    who: TASKERS,
    params: { id: ["tGna"] },
    body: () => ({ reason: "No longer needed." }),
  },

  // Notifications (decision 0018): each user's own inbox and settings; webhooks for the admin.
  // A notice names references and links only; the scenario's releases, reply window and task
  // put notices in the liaisons', the commission's and the monitor's inboxes.
  "GET /api/v1/inbox": { who: users, queries: ["", "?unread=true", "?limit=1"] },
  "POST /api/v1/inbox/:id/read": {
    who: users,
    expand: () => [{ url: "/api/v1/inbox/00000000-0000-4000-8000-000000000000/read", records: [] }],
  },
  "POST /api/v1/inbox/read-all": { who: users },
  "GET /api/v1/account/notifications": { who: users },
  "PUT /api/v1/account/notifications": {
    who: users,
    body: () => ({ email: "someone@example.org", language: "ar", emailKindsOff: [] }),
  },
  "GET /api/v1/admin/webhooks": { who: roles("admin") },
  "POST /api/v1/admin/webhooks": {
    who: roles("admin"),
    body: () => ({
      url: "http://127.0.0.1:9/hook",
      kinds: ["release.parties"],
      audience: "mission",
    }),
  },
  "POST /api/v1/admin/webhooks/:id/disable": {
    who: roles("admin"),
    expand: () => [
      { url: "/api/v1/admin/webhooks/00000000-0000-4000-8000-000000000000/disable", records: [] },
    ],
  },
  "GET /api/v1/admin/webhooks/deliveries": { who: roles("admin") },
  // The joint commission's workspace (decision 0016; src/http/routes/commission.test.ts).
  "GET /api/v1/commission/meetings": { who: COMMISSION_READERS },
  "POST /api/v1/commission/meetings": {
    who: SECRETARIAT,
    body: () => ({ startsAt: "2031-01-01T09:00:00Z", placeEn: "Sirte", agenda: [] }),
  },
  "GET /api/v1/commission/meetings/:id": {
    who: COMMISSION_READERS,
    params: { id: ["cMtg", "cMtg2"] },
  },
  "PATCH /api/v1/commission/meetings/:id": {
    who: SECRETARIAT,
    params: { id: ["cMtg"] },
    body: () => ({ placeAr: "سرت" }),
  },
  "POST /api/v1/commission/meetings/:id/agenda": {
    who: SECRETARIAT,
    params: { id: ["cMtg"] },
    body: () => ({ titleEn: "Prisoner exchange" }),
  },
  // Who may be recorded at a meeting: it names both delegations' members, so the secretariat only.
  "GET /api/v1/commission/attendees": { who: SECRETARIAT },
  "PUT /api/v1/commission/meetings/:id/attendance": {
    who: SECRETARIAT,
    params: { id: ["cMtg"] },
    body: (s) => ({ entries: [{ userId: s.actors.commission.userId, status: "present" }] }),
  },
  "PUT /api/v1/commission/meetings/:id/minutes": {
    who: SECRETARIAT,
    params: { id: ["cMtg", "cMtg2"] },
    body: () => ({ en: "The commission met.", ar: null }),
  },
  "POST /api/v1/commission/meetings/:id/minutes/share": {
    who: SECRETARIAT,
    params: { id: ["cMtg", "cMtg2"] },
  },
  "POST /api/v1/commission/meetings/:id/decisions": {
    who: SECRETARIAT,
    params: { id: ["cMtg"] },
    body: (s) => ({
      agendaItemId: s.agendaItemId,
      textEn: "Open the road.",
      textAr: "فتح الطريق.",
    }),
  },
  "POST /api/v1/commission/decisions/:id/revise": {
    who: SECRETARIAT,
    params: { id: DECISIONS },
    body: () => ({ textEn: "Open the coastal road.", textAr: "فتح الطريق الساحلي." }),
  },
  "POST /api/v1/commission/decisions/:id/sign": {
    who: DELEGATION_HEADS,
    params: { id: DECISIONS },
  },
  "POST /api/v1/commission/decisions/:id/dissent": {
    who: DELEGATION_HEADS,
    params: { id: DECISIONS },
    body: () => ({ reason: "Not before the demining." }),
  },
  "POST /api/v1/commission/meetings/:id/action-items": {
    who: SECRETARIAT,
    params: { id: ["cMtg"] },
    body: () => ({
      titleEn: "Clear the mines",
      owner: { kind: "mission" },
      deadline: "2031-02-01T00:00:00Z",
    }),
  },
  "PATCH /api/v1/commission/action-items/:id": {
    who: SECRETARIAT,
    expand: (s) => [{ url: `/api/v1/commission/action-items/${s.actionItemId}`, records: [] }],
    body: () => ({ status: "in_progress" }),
  },
  // An action item becomes a commitment (the chief, not the chair: commitments are the mission's
  // register); a commitment's page lists its action items to the commission's readers who may
  // read that commitment (404 otherwise, as if absent).
  "POST /api/v1/commission/action-items/:id/commitment": {
    who: roles("chief"),
    expand: (s) => [
      { url: `/api/v1/commission/action-items/${s.actionItemId}/commitment`, records: [] },
    ],
    body: () => ({ ...commitmentJson(), source: undefined }),
  },
  "GET /api/v1/commission/action-items": {
    who: COMMISSION_READERS,
    expand: (s) =>
      COMMITMENTS.map((r) => ({
        url: `/api/v1/commission/action-items?commitment=${s.ids[r]}`,
        records: [r],
      })),
  },
  "GET /api/v1/commission/meetings/:id/notes": {
    who: DELEGATES,
    params: { id: ["cMtg", "cMtg2"] },
  },
  "POST /api/v1/commission/meetings/:id/notes": {
    who: DELEGATES,
    params: { id: ["cMtg"] },
    body: () => ({ body: "Our position: yes, after the demining." }),
  },
  "PATCH /api/v1/commission/notes/:id": {
    who: DELEGATES,
    params: { id: ["nGna", "nLna"] },
    body: () => ({ body: "Our position, revised." }),
  },

  "GET /api/v1/geo/evaluate": {
    who: users,
    queries: ["?lat=32.79&lon=13.29&at=2020-01-15T00:00:00Z"],
  },

  // Commitments (issue 13, decision 0015): a party reads its own obligations and the public ones.
  "GET /api/v1/commitments": {
    who: COMMITMENT_READERS,
    queries: [
      "",
      "?party=GNA",
      "?party=LNA",
      "?clause=TEST/1",
      "?status=not_started,overdue",
      "?type=withdrawal",
    ],
  },
  "POST /api/v1/commitments": { who: COMMITMENT_EDITORS, body: () => commitmentJson() },
  "GET /api/v1/commitments/scoreboard": { who: COMMITMENT_READERS },
  "GET /api/v1/public/commitments/scoreboard": { who: anyone },
  "GET /api/v1/public/commitments": { who: anyone, queries: ["", "?limit=1"] },
  "GET /api/v1/commitments/:id": { who: COMMITMENT_READERS, params: { id: COMMITMENTS } },
  "PUT /api/v1/commitments/:id": {
    who: COMMITMENT_EDITORS,
    params: { id: COMMITMENTS },
    body: () => commitmentJson(),
  },
  "POST /api/v1/commitments/:id/status": {
    who: COMMITMENT_EDITORS,
    params: { id: COMMITMENTS },
    body: () => ({ status: "in_progress", reason: "Work has begun." }),
  },
  // A commission member records progress on its own party's commitments (the chair on all),
  // never on the other party's, even a public one it reads.
  "POST /api/v1/commitments/:id/observations": {
    who: roles("monitor", "analyst", "chief", "commission"),
    params: { id: COMMITMENTS },
    writes: (v, [r]) =>
      v === "commission" ? r === "cGna" : v === "commissionLna" ? r !== "cGna" : true,
    body: () => ({
      observedAt: "2020-01-14T10:00:00Z",
      noteEn: "Seen.",
      verificationLevel: "V3",
      source: "Patrol",
    }),
  },
  "POST /api/v1/commitments/:id/breach-incident": {
    who: roles("chief"),
    params: { id: COMMITMENTS },
  },
  "GET /api/v1/commitment-anchors": { who: COMMITMENT_READERS },
  // Report products (issue 14, decision 0022): drafts for the mission, released ones for the
  // parties and the commission, public versions for everyone.
  "GET /api/v1/products": { who: PRODUCT_READERS },
  "POST /api/v1/products": {
    who: PRODUCT_AUTHORS,
    body: () => ({ kind: "daily", classification: "public", day: "2020-01-15" }),
  },
  "GET /api/v1/products/:id": { who: PRODUCT_READERS, params: { id: PRODUCTS } },
  "GET /api/v1/products/:id.html": { who: PRODUCT_READERS, params: { id: PRODUCTS } },
  "GET /api/v1/products/:id.pdf": { who: PRODUCT_READERS, params: { id: PRODUCTS } },
  // A file's signature: a draft has none yet (409), a released product's is there.
  "GET /api/v1/products/:id.html.cfm-sig.json": {
    who: PRODUCT_READERS,
    params: { id: PRODUCTS },
    answers: [200, 409],
  },
  "GET /api/v1/products/:id.pdf.cfm-sig.json": {
    who: PRODUCT_READERS,
    params: { id: PRODUCTS },
    answers: [200, 409],
  },
  "PUT /api/v1/products/:id": {
    who: PRODUCT_AUTHORS,
    params: { id: PRODUCTS },
    body: () => ({ added: { summary: { en: "Edited.", ar: "عُدّل." } } }),
  },
  "POST /api/v1/products/:id/regenerate": { who: PRODUCT_AUTHORS, params: { id: PRODUCTS } },
  "POST /api/v1/products/:id/transitions": {
    who: PRODUCT_AUTHORS,
    params: { id: PRODUCTS },
    body: () => ({ action: "submit" }),
  },
  "GET /api/v1/public/reports": { who: anyone },
  "GET /api/v1/public/reports/:id": {
    who: anyone,
    params: { id: PRODUCTS },
    sees: (_v, r) => r === "pRel",
  },
  "GET /api/v1/public/reports/:id.html": {
    who: anyone,
    params: { id: PRODUCTS },
    sees: (_v, r) => r === "pRel",
  },
  "GET /api/v1/public/reports/:id.pdf": {
    who: anyone,
    params: { id: PRODUCTS },
    sees: (_v, r) => r === "pRel",
  },
  "GET /api/v1/public/reports/:id.html.cfm-sig.json": {
    who: anyone,
    params: { id: PRODUCTS },
    sees: (_v, r) => r === "pRel",
  },
  "GET /api/v1/public/reports/:id.pdf.cfm-sig.json": {
    who: anyone,
    params: { id: PRODUCTS },
    sees: (_v, r) => r === "pRel",
  },
  "PUT /api/v1/commitment-anchors": {
    who: COMMITMENT_EDITORS,
    body: () => ({ code: "D", nameEn: "Signature", nameAr: "", occurredOn: "2020-10-23" }),
  },
};

/** Every URL a rule expands to, with the records it names. */
export function instantiate(path: string, rule: RouteRule, s: Scenario): Instance[] {
  let out: Instance[] = rule.expand ? rule.expand(s) : [{ url: path, records: [] }];
  for (const [param, records] of Object.entries(rule.params ?? {})) {
    out = out.flatMap((o) =>
      records.map((r) => ({
        ...o,
        url: o.url.replace(`:${param}`, s.ids[r]),
        records: [...o.records, r],
      })),
    );
  }
  const queries = rule.queries ?? [""];
  return out.flatMap((o) => queries.map((q) => ({ ...o, url: o.url + q })));
}
