/**
 * Offline support for the app itself: registers the service worker (web/sw/sw.ts, built into
 * /sw.js). At install it stores the whole build — page, scripts, fonts, the map and its worker —
 * so that a reload without a connection has everything it needs.
 */

export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker
      .register("/sw.js")
      .catch((err: unknown) => console.warn("Offline support is unavailable:", err));
  });
}
