// The device's own store (IndexedDB): the queue of commands typed by the carer, the drafts of
// forms not yet sent, and per household (or plan) which version is the carer's own doing.
// Nothing typed is lost on a reload, a closed browser or a dropped network; a write the device
// refuses (full) rejects, and the caller keeps the form on screen.

const NAME = 'console-offline';
const channel = 'BroadcastChannel' in self ? new BroadcastChannel(NAME) : null;
let opened;

function db() {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, 1);
    request.onupgradeneeded = () => {
      const d = request.result;
      d.createObjectStore('commands', { keyPath: 'seq', autoIncrement: true }).createIndex('key', 'key', { unique: true });
      d.createObjectStore('drafts', { keyPath: 'id' });
      d.createObjectStore('versions', { keyPath: 'scope' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => { opened = null; reject(request.error); };
  });
  return opened;
}

/** Runs the work in one transaction; resolves with what the work kept in `out.value` once it is durable. */
async function run(stores, mode, work) {
  const d = await db();
  return new Promise((resolve, reject) => {
    const tx = d.transaction(stores, mode, { durability: 'strict' });
    const out = {};
    tx.oncomplete = () => resolve(out.value);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
    work(tx, out);
  });
}

function changed() {
  channel?.postMessage('changed');
  self.dispatchEvent?.(new Event('queue-changed'));
}

export function onChange(listener) {
  channel?.addEventListener('message', listener);
  self.addEventListener?.('queue-changed', listener);
}

/** Queues a command; with `replaces`, the command it supersedes (a merge) goes in the same transaction. */
export async function enqueue(command, replaces) {
  await run(['commands'], 'readwrite', tx => {
    const store = tx.objectStore('commands');
    store.add(command);
    if (replaces) {
      store.index('key').getKey(replaces).onsuccess = e => { if (e.target.result !== undefined) store.delete(e.target.result); };
    }
  });
  changed();
}

/** Every command on the device, oldest first. */
export function commands() {
  return run(['commands'], 'readonly', (tx, out) => {
    tx.objectStore('commands').getAll().onsuccess = e => { out.value = e.target.result; };
  });
}

export function command(key) {
  return run(['commands'], 'readonly', (tx, out) => {
    tx.objectStore('commands').index('key').get(key).onsuccess = e => { out.value = e.target.result; };
  });
}

export async function put(command) {
  await run(['commands'], 'readwrite', tx => tx.objectStore('commands').put(command));
  changed();
}

export async function remove(key) {
  await run(['commands'], 'readwrite', tx => {
    const store = tx.objectStore('commands');
    store.index('key').getKey(key).onsuccess = e => { if (e.target.result !== undefined) store.delete(e.target.result); };
  });
  changed();
}

/** Forgets commands sent more than `age` ms ago: the sync page shows what was sent lately, not forever. */
export function prune(age) {
  const before = Date.now() - age;
  return run(['commands'], 'readwrite', tx => {
    tx.objectStore('commands').openCursor().onsuccess = e => {
      const cursor = e.target.result;
      if (!cursor) return;
      if (cursor.value.state === 'sent' && cursor.value.sentAt < before) cursor.delete();
      cursor.continue();
    };
  });
}

export function saveDraft(id, fields) {
  return run(['drafts'], 'readwrite', tx => tx.objectStore('drafts').put({ id, fields, savedAt: Date.now() }));
}

export function draft(id) {
  return run(['drafts'], 'readonly', (tx, out) => {
    tx.objectStore('drafts').get(id).onsuccess = e => { out.value = e.target.result; };
  });
}

export function dropDraft(id) {
  return run(['drafts'], 'readwrite', tx => tx.objectStore('drafts').delete(id));
}

/**
 * The version to send a command typed at `version` with: when the carer's own commands moved the
 * household on since (and nobody else did), the version after them; a change by someone else
 * breaks the chain, and the service answers 412.
 */
export function rebased(scope, version) {
  return run(['versions'], 'readonly', (tx, out) => {
    tx.objectStore('versions').get(scope).onsuccess = e => {
      const after = e.target.result?.after ?? {};
      let v = String(version);
      for (let hops = 0; after[v] !== undefined && hops < 10000; hops++) v = String(after[v]);
      out.value = v;
    };
  });
}

/** Notes that the carer's own command took the household (or plan) from one version to the next. */
export function moved(scope, from, to) {
  return run(['versions'], 'readwrite', tx => {
    const store = tx.objectStore('versions');
    store.get(scope).onsuccess = e => {
      const entry = e.target.result ?? { scope, after: {} };
      entry.after[String(from)] = String(to);
      store.put(entry);
    };
  });
}
