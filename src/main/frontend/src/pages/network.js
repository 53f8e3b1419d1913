// Co-sponsorship network: economies as nodes, an edge per pair of economies on the same project
// (as proposer or co-sponsor), weighted by the number of projects; filters forum / year / status /
// KFA; a click on an economy lists its projects.
import { h, bilingual, select as selectField, urlState, message } from '../lib/dom.js';
import { selectRows, localHref } from '../lib/sparql.js';
import { ECONOMIES, PROJECTS, COSPONSOR_PAIRS } from '../lib/queries.js';
import { toProjects, filterProjects, buildNetwork, projectsOf, distinct, ringPositions } from '../lib/projects.js';
import { viewHeader } from '../lib/view.js';

const FILTERS = ['forum', 'year', 'status', 'kfa'];

export async function render(main, { embed }) {
  main.append(viewHeader({
    name: 'network', embed, title: 'Co-sponsorship network',
    intro: 'Economies that back the same projects, as proposer or co-sponsor. A thicker line means more '
      + 'projects together. Click an economy to see its projects.',
    sources: [['projects (the data drawn)', PROJECTS], ['economy pairs with counts', COSPONSOR_PAIRS]],
  }));
  const filters = h('form', { class: 'filters', 'aria-label': 'Filters', onsubmit: (e) => e.preventDefault() });
  const graph = h('div', { id: 'network', class: 'network', role: 'img', 'aria-label': 'Co-sponsorship network graph' });
  const summary = h('p', { class: 'small', id: 'network-summary' });
  const details = h('aside', { id: 'economy-projects', class: 'details', 'aria-live': 'polite' },
    h('p', { class: 'small' }, 'Click an economy in the network to list its projects.'));
  const keyboard = h('div', { class: 'chips economies', role: 'group', 'aria-label': 'Economies (projects)' });
  main.append(filters, h('div', { class: 'network-layout' }, h('div', {}, graph, summary, keyboard), details));

  const [{ default: cytoscape }, economyRows, projectRows] = await Promise.all([
    import('cytoscape'), selectRows(ECONOMIES), selectRows(PROJECTS)]);
  const economies = new Map(economyRows.map((e) => [e.code, e]));
  const projects = toProjects(projectRows);
  const state = Object.fromEntries(FILTERS.map((f) => [f, urlState.get(f)]));
  const kfaLabel = (k) => `KFA ${k}`;

  const drawFilters = () => filters.replaceChildren(
    selectField('Forum', 'forum', [['', 'all fora'], ...distinct(projects, 'forums').map((f) => [f, f])], state.forum, update('forum')),
    selectField('Year', 'year', [['', 'all years'], ...distinct(projects, 'year').map((y) => [y, y])], state.year, update('year')),
    selectField('Status', 'status', [['', 'any status'], ...distinct(projects, 'statuses').map((s) => [s, s])], state.status, update('status')),
    selectField('AIDER KFA', 'kfa', [['', 'any KFA'], ...distinct(projects, 'kfas').map((k) => [k, kfaLabel(k)])], state.kfa, update('kfa')));

  let cy;
  let selected = urlState.get('economy');
  function update(name) {
    return (value) => { state[name] = value; urlState.set({ [name]: value }); draw(); };
  }

  function draw() {
    const shown = filterProjects(projects, state);
    const network = buildNetwork(shown);
    const max = Math.max(1, ...network.edges.map((e) => e.weight));
    const start = ringPositions(network.nodes.map((n) => n.code));
    const elements = [
      ...network.nodes.map((n) => ({
        data: { id: n.code, label: `${n.code}\n${economies.get(n.code)?.en ?? ''}`, projects: n.projects },
        position: start.get(n.code),
      })),
      ...network.edges.map((e) => ({
        data: { id: `${e.source}-${e.target}`, source: e.source, target: e.target, weight: e.weight, width: 1 + (7 * e.weight) / max },
      })),
    ];
    cy?.destroy();
    graph.replaceChildren();
    cy = cytoscape({
      container: graph,
      elements,
      // randomize: false starts from ringPositions, so the same data draws the same picture every load.
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 20 },
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          label: 'data(label)', 'text-wrap': 'wrap', 'text-valign': 'center', 'font-size': 9,
          'background-color': '#cfe3f6', 'border-color': '#1f5f99', 'border-width': 1.5,
          width: 'mapData(projects, 1, 12, 34, 70)', height: 'mapData(projects, 1, 12, 34, 70)', color: '#102a43' } },
        { selector: 'node:selected', style: { 'background-color': '#ffcf66', 'border-color': '#b36b00', 'border-width': 3 } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': '#8aa4bf', opacity: 0.75, 'curve-style': 'haystack' } },
        { selector: 'edge.near', style: { 'line-color': '#d98b00', opacity: 1 } },
      ],
    });
    cy.on('tap', 'node', (event) => showEconomy(event.target.id(), shown));
    graph._cy = cy; // for the browser tests, which click nodes where cytoscape drew them
    keyboard.replaceChildren(...network.nodes.sort((a, b) => b.projects - a.projects || a.code.localeCompare(b.code))
      .map((n) => h('button', { type: 'button', class: 'chip', 'data-economy': n.code, onclick: () => showEconomy(n.code, shown) },
        `${n.code} (${n.projects})`)));
    summary.textContent = `${shown.length} project${shown.length === 1 ? '' : 's'}, ${network.nodes.length} economies, `
      + `${network.edges.length} co-sponsoring pair${network.edges.length === 1 ? '' : 's'}.`;
    if (network.nodes.length === 0) graph.replaceChildren(message('No project matches these filters.'));
    if (selected && cy.getElementById(selected).nonempty()) showEconomy(selected, shown);
    graph.dataset.nodes = String(network.nodes.length);
  }

  function showEconomy(code, shown) {
    selected = code;
    urlState.set({ economy: code });
    cy.elements().unselect().removeClass('near');
    const node = cy.getElementById(code);
    node.select();
    node.connectedEdges().addClass('near');
    const economy = economies.get(code);
    const list = projectsOf(shown, code);
    details.replaceChildren(
      h('h2', {}, h('a', { href: `/id/economy/${code}`, target: embed ? '_top' : null }, bilingual(economy?.en ?? code, economy?.zh)), ` (${code})`),
      h('p', { class: 'small' }, `${list.length} project${list.length === 1 ? '' : 's'} with the filters above; `
        + `co-sponsors with ${node.connectedEdges().length} economies.`),
      h('ul', { class: 'project-list' }, list.map((p) => h('li', {},
        h('a', { href: localHref(p.iri), target: embed ? '_top' : null }, p.number ?? 'no number'), ' ',
        bilingual(p.title, p.titleZh), ' ',
        h('span', { class: `tag role-${p.role}` }, p.role),
        p.statuses.map((s) => h('span', { class: 'tag' }, s))))));
  }

  drawFilters();
  draw();
  // Cytoscape caches where its canvas sits on the page. When something around it changes size after
  // the first draw (a late font, the filters, the projects panel), it must re-read that position, or
  // clicks land beside the nodes they aim at.
  new ResizeObserver(() => cy?.resize()).observe(main);
}
