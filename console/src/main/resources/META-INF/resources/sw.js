// The console's service worker: a carer's pages (their households, Family Folders, compasses and
// plans, the sync page) from the network when there is signal, from the device's copy when there
// is none, and a Thai page saying so for a page never kept. Commands are not its business: the
// pages queue them in IndexedDB and replay them.

const PAGES = 'console-pages-v1';
const SHELL = 'console-shell-v1';
const SHELL_FILES = [
  '/offline',
  '/assets/console/console.css',
  '/assets/console/offline/app.js',
  '/assets/console/offline/store.js',
  '/assets/console/offline/replay.js',
  '/assets/console/offline/status.js',
  '/assets/console/offline/capture.js',
  '/assets/console/offline/sync-page.js',
  '/assets/console/icons/icon-192.png',
  '/assets/sarabun/files/sarabun-thai-400-normal.woff2',
  '/assets/sarabun/files/sarabun-thai-700-normal.woff2',
  '/assets/sarabun/files/sarabun-latin-400-normal.woff2',
  '/assets/sarabun/files/sarabun-latin-700-normal.woff2',
];
/** The pages a carer works on: kept by their path, whatever query they were opened with. */
const KEPT = [/^\/care$/, /^\/sync$/, /^\/households\/[^/]+$/, /^\/compass\/[^/]+$/, /^\/plans\/[^/]+$/];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(SHELL).then(cache => cache.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(names => Promise.all(names.filter(n => n !== PAGES && n !== SHELL).map(n => caches.delete(n))))
    .then(() => self.clients.claim()));
});

const kept = url => KEPT.some(pattern => pattern.test(url.pathname));

/** A page opened with a purpose shows the head's personal data: it is never kept on the device. */
const keepable = url => kept(url) && !url.searchParams.has('purpose');

/** A copy that is not marked as redirected: a navigation may be answered with it. */
async function plain(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText,
    headers: response.headers });
}

const html = response => response.ok && response.type === 'basic'
  && (response.headers.get('Content-Type') ?? '').startsWith('text/html');

async function networkFirst(request, url) {
  try {
    const response = await fetch(request);
    if (keepable(url) && html(response)) {
      const cache = await caches.open(PAGES);
      await cache.put(url.origin + url.pathname, await plain(response.clone()));
    } else if (url.pathname.startsWith('/assets/') && response.ok) {
      const cache = await caches.open(SHELL);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (offline) {
    const copy = kept(url) ? await caches.match(url.origin + url.pathname, { cacheName: PAGES })
      : await caches.match(request);
    if (copy) return copy;
    if (request.mode === 'navigate') {
      const page = await caches.match('/offline');
      if (page) return page;
    }
    throw offline;
  }
}

self.addEventListener('fetch', event => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/q/')) return;
  if (kept(url) || url.pathname.startsWith('/assets/') || event.request.mode === 'navigate') {
    event.respondWith(networkFirst(event.request, url));
  }
});

/** Keeps pages ahead (the carer's households when they open their list); answers how many it kept. */
async function keep(urls) {
  const cache = await caches.open(PAGES);
  let count = 0;
  for (const path of urls) {
    try {
      const response = await fetch(path, { credentials: 'same-origin' });
      if (!html(response)) continue;
      const copy = await plain(response);
      const final = new URL(response.url);
      await cache.put(new URL(path, self.location.origin).href, copy.clone());
      if (kept(final) && final.pathname !== path) await cache.put(final.origin + final.pathname, copy.clone());
      count++;
    } catch {
      // no signal now: kept next time
    }
  }
  return count;
}

self.addEventListener('message', event => {
  const message = event.data ?? {};
  if (message.type === 'keep') {
    event.waitUntil(keep(message.urls ?? []).then(count => event.ports[0]?.postMessage({ kept: count })));
  } else if (message.type === 'forget') {
    // signed out: the pages with households' data go; the queue of commands stays for its owner
    event.waitUntil(caches.delete(PAGES));
  }
});
