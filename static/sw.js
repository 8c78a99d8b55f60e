// The dashboard's service worker: keeps the app shell available offline, and nothing else.
//
// - The API is never touched. Requests under /user/api/, cross-origin requests, requests
//   carrying an Authorization header and anything but GET go straight to the network:
//   no respondWith, so this worker never sees their responses, let alone caches them.
// - The shell (every file of this build; scripts/postbuild writes the list and the build
//   id below) is cached under a cache named after the build and served cache-first.
//   Caches of older builds of the same deployment are dropped when this worker activates.
// - Page navigations go to the network first and fall back to the cached index.html, so
//   any deep link opens offline; config.json is network-first with the cached copy as the
//   fallback.
// - The languages' texts (locales/*.json) are not precached, as a customer reads one at
//   most: the one read is kept in the build's cache, so the chosen language opens offline.
// - A new worker waits until the page asks it to take over ("A new version is ready").

const BUILD_ID = "__PROXYSHARD_BUILD_ID__";
const SHELL_FILES = ["__PROXYSHARD_SHELL_FILES__"];

// Files are relative to this script, which sits at the root of the built app.
const here = (file) => new URL(file, self.location.href).href;
// Keyed by the deployment's path, so two deployments on one origin keep their caches.
const CACHE_PREFIX = `proxyshard-shell:${new URL(here("./")).pathname}:`;
const CACHE = CACHE_PREFIX + BUILD_ID;
const SHELL = new Set(SHELL_FILES.map(here));
const INDEX = here("index.html");
const NETWORK_FIRST = new Set([here("config.json")]);
const ON_USE = new URL(here("locales/")).pathname;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL_FILES.map((file) => new Request(here(file), { cache: "reload" })))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const old = names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
      await Promise.all(old.map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "SKIP_WAITING") {
    self.skipWaiting();
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || request.headers.has("authorization")) {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || /\/user\/api(\/|$)/.test(url.pathname)) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(navigation(request));
  } else if (NETWORK_FIRST.has(url.href)) {
    event.respondWith(networkFirst(request));
  } else if (SHELL.has(url.href)) {
    event.respondWith(cacheFirst(request));
  } else if (url.pathname.startsWith(ON_USE)) {
    event.respondWith(cacheOnUse(request));
  }
});

async function navigation(request) {
  try {
    return await fetch(request);
  } catch (offline) {
    const cached = await (await caches.open(CACHE)).match(INDEX);
    if (cached) {
      return cached;
    }
    throw offline;
  }
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (offline) {
    const cached = await cache.match(request);
    if (cached) {
      return cached;
    }
    throw offline;
  }
}

async function cacheFirst(request) {
  const cached = await (await caches.open(CACHE)).match(request);
  return cached || fetch(request);
}

async function cacheOnUse(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
  }
  return response;
}
