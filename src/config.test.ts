import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("the configuration", () => {
  it("refuses at start a bad value, naming the variable", () => {
    const load = () => loadConfig({ PORT: "seventy" });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/PORT:/);
  });

  it("no longer has a geography setting: the mission in the database says where it is", () => {
    expect(loadConfig({ CFM_GEOGRAPHY: "libya" })).not.toHaveProperty("geography");
  });
});
