/*
 * The offline shell: a monitor who reloads the page without a connection still gets the app, its
 * fonts, the intake map (MapLibre and its worker) and the reports waiting in the outbox.
 *
 * Built by vite-plugin-pwa (`injectManifest`, web/vite.config.ts): the build replaces
 * `self.__WB_MANIFEST` with every file of web/dist it emitted, and bundles the Workbox modules
 * into this one file, so nothing is fetched from a CDN. A hand-written worker rather than
 * `generateSW`, because pages are network first (Workbox's generated navigation fallback answers
 * from the cache first) and the first hand-written worker's cache has to go.
 *
 * - Pages (navigations): the network, and the precached index.html when it cannot be reached.
 * - Hashed /assets/ and index.html: precached at install, served from the cache.
 * - The API (/api/…): no route, so it always goes to the server and is never cached.
 */
import { clientsClaim } from "workbox-core";
import {
  cleanupOutdatedCaches,
  PrecacheFallbackPlugin,
  precacheAndRoute,
  type PrecacheEntry,
} from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { NetworkOnly } from "workbox-strategies";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

/** The cache of the hand-written worker this one replaces (it scraped the page for assets). */
const FIRST_SHELL_CACHE = "cfm-shell-v1";

// Registered before the precache route, which would otherwise answer "/" from the cache first.
registerRoute(
  new NavigationRoute(
    new NetworkOnly({ plugins: [new PrecacheFallbackPlugin({ fallbackURL: "/index.html" })] }),
    { denylist: [/^\/api(\/|$)/] },
  ),
);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// A new build takes over at once, as the first worker did: the tests (and a monitor) see the page
// controlled on its first load, not after the next one.
void self.skipWaiting();
clientsClaim();

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.delete(FIRST_SHELL_CACHE));
});
