/**
 * Four gates every request passes after who-is-calling is known (decision 0006):
 * - a session of a user who still has the initial password an administrator gave them reaches
 *   only the routes marked `duringPasswordChange` (changing it, who am I, logging out), whatever
 *   else holds: the password comes first, the second factor after;
 * - a session that still has to enrol a second factor reaches only the routes marked
 *   `duringEnrolment`;
 * - an API token reaches only routes that declare its scope in `tokenScope` (deny by default:
 *   a route that declares none refuses every token);
 * - in read-only mode every write (not GET, HEAD or OPTIONS) is refused, except on routes marked
 *   `duringReadOnly` (logging in and out, ending sessions, switching the mode off).
 */
import type { FastifyInstance } from "fastify";
import { DomainError } from "../domain/errors.js";
import type { TokenScope } from "../domain/token-scopes.js";
import type { Deps } from "../services/deps.js";
import { readOnlyState } from "../services/read-only.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /** The API-token scope this route serves ("any": every token, for public routes). */
    tokenScope?: TokenScope | "any";
    /** Reachable by a user who has logged in with a password but must still enrol a second factor. */
    duringEnrolment?: boolean;
    /** Reachable by a user who must still replace the initial password they were given. */
    duringPasswordChange?: boolean;
    /** A write that stays allowed in read-only mode. */
    duringReadOnly?: boolean;
    /**
     * For the API document: "none", callable without logging in (login, health, what is public);
     * "optional", answers both the public and a logged-in user. Absent: a session or token is
     * needed. The services decide access either way; this only describes it.
     */
    auth?: "none" | "optional";
  }
}

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

export function registerAccountGuards(app: FastifyInstance, deps: Deps): void {
  app.addHook("onRequest", async (req) => {
    // unknown routes answer 404 as usual; the web app's pages and files are not the API
    if (!req.routeOptions.url?.startsWith("/api/")) return;
    const config = req.routeOptions.config;
    const credential = req.credential;
    if (credential?.kind === "session" && credential.passwordChangeRequired) {
      if (!config.duringPasswordChange) {
        throw new DomainError(
          "password_change_required",
          "Choose your own password (replacing the one you were given) before using the application.",
        );
      }
    } else if (
      credential?.kind === "session" &&
      credential.enrolmentOnly &&
      !config.duringEnrolment
    ) {
      throw new DomainError(
        "second_factor_enrolment_required",
        "Set up your authenticator app (second factor) before using the application.",
      );
    }
    if (credential?.kind === "token") {
      const scope = config.tokenScope;
      if (!scope || (scope !== "any" && !credential.scopes.includes(scope))) {
        throw new DomainError(
          "token_scope_insufficient",
          scope
            ? `This API token does not have the "${scope}" scope this request needs.`
            : "API tokens cannot be used for this request; log in instead.",
          scope ? { scope } : undefined,
        );
      }
    }
    if (!READS.has(req.method) && !config.duringReadOnly) {
      const mode = await readOnlyState(deps.db);
      if (mode.enabled) {
        throw new DomainError(
          "read_only_mode",
          `The system is in read-only mode: nothing can be changed until an administrator switches it off.${
            mode.reason ? ` Reason: ${mode.reason}` : ""
          }`,
          { since: mode.since },
        );
      }
    }
  });
}
