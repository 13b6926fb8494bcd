/**
 * What of a notice, a webhook and a delivery leaves the server. A notice is its reader's own; a
 * webhook's secret leaves only once, in the answer that created it (routes/notifications.ts).
 */
import type { InboxEntry } from "../../services/notifications.js";
import type { WebhookDelivery, WebhookEndpoint } from "../../services/webhooks.js";
import type { InboxEntryOut, WebhookDeliveryOut, WebhookOut } from "../schemas/notifications.js";

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentInboxEntry(e: InboxEntry): InboxEntryOut {
  return {
    id: e.id,
    kind: e.kind,
    subject: e.subject,
    link: e.link,
    params: { ...e.params },
    at: e.at.toISOString(),
    readAt: iso(e.readAt),
  };
}

export function presentWebhook(w: WebhookEndpoint): WebhookOut {
  return {
    id: w.id,
    url: w.url,
    description: w.description,
    kinds: w.kinds,
    audience: w.audience,
    createdAt: w.createdAt.toISOString(),
    disabledAt: iso(w.disabledAt),
  };
}

export function presentDelivery(d: WebhookDelivery): WebhookDeliveryOut {
  return {
    id: d.id,
    endpointId: d.endpointId,
    url: d.url,
    kind: d.kind,
    status: d.status,
    attempts: d.attempts,
    lastStatus: d.lastStatus,
    lastError: d.lastError,
    createdAt: d.createdAt.toISOString(),
    nextAttemptAt: iso(d.nextAttemptAt),
    finishedAt: iso(d.finishedAt),
  };
}
