// Report uploads: credentials for HTTP Basic, the upload request, and how its answer reads.
// No DOM here, so it is unit-tested under Node (test/upload.test.js).

/** What the file picker offers (the server tells the type by content; these are the usual endings). */
export const ACCEPT = '.pdf,.docx,.html,.htm,.xhtml,.md,.markdown,.txt';

/** Marks the page's own requests: the server then answers 401 without a Basic challenge (no browser dialog). */
export const SCRIPT_HEADER = ['X-Requested-With', 'fetch'];

/** The value of an Authorization header for HTTP Basic, the name and password encoded as UTF-8. */
export function basicAuthorization(user, password) {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

/** The upload URL of a file: its name (any script) and an optional text encoding as query parameters. */
export function uploadUrl(name, encoding = '') {
  const params = new URLSearchParams({ name });
  if (encoding) params.set('encoding', encoding);
  return `/api/reports?${params}`;
}

/** 1536 → "1.5 KB". */
export function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** What the sign-in check (GET /api/whoami) means for this page: { ok, message }. */
export function signInOutcome(status, body) {
  if (status === 401) return { ok: false, message: 'Wrong user name or password.' };
  if (status !== 200 || !body) return { ok: false, message: `The server could not check the sign-in (HTTP ${status}).` };
  if (!body.writesEnabled) {
    return { ok: false, message: 'Uploads are disabled on this server: no users or API keys are configured.' };
  }
  if (!body.mayWrite) {
    return { ok: false, message: `${body.user} may not upload reports: that needs the editor role.` };
  }
  return { ok: true, message: `Signed in as ${body.user}.`, user: body.user };
}

/**
 * What an upload's answer means: { state: 'done', result } for 201, otherwise { state: 'failed', error }
 * with the server's one-line error (the file's own message for a rejected report).
 */
export function uploadOutcome(status, text) {
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (status === 201 && body) return { state: 'done', result: body };
  if (status === 0) return { state: 'failed', error: 'The upload did not reach the server (network error).' };
  if (status === 401) return { state: 'failed', error: 'Not signed in any more: wrong user name or password.', signOut: true };
  const error = body?.error ?? `HTTP ${status}`;
  return { state: 'failed', error };
}

/** Entity counts as [type, count] pairs, largest first, then by name. */
export function entityRows(entities = {}) {
  return Object.entries(entities).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** "Project", 3 → "3 projects"; "Person", 1 → "1 person". */
export function entityLabel(type, count) {
  const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (count === 1) return `1 ${words}`;
  if (words.endsWith('person')) return `${count} ${words.slice(0, -'person'.length)}people`;
  const plural = /[^aeiou]y$/.test(words) ? `${words.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(words) ? `${words}es` : `${words}s`;
  return `${count} ${plural}`;
}
