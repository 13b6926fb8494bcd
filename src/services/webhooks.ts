/**
 * Webhooks (decision 0018): endpoints the administrator registers, each for some kinds and one
 * audience — the mission (every event of those kinds) or one party (only events addressed to
 * that party). Each event is one delivery per endpoint: a JSON body signed with HMAC-SHA256
 * (docs/webhooks.md), posted by a job, retried with exponential back-off, every try logged.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { DomainError } from "../domain/errors.js";
import {
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  WEBHOOK_MAX_ATTEMPTS,
  webhookBackoffMs,
  webhookSignature,
  type NotificationKind,
  type NotificationParams,
} from "../domain/notifications.js";
import { ADMINISTRATORS, type Actor } from "../domain/roles.js";
import { insertJob } from "../store/jobs-repo.js";
import { existingPartyCodes } from "../store/parties-repo.js";
import {
  disableEndpoint,
  endpointsFor,
  findDelivery,
  findEndpoint,
  insertDelivery,
  insertEndpoint,
  listDeliveries,
  listEndpoints,
  updateDelivery,
  type WebhookEndpointRow,
} from "../store/webhooks-repo.js";
import { requireRole, requireUser } from "./access.js";
import { appendAudit } from "./audit.js";
import { inTransaction, type Deps, type Tx } from "./deps.js";

export const WEBHOOK_JOB = "notification.webhook";
/** How long one delivery may take before it counts as failed. */
const DELIVERY_TIMEOUT_MS = 10_000;

export interface WebhookEndpoint {
  id: string;
  url: string;
  description: string;
  kinds: NotificationKind[];
  audience: string;
  createdAt: Date;
  disabledAt: Date | null;
}

function rowToEndpoint(r: WebhookEndpointRow): WebhookEndpoint {
  return {
    id: r.id,
    url: r.url,
    description: r.description,
    kinds: r.kinds as NotificationKind[],
    audience: r.audience,
    createdAt: r.created_at,
    disabledAt: r.disabled_at,
  };
}

/** The event as a webhook carries it: what the inbox row holds, never more. */
interface QueuedEvent {
  kind: NotificationKind;
  subject: string;
  link: string;
  params: NotificationParams;
  eventKey: string;
  visibleAt: Date;
  parties: readonly string[];
}

/** Queues a delivery to every endpoint that takes the event (inside notify's transaction). */
export async function queueWebhookDeliveries(tx: Tx, now: Date, e: QueuedEvent): Promise<void> {
  for (const endpoint of await endpointsFor(tx, e.kind, e.parties)) {
    const body = JSON.stringify({
      id: e.eventKey,
      kind: e.kind,
      at: e.visibleAt.toISOString(),
      subject: e.subject,
      link: e.link,
      params: e.params,
      audience: endpoint.audience,
    });
    const id = randomUUID();
    const inserted = await insertDelivery(tx, {
      id,
      endpoint_id: endpoint.id,
      event_key: e.eventKey,
      kind: e.kind,
      body,
      created_at: now,
      next_attempt_at: e.visibleAt,
    });
    if (inserted) {
      await insertJob(tx, {
        kind: WEBHOOK_JOB,
        payload: { deliveryId: id },
        now,
        runAfter: e.visibleAt,
      });
    }
  }
}

/**
 * The job: posts the body once. A failure is logged on the delivery and the next try queued
 * after an exponential wait; the job itself always finishes (its own retries would double up).
 */
export async function webhookDeliveryJob(deps: Deps, payload: unknown): Promise<void> {
  const { deliveryId } = payload as { deliveryId: string };
  const delivery = await findDelivery(deps.db, deliveryId);
  if (!delivery || delivery.status !== "pending") return;
  const endpoint = await findEndpoint(deps.db, delivery.endpoint_id);
  if (!endpoint) return;
  const at = deps.clock();
  let status: number | null = null;
  let error: string | null = null;
  if (endpoint.disabled_at) {
    error = "the endpoint was disabled";
  } else {
    const timestamp = String(Math.floor(at.getTime() / 1000));
    try {
      const res = await fetch(endpoint.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          [SIGNATURE_HEADER]: webhookSignature(endpoint.secret, timestamp, delivery.body),
          [TIMESTAMP_HEADER]: timestamp,
          "x-cfm-event": delivery.kind,
          "x-cfm-delivery": delivery.id,
        },
        body: delivery.body,
        redirect: "manual",
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      status = res.status;
      await res.body?.cancel();
      if (res.status < 200 || res.status >= 300) error = `the endpoint answered ${res.status}`;
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
  }
  const attempts = delivery.attempts + 1;
  const now = deps.clock();
  await inTransaction(deps, async (tx) => {
    if (!error) {
      await updateDelivery(tx, delivery.id, {
        status: "delivered",
        attempts,
        last_status: status,
        last_error: null,
        next_attempt_at: null,
        finished_at: now,
      });
      return;
    }
    const retry = attempts < WEBHOOK_MAX_ATTEMPTS && !endpoint.disabled_at;
    const next = retry ? new Date(now.getTime() + webhookBackoffMs(attempts)) : null;
    await updateDelivery(tx, delivery.id, {
      status: retry ? "pending" : "failed",
      attempts,
      last_status: status,
      last_error: error.slice(0, 500),
      next_attempt_at: next,
      finished_at: retry ? null : now,
    });
    if (next)
      await insertJob(tx, { kind: WEBHOOK_JOB, payload: { deliveryId }, now, runAfter: next });
  });
}

export async function listWebhooks(deps: Deps, actor: Actor): Promise<WebhookEndpoint[]> {
  requireRole(actor, ADMINISTRATORS, "manage webhooks");
  return (await listEndpoints(deps.db)).map(rowToEndpoint);
}

export interface NewWebhook {
  url: string;
  description: string;
  kinds: NotificationKind[];
  audience: string;
}

/** Registers an endpoint; its secret is returned this once and never shown again. */
export async function createWebhook(
  deps: Deps,
  actor: Actor,
  input: NewWebhook,
): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  requireRole(actor, ADMINISTRATORS, "manage webhooks");
  requireUser(actor);
  const now = deps.clock();
  const secret = randomBytes(32).toString("base64url");
  const row = await inTransaction(deps, async (tx) => {
    if (
      input.audience !== "mission" &&
      (await existingPartyCodes(tx, [input.audience])).size === 0
    ) {
      throw new DomainError(
        "party_not_found",
        `The audience must be "mission" or a party's code; there is no party ${input.audience}.`,
        { field: "audience" },
      );
    }
    const created = await insertEndpoint(tx, {
      id: randomUUID(),
      url: input.url,
      description: input.description,
      kinds: [...new Set(input.kinds)],
      audience: input.audience,
      secret,
      created_by: actor.userId,
      created_at: now,
    });
    await appendAudit(tx, {
      actor,
      action: "webhook.created",
      subject: `webhook:${created.id}`,
      at: now,
      rows: [{ table: "webhook_endpoints", id: created.id }],
      details: { url: created.url, kinds: created.kinds, audience: created.audience },
    });
    return created;
  });
  return { endpoint: rowToEndpoint(row), secret };
}

/** Stops deliveries to an endpoint (kept, with its log, for the record). */
export async function disableWebhook(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<WebhookEndpoint> {
  requireRole(actor, ADMINISTRATORS, "manage webhooks");
  const now = deps.clock();
  const row = await inTransaction(deps, async (tx) => {
    const r = await disableEndpoint(tx, id, now);
    if (!r) throw new DomainError("webhook_not_found", `There is no webhook ${id}.`, { id });
    await appendAudit(tx, {
      actor,
      action: "webhook.disabled",
      subject: `webhook:${id}`,
      at: now,
      rows: [{ table: "webhook_endpoints", id }],
    });
    return r;
  });
  return rowToEndpoint(row);
}

export interface WebhookDelivery {
  id: string;
  endpointId: string;
  url: string;
  kind: NotificationKind;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: Date;
  nextAttemptAt: Date | null;
  finishedAt: Date | null;
}

/** The delivery log, newest first. */
export async function listWebhookDeliveries(
  deps: Deps,
  actor: Actor,
  f: { endpointId?: string; limit: number },
): Promise<WebhookDelivery[]> {
  requireRole(actor, ADMINISTRATORS, "read webhook deliveries");
  return (await listDeliveries(deps.db, f)).map((r) => ({
    id: r.id,
    endpointId: r.endpoint_id,
    url: r.url,
    kind: r.kind as NotificationKind,
    status: r.status as WebhookDelivery["status"],
    attempts: r.attempts,
    lastStatus: r.last_status,
    lastError: r.last_error,
    createdAt: r.created_at,
    nextAttemptAt: r.next_attempt_at,
    finishedAt: r.finished_at,
  }));
}
