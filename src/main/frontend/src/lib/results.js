// SPARQL JSON results as a table, as a bar chart, and as CSV.
import { h } from './dom.js';
import { localHref } from './sparql.js';

const NUMERIC = /#(integer|decimal|double|float|long|int|short|nonNegativeInteger|positiveInteger)$/;

export function resultTable(results, { caption } = {}) {
  const vars = results.head.vars ?? [];
  const bindings = results.results?.bindings ?? [];
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'results' },
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, vars.map((v) => h('th', { scope: 'col' }, v)))),
      h('tbody', {}, bindings.map((b) => h('tr', {}, vars.map((v) => h('td', {}, term(b[v]))))))));
}

function term(t) {
  if (!t) return '';
  if (t.type === 'uri') {
    const href = localHref(t.value);
    return h('a', { href, title: t.value }, href.startsWith('/') ? href.replace(/^\/id\//, '') : t.value);
  }
  const lang = t['xml:lang'];
  return lang ? h('span', { lang }, t.value) : t.value;
}

/** Label column + numeric columns of results, or null when there is nothing to chart. */
export function chartData(results) {
  const vars = results.head.vars ?? [];
  const bindings = results.results?.bindings ?? [];
  if (bindings.length === 0) return null;
  const isNumber = (v) => bindings.every((b) => !b[v] || NUMERIC.test(b[v].datatype ?? ''))
    && bindings.some((b) => b[v]);
  const numeric = vars.filter(isNumber);
  const label = vars.find((v) => !numeric.includes(v) && bindings.every((b) => b[v]?.type !== 'uri'))
    ?? vars.find((v) => !numeric.includes(v));
  if (!label || numeric.length === 0) return null;
  return {
    labels: bindings.map((b) => b[label]?.value ?? ''),
    series: numeric.map((v) => ({ name: v, values: bindings.map((b) => Number(b[v]?.value ?? 0)) })),
  };
}

export async function resultChart(results) {
  const data = chartData(results);
  if (!data) return h('p', { class: 'message' }, 'Nothing to chart: the results have no numeric column.');
  const { Chart, PALETTE } = await import('./charts.js');
  const canvas = h('canvas', { role: 'img', 'aria-label': `Bar chart of ${data.series.map((s) => s.name).join(', ')}` });
  const box = h('div', { class: 'chart-box' }, canvas);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: data.series.map((s, i) => ({ label: s.name, data: s.values, backgroundColor: PALETTE[i % PALETTE.length] })),
    },
    options: { responsive: true, maintainAspectRatio: false, indexAxis: data.labels.length > 12 ? 'y' : 'x' },
  });
  return box;
}

export function toCsv(results) {
  const vars = results.head.vars ?? [];
  const cell = (value) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [vars.join(',')];
  for (const b of results.results?.bindings ?? []) {
    lines.push(vars.map((v) => cell(b[v]?.value ?? '')).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
