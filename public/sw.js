/*
 * Coscript's service worker: lets a board page reload while offline.
 * The board's content comes from IndexedDB (y-indexeddb); this worker only
 * keeps the page shell: the last HTML of each board page this browser opened
 * (network first, so online visits always get fresh HTML) and Next's
 * content-hashed static files (cache first: a hash never changes content).
 * Nothing else is touched: API calls, sockets and other pages go to the network.
 */
const CACHE = 'coscript-offline-v1';
const BOARD_PAGE = /^\/b\/[0-9a-f-]{36}\/?$/i;
const STATIC = /^\/_next\/static\//;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  // The page that registered this worker loaded before the worker controlled it: keep that page and its files now.
  if (data.type === 'keep-page' && typeof data.page === 'string' && Array.isArray(data.files)) {
    event.waitUntil(keepPage(data.page, data.files));
  }
  // Signing out forgets every page this browser kept.
  if (data.type === 'forget') event.waitUntil(caches.delete(CACHE));
});

async function keepPage(page, files) {
  const cache = await caches.open(CACHE);
  const pageUrl = new URL(page, self.location.origin);
  if (BOARD_PAGE.test(pageUrl.pathname)) {
    await boardPage(new Request(pageUrl.href, { credentials: 'same-origin' }), pageUrl).catch(() => undefined);
  }
  await Promise.all(
    files
      .filter((file) => typeof file === 'string' && STATIC.test(new URL(file, self.location.origin).pathname))
      .map((file) => staticFile(new Request(file)).catch(() => undefined)),
  );
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && BOARD_PAGE.test(url.pathname)) {
    event.respondWith(boardPage(request, url));
  } else if (STATIC.test(url.pathname)) {
    event.respondWith(staticFile(request));
  }
});

async function boardPage(request, url) {
  const cache = await caches.open(CACHE);
  const key = url.origin + url.pathname.replace(/\/$/, '');
  try {
    const response = await fetch(request);
    // Only a real board page is kept; a sign-in redirect or "not found" means this browser may no longer show it.
    if (response.ok && !response.redirected) await cache.put(key, response.clone());
    else await cache.delete(key);
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

async function staticFile(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
