// AIDER coverage: projects per key focus area (all 11, zeros included), a heatmap economy × KFA,
// and a click-through from a bar or a cell to the projects behind it.
import { h, bilingual, urlState, message } from '../lib/dom.js';
import { selectRows, localHref } from '../lib/sparql.js';
import { KFA_COUNTS, KFA_HEATMAP, PROJECTS, ECONOMIES } from '../lib/queries.js';
import { toProjects, projectsOf } from '../lib/projects.js';
import { viewHeader } from '../lib/view.js';

export async function render(main, { embed }) {
  main.append(viewHeader({
    name: 'kfa', embed, title: 'AIDER coverage',
    intro: 'How many projects address each of the 11 Key Focus Areas of the APEC Internet and Digital '
      + 'Economy Roadmap (AIDER), and which economies (as proposer or co-sponsor) work on which. '
      + 'Click a bar or a cell to list its projects.',
    sources: [['projects per KFA', KFA_COUNTS], ['economy × KFA', KFA_HEATMAP], ['projects', PROJECTS]],
  }));
  const canvas = h('canvas', { id: 'kfa-chart', role: 'img', 'aria-label': 'Bar chart: projects per AIDER key focus area' });
  const heatmap = h('div', { class: 'table-wrap heatmap-wrap' });
  const list = h('section', { id: 'kfa-projects', class: 'details', 'aria-live': 'polite' });
  main.append(
    h('section', { 'aria-labelledby': 'kfa-chart-title' },
      h('h2', { id: 'kfa-chart-title' }, 'Projects per key focus area'),
      h('div', { class: 'chart-box tall' }, canvas)),
    list,
    h('section', { 'aria-labelledby': 'heatmap-title' },
      h('h2', { id: 'heatmap-title' }, 'Economy × key focus area'), heatmap));

  const [{ Chart, PALETTE }, kfas, cells, projectRows, economyRows] = await Promise.all([
    import('../lib/charts.js'), selectRows(KFA_COUNTS), selectRows(KFA_HEATMAP), selectRows(PROJECTS), selectRows(ECONOMIES)]);
  const projects = toProjects(projectRows);
  const economies = new Map(economyRows.map((e) => [e.code, e]));
  const kfaName = new Map(kfas.map((k) => [k.n, k]));

  const showProjects = (kfa, economy) => {
    urlState.set({ kfa, economy });
    let shown = projects.filter((p) => p.kfas.includes(kfa));
    if (economy) shown = projectsOf(shown, economy);
    const k = kfaName.get(kfa);
    const target = embed ? '_top' : null;
    list.replaceChildren(
      h('h2', {}, `KFA ${kfa}: `, bilingual(k?.en, k?.zh), economy ? ` — ${economies.get(economy)?.en ?? economy}` : ''),
      shown.length === 0 ? message('No project addresses this key focus area yet.')
        : h('ul', { class: 'project-list' }, shown.map((p) => h('li', {},
          h('a', { href: localHref(p.iri), target }, p.number ?? 'no number'), ' ', bilingual(p.title, p.titleZh),
          p.role ? h('span', { class: `tag role-${p.role}` }, p.role) : null))),
      h('p', { class: 'small' }, h('a', { href: `/id/aider-kfa/${kfa}`, target }, `About KFA ${kfa}`)));
  };

  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: kfas.map((k) => `KFA ${k.n}`),
      datasets: [{ label: 'projects', data: kfas.map((k) => Number(k.projects)), backgroundColor: PALETTE[0] }],
    },
    options: {
      indexAxis: 'y', responsive: true, maintainAspectRatio: false,
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { title: (items) => { const k = kfas[items[0].dataIndex]; return [`KFA ${k.n}`, k.en, k.zh].filter(Boolean); } } },
      },
      onClick: (event, elements) => {
        const index = elements[0]?.index ?? chart.scales.y.getValueForPixel(event.y);
        if (kfas[index]) showProjects(kfas[index].n);
      },
    },
  });
  canvas.dataset.bars = String(kfas.length);

  // Heatmap: every economy on a project with a KFA, all 11 KFAs as columns.
  const counts = new Map(cells.map((c) => [`${c.economy}|${c.kfa}`, Number(c.projects)]));
  const rowsOf = [...new Set(cells.map((c) => c.economy))].sort();
  const max = Math.max(1, ...counts.values());
  heatmap.replaceChildren(rowsOf.length === 0 ? message('No project has a key focus area yet.') :
    h('table', { class: 'heatmap', id: 'kfa-heatmap' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Economy'),
        kfas.map((k) => h('th', { scope: 'col', title: k.en }, k.n)))),
      h('tbody', {}, rowsOf.map((code) => h('tr', {},
        h('th', { scope: 'row' }, h('span', { title: economies.get(code)?.en }, code)),
        kfas.map((k) => {
          const n = counts.get(`${code}|${k.n}`) ?? 0;
          return h('td', { style: `--level:${n / max}`, class: n ? 'hot' : 'cold' },
            n ? h('button', { type: 'button', title: `${economies.get(code)?.en ?? code}, KFA ${k.n}: ${n}`, onclick: () => showProjects(k.n, code) }, n) : '');
        }))))));

  const kfa = urlState.get('kfa');
  if (kfa) showProjects(kfa, urlState.get('economy'));
}
