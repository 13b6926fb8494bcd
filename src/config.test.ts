import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("the geography setting", () => {
  it("serves the shipped demo geography when CFM_GEOGRAPHY is unset or empty", () => {
    expect(loadConfig({}).geography).toBe("libya");
    expect(loadConfig({ CFM_GEOGRAPHY: "" }).geography).toBe("libya");
    expect(loadConfig({ CFM_GEOGRAPHY: "libya" }).geography).toBe("libya");
  });

  it("refuses at start a geography that is not shipped, naming the variable and the known ones", () => {
    const load = () => loadConfig({ CFM_GEOGRAPHY: "yemen" });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow('CFM_GEOGRAPHY: unknown geography "yemen"; known: libya');
  });
});
