// Home: what the dataset is, live counts, last load, a type-ahead search, links to every view.
import { h, bilingual, message } from '../lib/dom.js';
import { selectRows, localHref, queryPageHref } from '../lib/sparql.js';
import { COUNTS, search } from '../lib/queries.js';
import { rankHits } from '../lib/rank.js';

const COUNTED = [
  ['economies', 'Economies', '經濟體'], ['fora', 'Fora', '論壇'], ['projects', 'Projects', '計畫'],
  ['policies', 'Policies', '政策'], ['meetings', 'Meetings', '會議'], ['reports', 'Reports', '報告'],
  ['triples', 'Triples', '三元組'],
];

export async function render(main) {
  const counts = h('dl', { class: 'counts', 'aria-busy': 'true' });
  const lastLoad = h('p', { class: 'last-load' }, 'Last load: …');
  main.append(
    h('section', { class: 'intro' },
      h('h1', {}, 'APEC Digital Economy Knowledge Graph'),
      h('p', {}, 'A linked-data graph of the APEC digital economy: the 21 member economies, APEC fora, '
        + 'projects with their proposing and co-sponsoring economies, meetings, the 11 AIDER key focus '
        + 'areas, and policies — every fact drawn from a report keeps the report, line and quoted '
        + 'text it came from.'),
      h('p', { lang: 'zh-Hant', class: 'zh-intro' }, 'APEC 數位經濟知識圖譜：經濟體、論壇、計畫、會議、AIDER 重點領域與政策，每項事實皆附來源報告與引文。')),
    searchBox(),
    h('section', { 'aria-labelledby': 'counts-title' },
      h('h2', { id: 'counts-title' }, 'In the graph now'), counts, lastLoad,
      h('p', { class: 'small' }, h('a', { href: queryPageHref(COUNTS) }, 'The SPARQL behind these counts'))),
    h('section', { 'aria-labelledby': 'explore-title' },
      h('h2', { id: 'explore-title' }, 'Explore'),
      h('ul', { class: 'cards' },
        card('/ui/query', 'Query', 'SPARQL editor and the analysts’ query library'),
        card('/ui/network', 'Co-sponsorship network', 'Which economies back projects together'),
        card('/ui/kfa', 'AIDER coverage', 'Projects per key focus area, economy × KFA heatmap'),
        card('/ui/policies', 'Policies timeline', 'Policies by economy and topic over time'),
        card('/api/docs', 'Query API', 'Every library query as a documented web API'),
        card('/sparql', 'SPARQL endpoint', 'SPARQL 1.1 at /sparql (service description)'))));

  try {
    const [row] = await selectRows(COUNTS);
    counts.replaceChildren(...COUNTED.flatMap(([key, en, zh]) => [
      h('div', { class: 'count', 'data-count': key },
        h('dt', {}, bilingual(en, zh)),
        h('dd', {}, Number(row?.[key] ?? 0).toLocaleString('en')))]));
    lastLoad.textContent = row?.lastLoad
      ? `Last load: ${new Date(row.lastLoad).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })} (${row.lastLoad})`
      : 'Last load: no report loaded yet';
  } catch (error) {
    counts.replaceChildren(message(`Counts unavailable: ${error.message}`, 'error'));
  } finally {
    counts.removeAttribute('aria-busy');
  }
}

function card(href, title, text) {
  return h('li', {}, h('a', { href, class: 'card' }, h('strong', {}, title), h('span', {}, text)));
}

function searchBox() {
  const input = h('input', {
    id: 'search', type: 'search', autocomplete: 'off', spellcheck: 'false',
    placeholder: 'Economy, forum, project number… e.g. DESG, 中華臺北, Korea',
    role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'search-results', 'aria-autocomplete': 'list',
  });
  const list = h('ul', { id: 'search-results', role: 'listbox', class: 'suggestions', hidden: true });
  let timer;
  let seq = 0;
  let active = -1;

  const show = (items) => {
    active = -1;
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  };
  const options = () => [...list.querySelectorAll('[role=option]')];
  const highlight = (i) => {
    const all = options();
    active = (i + all.length) % all.length;
    all.forEach((o, j) => o.setAttribute('aria-selected', String(j === active)));
    input.setAttribute('aria-activedescendant', all[active]?.id ?? '');
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 1) { show([]); return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const hits = (await selectRows(search(text))).map((r) => ({
          iri: r.entity, label: r.label, property: r.property, type: r.type, en: r.en, zh: r.zh,
        }));
        if (mine !== seq) return;
        const ranked = rankHits(mergeTypes(hits), text, 10);
        show(ranked.length ? ranked.map((hit, i) => suggestion(hit, i))
          : [h('li', { class: 'none' }, `Nothing named “${text}”`)]);
      } catch (error) {
        if (mine === seq) show([h('li', { class: 'none' }, `Search failed: ${error.message}`)]);
      }
    }, 180);
  });
  input.addEventListener('keydown', (event) => {
    const all = options();
    if (event.key === 'ArrowDown' && all.length) { event.preventDefault(); highlight(active + 1); }
    else if (event.key === 'ArrowUp' && all.length) { event.preventDefault(); highlight(active - 1); }
    else if (event.key === 'Enter' && all.length) {
      event.preventDefault();
      location.assign(all[Math.max(active, 0)].querySelector('a').href);
    } else if (event.key === 'Escape') show([]);
  });

  return h('section', { class: 'search', role: 'search' },
    h('label', { for: 'search' }, 'Search names in English or Chinese'), input, list);
}

/** One row per entity and label, with every dekg: type of the entity (first found kept). */
function mergeTypes(hits) {
  const types = new Map();
  for (const hit of hits) if (hit.type && !types.has(hit.iri)) types.set(hit.iri, hit.type);
  return hits.map((hit) => ({ ...hit, type: types.get(hit.iri) }));
}

function suggestion(hit, i) {
  const href = localHref(hit.iri);
  const named = hit.en || hit.zh ? bilingual(hit.en, hit.zh) : hit.label;
  const via = hit.label !== hit.en && hit.label !== hit.zh ? h('span', { class: 'via' }, `“${hit.label}”`) : null;
  return h('li', { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false' },
    h('a', { href },
      h('span', { class: 'kind' }, hit.type ?? 'Entity'),
      named, via,
      h('span', { class: 'path' }, href)));
}
