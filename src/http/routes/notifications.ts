import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { NOTIFICATION_KINDS } from "../../domain/notifications.js";
import type { Deps } from "../../services/deps.js";
import {
  changeNotificationSettings,
  getNotificationSettings,
  markInboxRead,
  markNotificationRead,
  readInbox,
} from "../../services/notifications.js";
import {
  createWebhook,
  disableWebhook,
  listWebhookDeliveries,
  listWebhooks,
} from "../../services/webhooks.js";
import { presentDelivery, presentInboxEntry, presentWebhook } from "../presenters/notifications.js";
import { idParams } from "../schemas/common.js";
import {
  CreatedWebhook,
  CreateWebhookBody,
  DeliveriesQuery,
  DeliveryList,
  Inbox,
  InboxEntry,
  InboxQuery,
  MarkedRead,
  NotificationSettings,
  NotificationSettingsBody,
  Webhook,
  WebhookList,
} from "../schemas/notifications.js";

/** Each user's inbox and e-mail settings; the administrator's webhooks (decision 0018). */
export function notificationRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/inbox",
    {
      schema: {
        summary: "The caller's own notices, newest first, and how many are unread",
        querystring: InboxQuery,
        response: { 200: Inbox },
      },
    },
    async (req) => {
      const page = await readInbox(deps, req.actor, req.query);
      return { ...page, items: page.items.map(presentInboxEntry) };
    },
  );

  r.post(
    "/inbox/:id/read",
    {
      schema: {
        summary: "Mark one of the caller's notices read",
        params: idParams,
        response: { 200: InboxEntry },
      },
    },
    async (req) => presentInboxEntry(await markNotificationRead(deps, req.actor, req.params.id)),
  );

  r.post(
    "/inbox/read-all",
    { schema: { summary: "Mark all the caller's notices read", response: { 200: MarkedRead } } },
    async (req) => markInboxRead(deps, req.actor),
  );

  const settingsOut = async (s: Awaited<ReturnType<typeof getNotificationSettings>>) => ({
    ...s,
    kinds: [...NOTIFICATION_KINDS],
  });

  r.get(
    "/account/notifications",
    {
      schema: {
        summary: "The caller's e-mail address for notices, its language and the kinds refused",
        response: { 200: NotificationSettings },
      },
    },
    async (req) => settingsOut(await getNotificationSettings(deps, req.actor)),
  );

  r.put(
    "/account/notifications",
    {
      schema: {
        summary: "Set the caller's e-mail address for notices, its language and the kinds refused",
        body: NotificationSettingsBody,
        response: { 200: NotificationSettings },
      },
    },
    async (req) => settingsOut(await changeNotificationSettings(deps, req.actor, req.body)),
  );

  r.get(
    "/admin/webhooks",
    { schema: { summary: "Webhook endpoints (administrator)", response: { 200: WebhookList } } },
    async (req) => ({ items: (await listWebhooks(deps, req.actor)).map(presentWebhook) }),
  );

  r.post(
    "/admin/webhooks",
    {
      schema: {
        summary: "Register a webhook endpoint; its signing secret is in this answer only",
        body: CreateWebhookBody,
        response: { 201: CreatedWebhook },
      },
    },
    async (req, reply) => {
      const { endpoint, secret } = await createWebhook(deps, req.actor, req.body);
      reply.status(201);
      return { ...presentWebhook(endpoint), secret };
    },
  );

  r.post(
    "/admin/webhooks/:id/disable",
    {
      schema: {
        summary: "Stop deliveries to a webhook endpoint (kept with its log)",
        params: idParams,
        response: { 200: Webhook },
      },
    },
    async (req) => presentWebhook(await disableWebhook(deps, req.actor, req.params.id)),
  );

  r.get(
    "/admin/webhooks/deliveries",
    {
      schema: {
        summary: "The webhook delivery log, newest first: status code, attempts, last error",
        querystring: DeliveriesQuery,
        response: { 200: DeliveryList },
      },
    },
    async (req) => ({
      items: (await listWebhookDeliveries(deps, req.actor, req.query)).map(presentDelivery),
    }),
  );
}
