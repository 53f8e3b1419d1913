// Upload reports (editors): sign in with a configured user, then drop or choose report files of any
// supported type; each is uploaded in turn to POST /api/reports with its progress, then shows what
// was extracted (entities by type, warnings with where they are, a link to the report's page) or the
// one-line reason it was refused. The server keeps no session: the credentials live in this page's
// memory only and go with each request as HTTP Basic; reloading the page forgets them.
import { h, message } from '../lib/dom.js';
import { makeSignInForm } from '../lib/signin.js';
import {
  ACCEPT, SCRIPT_HEADER, basicAuthorization, entityLabel, entityRows, formatBytes, signInOutcome,
  uploadOutcome, uploadUrl,
} from '../lib/upload.js';

const ENCODINGS = [['', 'detect'], ['UTF-8', 'UTF-8'], ['Big5', 'Big5 (Traditional Chinese)'],
  ['GB18030', 'GB18030 (Simplified Chinese)'], ['UTF-16', 'UTF-16']];

export async function render(main) {
  let authorization = null;
  let signedInAs = null;
  const queue = [];
  let running = false;

  const { form: signInForm, userInput, passwordInput, button: signInButton, messageBox: signInMessage } =
    makeSignInForm('Uploading needs a user with the editor role. The password stays in this page only and '
      + 'is sent with each upload; leaving or reloading the page forgets it.', signIn);

  const who = h('strong', { id: 'signed-in-user' });
  const signedIn = h('p', { id: 'signed-in', class: 'signed-in' }, 'Signed in as ', who, ' ',
    h('button', { type: 'button', class: 'link-button', id: 'sign-out', onclick: () => signOut() }, 'Sign out'));

  const picker = h('input', {
    id: 'files', type: 'file', multiple: true, accept: ACCEPT, class: 'visually-hidden',
    'aria-describedby': 'drop-help',
    onchange: () => { enqueue(picker.files); picker.value = ''; },
  });
  const encoding = h('select', { id: 'encoding', name: 'encoding' },
    ENCODINGS.map(([value, text]) => h('option', { value }, text)));
  const zone = h('div', {
    id: 'dropzone', class: 'dropzone',
    ondragenter: (e) => { e.preventDefault(); zone.classList.add('over'); },
    ondragover: (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; zone.classList.add('over'); },
    ondragleave: (e) => { if (!zone.contains(e.relatedTarget)) zone.classList.remove('over'); },
    ondrop: (e) => { e.preventDefault(); zone.classList.remove('over'); enqueue(e.dataTransfer.files); },
  },
  h('p', { class: 'drop-title' }, 'Drop report files here'),
  h('p', {}, 'or ', picker, h('label', { for: 'files', class: 'button' }, 'Choose files…')),
  h('p', { id: 'drop-help', class: 'small' },
    'PDF, Word (.docx), HTML, Markdown or plain text; several at once. The type is told by content, '
    + 'so names in any language are fine. Each file is extracted and loaded into its own graph; '
    + 'uploading a report again replaces it.'));
  const list = h('ol', { id: 'upload-list', class: 'upload-list', 'aria-label': 'Uploads' });
  const uploadSection = h('section', { id: 'upload', 'aria-labelledby': 'upload-title' },
    h('h2', { id: 'upload-title' }, 'Reports to upload'),
    zone,
    h('div', { class: 'filters' },
      h('div', { class: 'field' }, h('label', { for: 'encoding' }, 'Encoding of text files'), encoding)),
    list);

  main.append(
    h('div', { class: 'view-header' },
      h('h1', {}, 'Upload reports'),
      h('p', {}, 'Add meeting reports, summary records and trip reports to the graph. What was found in each '
        + 'file is listed below it, with a link to the report’s page.')),
    signInForm, signedIn, uploadSection);
  showSignedIn(false);

  function showSignedIn(on) {
    signInForm.hidden = on;
    signedIn.hidden = !on;
    uploadSection.hidden = !on;
  }

  async function signIn(event) {
    event.preventDefault();
    const user = userInput.value.trim();
    const candidate = basicAuthorization(user, passwordInput.value);
    signInButton.disabled = true;
    signInMessage.replaceChildren(message('Checking…'));
    let outcome;
    try {
      const response = await fetch('/api/whoami', {
        headers: { Authorization: candidate, Accept: 'application/json', [SCRIPT_HEADER[0]]: SCRIPT_HEADER[1] },
        cache: 'no-store',
      });
      outcome = signInOutcome(response.status, response.ok ? await response.json() : null);
    } catch (error) {
      outcome = { ok: false, message: `The server could not be reached: ${error.message}` };
    } finally {
      signInButton.disabled = false;
    }
    if (!outcome.ok) {
      signInMessage.replaceChildren(message(outcome.message, 'error'));
      passwordInput.select();
      return;
    }
    authorization = candidate;
    signedInAs = outcome.user;
    passwordInput.value = '';
    signInMessage.replaceChildren();
    who.textContent = signedInAs;
    showSignedIn(true);
    picker.focus();
  }

  function signOut(reason) {
    authorization = null;
    signedInAs = null;
    showSignedIn(false);
    signInMessage.replaceChildren(reason ? message(reason, 'error') : message('Signed out.'));
    userInput.focus();
  }

  function enqueue(files) {
    for (const file of files) {
      const item = uploadItem(file, encoding.value);
      list.append(item.element);
      queue.push(item);
    }
    pump();
  }

  async function pump() {
    if (running) return;
    running = true;
    try {
      while (queue.length) {
        const item = queue.shift();
        if (!authorization) {
          item.fail('Not uploaded: signed out.');
          continue;
        }
        await upload(item);
      }
    } finally {
      running = false;
    }
  }

  function upload(item) {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', uploadUrl(item.file.name, item.encoding));
      xhr.setRequestHeader('Authorization', authorization);
      xhr.setRequestHeader(SCRIPT_HEADER[0], SCRIPT_HEADER[1]);
      xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) item.progress(e.loaded / e.total); };
      xhr.upload.onload = () => item.reading();
      xhr.onload = () => {
        const outcome = uploadOutcome(xhr.status, xhr.responseText);
        if (outcome.state === 'done') item.done(outcome.result);
        else item.fail(outcome.error, xhr.status);
        if (outcome.signOut) signOut(outcome.error);
        resolve();
      };
      xhr.onerror = () => { item.fail(uploadOutcome(0, '').error); resolve(); };
      item.uploading();
      xhr.send(item.file);
    });
  }
}

/** One file's row: name, size, state, progress, then its result. */
function uploadItem(file, encoding) {
  const state = h('span', { class: 'state' });
  const bar = h('progress', { max: 100, value: 0, 'aria-label': `Upload progress of ${file.name}` });
  const result = h('div', { class: 'result' });
  const element = h('li', { class: 'upload-item', dataset: { file: file.name } },
    h('div', { class: 'upload-head' },
      h('span', { class: 'file-name' }, file.name),
      h('span', { class: 'size small' }, formatBytes(file.size)),
      state),
    bar, result);

  const set = (name, text) => {
    element.dataset.state = name;
    state.textContent = text;
  };
  set('queued', 'Queued');
  return {
    file,
    encoding,
    element,
    uploading() { set('uploading', 'Uploading 0 %'); },
    progress(fraction) {
      bar.value = Math.round(fraction * 100);
      set('uploading', `Uploading ${bar.value} %`);
    },
    reading() {
      bar.value = 100;
      set('reading', 'Reading and loading…');
    },
    done(r) {
      bar.value = 100;
      set('done', 'Loaded');
      bar.hidden = true;
      result.replaceChildren(...doneView(r));
    },
    fail(error, status) {
      bar.hidden = true;
      set('failed', status === 400 || status === 413 ? 'Rejected' : 'Failed');
      result.replaceChildren(
        h('p', { class: 'message error upload-error', role: 'alert' }, error),
        h('p', { class: 'small' }, 'Nothing was stored from this file.'));
    },
  };
}

function doneView(r) {
  const entities = entityRows(r.entities);
  const warnings = r.warnings ?? [];
  return [
    h('p', { class: 'summary' },
      h('span', { class: 'tag format' }, r.format), ' ',
      `${Number(r.triples).toLocaleString('en')} triples in its graph · `,
      h('a', { class: 'report-link', href: r.page }, 'Open the report’s page')),
    entities.length
      ? h('ul', { class: 'entities', 'aria-label': `Entities found in ${r.file}` },
        entities.map(([type, count]) => h('li', { dataset: { type, count: String(count) } }, entityLabel(type, count))))
      : h('p', { class: 'small entities-none' }, 'No entities were found in this file.'),
    warnings.length
      ? h('details', { class: 'warnings', open: warnings.length <= 10 },
        h('summary', {}, `${warnings.length} warning${warnings.length === 1 ? '' : 's'}`),
        h('ul', {}, warnings.map((w) => h('li', { dataset: { kind: w.kind } },
          h('span', { class: 'where' }, /^\d+$/.test(w.where) ? `line ${w.where}` : w.where), ': ',
          w.message,
          w.text ? [' — ', h('q', {}, w.text)] : null))))
      : h('p', { class: 'small warnings-none' }, 'No warnings.'),
  ];
}
