/** What the login, session, second-factor and API-token routes answer. */
import { z } from "zod";
import { ROLES } from "../../domain/roles.js";
import { TOKEN_SCOPES } from "../../domain/token-scopes.js";
import { isoTime as instant, listOf, recordId } from "./responses.js";
const partyOfUser = z.string().nullable().describe("A liaison's party code; null for the mission");

export const NoContent = z.null().describe("Done; nothing to answer");

const LoginUser = z.object({
  id: recordId,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  party: partyOfUser,
});

export const SessionAnswer = z.object({
  token: z.string().describe("The bearer token; the session cookie carries the same session"),
  expiresAt: instant,
  enrolmentRequired: z
    .boolean()
    .describe("A password-only session: set up a second factor before anything else"),
  passwordChangeRequired: z
    .boolean()
    .describe(
      "Logged in with an initial password an administrator gave: change it (POST /auth/password) before anything else, then set up a second factor",
    ),
  user: LoginUser,
});

const SecondFactorChallenge = z.object({
  secondFactorRequired: z.literal(true),
  challenge: z.string().describe("Send it with the code to POST /auth/login/second-factor"),
  expiresAt: instant,
});

export const LoginAnswer = z.union([SessionAnswer, SecondFactorChallenge]);

const SecondFactorStatus = z.object({
  enrolled: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});

export const Caller = z.object({
  id: recordId,
  username: z.string(),
  role: z.enum(ROLES),
  party: partyOfUser,
  enrolmentRequired: z.boolean(),
  passwordChangeRequired: z
    .boolean()
    .describe("Still the initial password an administrator gave: change it before anything else"),
  secondFactor: SecondFactorStatus,
  via: z.enum(["session", "token"]).nullable().describe("How the caller authenticated"),
  team: z
    .object({
      code: z.string(),
      nameEn: z.string(),
      nameAr: z.string(),
      sectors: z.array(z.string()).describe("The team's area: lists and the map open on it"),
      areaOnly: z.boolean().describe("The caller reads nothing outside the area"),
    })
    .nullable()
    .describe("The caller's team, if any"),
});

export const SessionOrNobody = z.object({
  user: Caller.nullable().describe("null when nobody is logged in"),
});

export const PasswordChanged = z.object({
  otherSessionsEnded: z.number().int().describe("Your other sessions, ended by the change"),
});

export const TotpEnrolment = z.object({
  secret: z.string().describe("Base32, for typing into the app by hand"),
  otpauthUri: z.string(),
  qrSvg: z.string().describe("The otpauth URI as a QR code, SVG markup"),
});

export const RecoveryCodes = z.object({
  recoveryCodes: z.array(z.string()).describe("Shown this once; each works once"),
});

const SessionInfo = z.object({
  id: recordId,
  createdAt: instant,
  expiresAt: instant,
  lastSeenAt: instant.nullable(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  enrolmentOnly: z.boolean(),
  current: z.boolean().describe("The session making this request"),
});

export const SessionList = listOf(SessionInfo);

const ApiTokenInfo = z.object({
  id: recordId,
  name: z.string(),
  scopes: z.array(z.enum(TOKEN_SCOPES)),
  createdAt: instant,
  expiresAt: instant,
  revokedAt: instant.nullable(),
  lastUsedAt: instant.nullable(),
  active: z.boolean(),
});

export const ApiTokenList = listOf(ApiTokenInfo);

export const NewApiToken = ApiTokenInfo.extend({
  token: z.string().describe("The secret: in this answer only"),
});

const UserOverview = z.object({
  id: recordId,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  party: partyOfUser,
  team: z.string().nullable().describe("The team of a monitor or analyst"),
  isDemo: z.boolean(),
  disabled: z.boolean(),
  secondFactorEnrolled: z.boolean(),
  passwordChangeRequired: z
    .boolean()
    .describe("Still the initial password an administrator gave; they change it at first log-in"),
  activeSessions: z.number().int(),
  lastLoginAt: instant.nullable().describe("When their latest session began"),
});

export const UserOverviewList = listOf(UserOverview);

export const UserCreated = z.object({
  id: recordId,
  enrolment: z
    .object({
      token: z
        .string()
        .describe("The link's secret, shown this once: the link is /welcome#<token>"),
      expiresAt: instant,
    })
    .nullable()
    .describe(
      "The one-time link with which the user chooses a password; null when an initial password was given",
    ),
  passwordChangeRequired: z
    .boolean()
    .describe("Created with an initial password: the user must change it at first log-in"),
});

export const EnrolmentLinkAnswer = z.object({
  token: z.string().describe("The link's secret, shown this once: the link is /welcome#<token>"),
  expiresAt: instant,
});

export const UserStateChanged = z.object({
  sessionsEnded: z.number().int(),
  tokensRevoked: z.number().int(),
});

export const InitialPasswordSet = z.object({
  sessionsEnded: z.number().int().describe("The user's sessions this ended"),
});

export const Enrolled = z.object({
  username: z.string().describe("Log in with it and the password just chosen"),
});

const Team = z.object({
  code: z.string(),
  nameEn: z.string(),
  nameAr: z.string(),
  sectors: z.array(z.string()).describe("The codes of the sectors of its area"),
  areaOnly: z.boolean().describe("Members read only incidents in the area"),
  members: z.number().int(),
});

export const TeamAnswer = Team;
export const TeamList = listOf(Team);

export const ReadOnlyState = z.object({
  enabled: z.boolean(),
  reason: z.string().nullable(),
  since: instant.nullable(),
  by: z.string().nullable().describe("Who switched it"),
});

export const RevokedEverything = z.object({
  sessions: z.number().int().describe("Sessions ended"),
  tokens: z.number().int().describe("API tokens revoked"),
});
