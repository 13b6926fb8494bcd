/** Request schemas for logging in, the second factor, sessions, API tokens and emergency modes. */
import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "../../domain/password-policy.js";
import { TOKEN_SCOPES } from "../../domain/token-scopes.js";
import { isoDateTime, storable, text } from "./common.js";

export const LoginBody = z.strictObject({
  username: storable(z.string().min(1).max(64)),
  password: z.string().min(1).max(1024),
});

export const SecondFactorBody = z
  .strictObject({
    challenge: storable(z.string().min(1).max(200)).describe("From the password step's answer"),
    code: z
      .string()
      .regex(/^\d{6}$/, "must be 6 digits")
      .optional()
      .describe("The 6-digit code the authenticator app shows now"),
    recoveryCode: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe("One of the recovery codes given at enrolment (each works once)"),
  })
  .refine((b) => (b.code === undefined) !== (b.recoveryCode === undefined), {
    message: "send either code or recoveryCode",
  });

export const TotpConfirmBody = z.strictObject({
  code: z
    .string()
    .regex(/^\d{6}$/, "must be 6 digits")
    .describe("A code from the app, to confirm it"),
});

export const PasswordChangeBody = z.strictObject({
  current: z.string().min(1).max(MAX_PASSWORD_LENGTH).describe("The password used now"),
  new: z.string().min(1).max(MAX_PASSWORD_LENGTH).describe("At least 12 characters; a few words"),
});

export const ApiTokenBody = z.strictObject({
  name: text(100).describe("What the token is for, e.g. the client's name"),
  scopes: z.array(z.enum(TOKEN_SCOPES)).min(1).max(TOKEN_SCOPES.length),
  expiresAt: isoDateTime.describe("When the token stops working; at most one year ahead"),
});

export const ReasonBody = z.strictObject({
  reason: text(500).describe("Why: kept in the audit log"),
});

export const ReadOnlyBody = z.strictObject({
  enabled: z.boolean(),
  reason: text(500).describe("Why: kept in the audit log and shown to users"),
});
