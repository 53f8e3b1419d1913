import './style.css';
import { h } from './lib/dom.js';

const PAGES = {
  home: { title: 'Home', load: () => import('./pages/home.js') },
  query: { title: 'Query', load: () => import('./pages/query.js') },
  network: { title: 'Co-sponsorship network', load: () => import('./pages/network.js'), embeddable: true },
  kfa: { title: 'AIDER coverage', load: () => import('./pages/kfa.js'), embeddable: true },
  policies: { title: 'Policies timeline', load: () => import('./pages/policies.js'), embeddable: true },
  upload: { title: 'Upload reports', load: () => import('./pages/upload.js') },
  review: { title: 'Review', load: () => import('./pages/review.js') },
};

/** /ui/ → home, /ui/kfa → kfa, /embed/kfa → kfa embedded (no header, chart only). */
export function route(pathname) {
  const path = pathname.replace(/\/+$/, '');
  const embed = path.startsWith('/embed/');
  const name = (embed ? path.slice('/embed/'.length) : path.replace(/^\/ui\/?/, '')) || 'home';
  return { name: PAGES[name] && (!embed || PAGES[name].embeddable) ? name : 'notFound', embed };
}

function header(current) {
  const link = (name, href, text) => h('a', { href, 'aria-current': name === current ? 'page' : null }, text);
  return h('header', { class: 'site' },
    h('a', { class: 'brand', href: '/ui/' }, 'APEC DEKG', h('span', { class: 'zh', lang: 'zh-Hant' }, '數位經濟知識圖譜')),
    h('nav', { 'aria-label': 'Main' },
      link('home', '/ui/', 'Home'),
      link('query', '/ui/query', 'Query'),
      link('network', '/ui/network', 'Network'),
      link('kfa', '/ui/kfa', 'AIDER coverage'),
      link('policies', '/ui/policies', 'Policies'),
      link('upload', '/ui/upload', 'Upload'),
      link('review', '/ui/review', 'Review'),
      h('a', { href: '/api/docs' }, 'API')));
}

async function start() {
  const { name, embed } = route(location.pathname);
  const app = document.getElementById('app');
  document.body.classList.toggle('embed', embed);
  const main = h('main', { id: 'main' });
  app.replaceChildren(...(embed ? [main] : [header(name), main]));
  if (name === 'notFound') {
    document.title = 'Not found · APEC DEKG';
    main.append(h('h1', {}, 'Page not found'), h('p', {}, h('a', { href: '/ui/' }, 'Go to the home page')));
    return;
  }
  const page = PAGES[name];
  document.title = `${page.title} · APEC Digital Economy Knowledge Graph`;
  const module = await page.load();
  await module.render(main, { embed });
  document.body.dataset.ready = name;
}

start().catch((error) => {
  console.error(error);
  document.getElementById('app').append(h('p', { class: 'message error', role: 'alert' }, String(error.message ?? error)));
});
