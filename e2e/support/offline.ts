/** Waiting for the offline shell (web/sw/sw.ts, built into /sw.js) before a test drops the connection. */
import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * The service worker controls the page and holds the fonts and, unless `map` is false, the map's
 * code: a reload without a connection then has everything it needs.
 */
export async function offlineShellReady(page: Page, { map = true } = {}): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async (map) => {
          if (!navigator.serviceWorker.controller) return false;
          const paths: string[] = [];
          for (const name of await caches.keys()) {
            const keys = await (await caches.open(name)).keys();
            paths.push(...keys.map((k) => new URL(k.url).pathname));
          }
          return (
            paths.some((p) => p.endsWith(".woff2")) &&
            (!map ||
              (paths.some((p) => /map-base-.*\.js$/.test(p)) &&
                paths.some((p) => /maplibre-gl-worker-.*\.mjs$/.test(p))))
          );
        }, map),
      { timeout: 20_000 },
    )
    .toBe(true);
}
