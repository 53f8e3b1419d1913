// Query: the query library as a gallery (parameters as form fields, results as table / chart /
// CSV / JSON) and a SPARQL editor (YASGUI) on /sparql. Shareable URLs:
//   /ui/query?library=NAME&PARAM=VALUE…   re-runs a library query with its parameters
//   /ui/query?sparql=TEXT                 opens (and runs) a SPARQL text in the editor
import { h, message, urlState } from '../lib/dom.js';
import { STARTER } from '../lib/queries.js';
import { resultTable, resultChart, toCsv, chartData } from '../lib/results.js';
import { sessionCsrfHeaders } from '../lib/sparql.js';

const RESERVED = new Set(['library', 'sparql']);

export async function render(main) {
  const gallery = h('div', { class: 'gallery', 'aria-busy': 'true' });
  const runner = h('section', { id: 'library-run', class: 'library-run', 'aria-live': 'polite' });
  const editor = h('div', { id: 'yasgui' });
  main.append(
    h('h1', {}, 'Query the graph'),
    h('section', { 'aria-labelledby': 'library-title' },
      h('h2', { id: 'library-title' }, 'Query library'),
      h('p', {}, 'Ready questions from ', h('code', {}, 'queries/'), ', each also a web API operation (',
        h('a', { href: '/api/docs' }, 'API documentation'), '). Pick one, set its parameters, run it.'),
      gallery, runner),
    h('section', { 'aria-labelledby': 'editor-title', class: 'editor' },
      h('h2', { id: 'editor-title' }, 'SPARQL editor'),
      h('p', {}, 'Runs against ', h('code', {}, '/sparql'), ' (the default graph is the union of all named '
        + 'graphs; use GRAPH ?g to see where a fact comes from). Ctrl+Enter runs the query.'),
      h('p', {}, h('button', { type: 'button', id: 'share-sparql', onclick: shareEditorQuery }, 'Copy a link to this query')),
      editor));

  let catalogue = [];
  try {
    const response = await fetch('/api/queries', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    catalogue = await response.json();
    renderGallery(gallery, catalogue, (entry) => openLibraryQuery(runner, entry, {}, false));
  } catch (error) {
    gallery.replaceChildren(message(`The query library is unavailable: ${error.message}`, 'error'));
  } finally {
    gallery.removeAttribute('aria-busy');
  }

  await startEditor(editor);

  const name = urlState.get('library');
  const entry = catalogue.find((q) => q.name === name);
  if (entry) {
    const values = Object.fromEntries([...new URLSearchParams(location.search)].filter(([k]) => !RESERVED.has(k)));
    await openLibraryQuery(runner, entry, values, true);
  } else if (name) {
    runner.replaceChildren(message(`No query named “${name}” in the library.`, 'error'));
  }
}

function renderGallery(gallery, catalogue, onPick) {
  const tags = [...new Set(catalogue.flatMap((q) => q.tags ?? []))].sort();
  const filter = h('input', { type: 'search', id: 'library-filter', placeholder: 'Filter by name, summary or tag' });
  const cards = h('ul', { class: 'cards library' });
  let tag = '';
  const draw = () => {
    const text = filter.value.trim().toLowerCase();
    cards.replaceChildren(...catalogue
      .filter((q) => !tag || q.tags?.includes(tag))
      .filter((q) => !text || `${q.name} ${q.summary} ${(q.tags ?? []).join(' ')}`.toLowerCase().includes(text))
      .map((q) => h('li', {},
        h('button', { type: 'button', class: 'card query-card', 'data-query': q.name, onclick: () => onPick(q) },
          h('strong', {}, q.name),
          h('span', {}, q.summary),
          h('span', { class: 'tags' }, (q.tags ?? []).map((t) => h('span', { class: 'tag' }, t)),
            q.view ? h('span', { class: 'tag view' }, q.view) : null)))));
  };
  const chips = h('div', { class: 'chips', role: 'group', 'aria-label': 'Tags' },
    [['', 'all'], ...tags.map((t) => [t, t])].map(([value, text]) => h('button', {
      type: 'button', class: 'chip', 'aria-pressed': String(value === tag),
      onclick: (e) => {
        tag = value;
        chips.querySelectorAll('.chip').forEach((c) => c.setAttribute('aria-pressed', String(c === e.currentTarget)));
        draw();
      },
    }, text)));
  filter.addEventListener('input', draw);
  gallery.replaceChildren(h('div', { class: 'gallery-tools' }, filter, chips), cards);
  draw();
}

async function openLibraryQuery(runner, entry, values, run) {
  const fields = (entry.params ?? []).map((p) => paramField(p, values[p.name]));
  const output = h('div', { class: 'output' });
  const form = h('form', {
    class: 'params', id: 'library-form',
    onsubmit: (event) => { event.preventDefault(); runLibraryQuery(entry, form, output); },
  }, fields, h('button', { type: 'submit', class: 'primary' }, 'Run'));
  runner.replaceChildren(
    h('h3', {}, entry.name),
    h('p', {}, entry.summary),
    entry.description && entry.description !== entry.summary ? h('p', { class: 'small' }, entry.description) : null,
    form, output);
  if (run) await runLibraryQuery(entry, form, output);
  else runner.scrollIntoView({ block: 'start' });
}

function paramField(param, value) {
  const id = `param-${param.name}`;
  const current = value ?? param.default ?? '';
  const hint = [param.type, param.description].filter(Boolean).join(' — ');
  let control;
  if (param.enum?.length) {
    control = h('select', { id, name: param.name },
      h('option', { value: '' }, '(any)'),
      param.enum.map((v) => h('option', { value: v, selected: v === current }, v)));
  } else {
    const types = { integer: 'number', year: 'number' };
    control = h('input', {
      id, name: param.name, type: types[param.type] ?? 'text', value: current,
      placeholder: param.type === 'economy-code' ? 'e.g. TW' : '(any)',
      pattern: param.type === 'economy-code' ? '[A-Za-z]{2}' : null,
      min: param.type === 'year' ? 1989 : null,
    });
  }
  return h('label', { class: 'field', for: id }, h('span', {}, param.name), control, h('small', {}, hint));
}

async function runLibraryQuery(entry, form, output) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (String(value).trim()) params.set(name, String(value).trim());
  history.replaceState(null, '', `/ui/query?${new URLSearchParams([['library', entry.name], ...params])}`);
  const api = (format) => `/api/queries/${encodeURIComponent(entry.name)}?${new URLSearchParams([...params, ['format', format]])}`;
  output.replaceChildren(message('Running…'));
  output.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(api('sparql-json'), { headers: { Accept: 'application/sparql-results+json' } });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new Error(body.error ?? `HTTP ${response.status}`);
    }
    const results = await response.json();
    const count = results.results.bindings.length;
    const table = resultTable(results);
    table.id = 'library-results';
    const chartPanel = h('div', { class: 'chart-panel', hidden: true });
    const showTable = h('button', { type: 'button', class: 'tab', 'aria-pressed': 'true' }, 'Table');
    const showChart = h('button', { type: 'button', class: 'tab', 'aria-pressed': 'false', disabled: !chartData(results) }, 'Chart');
    const toggle = async (chart) => {
      showTable.setAttribute('aria-pressed', String(!chart));
      showChart.setAttribute('aria-pressed', String(chart));
      table.hidden = chart;
      chartPanel.hidden = !chart;
      if (chart && !chartPanel.firstChild) chartPanel.append(await resultChart(results));
    };
    showTable.addEventListener('click', () => toggle(false));
    showChart.addEventListener('click', () => toggle(true));
    output.replaceChildren(
      h('div', { class: 'result-tools' },
        h('span', { class: 'row-count' }, `${count} row${count === 1 ? '' : 's'}`),
        showTable, showChart,
        h('a', { href: api('csv'), download: `${entry.name}.csv` }, 'Download CSV'),
        h('a', { href: api('json'), download: `${entry.name}.json` }, 'Download JSON'),
        h('a', { href: api('sparql-json') }, 'API URL'),
        h('button', { type: 'button', onclick: () => copy(location.href) }, 'Copy link')),
      table, chartPanel);
    if (['bar', 'timeline'].includes(entry.view) && chartData(results)) await toggle(true);
  } catch (error) {
    output.replaceChildren(message(`The query failed: ${error.message}`, 'error'));
  } finally {
    output.removeAttribute('aria-busy');
  }
}

let yasgui;

async function startEditor(element) {
  const [{ default: Yasgui }, , headers] = await Promise.all([
    import('@zazuko/yasgui'),
    import('@zazuko/yasgui/build/yasgui.min.css'),
    sessionCsrfHeaders(),
  ]);
  Yasgui.Yasr.registerPlugin('chart', ChartPlugin);
  const sparql = urlState.get('sparql');
  yasgui = new Yasgui(element, {
    // signed in for reviews, the browser sends the session cookie with each query: then the POST carries its CSRF token
    requestConfig: { endpoint: `${location.origin}/sparql`, method: 'POST', headers },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: `${location.origin}/sparql` }] },
    persistenceId: null,
    populateFromUrl: false,
    autofocus: false,
    yasqe: { value: sparql || STARTER, resizeable: true, editorHeight: '320px' },
  });
  const tab = yasgui.getTab();
  tab.setEndpoint(`${location.origin}/sparql`);
  tab.setQuery(sparql || STARTER);
  if (sparql) {
    element.scrollIntoView({ block: 'start' });
    await tab.query().catch(() => {});
  }
}

function shareEditorQuery() {
  const text = yasgui?.getTab()?.getQuery() ?? '';
  const url = `${location.origin}/ui/query?${new URLSearchParams({ sparql: text })}`;
  history.replaceState(null, '', url);
  copy(url);
}

function copy(text) {
  navigator.clipboard?.writeText(text).catch(() => {});
}

/** A YASR view that draws numeric columns of SELECT results as a bar chart (Chart.js). */
class ChartPlugin {
  constructor(yasr) {
    this.yasr = yasr;
    this.priority = 5;
    this.label = 'Chart';
  }

  json() {
    const results = this.yasr.results;
    return results && results.getType?.() === 'json' ? results.getAsJson() : null;
  }

  canHandleResults() {
    const json = this.json();
    return Boolean(json && json.head?.vars && chartData(json));
  }

  async draw() {
    this.yasr.resultsEl.append(await resultChart(this.json()));
  }

  getIcon() {
    return h('span', { class: 'chart-icon', 'aria-hidden': 'true' }, '▥');
  }

  download() {
    const json = this.json();
    return json && { contentType: 'text/csv', getData: () => toCsv(json), filename: 'results.csv', title: 'Download as CSV' };
  }
}
