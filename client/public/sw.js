/*
 * Brownpaper's offline shell. Hand-written and small on purpose:
 * - the built assets (/assets/*, content-hashed, so a name never changes meaning) are served
 *   cache-first and cached as they are fetched; the ones index.html names are cached at install;
 * - the page itself (index.html for every client route) is served network-first with a short
 *   timeout and falls back to the cached copy, so a reload without network still opens the
 *   board while a reload with network always gets the newest client;
 * - /api is network-first (only the access check is kept, so a board opens offline);
 * - /sync (WebSocket) and the review survey's page (/s/...) are never touched.
 */
const CACHE = "brownpaper-shell-v1";
const PAGE = "/index.html";
const PAGE_TIMEOUT_MS = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch(PAGE, { cache: "no-cache" });
      if (!response.ok) return;
      const html = await response.clone().text();
      const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
      await cache.put(PAGE, response);
      await cache.addAll(assets);
    })().then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

async function networkFirst(request, cacheKey, timeoutMs) {
  const cache = await caches.open(CACHE);
  try {
    const network = fetch(request);
    const response = await (timeoutMs
      ? Promise.race([network, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs))])
      : network);
    if (response.ok && cacheKey) await cache.put(cacheKey, response.clone());
    return response;
  } catch (error) {
    const cached = cacheKey ? await cache.match(cacheKey) : undefined;
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith("/sync")) return;
  // A review survey (/s/...) is its own page, survey.html: never answered with, or cached as, the board app's.
  if (url.pathname === "/s" || url.pathname.startsWith("/s/")) return;
  if (url.pathname.startsWith("/api/")) {
    const keep = /^\/api\/boards\/[^/]+\/access$/.test(url.pathname) ? request : null;
    event.respondWith(networkFirst(request, keep, 0));
  } else if (url.pathname.startsWith("/assets/")) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, PAGE, PAGE_TIMEOUT_MS));
  }
});
