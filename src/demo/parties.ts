/**
 * The demo scenario's two parties. Who they are (names, colours) is the `libya-2020` profile's
 * (missions/libya-2020/mission.json); the scenario only knows their codes.
 */
import { loadProfile, type LoadedProfile } from "../services/mission-profile.js";
import { LIBYA_PROFILE_DIR } from "./geo/libya-geo.js";

export type PartyCode = "GNA" | "LNA";

export function otherParty(p: PartyCode): PartyCode {
  return p === "GNA" ? "LNA" : "GNA";
}

let profile: LoadedProfile | null = null;

/** The profile the demo scenario runs on, read and checked once. */
export function demoProfile(): LoadedProfile {
  profile ??= loadProfile(LIBYA_PROFILE_DIR);
  return profile;
}

/** A party's English name, as the profile gives it. */
export function partyNameEn(code: string): string {
  return demoProfile().parties.find((p) => p.code === code)?.name.en ?? code;
}
