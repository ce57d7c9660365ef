// The sync page: each command on the device with its state; a conflict shown field by field
// beside what is recorded now, for the carer to send theirs anyway, merge, or drop.

import * as store from './store.js';
import { replay, applyAnyway, signedInAs } from './replay.js';
import { words } from './status.js';

const el = (tag, props = {}, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children.filter(c => c !== null && c !== undefined));
  return e;
};

const shown = (command, name, value) => (value === undefined || value === '' ? '–' : command.options?.[name]?.[value] ?? value);

function comparison(command, w) {
  const mine = new Map(command.fields);
  const current = command.conflict?.current ?? {};
  const names = Object.keys(command.labels ?? {}).filter(n => mine.has(n) || n in current);
  const rows = names.map(name => {
    const differs = (mine.get(name) ?? '') !== (current[name] ?? '');
    return el('tr', { className: differs ? 'differs' : '' },
      el('th', { scope: 'row' }, command.labels[name] ?? name),
      el('td', { className: 'mine' }, shown(command, name, mine.get(name))),
      el('td', { className: 'now' }, shown(command, name, current[name])));
  });
  return el('table', { className: 'list conflict' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, w.field), el('th', { scope: 'col' }, w.mine),
      el('th', { scope: 'col' }, w.now))),
    el('tbody', {}, ...rows));
}

function item(command, w) {
  const state = { pending: w.pending, sending: w.sending, sent: w.sent, conflict: w.conflict, refused: w.refused }[command.state];
  const heading = el('h2', { id: `h-${command.key}` }, `${command.title ?? command.kind} · `,
    el('a', { href: `/households/${command.household}` }, command.household?.substring(0, 8) ?? ''));
  const li = el('li', { className: `card queued ${command.state}`, id: `c-${command.key}` }, heading,
    el('p', { className: 'state' }, el('strong', {}, state)),
    el('p', { className: 'hint' }, `${w.queuedAt}: ${new Date(command.queuedAt).toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'th-TH')}`));
  li.setAttribute('aria-labelledby', heading.id);
  const mend = `${command.page}?merge=${encodeURIComponent(command.key)}#${command.formId}`;
  if (command.state === 'conflict') {
    li.append(el('p', {}, w.conflictHint), comparison(command, w));
    const send = el('button', { type: 'button', className: 'apply' }, w.applyAnyway);
    send.addEventListener('click', async () => { await applyAnyway(command.key); render(); });
    li.append(el('p', { className: 'actions' }, send, ' ', el('a', { href: mend, className: 'button merge' }, w.merge), ' ',
      dropButton(command, w)));
  } else if (command.state === 'refused') {
    const problem = command.problem ?? {};
    li.append(el('p', { className: 'problem' }, `${w.refusedTitle}: ${problem.detail || problem.title || ''}`),
      el('ul', {}, ...Object.entries(problem.errors ?? {}).map(([f, m]) => el('li', { className: 'error' },
        `${command.labels?.[f] ?? command.labels?.[f.split('.').pop()] ?? f}: ${m}`))),
      el('p', { className: 'actions' }, el('a', { href: mend, className: 'button' }, w.edit), ' ', dropButton(command, w)));
  } else if (command.state === 'pending') {
    li.append(el('p', { className: 'actions' }, dropButton(command, w)));
  }
  return li;
}

function dropButton(command, w) {
  const drop = el('button', { type: 'button', className: 'drop secondary' }, w.drop);
  drop.setAttribute('aria-label', `${w.drop}: ${command.title ?? command.kind}`);
  drop.addEventListener('click', async () => {
    if (confirm(w.dropConfirm)) {
      await store.remove(command.key);
      render();
    }
  });
  return drop;
}

let rendering = Promise.resolve();

export function render() {
  rendering = rendering.then(async () => {
    const w = words();
    const me = signedInAs();
    const mine = (await store.commands()).filter(c => c.subject === me);
    const queue = document.getElementById('queue');
    queue.replaceChildren(mine.length ? el('ol', { className: 'cards queue' }, ...mine.map(c => item(c, w)))
      : el('p', {}, w.nothingQueued));
    queue.dataset.rendered = String(Date.now());
    if (location.hash && !queue.dataset.scrolled) {
      document.getElementById(location.hash.substring(1))?.scrollIntoView();
      queue.dataset.scrolled = 'yes';
    }
  }).catch(() => {});
  return rendering;
}

let soon = null;

export function start() {
  store.onChange(() => {
    clearTimeout(soon);
    soon = setTimeout(render, 150);
  });
  document.getElementById('send-now')?.addEventListener('click', () => replay().then(render));
  return render();
}
