// A carer's form (data-queue) is written to the device's queue first, then sent if there is
// signal: a network that drops mid-send loses nothing. Typing is kept as a draft until sent.

import * as store from './store.js';
import { replay, signedInAs } from './replay.js';
import { words } from './status.js';

const draftId = form => `${location.pathname}|${new URL(form.action).pathname}`;

/** The form's fields as sent (name, value), in order; a radio or checkbox only when chosen. */
const fieldsOf = form => [...new FormData(form).entries()].filter(([, v]) => typeof v === 'string');

/** Each field's label and, for a choice, each option's words: the sync page shows the command with them. */
function describe(form) {
  const labels = {};
  const options = {};
  for (const element of form.elements) {
    if (!element.name || element.type === 'hidden' || element.type === 'submit') continue;
    const legend = element.closest('fieldset')?.querySelector('legend');
    const label = element.id && form.querySelector(`label[for="${CSS.escape(element.id)}"]`);
    if (element.type === 'radio' || element.type === 'checkbox') {
      labels[element.name] ??= legend?.textContent.trim() ?? element.name;
      (options[element.name] ??= {})[element.value] = element.closest('label')?.textContent.trim() ?? element.value;
    } else {
      labels[element.name] ??= label?.textContent.trim() ?? element.name;
      if (element.tagName === 'SELECT') {
        options[element.name] = Object.fromEntries([...element.options].map(o => [o.value, o.textContent.trim()]));
      }
    }
  }
  return { labels, options };
}

/** The command a form records, as the queue keeps it. */
export function commandOf(form) {
  return {
    key: crypto.randomUUID(),
    kind: form.dataset.queue,
    fact: 'fact' in form.dataset,
    title: form.dataset.title,
    household: form.dataset.household,
    scope: form.dataset.scope,
    subject: signedInAs(),
    url: new URL(form.action).pathname,
    page: location.pathname,
    formId: form.id,
    fields: fieldsOf(form),
    baseVersion: form.elements.version.value,
    sendVersion: null,
    ...describe(form),
    state: 'pending',
    queuedAt: Date.now(),
  };
}

/** Queues the form's command without sending it: the submit handler, and a test's way to fill a queue. */
export async function queue(form) {
  const command = commandOf(form);
  await store.enqueue(command, form.dataset.replaces);
  delete form.dataset.replaces;
  await store.dropDraft(draftId(form)).catch(() => {});
  return command;
}

function notice(form, className, role, text) {
  form.querySelector(':scope > .queue-notice')?.remove();
  const p = document.createElement('p');
  p.className = `queue-notice ${className}`;
  p.setAttribute('role', role);
  p.textContent = text;
  form.prepend(p);
  return p;
}

function clearErrors(form) {
  form.querySelectorAll('.queue-error').forEach(e => e.remove());
  form.querySelectorAll('[aria-invalid="true"]').forEach(e => e.removeAttribute('aria-invalid'));
}

/** The service's refusal beside each field it names, and the message above the form. */
function showRefused(form, problem) {
  clearErrors(form);
  const summary = notice(form, 'problem', 'alert', `${words().refusedTitle}: ${problem.detail || problem.title || ''}`);
  for (const [field, message] of Object.entries(problem.errors ?? {})) {
    const name = [field, field.split('.').pop()].find(n => form.elements[n]);
    const target = name && form.elements[name];
    const element = target instanceof RadioNodeList ? target[0] : target;
    const p = document.createElement('p');
    p.className = 'error queue-error';
    p.textContent = message;
    if (!element) {
      summary.append(p);
      continue;
    }
    const fieldset = element.type === 'radio' ? element.closest('fieldset') : null;
    if (fieldset) {
      fieldset.append(p);
    } else {
      p.id = `${element.id}-error`;
      element.setAttribute('aria-invalid', 'true');
      element.setAttribute('aria-describedby', p.id);
      element.after(p);
    }
  }
}

async function record(form) {
  let command;
  try {
    command = await queue(form);
  } catch {
    // the device refused the write (full): the form stays as typed, and the carer is told
    notice(form, 'problem', 'alert', words().deviceFull);
    return;
  }
  clearErrors(form);
  if (navigator.onLine) {
    await replay();
    const settled = await store.command(command.key);
    if (settled?.state === 'sent') {
      location.assign(settled.location);
      return;
    }
    if (settled?.state === 'conflict') {
      location.assign(`/sync#c-${command.key}`);
      return;
    }
    if (settled?.state === 'refused') {
      // the form is still on screen as typed: the carer mends it and sends it again as a new command
      await store.remove(command.key);
      await keepDraft(form);
      showRefused(form, settled.problem);
      return;
    }
  }
  form.reset();
  notice(form, 'saved', 'status', words().queued);
}

async function keepDraft(form) {
  try {
    await store.saveDraft(draftId(form), fieldsOf(form).filter(([name]) => name !== 'version'));
  } catch {
    notice(form, 'problem', 'alert', words().deviceFull);
  }
}

function fill(form, fields) {
  const byName = new Map();
  for (const [name, value] of fields) byName.set(name, value);
  for (const [name, value] of byName) {
    const target = form.elements[name];
    if (!target || name === 'version') continue;
    if (target instanceof RadioNodeList) {
      for (const option of target) option.checked = option.value === value;
    } else {
      target.value = value;
    }
  }
}

async function restoreDraft(form) {
  const saved = await store.draft(draftId(form)).catch(() => null);
  if (saved?.fields?.length) fill(form, saved.fields);
}

/**
 * Merging a conflicting command: the form filled with what the carer recorded, each field with
 * what is recorded now beside it and a button to take it; sent, it replaces the command.
 */
async function merge(key) {
  const command = await store.command(key);
  const form = command && document.getElementById(command.formId);
  if (!form) return;
  fill(form, command.fields);
  form.dataset.replaces = key;
  const w = words();
  notice(form, 'hint', 'status', w.mergeHint);
  const current = command.conflict?.current ?? {};
  const mine = new Map(command.fields);
  for (const [name, now] of Object.entries(current)) {
    const target = form.elements[name];
    if (!target || (mine.get(name) ?? '') === now) continue;
    const element = target instanceof RadioNodeList ? target[0].closest('fieldset') : target;
    const hint = document.createElement('p');
    hint.className = 'hint merge-now';
    const shown = command.options?.[name]?.[now] ?? now;
    hint.textContent = `${w.recordedNow}: ${shown || '–'} `;
    const take = document.createElement('button');
    take.type = 'button';
    take.className = 'link use-now';
    take.dataset.field = name;
    take.textContent = w.useThis;
    take.setAttribute('aria-label', `${w.useThis}: ${command.labels?.[name] ?? name}`);
    take.addEventListener('click', () => fill(form, [[name, now]]));
    hint.append(take);
    element.after(hint);
  }
  form.scrollIntoView();
}

export async function watch(root) {
  const forms = [...root.querySelectorAll('form[data-queue]')];
  for (const form of forms) {
    form.addEventListener('submit', event => {
      event.preventDefault();
      // a second press while the first is being queued and sent would record the command twice, under two keys
      if (form.dataset.recording) return;
      form.dataset.recording = 'yes';
      form.setAttribute('aria-busy', 'true');
      record(form).finally(() => {
        delete form.dataset.recording;
        form.removeAttribute('aria-busy');
      });
    });
    const save = () => keepDraft(form);
    form.addEventListener('input', save);
    form.addEventListener('change', save);
  }
  const merging = new URLSearchParams(location.search).get('merge');
  if (merging) {
    await merge(merging);
  } else {
    await Promise.all(forms.map(restoreDraft));
  }
}
