/** E-mail over the operator's SMTP server (nodemailer); the settings come from the environment. */
import nodemailer from "nodemailer";
import type { Mailer } from "./deps.js";

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  /** Refuse to send without STARTTLS. */
  requireTls: boolean;
  user: string | null;
  password: string | null;
  from: string;
  /** The app's address as users reach it, for links in messages. */
  linkBase: string;
}

export function smtpMailer(s: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport({
    host: s.host,
    port: s.port,
    secure: s.secure,
    requireTLS: s.requireTls,
    auth: s.user ? { user: s.user, pass: s.password ?? "" } : undefined,
    connectionTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    linkBase: s.linkBase,
    async send(m) {
      await transport.sendMail({ from: s.from, to: m.to, subject: m.subject, text: m.text });
    },
  };
}
