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

  it("takes the SMTP server from the environment, and refuses one without a sender", () => {
    expect(loadConfig({}).smtp).toBeNull();
    const c = loadConfig({
      CFM_SMTP_HOST: "smtp.mission.example",
      CFM_SMTP_TLS: "tls",
      CFM_SMTP_PORT: "465",
      CFM_SMTP_USER: "cfm",
      CFM_SMTP_PASSWORD: "from-the-environment",
      CFM_SMTP_FROM: "Ceasefire Monitor <cfm@mission.example>",
      CFM_PUBLIC_URL: "https://cfm.mission.example",
    });
    expect(c.smtp).toMatchObject({ host: "smtp.mission.example", port: 465, secure: true });
    expect(c.smtp?.linkBase).toBe("https://cfm.mission.example");
    expect(() => loadConfig({ CFM_SMTP_HOST: "smtp.mission.example" })).toThrow(/CFM_SMTP_FROM/);
    expect(() =>
      loadConfig({ CFM_SMTP_HOST: "h", CFM_SMTP_FROM: "a@b.c", CFM_SMTP_USER: "u" }),
    ).toThrow(/CFM_SMTP_PASSWORD/);
  });
});
