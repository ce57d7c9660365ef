// Every signed-in page: the service worker that keeps the carer's pages for when there is no
// signal, the header's sync status, the queued forms, and the queue's replay on load and on
// reconnect.

import { replay } from './replay.js';
import * as status from './status.js';
import { watch } from './capture.js';

async function worker() {
  if (!('serviceWorker' in navigator)) return null;
  await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  return navigator.serviceWorker.ready;
}

/** Asks the service worker to keep these pages now, and marks the page when it has. */
async function keep(ready, urls) {
  const registration = await ready;
  const worker = registration?.active;
  if (!worker) return;
  const answer = new MessageChannel();
  answer.port1.onmessage = event => { document.documentElement.dataset.kept = String(event.data.kept); };
  worker.postMessage({ type: 'keep', urls }, [answer.port2]);
}

/** On the carer's own list: their households' pages and compasses, kept ahead for the village without signal. */
function ahead() {
  const households = [...document.querySelectorAll('.cards .card a[href^="/households/"]')]
    .map(a => new URL(a.href).pathname);
  return ['/care', '/sync', ...households.flatMap(path => [path, `/compass/${path.split('/')[2]}`])];
}

const ready = worker().catch(() => null);
navigator.storage?.persist?.().catch(() => {});
status.start();
watch(document).then(() => { document.documentElement.dataset.queueReady = 'yes'; });

if (location.pathname === '/sync') {
  import('./sync-page.js').then(page => page.start());
}
if (location.pathname === '/care') {
  keep(ready, ahead());
} else if (location.search.includes('saved=')) {
  // the page after a command: keep its fresh copy under its own address
  keep(ready, [location.pathname]);
}
document.querySelector('form[action="/sign-out"]')?.addEventListener('submit', () => {
  navigator.serviceWorker?.controller?.postMessage({ type: 'forget' });
});

window.addEventListener('online', () => replay());
replay();
