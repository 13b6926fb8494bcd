import { describe, expect, it } from "vitest";
import { MIN_PASSWORD_LENGTH, normalisePassword, passwordProblem } from "./password-policy.js";

const rule = (password: string, username = "amira") => passwordProblem(password, username)?.rule;

describe("the password policy", () => {
  it("accepts a long passphrase with no composition rules", () => {
    expect(rule("olive trees by the sea")).toBeUndefined();
    expect(rule("كلمة سر طويلة جدا")).toBeUndefined();
  });

  it(`refuses fewer than ${MIN_PASSWORD_LENGTH} characters, counting characters not bytes`, () => {
    expect(rule("short words")).toBe("too_short");
    expect(rule("x1y2z3w4v5u")).toBe("too_short");
    expect(rule("x1y2z3w4v5u6")).toBeUndefined();
    // 11 Arabic letters are 22 bytes but still too short
    expect(rule("ابتثجحخدذرز")).toBe("too_short");
  });

  it("refuses a password containing the username, in any case", () => {
    expect(rule("my name is Amira ok")).toBe("contains_username");
    expect(rule("the-monitor-password", "monitor")).toBe("contains_username");
  });

  it("does not treat a one- or two-letter username as contained", () => {
    expect(rule("a perfectly fine phrase", "a")).toBeUndefined();
  });

  it("refuses common passwords whatever their case, spacing and punctuation", () => {
    expect(rule("password1234")).toBe("common_password");
    expect(rule("Password 1234!")).toBe("common_password");
    expect(rule("Ceasefire-Monitor")).toBe("common_password");
    expect(rule("correct horse battery staple")).toBe("common_password");
  });

  it("refuses one character repeated", () => {
    expect(rule("zzzzzzzzzzzzzzzz")).toBe("repeated_character");
    expect(rule("zzzzzzzzzzzzzzzy")).toBeUndefined();
  });

  it("refuses absurdly long input", () => {
    expect(rule("word ".repeat(300))).toBe("too_long");
  });

  it("normalises for the blocklist only by case, spaces and punctuation", () => {
    expect(normalisePassword("Pass Word-12!")).toBe("password12");
  });

  it("explains each refusal in words", () => {
    expect(passwordProblem("short", "x")?.message).toContain("at least 12 characters");
  });
});
