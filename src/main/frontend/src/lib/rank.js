// Ranking of label search hits: exact > prefix > contains; preferred names before variants.

const PREFERRED = new Set(['prefLabel', 'notation', 'name']);

// Code lists (project-number codes, statuses, funds, policy types and topics) share codes with the
// things they stand for ("DESG" is a forum and a project-number code): on a tie the thing comes first.
const CODE_LISTS = new Set(['ProjectNumberCode', 'ProjectStatus', 'FundingSource', 'PolicyType', 'PolicyTopic']);

/** 3 = exact, 2 = prefix, 1 = contains, 0 = no match (case- and width-insensitive). */
export function matchScore(label, query) {
  const l = normalise(label);
  const q = normalise(query);
  if (!q || !l.includes(q)) return 0;
  if (l === q) return 3;
  return l.startsWith(q) ? 2 : 1;
}

export function normalise(text) {
  return String(text ?? '').normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Groups hits ({ iri, label, property, ... }) by IRI and orders the entities by their best hit:
 * match score, then a preferred name over a variant, then a thing over a code-list entry, then the
 * shorter label, then the label.
 */
export function rankHits(hits, query, limit = 10) {
  const best = new Map();
  for (const hit of hits) {
    const score = matchScore(hit.label, query);
    if (score === 0) continue;
    const key = [score, PREFERRED.has(hit.property) ? 1 : 0, CODE_LISTS.has(hit.type) ? 0 : 1,
      -normalise(hit.label).length];
    const current = best.get(hit.iri);
    if (!current || compareKeys(key, current.key) > 0) {
      best.set(hit.iri, { hit, key });
    }
  }
  return [...best.values()]
    .sort((a, b) => compareKeys(b.key, a.key) || a.hit.label.localeCompare(b.hit.label))
    .slice(0, limit)
    .map(({ hit, key }) => ({ ...hit, score: key[0] }));
}

function compareKeys(a, b) {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return 0;
}
