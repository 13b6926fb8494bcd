import { describe, expect, it } from "vitest";
import { DomainError } from "./errors.js";
import { amendedSources } from "./reports.js";

const old = { sourceIdentity: "A nurse at the clinic", witnesses: ["The driver"] };

describe("the source fields of an amendment", () => {
  it("keeps what the filer leaves out, field by field", () => {
    expect(amendedSources(old, {})).toEqual(old);
    expect(amendedSources(old, { witnesses: [] })).toEqual(old);
    expect(amendedSources(old, { sourceIdentity: "The mayor" })).toEqual({
      sourceIdentity: "The mayor",
      witnesses: ["The driver"],
    });
    expect(amendedSources(old, { witnesses: ["The guard"] })).toEqual({
      sourceIdentity: "A nurse at the clinic",
      witnesses: ["The guard"],
    });
  });

  it("drops a field only when told to", () => {
    expect(amendedSources(old, { clearSources: ["witnesses"] })).toEqual({
      sourceIdentity: "A nurse at the clinic",
      witnesses: [],
    });
    expect(amendedSources(old, { clearSources: ["sourceIdentity", "witnesses"] })).toEqual({
      witnesses: [],
    });
    expect(
      amendedSources(old, { clearSources: ["sourceIdentity"], witnesses: ["The guard"] }),
    ).toEqual({ witnesses: ["The guard"] });
  });

  it("a version that held none gets only what the amendment names", () => {
    expect(amendedSources(undefined, {})).toEqual({ witnesses: [] });
    expect(amendedSources(undefined, { clearSources: ["witnesses"] })).toEqual({ witnesses: [] });
    expect(amendedSources(undefined, { sourceIdentity: "The mayor" })).toEqual({
      sourceIdentity: "The mayor",
      witnesses: [],
    });
  });

  it("refuses a field both given and removed", () => {
    expect(() =>
      amendedSources(old, { sourceIdentity: "The mayor", clearSources: ["sourceIdentity"] }),
    ).toThrow(DomainError);
    expect(() =>
      amendedSources(old, { witnesses: ["The guard"], clearSources: ["witnesses"] }),
    ).toThrow(/both given and removed/);
  });
});
