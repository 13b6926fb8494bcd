import { describe, expect, it } from "vitest";
import {
  earliestPublicRelease,
  MAX_PUBLIC_DELAY_HOURS,
  publicViewAsOf,
  settingsProblems,
} from "./mission.js";

describe("the mission's release rules", () => {
  const parties = new Date("2020-03-01T10:00:00Z");

  it("without the parties first, the public release waits for nothing", () => {
    expect(earliestPublicRelease({}, null)).toEqual(new Date(0));
    expect(earliestPublicRelease({ partiesFirst: false, publicDelayHours: 72 }, null)).toEqual(
      new Date(0),
    );
  });

  it("with the parties first, none before the parties have it, then after the delay", () => {
    expect(earliestPublicRelease({ partiesFirst: true, publicDelayHours: 72 }, null)).toBeNull();
    expect(earliestPublicRelease({ partiesFirst: true, publicDelayHours: 72 }, parties)).toEqual(
      new Date("2020-03-04T10:00:00Z"),
    );
    expect(earliestPublicRelease({ partiesFirst: true }, parties)).toEqual(parties);
  });

  it("the public's view of the commitments stands a delay back when the parties come first", () => {
    const now = new Date("2021-03-04T10:00:00Z");
    const rules = { partiesFirst: true, publicDelayHours: 72 };
    expect(publicViewAsOf(rules, now)).toEqual(new Date("2021-03-01T10:00:00Z"));
    expect(publicViewAsOf({ partiesFirst: false, publicDelayHours: 72 }, now)).toEqual(now);
    expect(publicViewAsOf({ partiesFirst: true }, now)).toEqual(now);
    // The same rule as a finding's: what the parties had at the view's instant is public now.
    const changed = publicViewAsOf(rules, now);
    expect(earliestPublicRelease(rules, changed)).toEqual(now);
  });
});

describe("the public delay a mission may set", () => {
  const problems = (publicDelayHours: number) =>
    settingsProblems({ releaseRules: { partiesFirst: true, publicDelayHours } }).map(
      (p) => p.field,
    );

  it("takes 0 to a year and refuses more, so the public's view is always a date", () => {
    expect(problems(0)).toEqual([]);
    expect(problems(MAX_PUBLIC_DELAY_HOURS)).toEqual([]);
    expect(problems(MAX_PUBLIC_DELAY_HOURS + 1)).toEqual(["releaseRules.publicDelayHours"]);
    expect(problems(Number.MAX_SAFE_INTEGER)).toEqual(["releaseRules.publicDelayHours"]);
    const asOf = publicViewAsOf(
      { partiesFirst: true, publicDelayHours: MAX_PUBLIC_DELAY_HOURS },
      new Date("2020-10-23T00:00:00Z"),
    );
    expect(asOf.toISOString()).toBe("2019-10-24T00:00:00.000Z");
  });
});
