import { describe, expect, it } from "vitest";
import { completeLinkFor, reportLinkFor, taskLink } from "./task-link.js";

const query = (url: string) => new URLSearchParams(url.slice(url.indexOf("?") + 1));

describe("filing a report for a task", () => {
  it("carries the task and its place to the intake page and back, Arabic names included", () => {
    const url = reportLinkFor({
      id: "6f1c0a52-3b7e-4d8e-9a51-0c2f3d4e5a6b",
      reference: "TSK-00004",
      location: { lat: 32.806, lon: 13.25 },
      placeName: "عين زارة & Co",
    });
    expect(url.startsWith("/reports/new?")).toBe(true);
    expect(taskLink(query(url))).toEqual({
      id: "6f1c0a52-3b7e-4d8e-9a51-0c2f3d4e5a6b",
      reference: "TSK-00004",
      place: { placeName: "عين زارة & Co", lat: "32.806", lon: "13.25" },
    });
  });

  it("fills in no position when the task has none, and nothing at all without a task", () => {
    const url = reportLinkFor({ id: "t", reference: "TSK-1", location: null, placeName: null });
    expect(taskLink(query(url))?.place).toEqual({});
    expect(taskLink(new URLSearchParams("lat=1&lon=2"))).toBeNull();
  });

  it("offers completing the task with the report just filed", () => {
    const link = taskLink(new URLSearchParams("task=abc&ref=TSK-00001"))!;
    expect(query(completeLinkFor(link, "r-1"))).toEqual(
      new URLSearchParams({ complete: "abc", report: "r-1" }),
    );
  });
});
