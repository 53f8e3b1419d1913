import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectYear, toProjects, filterProjects, buildNetwork, projectsOf, distinct, ringPositions } from '../src/lib/projects.js';

const rows = [
  { project: 'p1', number: 'DESG 101 2024A', proposer: 'US', cosponsors: 'TW CL AU', forums: 'DESG', statuses: 'ongoing', kfas: '5 6 10' },
  { project: 'p2', number: 'CTI 01 2023S', proposer: 'AU', cosponsors: 'US TW', forums: 'CTI', statuses: 'completed', kfas: '' },
  { project: 'p3', proposer: 'KR', cosponsors: '', forums: '', statuses: 'proposed', kfas: '' },
];

test('year from the project number', () => {
  assert.equal(projectYear('DESG 101 2024A'), '2024');
  assert.equal(projectYear('DESG 02 2021'), '2021');
  assert.equal(projectYear(undefined), undefined);
});

test('network: a node per economy, edges weighted by shared projects', () => {
  const network = buildNetwork(toProjects(rows));
  const weight = (a, b) => network.edges.find((e) => e.source === a && e.target === b)?.weight;
  assert.equal(weight('AU', 'US'), 2);
  assert.equal(weight('TW', 'US'), 2);
  assert.equal(weight('AU', 'CL'), 1);
  assert.equal(network.edges.length, 6);
  assert.deepEqual(network.nodes.find((n) => n.code === 'KR'), { code: 'KR', projects: 1 });
});

test('filters and the projects of an economy', () => {
  const projects = toProjects(rows);
  assert.deepEqual(filterProjects(projects, { forum: 'DESG' }).map((p) => p.iri), ['p1']);
  assert.deepEqual(filterProjects(projects, { year: '2023' }).map((p) => p.iri), ['p2']);
  assert.deepEqual(filterProjects(projects, { status: 'proposed', kfa: '' }).map((p) => p.iri), ['p3']);
  assert.deepEqual(filterProjects(projects, { kfa: '6' }).map((p) => p.iri), ['p1']);
  assert.deepEqual(projectsOf(projects, 'AU').map((p) => [p.iri, p.role]), [['p1', 'co-sponsor'], ['p2', 'proposer']]);
  assert.deepEqual(distinct(projects, 'kfas'), ['5', '6', '10']);
});

test('layout start positions: on a circle, in code order, whatever order the codes come in', () => {
  const positions = ringPositions(['US', 'AU', 'TW', 'CL'], 100);
  assert.deepEqual([...positions.keys()], ['AU', 'CL', 'TW', 'US']);
  assert.deepEqual(positions.get('AU'), { x: 100, y: 0 });
  assert.deepEqual(positions.get('CL'), { x: 0, y: 100 });
  assert.deepEqual(positions.get('TW'), { x: -100, y: 0 });
  assert.deepEqual(positions.get('US'), { x: 0, y: -100 });
  assert.deepEqual(ringPositions(['CL', 'US', 'TW', 'AU'], 100), positions);
  assert.deepEqual(ringPositions([]), new Map());
});
