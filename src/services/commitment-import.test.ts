import { join } from "node:path";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../test/db.js";
import { LIBYA_PROFILE_DIR } from "../demo/geo/libya-geo.js";
import { PROJECT_ROOT } from "../project-root.js";
import { verifyAudit } from "./audit.js";
import { listCommitmentsFor } from "./commitment-reads.js";
import { initMission } from "./mission.js";
import { loadProfile } from "./mission-profile.js";

const SYSTEM = { kind: "system", name: "test" } as const;
const CHIEF = { kind: "user", userId: "x", username: "x", role: "chief", party: null } as const;

describeEachEngine("the Libya profile's commitments", (ctx) => {
  it("sets up the 23 October 2020 agreement's terms with their dependencies and deadlines", async () => {
    await initMission(ctx.deps, SYSTEM, loadProfile(LIBYA_PROFILE_DIR), {
      agreements: true,
      places: false,
    });
    const list = (await listCommitmentsFor(ctx.deps, CHIEF, { limit: 100 })).items;
    const byTitle = (s: string) => list.find((v) => v.commitment.title.en.includes(s))!.commitment;
    const foreign = byTitle("foreign fighters");
    // D+90 of 23 Oct 2020 ends at midnight in Tripoli (UTC+2).
    expect(foreign.deadlineAt?.toISOString()).toBe("2021-01-21T22:00:00.000Z");
    const road = byTitle("coastal road Misrata");
    const demining = byTitle("Demining");
    expect(road.dependsOn).toContain(demining.id);
    expect(demining.dependsOn).toContain(byTitle("camps").id);
    expect(demining.dueAt?.toISOString()).toBe("2021-02-10T22:00:00.000Z");
    expect((await verifyAudit(ctx.deps.db)).ok).toBe(true);
  });
});

describeEachEngine("the Hodeidah profile's commitments", (ctx) => {
  it("sets up the Stockholm redeployment with its two phases", async () => {
    await initMission(ctx.deps, SYSTEM, loadProfile(join(PROJECT_ROOT, "missions/hodeidah-2019")), {
      agreements: true,
      places: false,
    });
    const [redeploy] = (await listCommitmentsFor(ctx.deps, CHIEF, { limit: 100 })).items.filter(
      (v) => v.commitment.title.en.startsWith("Mutual redeployment"),
    );
    expect(redeploy!.commitment.phases.map((p) => p.key)).toEqual(["phase-1", "phase-2"]);
    // Phase 1 (S+14) is the first deadline: 1 Jan 2019, ending at midnight in Aden (UTC+3).
    expect(redeploy!.commitment.duePhase).toBe("phase-1");
    expect(redeploy!.commitment.dueAt?.toISOString()).toBe("2019-01-01T21:00:00.000Z");
  });
});
