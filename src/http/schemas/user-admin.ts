/** Request schemas for administering users and teams (issue 12). */
import { z } from "zod";
import { ROLES } from "../../domain/roles.js";
import { TEAM_CODE_PATTERN, USERNAME_PATTERN } from "../../domain/user-admin.js";
import { MAX_PASSWORD_LENGTH } from "../../domain/password-policy.js";
import { partyCode, storable, text } from "./common.js";

const teamCode = z
  .string()
  .regex(TEAM_CODE_PATTERN, "a team code: lowercase letters, digits, - and _, such as north-1");

const displayName = text(200).describe("The name others see");
const role = z.enum(ROLES).describe("What the user does (DESIGN.md §1)");
const party = partyCode
  .nullable()
  .describe("The party of a liaison or a joint-commission member; null for the mission's staff");
const team = teamCode.nullable().describe("The team of a monitor or analyst; null for none");

export const NewUserBody = z.strictObject({
  username: z
    .string()
    .regex(
      USERNAME_PATTERN,
      "2–63 lowercase letters, digits, . _ or -, starting with a letter or digit",
    )
    .describe("The login name"),
  displayName,
  role,
  party: party.default(null),
  team: team.default(null),
  initialPassword: z
    .string()
    .min(1)
    .max(MAX_PASSWORD_LENGTH)
    .optional()
    .describe(
      "An initial password instead of an enrolment link (it obeys the password policy); the user must change it at first log-in. Never stored in the clear, logged or answered",
    ),
});

export const UserChangeBody = z
  .strictObject({
    displayName: displayName.optional(),
    role: role.optional(),
    party: party.optional(),
    team: team.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: "change at least one field" });

export const InitialPasswordBody = z.strictObject({
  initialPassword: z
    .string()
    .min(1)
    .max(MAX_PASSWORD_LENGTH)
    .describe(
      "The new initial password (it obeys the password policy); the user must change it at the next log-in. Never stored in the clear, logged or answered",
    ),
  reason: text(500).describe("Why: kept in the audit log"),
});

export const UserStateBody = z.strictObject({
  reason: text(500).describe("Why: kept in the audit log"),
});

export const UserListQuery = z.strictObject({
  role: role.optional(),
  party: partyCode.optional(),
  team: teamCode.optional(),
  disabled: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional()
    .describe("true: only disabled users; false: only enabled ones"),
  q: storable(z.string().trim().min(1).max(100))
    .optional()
    .describe("Part of the username or display name, any case"),
});

export const EnrolmentBody = z.strictObject({
  token: storable(z.string().min(1).max(200)).describe("The secret of the enrolment link"),
  password: z
    .string()
    .min(1)
    .max(MAX_PASSWORD_LENGTH)
    .describe("The password chosen: at least 12 characters; a few words"),
});

export const teamParams = z.strictObject({ code: teamCode });

const sectors = z
  .array(z.string().min(1).max(64))
  .max(100)
  .describe("The codes of the sectors of the team's area");
const areaOnly = z
  .boolean()
  .describe("Need-to-know: members read only incidents in the team's sectors");

export const NewTeamBody = z.strictObject({
  code: teamCode,
  nameEn: text(200),
  nameAr: text(200),
  sectors,
  areaOnly: areaOnly.default(false),
});

export const TeamChangeBody = z
  .strictObject({
    nameEn: text(200).optional(),
    nameAr: text(200).optional(),
    sectors: sectors.optional(),
    areaOnly: areaOnly.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: "change at least one field" });
