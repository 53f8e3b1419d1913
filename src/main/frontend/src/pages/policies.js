// Policies timeline: each policy a point at its date, one row per issuing economy, coloured by
// topic; filters by economy and topic; a list below links every policy to its page.
import { h, bilingual, select as selectField, urlState, message } from '../lib/dom.js';
import { selectRows, localHref } from '../lib/sparql.js';
import { POLICIES, TOPICS, ECONOMIES } from '../lib/queries.js';
import { viewHeader } from '../lib/view.js';

export async function render(main, { embed }) {
  main.append(viewHeader({
    name: 'policies', embed, title: 'Policies timeline',
    intro: 'Laws, strategies, frameworks and other policies that economies report, by date, issuing economy and topic.',
    sources: [['policies', POLICIES], ['topics', TOPICS]],
  }));
  const filters = h('form', { class: 'filters', 'aria-label': 'Filters', onsubmit: (e) => e.preventDefault() });
  const canvas = h('canvas', { id: 'policy-chart', role: 'img', 'aria-label': 'Timeline of policies by economy' });
  const box = h('div', { class: 'chart-box tall' }, canvas);
  const list = h('div', { id: 'policy-list' });
  main.append(filters, box, list);

  const [{ Chart, PALETTE }, policyRows, topicRows, economyRows] = await Promise.all([
    import('../lib/charts.js'), selectRows(POLICIES), selectRows(TOPICS), selectRows(ECONOMIES)]);
  const topics = new Map(topicRows.map((t) => [t.code, t]));
  const economies = new Map(economyRows.map((e) => [e.code, e]));
  const policies = policyRows.map((p) => ({ ...p, topics: p.topics ? p.topics.split(' ') : [], when: decimalYear(p.date) }));
  const state = { economy: urlState.get('economy'), topic: urlState.get('topic') };
  const target = embed ? '_top' : null;
  let chart;

  const usedEconomies = [...new Set(policies.map((p) => p.economy).filter(Boolean))].sort();
  const usedTopics = [...new Set(policies.flatMap((p) => p.topics))].sort();
  const update = (name) => (value) => { state[name] = value; urlState.set({ [name]: value }); draw(); };
  filters.append(
    selectField('Economy', 'economy', [['', 'all economies'], ...usedEconomies.map((c) => [c, `${c} — ${economies.get(c)?.en ?? ''}`])], state.economy, update('economy')),
    selectField('Topic', 'topic', [['', 'all topics'], ...usedTopics.map((t) => [t, topics.get(t)?.en ?? t])], state.topic, update('topic')));

  function draw() {
    const shown = policies.filter((p) => (!state.economy || p.economy === state.economy)
      && (!state.topic || p.topics.includes(state.topic)));
    const dated = shown.filter((p) => p.when !== undefined);
    const rows = [...new Set(dated.map((p) => p.economy ?? '?'))].sort();
    const byTopic = new Map();
    for (const p of dated) {
      const topic = (state.topic || p.topics[0]) ?? 'other';
      if (!byTopic.has(topic)) byTopic.set(topic, []);
      byTopic.get(topic).push({ x: p.when, y: rows.indexOf(p.economy ?? '?'), policy: p });
    }
    chart?.destroy();
    chart = undefined;
    box.hidden = dated.length === 0;
    box.style.height = `${Math.max(260, 120 + 30 * rows.length)}px`;
    if (dated.length) {
      chart = new Chart(canvas, {
        type: 'scatter',
        data: {
          datasets: [...byTopic].map(([topic, points], i) => ({
            label: topics.get(topic)?.en ?? topic, data: points, pointRadius: 6, pointHoverRadius: 8,
            backgroundColor: PALETTE[i % PALETTE.length],
          })),
        },
        options: {
          responsive: true, maintainAspectRatio: false,
          scales: {
            x: { title: { display: true, text: 'year' }, ticks: { precision: 0, callback: (v) => (Number.isInteger(v) ? v : '') } },
            y: {
              min: -0.5, max: rows.length - 0.5, reverse: true,
              afterBuildTicks: (axis) => { axis.ticks = rows.map((_, i) => ({ value: i })); },
              ticks: { autoSkip: false, callback: (v) => rows[v] ?? '' },
            },
          },
          plugins: { tooltip: { callbacks: { label: (item) => `${item.raw.policy.en ?? item.raw.policy.zh} (${item.raw.policy.date})` } } },
          onClick: (event, elements) => {
            const point = elements[0] && chart.data.datasets[elements[0].datasetIndex].data[elements[0].index];
            if (point) window.open(localHref(point.policy.policy), target ?? '_self');
          },
        },
      });
    }
    list.replaceChildren(
      h('h2', {}, `${shown.length} polic${shown.length === 1 ? 'y' : 'ies'}`),
      shown.length === 0 ? message(policies.length ? 'No policy matches these filters.' : 'No policy has been loaded into the graph yet.')
        : h('ul', { class: 'project-list' }, shown.map((p) => h('li', {},
          h('span', { class: 'date' }, p.date ?? 'undated'), ' ',
          h('a', { href: localHref(p.policy), target }, bilingual(p.en, p.zh)), ' ',
          p.economy ? h('span', { class: 'tag' }, p.economy) : null,
          p.topics.map((t) => h('span', { class: 'tag' }, topics.get(t)?.en ?? t))))));
  }
  draw();
}

/** "2024-05-01" → 2024.33, "2024" → 2024.5 (mid-year), undefined when no year. */
export function decimalYear(date) {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(date ?? '');
  if (!match) return undefined;
  return match[2] ? Number(match[1]) + (Number(match[2]) - 1) / 12 : Number(match[1]) + 0.5;
}
