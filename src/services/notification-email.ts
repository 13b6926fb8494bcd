/**
 * The e-mail of one notice (decision 0018): a job per recipient, queued by `notify`. The message
 * is the notice's one line in the recipient's chosen language, its times in the mission's zone,
 * and the link: nothing of the record. A failure throws, so the job runner retries it and keeps
 * the last error on the job (then fails it for good, logged).
 */
import {
  isNotificationKind,
  renderNotification,
  type NotificationParams,
} from "../domain/notifications.js";
import type { Language } from "../domain/taxonomy.js";
import { findNotification, findSettings } from "../store/notifications-repo.js";
import type { Deps } from "./deps.js";
import { missionTimeZone } from "./mission.js";

const FOOTER: Record<Language, string> = {
  en: "Open it in Ceasefire Monitor:",
  ar: "افتحه في منصة مراقبة وقف إطلاق النار:",
};
const SETTINGS_HINT: Record<Language, string> = {
  en: "You receive this because your account asked for these notices by e-mail; change that on your account page.",
  ar: "وصلتك هذه الرسالة لأن حسابك يطلب هذه الإشعارات بالبريد الإلكتروني؛ يمكنك تغيير ذلك من صفحة حسابك.",
};

export async function emailNotificationJob(deps: Deps, payload: unknown): Promise<void> {
  const { notificationId } = payload as { notificationId: string };
  const n = await findNotification(deps.db, notificationId);
  if (!n || !isNotificationKind(n.kind)) return;
  const settings = await findSettings(deps.db, n.user_id);
  // The address was removed or the kind refused since: nothing to send.
  if (!settings?.email || settings.email_kinds_off.includes(n.kind)) return;
  if (!deps.mailer) throw new Error("no SMTP server is configured (CFM_SMTP_HOST)");
  const language = settings.language as Language;
  const subject = renderNotification(
    n.kind,
    n.params as NotificationParams,
    language,
    await missionTimeZone(deps),
  );
  await deps.mailer.send({
    to: settings.email,
    subject,
    text: `${subject}\n\n${FOOTER[language]} ${deps.mailer.linkBase.replace(/\/$/, "")}${n.link}\n\n${SETTINGS_HINT[language]}\n`,
  });
}
