import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchScore, rankHits } from '../src/lib/rank.js';

test('exact beats prefix beats contains, case- and width-insensitively', () => {
  assert.equal(matchScore('DESG', 'desg'), 3);
  assert.equal(matchScore('ＤＥＳＧ', 'desg'), 3);
  assert.equal(matchScore('DESG 101 2024A', 'DESG'), 2);
  assert.equal(matchScore('APEC DESG', 'DESG'), 1);
  assert.equal(matchScore('Digital', 'DESG'), 0);
});

test('entities ranked by their best label; preferred names before variants; one row per entity', () => {
  const hits = [
    { iri: 'p1', label: 'DESG 101 2024A', property: 'prefLabel' },
    { iri: 'p1', label: 'DESG_101_2024 A', property: 'altLabel' },
    { iri: 'x', label: 'About DESG', property: 'prefLabel' },
    { iri: 'forum', label: 'DESG', property: 'altLabel' },
    { iri: 'forum', label: 'DESG', property: 'notation' },
    { iri: 'forum', label: 'Digital Economy Steering Group', property: 'prefLabel' },
  ];
  const ranked = rankHits(hits, 'DESG');
  assert.deepEqual(ranked.map((h) => h.iri), ['forum', 'p1', 'x']);
  assert.equal(ranked[0].property, 'notation');
  assert.deepEqual(ranked.map((h) => h.score), [3, 2, 1]);
});

test('Chinese labels match', () => {
  const ranked = rankHits([
    { iri: 'tw', label: '中華臺北', property: 'prefLabel' },
    { iri: 'r', label: '中華臺北數位發展部報告', property: 'prefLabel' },
  ], '中華臺北');
  assert.deepEqual(ranked.map((h) => h.iri), ['tw', 'r']);
});

test('a forum comes before the project-number code that shares its acronym', () => {
  const ranked = rankHits([
    { iri: 'code', label: 'DESG', property: 'notation', type: 'ProjectNumberCode' },
    { iri: 'forum', label: 'DESG', property: 'notation', type: 'Forum' },
  ], 'DESG');
  assert.deepEqual(ranked.map((h) => h.iri), ['forum', 'code']);
});
