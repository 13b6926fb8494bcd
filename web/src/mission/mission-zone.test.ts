import { describe, expect, it } from "vitest";
import { utcOffsetLabel } from "./mission-zone.js";

describe("the mission zone's offset, as the interface names it", () => {
  it("names whole, half and negative hours, and UTC itself", () => {
    const jan = new Date("2020-01-14T12:00:00Z");
    expect(utcOffsetLabel("Asia/Aden", jan)).toBe("UTC+3");
    expect(utcOffsetLabel("Africa/Tripoli", jan)).toBe("UTC+2");
    expect(utcOffsetLabel("Asia/Kolkata", jan)).toBe("UTC+5:30");
    expect(utcOffsetLabel("America/Bogota", jan)).toBe("UTC-5");
    expect(utcOffsetLabel("UTC", jan)).toBe("UTC");
  });

  it("follows summer time at the instant asked", () => {
    expect(utcOffsetLabel("Europe/Berlin", new Date("2020-01-14T12:00:00Z"))).toBe("UTC+1");
    expect(utcOffsetLabel("Europe/Berlin", new Date("2020-07-14T12:00:00Z"))).toBe("UTC+2");
  });
});
