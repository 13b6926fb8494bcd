/** The one module that knows HTTP status codes: maps domain and framework errors to JSON. */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { DomainError, type ErrorCode } from "../domain/errors.js";
import { MALFORMED_UPLOAD } from "./multipart-form.js";
import { REQUEST_ID_HEADER } from "./request-id.js";

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  impossible_time: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  account_locked: 429,
  login_throttled: 429,
  csrf_rejected: 403,
  forbidden: 403,
  source_kind_not_allowed: 403,
  transition_role_forbidden: 403,
  four_eyes_violation: 403,
  not_found: 404,
  place_not_found: 404,
  report_not_found: 404,
  receipt_not_found: 404,
  page_not_found: 404,
  upload_malformed: 400,
  incident_not_found: 404,
  evidence_not_found: 404,
  user_not_found: 404,
  party_not_found: 400,
  provision_not_found: 400,
  classification_not_allowed: 403,
  release_not_permitted: 409,
  release_not_found: 404,
  notification_not_found: 404,
  webhook_not_found: 404,
  reply_not_open: 409,
  reply_window_closed: 409,
  release_parties_first: 409,
  idempotency_key_reused: 409,
  report_already_triaged: 409,
  report_superseded: 409,
  transition_not_allowed: 409,
  finding_required: 409,
  finding_not_editable: 409,
  username_taken: 409,
  conflict: 409,
  mission_not_initialised: 404,
  mission_mismatch: 409,
  invalid_mission_profile: 400,
  layer_not_found: 404,
  layer_version_not_found: 404,
  invalid_geometry: 400,
  layer_version_overlap: 409,
  agreed_by_commission: 403,
  layer_version_not_proposed: 409,
  weak_password: 400,
  evidence_too_large: 413,
  export_too_large: 422,
  evidence_type_not_allowed: 415,
  login_challenge_invalid: 401,
  invalid_second_factor: 401,
  second_factor_code_used: 401,
  second_factor_enrolment_required: 403,
  password_change_required: 403,
  second_factor_already_enrolled: 409,
  second_factor_not_started: 409,
  session_not_found: 404,
  token_not_found: 404,
  token_scope_insufficient: 403,
  token_expiry_invalid: 400,
  read_only_mode: 503,
  enrolment_link_invalid: 400,
  last_administrator: 409,
  team_not_found: 404,
  team_code_taken: 409,
  task_not_found: 404,
  task_transition_not_allowed: 409,
  assignee_not_found: 400,
  assignee_not_monitor: 400,
  task_report_not_found: 400,
  agreement_not_found: 404,
  provision_retired: 409,
  party_exists: 409,
  delegation_member_invalid: 400,
  notice_not_found: 404,
  notice_requires_released_violation: 409,
  notice_exists: 409,
  enforcement_step_not_allowed: 409,
  enforcement_step_stale: 409,
  enforcement_decision_required: 400,
  enforcement_decision_not_found: 400,
  enforcement_decision_not_for_case: 409,
  enforcement_decision_not_in_effect: 409,
  enforcement_deadline_passed: 409,
  enforcement_deadline_not_passed: 409,
  mandating_body_referral_not_allowed: 409,
  meeting_not_found: 404,
  meeting_transition_not_allowed: 409,
  agenda_item_not_found: 400,
  attendee_invalid: 400,
  minutes_already_shared: 409,
  minutes_empty: 400,
  decision_not_found: 404,
  decision_closed: 409,
  decision_already_answered: 409,
  not_delegation_head: 403,
  no_delegations: 409,
  action_item_not_found: 404,
  action_owner_invalid: 400,
  note_not_found: 404,
  agenda_subject_not_found: 400,
  action_item_linked: 409,
  commitment_not_found: 404,
  commitment_transition_not_allowed: 409,
  commitment_dependency_cycle: 400,
  commitment_anchor_not_found: 400,
  commitment_breach_exists: 409,
  // signatures and checkpoints (decision 0020)
  signing_key_missing: 503,
  signing_key_unavailable: 503,
  signing_key_exists: 409,
  signing_key_not_found: 404,
  signing_key_revoked: 409,
  release_unsigned: 409,
  // open data imports (decision 0021)
  import_not_found: 404,
  import_layout_unknown: 400,
  import_layout_mismatch: 400,
  // report products (decision 0022)
  product_not_found: 404,
  product_state_conflict: 409,
  product_four_eyes: 403,
  product_incident_not_releasable: 409,
  pdf_printer_unavailable: 503,
  evidence_file_missing: 503,
  // observability (issue 15)
  not_ready: 503,
};

/**
 * Faults of the machine rather than of the request: a full disk, a data folder or database that
 * only reads, a database that is gone or too slow. Each says what happened and that nothing was
 * saved, so the person can try again later instead of reading "the server failed".
 */
const FAULTS = {
  full: {
    status: 507,
    code: "storage_full",
    message:
      "The server's disk is full: nothing of this request was saved. Tell the mission's IT focal point; try again once space is freed.",
    retryAfter: undefined,
  },
  readOnly: {
    status: 503,
    code: "storage_read_only",
    message:
      "The server cannot write to its data folder or database (it is read-only): nothing of this request was saved. Tell the mission's IT focal point.",
    retryAfter: undefined,
  },
  unavailable: {
    status: 503,
    code: "database_unavailable",
    message:
      "The server lost its database for a moment. Try again in a few seconds (a report sent again with its Idempotency-Key is not filed twice).",
    retryAfter: 5,
  },
  timeout: {
    status: 503,
    code: "database_timeout",
    message: "The database took too long to answer: nothing was changed. Try again in a moment.",
    retryAfter: 5,
  },
} as const;

/** Node's file-system codes and PostgreSQL's SQLSTATEs, by the fault they mean. */
const FAULT_CODES: Record<string, keyof typeof FAULTS> = {
  ENOSPC: "full",
  EDQUOT: "full",
  "53100": "full", // disk_full
  EROFS: "readOnly",
  "25006": "readOnly", // read_only_sql_transaction (a standby)
  ECONNREFUSED: "unavailable",
  ECONNRESET: "unavailable",
  EPIPE: "unavailable",
  "57P01": "unavailable", // admin_shutdown
  "57P02": "unavailable", // crash_shutdown
  "57P03": "unavailable", // cannot_connect_now (starting up)
  "08000": "unavailable",
  "08001": "unavailable",
  "08003": "unavailable",
  "08006": "unavailable",
  "57014": "timeout", // query_canceled: the statement timeout
};

function faultOf(err: {
  code?: unknown;
  message?: unknown;
}): (typeof FAULTS)[keyof typeof FAULTS] | undefined {
  const kind = typeof err.code === "string" ? FAULT_CODES[err.code] : undefined;
  if (kind) return FAULTS[kind];
  // node-postgres says a cut connection or a full pool in words, without a code.
  const message = typeof err.message === "string" ? err.message : "";
  if (/^Connection terminated|timeout exceeded when trying to connect/.test(message)) {
    return FAULTS.unavailable;
  }
  return undefined;
}

/** Every `error.code` the API answers with: the domain's, and the HTTP layer's own. */
export const ERROR_CODES: readonly string[] = [
  ...new Set([
    ...Object.keys(STATUS),
    "invalid_json",
    "payload_too_large",
    "unsupported_media_type",
    "invalid_request",
    "rate_limited",
    "internal_error",
    ...Object.values(FAULTS).map((f) => f.code),
    "route_not_found",
  ]),
].sort();

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown; requestId?: string };
}

function body(code: string, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** The request's id in the body, for the person to quote (src/http/request-id.ts). */
function withRequestId(answer: ErrorBody, requestId: string): ErrorBody {
  return { error: { ...answer.error, requestId } };
}

/** Fastify's own errors (parsing, limits) get stable codes of ours. */
const FASTIFY_CODES: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, "invalid_json", "The request body is not valid JSON."],
  FST_ERR_CTP_EMPTY_JSON_BODY: [
    400,
    "invalid_json",
    "The request body is empty; send a JSON object.",
  ],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, "payload_too_large", "The request body is too large."],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    "unsupported_media_type",
    "Send the request body as application/json.",
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    "invalid_request",
    "The Content-Length header does not match the body.",
  ],
  FST_REQ_FILE_TOO_LARGE: [413, "evidence_too_large", "The file is larger than the limit."],
  [MALFORMED_UPLOAD]: [
    400,
    "upload_malformed",
    "The upload was cut off or is not a well-formed multipart form; send it again.",
  ],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [
    415,
    "unsupported_media_type",
    "Send the file as multipart/form-data.",
  ],
};

/** What an error answers: its status and JSON body. The one mapping from errors to HTTP. */
export function answerOf(err: FastifyError): { status: number; body: ErrorBody } {
  if (err instanceof DomainError) {
    return { status: STATUS[err.code] ?? 400, body: body(err.code, err.message, err.details) };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = err.validation.map((v) => ({
      field:
        [v.instancePath.replace(/^\//, "").replaceAll("/", ".")].filter(Boolean).join(".") ||
        err.validationContext,
      message: v.message,
    }));
    const first = issues[0];
    const message = first
      ? `The request ${err.validationContext ?? "body"} is not valid: ${first.field ? `${first.field}: ` : ""}${first.message}`
      : "The request is not valid.";
    return { status: 400, body: body("validation_failed", message, { issues }) };
  }
  const known = err.code ? FASTIFY_CODES[err.code] : undefined;
  if (known) return { status: known[0], body: body(known[1], known[2]) };
  if (err.statusCode === 429) {
    return {
      status: 429,
      body: body("rate_limited", "Too many requests; wait a moment and try again."),
    };
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return { status: err.statusCode, body: body("invalid_request", err.message) };
  }
  const fault = faultOf(err);
  if (fault) return { status: fault.status, body: body(fault.code, fault.message) };
  return {
    status: 500,
    body: body("internal_error", "Something went wrong on the server; it has been logged."),
  };
}

export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const answer = answerOf(err);
  const wait =
    err instanceof DomainError ? err.details?.retryAfterSeconds : faultOf(err)?.retryAfter;
  if (typeof wait === "number") reply.header("retry-after", String(wait));
  if (answer.status >= 500) {
    req.log.error(
      { err: { message: err.message, code: err.code, stack: err.stack } },
      answer.status === 500 ? "unhandled error" : "fault",
    );
  }
  return reply
    .status(answer.status)
    .header(REQUEST_ID_HEADER, req.id)
    .send(withRequestId(answer.body, req.id));
}

export function notFoundHandler(req: FastifyRequest, reply: FastifyReply) {
  const answer = body(
    "route_not_found",
    `There is no ${req.method} ${req.url.split("?")[0]} route.`,
  );
  return reply.status(404).header(REQUEST_ID_HEADER, req.id).send(withRequestId(answer, req.id));
}
