// The header's sync status on every page: how many commands wait, how many conflict, or that all
// was sent. Words come from the page (the message bundles), never from this file.

import * as store from './store.js';
import { signedInAs } from './replay.js';

export const words = () => document.getElementById('sync-status')?.dataset ?? {};

export async function refresh() {
  const element = document.getElementById('sync-status');
  if (!element) return;
  const me = signedInAs();
  const mine = (await store.commands()).filter(c => c.subject === me);
  const count = state => mine.filter(c => state.includes(c.state)).length;
  const w = element.dataset;
  const parts = [];
  const pending = count(['pending', 'sending']);
  if (pending) parts.push(`${w.pending} ${pending}`);
  if (count(['conflict'])) parts.push(`${w.conflict} ${count(['conflict'])}`);
  if (count(['refused'])) parts.push(`${w.refused} ${count(['refused'])}`);
  if (!parts.length && count(['sent'])) parts.push(w.sent);
  if (mine.some(c => c.state === 'pending' && c.signedOut)) parts.push(w.signInAgain);
  const text = parts.join(' · ');
  element.dataset.pendingCount = String(pending);
  element.dataset.conflictCount = String(count(['conflict']));
  if (element.textContent === text) return;
  element.replaceChildren();
  if (text) {
    const link = document.createElement('a');
    link.href = '/sync';
    link.textContent = text;
    element.append(link);
  }
}

export function start() {
  store.onChange(() => refresh().catch(() => {}));
  return refresh().catch(() => {});
}
