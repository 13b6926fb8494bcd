/**
 * Offline support for the app itself (public/sw.js): registers the service worker and tells it
 * which assets this page has loaded, so that a reload without a connection still has its fonts
 * and its map.
 */

export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker
      .register("/sw.js")
      .then(() => cacheLoadedAssets())
      .catch((err: unknown) => console.warn("Offline support is unavailable:", err));
  });
}

/**
 * Assets a page will need offline without loading them itself, such as the map's worker (a worker
 * fetches its own script, which the page's resource timing does not list).
 */
const alsoNeeded = new Set<string>();

export function keepForOffline(url: string): void {
  alsoNeeded.add(new URL(url, window.location.href).href);
}

function cacheLoadedAssets(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const urls = [
    ...performance.getEntriesByType("resource").map((e) => e.name),
    ...alsoNeeded,
  ].filter((u) => new URL(u).pathname.startsWith("/assets/"));
  void navigator.serviceWorker.ready.then((reg) =>
    reg.active?.postMessage({ type: "cache-assets", urls }),
  );
}

/** Fetches the intake map's code now, while there is a connection, for later use offline. */
export function prefetchForOffline(): void {
  const run = () => void import("./map/LocationPicker.js").then(cacheLoadedAssets, () => undefined);
  if ("requestIdleCallback" in window) window.requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 2000);
}
