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
  short_en: string | null;
  short_ar: string | null;
  colour: Generated<string>;
  /** 'ar' | 'en': which of its texts prevails where the two languages differ. */
  authoritative_language: Generated<string>;
  created_at: DefaultTimestamp;
}

interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  party_code: string | null;
  password_hash: string;
  is_demo: Generated<boolean>;
  created_at: DefaultTimestamp;
  disabled_at: Timestamp | null;
  team_code: string | null;
  /** Created with an initial password: must choose their own first (20261206T020000). */
  password_change_required: Generated<boolean>;
}

interface TeamsTable {
  code: string;
  name_en: string;
  name_ar: string;
  sector_codes: string[];
  area_only: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

interface EnrolmentLinksTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: DefaultTimestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  /** A password-only session of a user who must still enrol a second factor (decision 0006). */
  enrolment_only: Generated<boolean>;
  last_seen_at: Timestamp | null;
  user_agent: string | null;
  ip: string | null;
}

interface TotpFactorsTable {
  user_id: string;
  secret: string;
  created_at: Timestamp;
  confirmed_at: Timestamp | null;
  last_used_step: number | null;
}

interface RecoveryCodesTable {
  id: string;
  user_id: string;
  code_hash: string;
  created_at: Timestamp;
  used_at: Timestamp | null;
}

interface LoginChallengesTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  scopes: string[];
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
}

interface SystemSettingsTable {
  /** The setting's name, e.g. "read_only". */
  id: string;
  value: Json;
  updated_at: Timestamp;
  updated_by: string;
}

export interface AgreementsTable {
  id: string;
  code: string;
  title_en: string;
  title_ar: string;
  signed_at: Timestamp | null;
  entry_into_force: Timestamp;
  authoritative_language: Generated<string>;
}

/** A clause's identity; its wordings are provision_versions (never overwritten). */
export interface ProvisionsTable {
  id: string;
  agreement_id: string;
  code: string;
  created_at: DefaultTimestamp;
  retired_at: Timestamp | null;
  retired_reason: string | null;
}

export interface ProvisionVersionsTable {
  id: string;
  provision_id: string;
  version: number;
  text_en: string;
  text_ar: string;
  obligated_parties: string[];
  reason: string;
  reason_kind: Generated<string>;
  imported_from: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
}

interface DelegationsTable {
  party_code: string;
  head_user_id: string | null;
  members: string[];
  updated_at: Timestamp;
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
  /** reported | gazetteer | ambiguous | unresolved (decision 0005). */
  location_source: Generated<string>;
  /** The places a name-only report could mean, when it was not located. */
  place_candidates: ColumnType<unknown, string | null | undefined, string | null>;
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
  /** Per-record access (decision 0007). */
  classification: Generated<string>;
  concerned_parties: Generated<string[]>;
  embargo_until: Timestamp | null;
}

interface IdempotencyKeysTable {
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
  /** The server made the title up (category and place); the reader's language may compose it anew. */
  title_generated: Generated<boolean>;
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
  /** Per-record access (decision 0007). */
  classification: Generated<string>;
  embargo_until: Timestamp | null;
  /**
   * Kept from its reports and releases for the access checks (visibilityColumns in
   * incidents-repo.ts): the parties that filed its reports, sorted, and the users; its earliest release instant
   * to the parties and to the public. Internal: never presented.
   */
  report_parties: Generated<string[]>;
  report_submitters: Generated<string[]>;
  parties_release_at: Timestamp | null;
  public_release_at: Timestamp | null;
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
  /** English text (migration 20261205T203000_finding_languages). */
  public_narrative: string;
  restricted_narrative: string;
  public_narrative_ar: Generated<string>;
  restricted_narrative_ar: Generated<string>;
  authoritative_language: Generated<string>;
  drafted_by: string;
  created_at: Timestamp;
  /** Per-record access (decision 0007). */
  classification: Generated<string>;
  concerned_parties: Generated<string[]>;
  embargo_until: Timestamp | null;
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
  /** Per-record access (decision 0007). */
  classification: Generated<string>;
  concerned_parties: Generated<string[]>;
  embargo_until: Timestamp | null;
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

interface AuditEntriesTable {
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

interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

interface LoginFailuresTable {
  id: Generated<number>;
  username: string;
  at: Timestamp;
  /** The client's address; null for failures recorded before addresses were kept. */
  source: string | null;
}

interface SchemaMigrationsTable {
  name: string;
  applied_at: DefaultTimestamp;
}

export interface GeoLayersTable {
  id: string;
  kind: string;
  name: string;
  name_ar: string | null;
  party: string | null;
  weapon_classes: string[];
  description: string | null;
  is_demo: Generated<boolean>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface GeoLayerVersionsTable {
  id: string;
  layer_id: string;
  version: number;
  valid_from: Timestamp;
  valid_to: Timestamp | null;
  status: string;
  claimed_by: string | null;
  source: string | null;
  geometry: Json;
  left_party: string | null;
  right_party: string | null;
  behind_side: string | null;
  created_by: string | null;
  created_at: Timestamp;
  /** Disputed parts of the line, a GeoJSON MultiLineString (decision 0019). */
  disputed: Json | null;
  /** The commission decision that adopted this version as agreed (decision 0019). */
  adopted_by_decision_id: string | null;
}

/** Derived from audited inputs and recomputable: not itself audited (decision 0004). */
export interface GeoEvaluationsTable {
  subject_kind: string;
  subject_id: string;
  at: Timestamp;
  lat: number;
  lon: number;
  result: Json;
  layer_fingerprint: string;
  side_party: string | null;
  distance_km: number | null;
  nearest_line_km: number | null;
  area_party: string | null;
  district: string | null;
  zone_layer_ids: string[];
  computed_at: Timestamp;
}

export interface JobsTable {
  id: string;
  kind: string;
  payload: Json;
  state: Generated<string>;
  attempts: Generated<number>;
  run_after: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
}

/** Confidential source fields of a report (decision 0007): every read is audited. */
interface ReportSourcesTable {
  report_id: string;
  source_identity: string | null;
  witnesses: string[];
  created_at: Timestamp;
}

/** A finding released to an audience: the frozen content every recipient reads. */
export interface ReleasesTable {
  id: string;
  incident_id: string;
  finding_id: string;
  finding_version: number;
  audience: string;
  release_at: Timestamp;
  content: Json;
  content_hash: string;
  released_by: string;
  created_at: Timestamp;
}

export interface ReplyWindowsTable {
  id: string;
  incident_id: string;
  finding_id: string;
  finding_version: number;
  opens_at: Timestamp;
  closes_at: Timestamp;
  opened_by: string;
}

export interface RepliesTable {
  id: string;
  incident_id: string;
  reply_window_id: string;
  finding_id: string;
  finding_version: number;
  party: string;
  text: string;
  language: string;
  submitted_by: string;
  submitted_at: Timestamp;
}

/** One step of the enforcement ladder after a finding of violation (decision 0017). */
export interface EnforcementStepsTable {
  id: string;
  notice_id: string;
  seq: number;
  incident_id: string;
  kind: string;
  party: string;
  release_id: string;
  finding_id: string;
  finding_version: number;
  provisions: ColumnType<string[], string[] | undefined, string[]>;
  deadline_day: string | null;
  deadline_at: Timestamp | null;
  text_en: ColumnType<string, string | undefined, string>;
  text_ar: ColumnType<string, string | undefined, string>;
  language: string;
  agenda_item_id: string | null;
  /** The joint commission's decision a commission_decision step records (co-signed, in effect). */
  decision_id: ColumnType<string | null, string | null | undefined, never>;
  corrects_step_id: string | null;
  created_by: string;
  created_at: Timestamp;
}

/** A named, dated mission event deadlines are relative to (D = the signature). */
interface CommitmentAnchorsTable {
  code: string;
  name_en: Generated<string>;
  name_ar: Generated<string>;
  /** "YYYY-MM-DD"; null: not happened yet. */
  occurred_on: string | null;
  updated_at: Timestamp;
}

/** A commitment or confidence-building measure (migration 20261207T010000_commitments). */
export interface CommitmentsTable {
  id: string;
  reference: string;
  provision_id: string;
  type: string;
  title_en: Generated<string>;
  title_ar: Generated<string>;
  description_en: Generated<string>;
  description_ar: Generated<string>;
  obligated_parties: string[];
  beneficiaries: Generated<string>;
  target_quantity: ColumnType<number | null, number | null | undefined, number | null>;
  target_unit: string | null;
  target_geometry: Json | null;
  deadline: Json | null;
  start_by: Json | null;
  complete_within_days: number | null;
  phases: ColumnType<unknown, string | undefined, string>;
  depends_on: Generated<string[]>;
  responsible_body: Generated<string>;
  status: string;
  status_changed_at: Timestamp;
  status_changed_by: string;
  status_reason: string | null;
  started_on: string | null;
  due_at: Timestamp | null;
  deadline_at: Timestamp | null;
  due_phase: string | null;
  disputed_at: Timestamp | null;
  public: Generated<boolean>;
  source_kind: string | null;
  source_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  idempotency_key: string | null;
  request_hash: string | null;
}

export interface CommitmentObservationsTable {
  id: string;
  commitment_id: string;
  observed_at: Timestamp;
  note_en: Generated<string>;
  note_ar: Generated<string>;
  shows_status: string | null;
  quantity: ColumnType<number | null, number | null | undefined, number | null>;
  phase_key: string | null;
  verification_level: string;
  source: string;
  evidence_ids: Generated<string[]>;
  /** The reports relied on, each graded (SourceGrade[]); as a finding's. */
  source_grades: ColumnType<unknown, string | undefined, string>;
  disputes: Generated<boolean>;
  recorded_by: string;
  recorded_party: string | null;
  recorded_at: Timestamp;
  idempotency_key: string | null;
}

interface CommitmentBreachesTable {
  id: string;
  commitment_id: string;
  incident_id: string;
  opened_by: string;
  opened_at: Timestamp;
}

/** A "due soon" reminder sent (migration 20261208T010000_commitment_reminders): sent once. */
interface CommitmentRemindersTable {
  commitment_id: string;
  due_at: Timestamp;
  lead_days: number;
  sent_at: Timestamp;
}

/** A formal notice's deadline announced (the day before; passed without a response), once each. */
interface NoticeRemindersTable {
  notice_id: string;
  stage: "due_soon" | "passed";
  sent_at: Timestamp;
}

/**
 * A commitment as it stood from `since` on, as the public board shows it; written by a trigger on
 * every change (20261211T021000_commitment_states; decision 0015).
 */
interface CommitmentStatesTable {
  commitment_id: string;
  since: Timestamp;
  public: boolean;
  status: string;
  deadline_at: Timestamp | null;
  disputed: boolean;
  provision_id: string;
  obligated_parties: string[];
  type: string;
  title_en: string;
  title_ar: string;
}

/** A site visit or request for information assigned to a monitor on an incident. */
export interface TasksTable {
  id: string;
  reference: string;
  incident_id: string;
  kind: string;
  instructions: string;
  language: string;
  place_name: string | null;
  lat: number | null;
  lon: number | null;
  priority: string;
  due_at: Timestamp;
  assignee_id: string;
  created_by: string;
  created_at: Timestamp;
  status: string;
  status_changed_at: Timestamp;
  status_changed_by: string;
  status_reason: string | null;
  outcome: string | null;
  result_report_id: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
}

export interface PlacesTable {
  id: string;
  name: string;
  name_ar: string | null;
  variants: string[];
  lat: number;
  lon: number;
  kind: string;
  population: number | null;
  approximate: boolean;
  district: string | null;
  sources: string[];
  /** Ids of the same place in other sources ("geonames:2210247"), learnt when an import matched it. */
  source_ids: Generated<string[]>;
  merged_into: string | null;
  /** 'ar' or 'latin' when a keeper said which name prevails; NULL: the Arabic one where known. */
  authoritative_name: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

interface GazetteerStateTable {
  singleton: Generated<boolean>;
  version: number;
}

interface MissionTable {
  code: string;
  name_en: string;
  name_ar: string;
  languages: string[];
  authoritative_language: string;
  time_zone: string;
  reply_window_hours: number;
  release_rules: Json;
  /** The mandating body and whether cases may be referred to it (decision 0017). */
  mandate: ColumnType<unknown, string | undefined, string>;
  /** The daily report's cut-off, "HH:MM" in the mission's time zone (20261208T060000). */
  daily_report_cutoff: Generated<string>;
  joint_body_code: string;
  joint_body_name_en: string;
  joint_body_name_ar: string;
  /** Who chairs the joint body, { en, ar }, or null (20261211T030000_joint_body_delegations). */
  joint_body_chair: ColumnType<unknown, string | null | undefined, string | null>;
  /** The parties whose delegations sit on the joint body, in the profile's order. */
  joint_body_delegations: Generated<string[]>;
  outline: Json;
  bbox: number[];
  profile: string;
  /** The credits of the profile's data: [{ en, ar }] */
  attribution: ColumnType<unknown, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

interface DistrictsTable {
  code: string;
  position: number;
  name_en: string;
  name_ar: string | null;
  variants: Generated<string[]>;
  geometry: Json;
}

interface SectorsTable {
  code: string;
  position: number;
  name_en: string;
  name_ar: string;
  geometry: Json;
}

/** Polygons as PostgreSQL text ("((x,y),…)"); written with an explicit cast. */
interface SectorPartsTable {
  sector_code: string;
  position: number;
  part: number;
  outer_ring: string;
  holes: Generated<string[]>;
}

export interface CommissionMeetingsTable {
  id: string;
  reference: string;
  starts_at: Timestamp;
  place_en: string | null;
  place_ar: string | null;
  status: string;
  minutes_en: string | null;
  minutes_ar: string | null;
  minutes_updated_at: Timestamp | null;
  minutes_shared_at: Timestamp | null;
  minutes_shared_by: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CommissionAgendaItemsTable {
  id: string;
  meeting_id: string;
  position: number;
  title_en: string | null;
  title_ar: string | null;
  text_en: string | null;
  text_ar: string | null;
  subject_kind: string | null;
  subject_id: string | null;
  added_by: string;
  added_at: Timestamp;
}

export interface CommissionAttendanceTable {
  id: string;
  meeting_id: string;
  user_id: string;
  party_code: string | null;
  status: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface CommissionDecisionsTable {
  id: string;
  meeting_id: string;
  agenda_item_id: string;
  version: number;
  supersedes_id: string | null;
  text_en: string;
  text_ar: string;
  required_parties: string[];
  status: string;
  proposed_by: string;
  proposed_at: Timestamp;
  effective_at: Timestamp | null;
  superseded_at: Timestamp | null;
  /** Once in effect, makes this proposed layer version agreed from adopts_from (decision 0019). */
  adopts_layer_version_id: string | null;
  adopts_from: Timestamp | null;
}

export interface CommissionSignaturesTable {
  id: string;
  decision_id: string;
  party_code: string;
  kind: string;
  reason: string | null;
  signer_id: string;
  signed_at: Timestamp;
}

export interface CommissionActionItemsTable {
  id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  decision_id: string | null;
  title_en: string | null;
  title_ar: string | null;
  owner_kind: string;
  owner_party: string | null;
  deadline: Timestamp;
  status: string;
  /** Why it was cancelled (required then) or otherwise moved. */
  status_reason: string | null;
  commitment_id: string | null;
  created_by: string;
  created_at: Timestamp;
  status_changed_at: Timestamp;
}

/** The Idempotency-Key of each of the commission's creations, per user (decision 0016). */
export interface CommissionRequestsTable {
  user_id: string;
  key: string;
  kind: string;
  request_hash: string;
  record_id: string;
  meeting_id: string;
  created_at: Timestamp;
}

export interface CommissionNotesTable {
  id: string;
  meeting_id: string;
  agenda_item_id: string | null;
  party_code: string;
  body: string;
  author_id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A secret the server derives values from (the public receipt's tag); not mission data. */
interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: Generated<Timestamp>;
}

// Open data (decision 0021): imports, their problems, context events, the public changes feed.
export interface DataImportsTable {
  id: string;
  dataset: string;
  target: string;
  layout: string | null;
  file_name: string;
  file_sha256: string;
  file_bytes: number;
  state: Generated<string>;
  bytes_read: Generated<number>;
  rows_read: Generated<number>;
  imported: Generated<number>;
  duplicates: Generated<number>;
  refused: Generated<number>;
  error: string | null;
  created_by: string;
  created_at: Timestamp;
  finished_at: Timestamp | null;
}

interface DataImportProblemsTable {
  import_id: string;
  n: number;
  row_line: number;
  column_name: string | null;
  reason: string;
}

export interface ContextEventsTable {
  id: string;
  dataset: string;
  event_id: string;
  import_id: string | null;
  date_start: string;
  date_end: string;
  date_precision: number;
  location: string;
  admin1: string;
  admin2: string;
  country: string;
  lat: number;
  lon: number;
  where_precision: number;
  actor1: string;
  actor2: string;
  event_type: string;
  sub_event_type: string;
  fatalities: number | null;
  notes: string;
  source: string;
  cells: Json;
  imported_at: Timestamp;
}

interface OpenDataPublishedTable {
  incident_id: string;
  release_id: string;
}

interface OpenDataChangesTable {
  seq: ColumnType<number, never, never>;
  incident_id: string;
  release_id: string | null;
  change: string;
  at: Timestamp;
}

/** Where the last successful audit verification ended (decision 0026). */
interface AuditVerifiedTable {
  id: Generated<number>;
  seq: number;
  hash: string;
  verified_at: Timestamp;
  full_at: Timestamp | null;
}

export interface DB {
  audit_verified: AuditVerifiedTable;
  server_secrets: ServerSecretsTable;
  report_products: ReportProductsTable;
  parties: PartiesTable;
  users: UsersTable;
  teams: TeamsTable;
  enrolment_links: EnrolmentLinksTable;
  sessions: SessionsTable;
  agreements: AgreementsTable;
  provisions: ProvisionsTable;
  provision_versions: ProvisionVersionsTable;
  delegations: DelegationsTable;
  reports: ReportsTable;
  idempotency_keys: IdempotencyKeysTable;
  commission_requests: CommissionRequestsTable;
  incidents: IncidentsTable;
  findings: FindingsTable;
  evidence_items: EvidenceItemsTable;
  custody_entries: CustodyEntriesTable;
  audit_entries: AuditEntriesTable;
  audit_head: AuditHeadTable;
  schema_migrations: SchemaMigrationsTable;
  login_failures: LoginFailuresTable;
  totp_factors: TotpFactorsTable;
  recovery_codes: RecoveryCodesTable;
  login_challenges: LoginChallengesTable;
  api_tokens: ApiTokensTable;
  system_settings: SystemSettingsTable;
  geo_layers: GeoLayersTable;
  geo_layer_versions: GeoLayerVersionsTable;
  geo_evaluations: GeoEvaluationsTable;
  jobs: JobsTable;
  report_sources: ReportSourcesTable;
  releases: ReleasesTable;
  data_imports: DataImportsTable;
  data_import_problems: DataImportProblemsTable;
  context_events: ContextEventsTable;
  open_data_published: OpenDataPublishedTable;
  open_data_changes: OpenDataChangesTable;
  reply_windows: ReplyWindowsTable;
  replies: RepliesTable;
  enforcement_steps: EnforcementStepsTable;
  tasks: TasksTable;
  commitment_anchors: CommitmentAnchorsTable;
  commitments: CommitmentsTable;
  commitment_observations: CommitmentObservationsTable;
  commitment_breaches: CommitmentBreachesTable;
  commitment_reminders: CommitmentRemindersTable;
  notice_reminders: NoticeRemindersTable;
  commitment_states: CommitmentStatesTable;
  places: PlacesTable;
  gazetteer_state: GazetteerStateTable;
  mission: MissionTable;
  districts: DistrictsTable;
  sectors: SectorsTable;
  sector_parts: SectorPartsTable;
  notifications: NotificationsTable;
  notification_settings: NotificationSettingsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  commission_meetings: CommissionMeetingsTable;
  commission_agenda_items: CommissionAgendaItemsTable;
  commission_attendance: CommissionAttendanceTable;
  commission_decisions: CommissionDecisionsTable;
  commission_signatures: CommissionSignaturesTable;
  commission_action_items: CommissionActionItemsTable;
  commission_notes: CommissionNotesTable;
  // signatures and checkpoints (decision 0020)
  signing_keys: SigningKeysTable;
  product_signatures: ProductSignaturesTable;
  audit_checkpoints: AuditCheckpointsTable;
  // search (20261210T010000_search_text, decision 0028)
  report_search_texts: ReportSearchTextsTable;
  incident_search_texts: IncidentSearchTextsTable;
  report_search_readers: ReportSearchReadersTable;
  incident_search_readers: IncidentSearchReadersTable;
}

/** A report's normalised search text, kept by a trigger (20261210T010000_search_text). */
interface ReportSearchTextsTable {
  report_id: string;
  text: string;
  /** Who may ever read the report, and its text without long vowels (20261211T020000_search_prefilter). */
  audiences: Generated<string[]>;
  bare: Generated<string>;
}

/**
 * An incident's normalised search texts, kept by triggers: version 0 its title alone, version n
 * its title with finding version n's public narratives (20261210T010000_search_text).
 */
interface IncidentSearchTextsTable {
  incident_id: string;
  version: number;
  text: string;
  audiences: Generated<string[]>;
  bare: Generated<string>;
}

/**
 * Who may read each report, one row per audience of its stored text, with its event's start:
 * search walks a viewer's audiences newest first (20261214T010000_search_readers).
 */
interface ReportSearchReadersTable {
  audience: string;
  occurred_from: Date;
  report_id: string;
}

/** The same for incidents. */
interface IncidentSearchReadersTable {
  audience: string;
  occurred_from: Date;
  incident_id: string;
}

/** The mission's signing keys, public halves (20261208T040000, decision 0020). */
export interface SigningKeysTable {
  id: string;
  algorithm: Generated<string>;
  public_key: string;
  status: string;
  created_at: Timestamp;
  activated_at: Timestamp;
  rotated_at: Timestamp | null;
  rotation_reason: string | null;
  revoked_at: Timestamp | null;
  revocation_reason: string | null;
  created_by: string;
}

export interface ProductSignaturesTable {
  id: string;
  kind: string;
  product_id: string;
  sha256: string;
  key_id: string;
  signed_at: Timestamp;
  signature: string;
}

export interface AuditCheckpointsTable {
  seq: number;
  head_hash: string;
  at: Timestamp;
  key_id: string;
  signature: string;
  cause: string;
  product_signature_id: string | null;
}

/** An inbox row: one notification for one user (20261207T040000, decision 0018). */
export interface NotificationsTable {
  id: string;
  event_key: string;
  user_id: string;
  kind: string;
  subject: string;
  link: string;
  params: Json;
  created_at: Timestamp;
  visible_at: Timestamp;
  read_at: Timestamp | null;
}

export interface NotificationSettingsTable {
  user_id: string;
  email: string | null;
  language: Generated<string>;
  email_kinds_off: Generated<string[]>;
  updated_at: Timestamp;
}

export interface WebhookEndpointsTable {
  id: string;
  url: string;
  description: Generated<string>;
  kinds: string[];
  /** 'mission' or a party's code. */
  audience: string;
  secret: string;
  created_by: string;
  created_at: Timestamp;
  disabled_at: Timestamp | null;
}

export interface WebhookDeliveriesTable {
  id: string;
  endpoint_id: string;
  event_key: string;
  kind: string;
  body: string;
  status: Generated<string>;
  attempts: Generated<number>;
  last_status: number | null;
  last_error: string | null;
  created_at: Timestamp;
  next_attempt_at: Timestamp | null;
  finished_at: Timestamp | null;
}

/** A report product: daily, spot, periodic or to the mandating body (20261208T060000, decision 0022). */
export interface ReportProductsTable {
  id: string;
  reference: string;
  kind: string;
  classification: string;
  state: string;
  period_from: Timestamp;
  period_to: Timestamp;
  incident_id: string | null;
  generated: Json;
  generated_at: Timestamp;
  added: ColumnType<unknown, string | undefined, string>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_by: string | null;
  submitted_at: Timestamp | null;
  approved_by: string | null;
  approved_at: Timestamp | null;
  released_by: string | null;
  release_at: Timestamp | null;
  content_hash: string | null;
  parties_html_sha256: string | null;
  parties_pdf_sha256: string | null;
  public_html_sha256: string | null;
  public_pdf_sha256: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
}

/** Tables whose rows are hashed into the audit chain (`cfm audit verify` checks each row). */
export const AUDITED_TABLES = [
  "users",
  "parties",
  "agreements",
  "provisions",
  "provision_versions",
  "delegations",
  "reports",
  "incidents",
  "findings",
  "evidence_items",
  "custody_entries",
  "system_settings",
  "geo_layers",
  "geo_layer_versions",
  "report_sources",
  "releases",
  "reply_windows",
  "replies",
  "tasks",
  "teams",
  "mission",
  "districts",
  "sectors",
  "places",
  "enforcement_steps",
  "notification_settings",
  "webhook_endpoints",
  "commission_meetings",
  "commission_agenda_items",
  "commission_attendance",
  "commission_decisions",
  "commission_signatures",
  "commission_action_items",
  "commission_notes",
  "commitment_anchors",
  "commitments",
  "commitment_observations",
  "commitment_breaches",
  // signatures (decision 0020); checkpoints are not audited rows: they sign the chain's head
  "signing_keys",
  "product_signatures",
  "report_products",
] as const;
export type AuditedTable = (typeof AUDITED_TABLES)[number];
