import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client.js";
import { checkSettings, formOf, refusedFields, zoneChoices } from "./mission-settings-form.js";

const mission = {
  languages: ["ar", "en"],
  timeZone: "Asia/Aden",
  replyWindowHours: 72,
  releaseRules: { partiesFirst: true, publicDelayHours: 72, embargoReview: "chief" },
  mandate: {
    mandatingBody: { en: "United Nations Security Council", ar: "مجلس الأمن التابع للأمم المتحدة" },
    referralAllowed: true,
  },
  dailyReportCutoff: "19:30",
};
const zones = ["Africa/Tripoli", "Asia/Aden", "Europe/Berlin"];

describe("the mission settings form", () => {
  it("sends back what the mission has, unchanged, with release rules it does not show", () => {
    const checked = checkSettings(formOf(mission), mission, zones);
    expect(checked).toEqual({ ok: true, body: mission });
  });

  it("the daily report's cut-off: a time of day on the 24-hour clock, written HH:MM", () => {
    const at = (typed: string) => {
      const checked = checkSettings(
        { ...formOf(mission), dailyReportCutoff: typed },
        mission,
        zones,
      );
      return checked.ok ? checked.body.dailyReportCutoff : checked.problems;
    };
    expect(at("7:30")).toBe("07:30");
    expect(at(" 0000 ")).toBe("00:00");
    expect(at("23:59")).toBe("23:59");
    for (const bad of ["24:00", "19:60", "7.30 pm", "", "7"]) {
      expect(at(bad)).toEqual({ dailyReportCutoff: { kind: "timeOfDay" } });
    }
    const { dailyReportCutoff: _absent, ...unset } = mission;
    expect(formOf(unset).dailyReportCutoff).toBe("19:30");
  });

  it("the mandate: both names or none, and no referral to a body not named", () => {
    const one = { ...formOf(mission), mandatingBody: { en: "Security Council", ar: " " } };
    expect(checkSettings(one, mission, zones)).toEqual({
      ok: false,
      problems: { mandatingBody: { kind: "bothNames" } },
    });
    const unnamed = { ...formOf(mission), mandatingBody: { en: "", ar: "" } };
    expect(checkSettings(unnamed, mission, zones)).toEqual({
      ok: false,
      problems: { referralAllowed: { kind: "nameTheBody" } },
    });
    const none = { ...unnamed, referralAllowed: false };
    const checked = checkSettings(none, mission, zones);
    expect(checked.ok && checked.body.mandate).toEqual({
      mandatingBody: null,
      referralAllowed: false,
    });
  });

  it("a refusal naming a mandate field is said beside it", () => {
    const error = new ApiError(400, "validation_failed", "the name in Arabic is required", {
      field: "mandate.mandatingBody.ar",
    });
    expect(refusedFields(error)).toEqual({
      mandatingBody: { kind: "refused", message: "the name in Arabic is required" },
    });
  });

  it("puts the default interface language first", () => {
    const form = { ...formOf(mission), firstLanguage: "en" as const };
    const checked = checkSettings(form, mission, zones);
    expect(checked.ok && checked.body.languages).toEqual(["en", "ar"]);
  });

  it("names every field that cannot be sent, and why", () => {
    const form = {
      ...formOf(mission),
      languages: [],
      timeZone: "Mars/Olympus",
      replyWindowHours: "0",
      publicDelayHours: "1.5",
    };
    const checked = checkSettings(form, mission, zones);
    expect(checked).toEqual({
      ok: false,
      problems: {
        languages: { kind: "noLanguage" },
        timeZone: { kind: "unknownZone" },
        replyWindowHours: { kind: "wholeHours", min: 1, max: 720 },
        publicDelayHours: { kind: "wholeHours", min: 0 },
      },
    });
  });

  it("accepts the mission's own zone when the browser does not list it", () => {
    const utc = { ...mission, timeZone: "UTC" };
    expect(checkSettings(formOf(utc), utc, zones).ok).toBe(true);
    expect(zoneChoices(zones, "UTC")).toEqual(["UTC", ...zones]);
    expect(zoneChoices(zones, "Asia/Aden")).toEqual(zones);
  });

  it("tells the server's refusal field by field", () => {
    const schema = new ApiError(400, "validation_failed", "not valid", {
      issues: [
        { field: "releaseRules.publicDelayHours", message: "Too big" },
        { field: "languages.1", message: "Invalid option" },
      ],
    });
    expect(refusedFields(schema)).toEqual({
      publicDelayHours: { kind: "refused", message: "Too big" },
      languages: { kind: "refused", message: "Invalid option" },
    });
    const rule = new ApiError(400, "invalid_time_zone", "Unknown zone", { field: "timeZone" });
    expect(refusedFields(rule)).toEqual({ timeZone: { kind: "refused", message: "Unknown zone" } });
    expect(refusedFields(new ApiError(403, "forbidden", "No"))).toEqual({});
  });
});
