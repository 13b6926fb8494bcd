/**
 * Which provisions of the Libya 2020 agreements an act of the demo scenario breaches. The
 * agreements themselves (paraphrased texts; see the profile's README) are part of the mission
 * profile, `missions/libya-2020/agreements.json`, imported when the mission is set up.
 */
import type { CategoryCode } from "../domain/taxonomy.js";

const TRUCE = "LY-2020-01-12";
const CEASEFIRE = "LY-2020-10-23";
/** When the 23 October 2020 agreement entered into force (as agreements.json records it). */
const CEASEFIRE_IN_FORCE = new Date("2020-10-23T09:00:00Z");

const TRUCE_CLAUSE: Partial<Record<CategoryCode, readonly string[]>> = {
  A2: ["2"],
  A7: ["1", "3"],
  B1: ["2"],
  B2: ["2"],
  B3: ["2"],
  B4: ["2"],
  B5: ["2"],
  B6: ["2"],
  C1: ["3"],
  C4: ["4"],
  C5: ["3"],
  C6: ["3"],
  D1: ["5"],
  D4: ["5"],
};

const CEASEFIRE_CLAUSE: Partial<Record<CategoryCode, readonly string[]>> = {
  B1: ["2a"],
  B2: ["2a"],
  B3: ["2b"],
  B4: ["2b"],
  B5: ["2b"],
  B6: ["3"],
  C1: ["9"],
  C4: ["10"],
  D1: ["11"],
  D4: ["11"],
};

/** The provisions an act of this category breaches, under the agreement in force at `at`. */
export function provisionsBreached(category: CategoryCode, at: Date): string[] {
  const underCeasefire = at.getTime() >= CEASEFIRE_IN_FORCE.getTime();
  const [code, table] = underCeasefire ? [CEASEFIRE, CEASEFIRE_CLAUSE] : [TRUCE, TRUCE_CLAUSE];
  return (table[category] ?? ["1"]).map((n) => `${code}/${n}`);
}
