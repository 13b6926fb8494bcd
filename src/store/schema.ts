/** Kysely table types: rows exactly as the database holds them (snake_case stays in store/). */
import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp the database fills in when the insert leaves it out. */
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface PartiesTable {
  code: string;
  name_en: string;
  name_ar: string;
  colour: Generated<string>;
  created_at: DefaultTimestamp;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  party_code: string | null;
  password_hash: string;
  is_demo: Generated<boolean>;
  created_at: DefaultTimestamp;
  disabled_at: Timestamp | null;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: DefaultTimestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface AgreementsTable {
  id: string;
  code: string;
  title_en: string;
  title_ar: string;
  signed_at: Timestamp | null;
  entry_into_force: Timestamp;
}

export interface ProvisionsTable {
  id: string;
  agreement_id: string;
  code: string;
  text_en: string;
  text_ar: string;
  obligated_parties: string[];
}

export interface ReportsTable {
  id: string;
  tracking_id: string;
  version: Generated<number>;
  supersedes_id: string | null;
  source_kind: string;
  submitted_by: string | null;
  submitter_party: string | null;
  alleged_party: string | null;
  received_at: Timestamp;
  occurred_from: Timestamp;
  occurred_to: Timestamp;
  date_precision: number;
  lat: number | null;
  lon: number | null;
  where_precision: number;
  place_name: string | null;
  category: string;
  description: string;
  language: string;
  counts: Json;
  source_grade: string | null;
  is_demo: Generated<boolean>;
  status: Generated<string>;
  incident_id: string | null;
  triage_reason: string | null;
  triaged_by: string | null;
  triaged_at: Timestamp | null;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  report_id: string;
  created_at: DefaultTimestamp;
}

export interface IncidentsTable {
  id: string;
  reference: string;
  state: string;
  title: string;
  category: string;
  occurred_from: Timestamp;
  occurred_to: Timestamp;
  lat: number | null;
  lon: number | null;
  concerned_parties: string[];
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  released_at: Timestamp | null;
}

export interface FindingsTable {
  id: string;
  incident_id: string;
  version: number;
  outcome: string;
  verification_level: string;
  attribution_level: string;
  attributed_party: string | null;
  provisions: string[];
  severity: number | null;
  standard_of_proof: string | null;
  source_grades: Json;
  public_narrative: string;
  restricted_narrative: string;
  drafted_by: string;
  created_at: Timestamp;
}

export interface EvidenceItemsTable {
  id: string;
  report_id: string;
  sha256: string;
  size_bytes: number;
  media_type: string;
  original_name: string;
  uploaded_by: string | null;
  received_at: Timestamp;
}

export interface CustodyEntriesTable {
  id: string;
  evidence_id: string;
  at: Timestamp;
  actor: string;
  action: string;
  note: string | null;
  /** Orders entries written in the same instant. */
  seq: Generated<number>;
}

export interface AuditEntriesTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  data: Json;
  data_hash: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  username: string;
  at: Timestamp;
}

export interface SchemaMigrationsTable {
  name: string;
  applied_at: DefaultTimestamp;
}

export interface DB {
  parties: PartiesTable;
  users: UsersTable;
  sessions: SessionsTable;
  agreements: AgreementsTable;
  provisions: ProvisionsTable;
  reports: ReportsTable;
  idempotency_keys: IdempotencyKeysTable;
  incidents: IncidentsTable;
  findings: FindingsTable;
  evidence_items: EvidenceItemsTable;
  custody_entries: CustodyEntriesTable;
  audit_entries: AuditEntriesTable;
  audit_head: AuditHeadTable;
  schema_migrations: SchemaMigrationsTable;
  login_failures: LoginFailuresTable;
}

/** Tables whose rows are hashed into the audit chain (`cfm audit verify` checks each row). */
export const AUDITED_TABLES = [
  "users",
  "parties",
  "agreements",
  "provisions",
  "reports",
  "incidents",
  "findings",
  "evidence_items",
  "custody_entries",
] as const;
export type AuditedTable = (typeof AUDITED_TABLES)[number];
