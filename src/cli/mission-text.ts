/** The mission as `cfm mission show` prints it. */
import type { Mission } from "../domain/mission.js";

export function describeMission(m: Mission): string {
  const rules = Object.entries(m.releaseRules)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(", ");
  return [
    `Mission:            ${m.code} (profile ${m.profile})`,
    `Name:               ${m.name.en}`,
    `                    ${m.name.ar}`,
    `Languages:          ${m.languages.join(", ")} (authoritative: ${m.authoritativeLanguage})`,
    `Time zone:          ${m.timeZone}`,
    `Reply window:       ${m.replyWindowHours} hours`,
    `Release rules:      ${rules || "none"}`,
    `Joint body:         ${m.jointBody.name.en} (${m.jointBody.code})`,
    `                    ${m.jointBody.name.ar}`,
    ...(m.jointBody.chair
      ? [
          `  chaired by:       ${m.jointBody.chair.en}`,
          `                    ${m.jointBody.chair.ar}`,
        ]
      : []),
    ...(m.jointBody.delegations.length
      ? [`  delegations:      ${m.jointBody.delegations.join(", ")}`]
      : []),
    `Area [W, S, E, N]:  ${m.bbox.map((x) => x.toFixed(3)).join(", ")}`,
  ].join("\n");
}
