import { describe, expect, it } from "vitest";
import { earliestPublicRelease, publicViewAsOf } from "./mission.js";

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
