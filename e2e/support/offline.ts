/** Waiting for the offline shell (web/public/sw.js) before a test drops the connection. */
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
          const keys = await (await caches.open("cfm-shell-v1")).keys();
          const urls = keys.map((k) => k.url);
          return (
            urls.some((u) => u.endsWith(".woff2")) &&
            (!map ||
              (urls.some((u) => /map-base-.*\.js$/.test(u)) &&
                urls.some((u) => /maplibre-gl-worker-.*\.mjs$/.test(u))))
          );
        }, map),
      { timeout: 20_000 },
    )
    .toBe(true);
}
