/**
 * Chromium for the browser tests: Debian's build, headless, with the flags that keep it from
 * calling outside hosts. Playwright gives every launch a fresh temporary --user-data-dir.
 * Every page also refuses any request to another host and records it, so a test can assert
 * that nothing left the machine.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";

const CHROMIUM = process.env.CFM_CHROMIUM ?? "/usr/bin/chromium";
export const SCREENSHOTS = fileURLToPath(new URL("../screenshots/", import.meta.url));

export type Lang = "ar" | "en";

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      // software WebGL for MapLibre
      "--enable-unsafe-swiftshader",
    ],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to send to another host (refused). */
  external: string[];
  /** Errors the page reported on its console or threw. */
  errors: string[];
}

export async function open(
  browser: Browser,
  opts: {
    lang: Lang;
    user?: string;
    viewport?: { width: number; height: number };
    /** The browser's own language; by default the one that matches `lang`. */
    browserLocale?: string;
    /** Another server than the shared one (support/server.ts), and a session token there (none: logged out). */
    server?: { baseURL: string; token?: string };
  },
): Promise<Session> {
  const baseURL = opts.server?.baseURL ?? inject("baseURL");
  const context = await browser.newContext({
    baseURL,
    viewport: opts.viewport ?? { width: 1366, height: 768 },
    locale: opts.browserLocale ?? (opts.lang === "ar" ? "ar-LY" : "en-GB"),
    timezoneId: "Europe/London", // not the mission's zone: the app must show Libya time anyway
  });
  const external: string[] = [];
  const origin = new URL(baseURL).origin;
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) {
      return route.fallback();
    }
    external.push(url);
    return route.abort();
  });
  await context.addInitScript((lang) => {
    if (!localStorage.getItem("cfm.language")) localStorage.setItem("cfm.language", lang);
  }, opts.lang);
  if (opts.user || opts.server?.token) {
    const token = opts.server?.token ?? inject("sessions")[opts.user!];
    if (!token) throw new Error(`no session for ${opts.user}`);
    const host = new URL(baseURL).hostname;
    await context.addCookies([
      {
        name: "cfm_session",
        value: token,
        domain: host,
        path: "/",
        httpOnly: true,
        sameSite: "Strict",
      },
    ]);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    // The browser logs every 401; a wrong password at the login form is one the tests make.
    const wrongPassword =
      /status of 401/.test(m.text()) && m.location().url.includes("/auth/login");
    if (m.type() === "error" && !wrongPassword) errors.push(`${m.text()} (${m.location().url})`);
  });
  return { context, page, external, errors };
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage });
}

/** Logs in through the login page. */
export async function loginThroughPage(page: Page, username: string, lang: Lang): Promise<void> {
  await page.goto("/");
  const labels =
    lang === "ar" ? ["اسم المستخدم", "كلمة المرور", "دخول"] : ["Username", "Password", "Log in"];
  await page.getByLabel(labels[0]!).fill(username);
  await page.getByLabel(labels[1]!).fill("demo");
  await page.getByRole("button", { name: labels[2]!, exact: true }).click();
  await page.locator(".app-header").waitFor();
}
