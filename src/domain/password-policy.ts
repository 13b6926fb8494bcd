/**
 * The password rule, after NIST SP 800-63B: a minimum length and a blocklist, no composition rules
 * ("one digit, one capital"), which push people to predictable patterns. Pure: no I/O.
 */

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

/**
 * Commonly used passwords long enough to pass the length rule, and words from this product's own
 * context (SP 800-63B §5.1.1.2 "context-specific words"). Compared without case, spaces and
 * punctuation.
 */
const COMMON_PASSWORDS = [
  "123456789012",
  "1234567890123",
  "12345678901234",
  "123456123456",
  "123123123123",
  "111222333444",
  "qwertyuiop12",
  "qwertyuiopas",
  "qwerty123456",
  "qwertyqwerty",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "zaq12wsxcde3",
  "asdfghjkl123",
  "password1234",
  "password123456",
  "passwordpassword",
  "passw0rd1234",
  "p4ssw0rd1234",
  "iloveyou1234",
  "letmein12345",
  "welcome12345",
  "welcome123456",
  "changeme1234",
  "administrator",
  "administrator1",
  "admin12345678",
  "adminadmin123",
  "trustno11234",
  "football1234",
  "baseball1234",
  "superman1234",
  "sunshine1234",
  "princess1234",
  "starwars1234",
  "monkey123456",
  "dragon123456",
  "master123456",
  "abcdefghijkl",
  "abcdef123456",
  "abc123abc123",
  "correcthorsebatterystaple",
  "ceasefire",
  "ceasefire2020",
  "ceasefiremonitor",
  "ceasefiremonitor1",
  "monitoring2020",
  "unsmilpassword",
  "libya2020libya",
  "tripoli123456",
  "benghazi12345",
  "demodemodemo",
];

/** Lowercase, without spaces and punctuation: "Password 1234!" and "password1234" are the same. */
export function normalisePassword(password: string): string {
  return password
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

const BLOCKED = new Set(COMMON_PASSWORDS.map(normalisePassword));

export type PasswordProblem =
  | { rule: "too_short"; message: string }
  | { rule: "too_long"; message: string }
  | { rule: "contains_username"; message: string }
  | { rule: "common_password"; message: string }
  | { rule: "repeated_character"; message: string };

/** The first rule the password breaks, or null when it may be used. */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return {
      rule: "too_short",
      message: `A password needs at least ${MIN_PASSWORD_LENGTH} characters; a few words make a good one.`,
    };
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return {
      rule: "too_long",
      message: `A password may have at most ${MAX_PASSWORD_LENGTH} characters.`,
    };
  }
  const user = username.trim().toLowerCase();
  if (user.length >= 3 && password.toLowerCase().includes(user)) {
    return { rule: "contains_username", message: "A password may not contain the username." };
  }
  const normalised = normalisePassword(password);
  if (BLOCKED.has(normalised)) {
    return {
      rule: "common_password",
      message: "This password is on a list of commonly used passwords; choose another.",
    };
  }
  if (new Set(password).size === 1) {
    return {
      rule: "repeated_character",
      message: "A password may not be one character repeated.",
    };
  }
  return null;
}
