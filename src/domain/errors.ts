/**
 * Domain errors carry a stable code; only `src/http/errors.ts` knows which HTTP status a code
 * maps to. Messages are written for the person who will read them.
 */
export type ErrorCode =
  | "validation_failed"
  | "unauthenticated"
  | "invalid_credentials"
  | "account_locked"
  | "login_throttled"
  | "csrf_rejected"
  | "forbidden"
  | "not_found"
  | "report_not_found"
  | "receipt_not_found"
  | "page_not_found"
  | "upload_malformed"
  | "incident_not_found"
  | "evidence_not_found"
  | "user_not_found"
  | "party_not_found"
  | "idempotency_key_reused"
  | "source_kind_not_allowed"
  | "impossible_time"
  | "report_already_triaged"
  | "report_superseded"
  | "transition_not_allowed"
  | "transition_role_forbidden"
  | "four_eyes_violation"
  | "finding_required"
  | "finding_not_editable"
  | "username_taken"
  | "weak_password"
  | "evidence_too_large"
  | "export_too_large"
  | "evidence_type_not_allowed"
  | "provision_not_found"
  | "classification_not_allowed"
  | "release_not_permitted"
  | "release_not_found"
  | "reply_not_open"
  | "reply_window_closed"
  | "release_parties_first"
  | "conflict"
  // accounts (decision 0006)
  | "login_challenge_invalid"
  | "invalid_second_factor"
  | "second_factor_code_used"
  | "second_factor_enrolment_required"
  | "password_change_required"
  | "second_factor_already_enrolled"
  | "second_factor_not_started"
  | "session_not_found"
  | "token_not_found"
  | "token_scope_insufficient"
  | "token_expiry_invalid"
  | "read_only_mode"
  // administering users and teams (issue 12)
  | "enrolment_link_invalid"
  | "last_administrator"
  | "team_not_found"
  | "team_code_taken"
  // tasks
  | "task_not_found"
  | "task_transition_not_allowed"
  | "assignee_not_found"
  | "assignee_not_monitor"
  | "task_report_not_found"
  // geo layers (decision 0004)
  | "layer_not_found"
  | "layer_version_not_found"
  | "invalid_geometry"
  | "layer_version_overlap"
  | "agreed_by_commission"
  | "layer_version_not_proposed"
  // the gazetteer
  | "place_not_found"
  // agreements, provisions, parties, delegations (issue 12)
  | "agreement_not_found"
  | "provision_retired"
  | "party_exists"
  | "delegation_member_invalid"
  // the joint commission's workspace (issue 13; decision 0016)
  | "meeting_not_found"
  | "meeting_transition_not_allowed"
  | "agenda_item_not_found"
  | "attendee_invalid"
  | "minutes_already_shared"
  | "minutes_empty"
  | "decision_not_found"
  | "decision_closed"
  | "decision_already_answered"
  | "not_delegation_head"
  | "no_delegations"
  | "action_item_not_found"
  | "action_owner_invalid"
  | "note_not_found"
  | "agenda_subject_not_found"
  | "action_item_linked"
  // the mission (issue 12)
  | "mission_not_initialised"
  | "mission_mismatch"
  | "invalid_mission_profile"
  // the enforcement ladder (decision 0017)
  | "notice_not_found"
  | "notice_requires_released_violation"
  | "notice_exists"
  | "enforcement_step_not_allowed"
  | "enforcement_step_stale"
  | "enforcement_decision_required"
  | "enforcement_decision_not_found"
  | "enforcement_decision_not_for_case"
  | "enforcement_decision_not_in_effect"
  | "enforcement_deadline_passed"
  | "enforcement_deadline_not_passed"
  | "mandating_body_referral_not_allowed"
  // notifications (decision 0018)
  | "notification_not_found"
  | "webhook_not_found"
  // commitments and confidence-building measures (issue 13, decision 0015)
  | "commitment_not_found"
  | "commitment_transition_not_allowed"
  | "commitment_dependency_cycle"
  | "commitment_anchor_not_found"
  | "commitment_breach_exists"
  // signatures and checkpoints (decision 0020)
  | "signing_key_missing"
  | "signing_key_unavailable"
  | "signing_key_exists"
  | "signing_key_not_found"
  | "signing_key_revoked"
  | "release_unsigned"
  // open data imports (issue 14, decision 0021)
  | "import_not_found"
  | "import_layout_unknown"
  | "import_layout_mismatch"
  // report products (issue 14, decision 0022)
  | "product_not_found"
  | "product_state_conflict"
  | "product_four_eyes"
  | "product_incident_not_releasable"
  | "pdf_printer_unavailable"
  | "evidence_file_missing"
  // observability (issue 15)
  | "not_ready";

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
