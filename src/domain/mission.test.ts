import { describe, expect, it } from "vitest";
import { earliestPublicRelease } from "./mission.js";

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
});
