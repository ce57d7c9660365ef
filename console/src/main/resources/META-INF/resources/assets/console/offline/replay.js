// Sends the queued commands one at a time, oldest first, each with its own Idempotency-Key: a
// resend after a dropped answer or a reload changes nothing at the service. A fact that cannot
// conflict (a visit, a month's income, an activity's progress) is resent with the current version
// when the household changed meanwhile; anything else waits on the sync page for the carer.

import * as store from './store.js';

const AUTO_RESENDS = 3;
const KEEP_SENT = 3 * 24 * 60 * 60 * 1000;
let running = null;
let again = false;

/** Who is signed in on this page: a command is only ever sent by the person who recorded it. */
export function signedInAs() {
  return document.getElementById('sync-status')?.dataset.subject ?? null;
}

/** Replays the queue; resolves when nothing more can be sent now. */
export function replay() {
  if (running) {
    again = true;
    return running;
  }
  const loop = async () => {
    do {
      again = false;
      await drain();
    } while (again);
  };
  running = (navigator.locks ? navigator.locks.request('console-replay', loop) : loop())
    .catch(() => {})
    .finally(() => { running = null; });
  return running;
}

async function drain() {
  await store.prune(KEEP_SENT).catch(() => {});
  const me = signedInAs();
  for (;;) {
    const next = (await store.commands()).find(c => (c.state === 'pending' || c.state === 'sending') && c.subject === me);
    if (!next || (await attempt(next)) === 'stop') return;
  }
}

async function attempt(command) {
  command.signedOut = false;
  command.sendVersion ??= await store.rebased(command.scope, command.baseVersion);
  command.state = 'sending';
  command.tries = (command.tries ?? 0) + 1;
  await store.put(command);
  let outcome;
  try {
    outcome = await send(command);
  } catch {
    outcome = { state: 'unavailable' };
  }
  switch (outcome.state) {
    case 'applied':
      if (outcome.version !== undefined) await store.moved(command.scope, command.sendVersion, outcome.version);
      Object.assign(command, { state: 'sent', sentAt: Date.now(), location: outcome.location, conflict: null });
      break;
    case 'conflict':
      if (command.fact && (command.autoResent ?? 0) < AUTO_RESENDS) {
        Object.assign(command, { state: 'pending', sendVersion: String(outcome.version),
          autoResent: (command.autoResent ?? 0) + 1 });
      } else {
        Object.assign(command, { state: 'conflict', conflict: { version: String(outcome.version), current: outcome.current ?? {} } });
      }
      break;
    case 'refused':
      Object.assign(command, { state: 'refused', problem: { status: outcome.status, title: outcome.title,
        detail: outcome.detail, errors: outcome.errors ?? {} } });
      break;
    case 'unauthenticated':
      command.state = 'pending';
      command.signedOut = true;
      await store.put(command);
      return 'stop';
    default:
      // no signal, or a service not answering: it stays queued, in its place
      command.state = 'pending';
      await store.put(command);
      return 'stop';
  }
  await store.put(command);
  return 'next';
}

/** The form as the carer sent it, to the same console URL, with the version to check against. */
async function send(command) {
  const body = new URLSearchParams(command.fields);
  body.set('version', command.sendVersion);
  const response = await fetch(command.url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Idempotency-Key': command.key, Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
    body,
  });
  const type = response.headers.get('Content-Type') ?? '';
  return type.includes('application/json') ? response.json() : { state: 'unavailable' };
}

/** The carer chose to send what they recorded over what is recorded now: same key, current version. */
export async function applyAnyway(key) {
  const command = await store.command(key);
  if (!command || command.state !== 'conflict') return;
  Object.assign(command, { state: 'pending', sendVersion: command.conflict.version });
  await store.put(command);
  return replay();
}
