/** Request and response schemas of the inbox, e-mail settings and webhook routes (decision 0018). */
import { z } from "zod";
import { NOTIFICATION_KINDS } from "../../domain/notifications.js";
import { LANGUAGES } from "../../domain/taxonomy.js";
import { cursor, limit, storable, text, uuid } from "./common.js";
import { isoTime, listOf, pageOf, recordId } from "./responses.js";

const kind = z.enum(NOTIFICATION_KINDS).describe("What happened (the interface words it)");

export const InboxQuery = z.strictObject({
  cursor,
  limit,
  unread: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .describe("true: unread notices only"),
});

export const InboxEntry = z.object({
  id: recordId,
  kind,
  subject: z.string().describe("The record it is about, e.g. incident:<id>"),
  link: z.string().describe("Where it opens in the app"),
  params: z
    .record(z.string(), z.string())
    .describe("References and instants the text names (an instant's name ends in At)"),
  at: isoTime.describe("When it was announced"),
  readAt: isoTime.nullable(),
});
export type InboxEntryOut = z.input<typeof InboxEntry>;

export const Inbox = pageOf(InboxEntry).extend({
  unread: z.number().int().describe("How many of the caller's notices are unread"),
});

export const MarkedRead = z.object({ marked: z.number().int() });

export const NotificationSettingsBody = z.strictObject({
  email: z.email().max(254).nullable().describe("Where e-mail notices go; null: none by e-mail"),
  language: z.enum(LANGUAGES).describe("The language of e-mail notices"),
  emailKindsOff: z
    .array(kind)
    .max(NOTIFICATION_KINDS.length)
    .describe("Kinds not wanted by e-mail (every kind is sent by default)"),
});
export const NotificationSettings = z.object({
  email: z.string().nullable(),
  language: z.enum(LANGUAGES),
  emailKindsOff: z.array(kind),
  kinds: z.array(kind).describe("Every kind of notice there is"),
});

export const CreateWebhookBody = z.strictObject({
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .describe("Where deliveries are POSTed (http or https)"),
  description: storable(z.string().trim().max(200)).default("").describe("What the endpoint is"),
  kinds: z.array(kind).min(1).max(NOTIFICATION_KINDS.length).describe("The kinds it receives"),
  audience: text(40).describe(
    '"mission": every event of those kinds; a party\'s code: only events addressed to that party',
  ),
});

export const Webhook = z.object({
  id: recordId,
  url: z.string(),
  description: z.string(),
  kinds: z.array(kind),
  audience: z.string(),
  createdAt: isoTime,
  disabledAt: isoTime.nullable(),
});
export type WebhookOut = z.input<typeof Webhook>;

export const CreatedWebhook = Webhook.extend({
  secret: z.string().describe("The HMAC-SHA256 key: shown this once, never again"),
});
export const WebhookList = listOf(Webhook);

export const DeliveriesQuery = z.strictObject({
  endpointId: uuid.optional().describe("One endpoint's deliveries"),
  limit,
});
const WebhookDelivery = z.object({
  id: recordId,
  endpointId: recordId,
  url: z.string(),
  kind,
  status: z.enum(["pending", "delivered", "failed"]),
  attempts: z.number().int(),
  lastStatus: z.number().int().nullable().describe("The endpoint's last HTTP status"),
  lastError: z.string().nullable(),
  createdAt: isoTime,
  nextAttemptAt: isoTime.nullable(),
  finishedAt: isoTime.nullable(),
});
export type WebhookDeliveryOut = z.input<typeof WebhookDelivery>;
export const DeliveryList = listOf(WebhookDelivery);
