// Projects as plain records, their filters, and the co-sponsorship network built from them.

/** Year of a canonical project number ("DESG 101 2024A" → "2024"), or undefined. */
export function projectYear(number) {
  const match = /\b((?:19|20)\d\d)[A-Z]?\s*$/.exec(number ?? '');
  return match ? match[1] : undefined;
}

const sameCode = (a, b) => Boolean(a && b) && a.replace(/[^0-9A-Za-z]/g, '') === b.replace(/[^0-9A-Za-z]/g, '');

const words = (value) => (value ? value.split(' ').filter(Boolean) : []);

/** Rows of the projects query → records with arrays for the multi-valued fields. */
export function toProjects(rows) {
  return rows.map((r) => ({
    iri: r.project,
    number: r.number,
    title: sameCode(r.title, r.number) ? undefined : r.title,
    titleZh: r.titleZh,
    proposer: r.proposer,
    cosponsors: words(r.cosponsors).filter((c) => c !== r.proposer),
    forums: words(r.forums),
    statuses: words(r.statuses),
    kfas: words(r.kfas),
    year: projectYear(r.number),
  }));
}

/** Keeps the projects that match every filter given ({ forum, year, status, kfa }; empty = any). */
export function filterProjects(projects, { forum, year, status, kfa } = {}) {
  return projects.filter((p) =>
    (!forum || p.forums.includes(forum))
    && (!year || p.year === year)
    && (!status || p.statuses.includes(status))
    && (!kfa || p.kfas.includes(kfa)));
}

/** The economies of a project: its proposer and co-sponsors. */
export function participants(project) {
  return [...new Set([project.proposer, ...project.cosponsors].filter(Boolean))];
}

/**
 * Co-sponsorship network: a node per economy on at least one project (with its project count),
 * an undirected edge per pair of economies on the same project (as proposer or co-sponsor),
 * weighted by the number of such projects.
 */
export function buildNetwork(projects) {
  const nodes = new Map();
  const edges = new Map();
  for (const project of projects) {
    const economies = participants(project).sort();
    for (const code of economies) {
      nodes.set(code, (nodes.get(code) ?? 0) + 1);
    }
    for (let i = 0; i < economies.length; i++) {
      for (let j = i + 1; j < economies.length; j++) {
        const key = `${economies[i]}|${economies[j]}`;
        edges.set(key, (edges.get(key) ?? 0) + 1);
      }
    }
  }
  return {
    nodes: [...nodes].map(([code, projects]) => ({ code, projects })),
    edges: [...edges].map(([key, weight]) => {
      const [source, target] = key.split('|');
      return { source, target, weight };
    }),
  };
}

/**
 * Start positions for the network layout: the economies evenly on a circle of {@code radius}, in
 * code order. The force layout (cose) starts from these instead of from one point, where it breaks
 * ties with Math.random, so the same data draws the same picture on every load.
 */
export function ringPositions(codes, radius = 200) {
  const sorted = [...codes].sort();
  const round = (v) => Math.round(v * 1000) / 1000 + 0; // + 0: no -0
  return new Map(sorted.map((code, i) => {
    const angle = (2 * Math.PI * i) / sorted.length;
    return [code, { x: round(radius * Math.cos(angle)), y: round(radius * Math.sin(angle)) }];
  }));
}

/** The projects an economy is on, with its role in each. */
export function projectsOf(projects, code) {
  return projects
    .filter((p) => p.proposer === code || p.cosponsors.includes(code))
    .map((p) => ({ ...p, role: p.proposer === code ? 'proposer' : 'co-sponsor' }));
}

/** Distinct values of a multi-valued field, sorted (numbers numerically). */
export function distinct(projects, field) {
  const values = new Set(projects.flatMap((p) => [p[field]].flat().filter(Boolean)));
  return [...values].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
