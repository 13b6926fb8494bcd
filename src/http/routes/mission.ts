/** The mission: its name and settings, its public geography, and an administrator's changes. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../services/deps.js";
import {
  changeMissionSettings,
  missionGeographyView,
  publicMission,
} from "../../services/mission.js";
import { presentMission } from "../presenters/mission.js";
import { MissionGeographyOut, MissionOut, MissionSettingsBody } from "../schemas/mission.js";

export function missionRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/mission",
    {
      config: {
        tokenScope: "any",
        auth: "none",
        duringEnrolment: true,
        duringPasswordChange: true,
      },
      schema: {
        summary:
          "The mission this server serves: names, languages, time zone, reply window, release rules, joint body, area (no login needed: the login page shows its name)",
        response: { 200: MissionOut },
      },
    },
    async () => presentMission(await publicMission(deps)),
  );

  r.get(
    "/mission/geography",
    {
      config: {
        tokenScope: "any",
        auth: "none",
        duringEnrolment: true,
        duringPasswordChange: true,
      },
      schema: {
        summary:
          "The mission's outline, districts and sectors as GeoJSON FeatureCollections (public map geography, no login needed)",
        response: { 200: MissionGeographyOut },
      },
    },
    async () => missionGeographyView(deps),
  );

  r.patch(
    "/mission/settings",
    {
      schema: {
        summary:
          "Change the mission's settings: languages, time zone, reply window, release rules (administrators; audited)",
        body: MissionSettingsBody,
        response: { 200: MissionOut },
      },
    },
    async (req) => presentMission(await changeMissionSettings(deps, req.actor, req.body)),
  );
}
