/*
 * The app shell offline: a monitor who reloads the page without a connection still gets the app
 * (and the reports waiting in its outbox). Pages: network first, the last copy when offline.
 * Hashed assets: from the cache once fetched (their names change with their content). The API
 * is never cached: it always goes to the server.
 */
const CACHE = "cfm-shell-v1";

/** The page and the assets it names (entry script, style sheet, preloaded chunks). */
async function cacheShell() {
  const cache = await caches.open(CACHE);
  const response = await fetch("/", { cache: "no-cache" });
  if (!response.ok) return;
  const html = await response.clone().text();
  const assets = [...new Set(html.match(/\/assets\/[^"'\s>]+/g) ?? [])];
  await cache.put("/", response);
  await cacheAssets(assets);
}

/** Assets the page already loaded (fonts, lazy chunks): the page lists them in a message. */
async function cacheAssets(urls) {
  const cache = await caches.open(CACHE);
  for (const url of urls) {
    const path = new URL(url, self.location.origin);
    if (path.origin !== self.location.origin || !path.pathname.startsWith("/assets/")) continue;
    if (await cache.match(path.pathname)) continue;
    try {
      await cache.add(path.pathname);
    } catch {
      // gone or offline: the next visit tries again
    }
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener("message", (event) => {
  if (event.data?.type === "cache-assets" && Array.isArray(event.data.urls)) {
    event.waitUntil(cacheAssets(event.data.urls));
  }
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/")) return;

  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put("/", copy));
          }
          return response;
        })
        .catch(() => caches.match("/").then((cached) => cached ?? Response.error())),
    );
    return;
  }

  if (url.pathname.startsWith("/assets/")) {
    event.respondWith(
      caches.match(request).then(
        (cached) =>
          cached ??
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              void caches.open(CACHE).then((cache) => cache.put(request, copy));
            }
            return response;
          }),
      ),
    );
  }
});
