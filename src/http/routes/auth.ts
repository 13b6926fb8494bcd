import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  completeSecondFactor,
  login,
  logout,
  SESSION_HOURS,
  type SessionIssued,
  type SessionMeta,
} from "../../services/auth.js";
import { requireUser } from "../../services/access.js";
import type { Deps } from "../../services/deps.js";
import {
  confirmTotpEnrolment,
  secondFactorStatus,
  startTotpEnrolment,
} from "../../services/totp.js";
import { changePassword } from "../../services/users.js";
import { teamOfCaller } from "../../services/teams.js";
import { SESSION_COOKIE } from "../context.js";
import {
  LoginBody,
  PasswordChangeBody,
  SecondFactorBody,
  TotpConfirmBody,
} from "../schemas/accounts.js";
import {
  Caller,
  LoginAnswer,
  NoContent,
  PasswordChanged,
  RecoveryCodes,
  SessionAnswer,
  SessionOrNobody,
  TotpEnrolment,
} from "../schemas/account-responses.js";

const metaOf = (req: FastifyRequest): SessionMeta => ({
  userAgent: req.headers["user-agent"] ?? null,
  ip: req.ip,
});

/** CFM_SECURE_COOKIES. */
export type SecureCookies = "auto" | "always" | "never";

/** Whether the session cookie set in answer to this request is marked Secure. */
export type SecureCookieRule = (req: FastifyRequest) => boolean;

/**
 * "auto": Secure when the request came over HTTPS (behind a trusted proxy, as its
 * X-Forwarded-Proto says) or the server's public address is https:// (decision 0024).
 */
export function secureCookieRule(
  setting: SecureCookies,
  publicUrl: string | null,
): SecureCookieRule {
  if (setting === "always") return () => true;
  if (setting === "never") return () => false;
  const httpsAddress = publicUrl?.toLowerCase().startsWith("https://") === true;
  return (req) => httpsAddress || req.protocol === "https";
}

function sessionAnswer(
  req: FastifyRequest,
  reply: FastifyReply,
  s: SessionIssued,
  secure: SecureCookieRule,
) {
  reply.setCookie(SESSION_COOKIE, s.token, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure: secure(req),
    maxAge: SESSION_HOURS * 3600,
  });
  return {
    token: s.token,
    expiresAt: s.expiresAt.toISOString(),
    enrolmentRequired: s.enrolmentRequired,
    passwordChangeRequired: s.passwordChangeRequired,
    user: s.user,
  };
}

export function authRoutes(
  app: FastifyInstance,
  deps: Deps,
  opts: { secureCookie: SecureCookieRule },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/auth/login",
    {
      schema: {
        summary:
          "Log in with a password. Answers a session (bearer token and cookie), or, when the user has a second factor, a challenge for POST /auth/login/second-factor",
        body: LoginBody,
        response: { 200: LoginAnswer },
      },
      config: {
        duringEnrolment: true,
        duringPasswordChange: true,
        duringReadOnly: true,
        auth: "none",
      },
    },
    async (req, reply) => {
      const res = await login(deps, req.body.username, req.body.password, metaOf(req));
      if (res.kind === "second_factor") {
        return {
          secondFactorRequired: true as const,
          challenge: res.challenge,
          expiresAt: res.expiresAt.toISOString(),
        };
      }
      return sessionAnswer(req, reply, res, opts.secureCookie);
    },
  );

  r.post(
    "/auth/login/second-factor",
    {
      schema: {
        summary: "Second login step: a code from the authenticator app, or a recovery code",
        body: SecondFactorBody,
        response: { 200: SessionAnswer },
      },
      config: {
        duringEnrolment: true,
        duringPasswordChange: true,
        duringReadOnly: true,
        auth: "none",
      },
    },
    async (req, reply) => {
      const res = await completeSecondFactor(deps, req.body, metaOf(req));
      return sessionAnswer(req, reply, res, opts.secureCookie);
    },
  );

  r.post(
    "/auth/logout",
    {
      schema: { summary: "End the current session", response: { 204: NoContent } },
      config: { duringEnrolment: true, duringPasswordChange: true, duringReadOnly: true },
    },
    async (req, reply) => {
      requireUser(req.actor);
      if (req.sessionToken) await logout(deps, req.actor, req.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );

  const whoIsCalling = async (req: FastifyRequest) => {
    requireUser(req.actor);
    const { userId, username, role, party } = req.actor;
    const factor = await secondFactorStatus(deps.db, userId);
    const team = await teamOfCaller(deps, req.actor);
    const credential = req.credential;
    return {
      id: userId,
      username,
      role,
      party,
      enrolmentRequired: credential?.kind === "session" && credential.enrolmentOnly,
      passwordChangeRequired: credential?.kind === "session" && credential.passwordChangeRequired,
      secondFactor: factor,
      via: credential?.kind ?? null,
      team,
    };
  };

  r.get(
    "/auth/me",
    {
      schema: {
        summary: "Who is logged in, and whether a second factor must still be set up",
        response: { 200: Caller },
      },
      config: { duringEnrolment: true, duringPasswordChange: true, tokenScope: "any" },
    },
    whoIsCalling,
  );

  // The web app asks this when it opens: nobody logged in is an answer, not an error (a 401
  // here would be logged by the browser as a failure on every visit to the login page).
  r.get(
    "/auth/session",
    {
      schema: {
        summary: "The logged-in user, or null when nobody is logged in",
        response: { 200: SessionOrNobody },
      },
      config: {
        duringEnrolment: true,
        duringPasswordChange: true,
        tokenScope: "any",
        auth: "optional",
      },
    },
    async (req) => ({ user: req.actor.kind === "user" ? await whoIsCalling(req) : null }),
  );

  r.post(
    "/auth/password",
    {
      schema: {
        summary:
          "Change your own password; your other sessions end. A user given an initial password must do this first",
        body: PasswordChangeBody,
        response: { 200: PasswordChanged },
      },
      config: { duringReadOnly: true, duringPasswordChange: true },
    },
    async (req) => {
      const sessionId = req.credential?.kind === "session" ? req.credential.id : null;
      return changePassword(deps, req.actor, sessionId, {
        current: req.body.current,
        next: req.body.new,
      });
    },
  );

  r.post(
    "/auth/totp/enrol",
    {
      schema: {
        summary:
          "Start setting up an authenticator app: a new secret, its otpauth URI and a QR code (SVG)",
        response: { 200: TotpEnrolment },
      },
      config: { duringEnrolment: true },
    },
    async (req) => startTotpEnrolment(deps, req.actor),
  );

  r.post(
    "/auth/totp/confirm",
    {
      schema: {
        summary:
          "Confirm the authenticator with a first code; answers the recovery codes, shown this once",
        body: TotpConfirmBody,
        response: { 200: RecoveryCodes },
      },
      config: { duringEnrolment: true },
    },
    async (req) => {
      const sessionId = req.credential?.kind === "session" ? req.credential.id : null;
      return confirmTotpEnrolment(deps, req.actor, sessionId, req.body.code);
    },
  );
}
