// The frame of a chart view: title, the SPARQL behind it, and its embed / full-page links.
import { h } from './dom.js';
import { queryPageHref } from './sparql.js';

/**
 * Heading + links for a view at /ui/{name} (embeddable at /embed/{name}).
 * sources: [[label, sparql], …] — each opens in the Query page.
 */
export function viewHeader({ name, title, intro, sources, embed }) {
  const target = embed ? '_top' : null;
  const search = location.search;
  const sparqlLinks = sources.map(([label, query]) =>
    h('a', { href: queryPageHref(query), target, class: 'sparql-link' }, label));
  if (embed) {
    return h('div', { class: 'embed-header' },
      h('h1', {}, title),
      h('p', { class: 'small' },
        h('a', { href: `/ui/${name}${search}`, target }, 'Open in APEC DEKG'), ' · ', sparqlLinks));
  }
  const embedUrl = `${location.origin}/embed/${name}${search}`;
  const snippet = `<iframe src="${embedUrl}" width="800" height="600" style="border:0" title="${title}"></iframe>`;
  return h('div', { class: 'view-header' },
    h('h1', {}, title),
    intro ? h('p', {}, intro) : null,
    h('p', { class: 'small view-links' },
      h('span', {}, 'SPARQL behind this view: '), sparqlLinks.flatMap((a, i) => (i ? [' · ', a] : [a])),
      ' · ', h('a', { href: `/embed/${name}${search}`, class: 'embed-link' }, 'Embeddable version')),
    h('details', { class: 'embed-code' }, h('summary', {}, 'Embed code'),
      h('code', {}, snippet)));
}
