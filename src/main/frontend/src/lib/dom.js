// A small element builder (text is always set as text, never parsed as HTML).

/** h('a', { href, class: 'x', onclick }, 'text', child...) */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A name in English with the Chinese name beside it, when there is one. */
export function bilingual(en, zh) {
  return h('span', { class: 'bilingual' },
    en ? h('span', { lang: 'en' }, en) : null,
    zh ? h('span', { lang: 'zh-Hant', class: 'zh' }, zh) : null);
}

export function select(label, name, options, value, onchange) {
  const id = `filter-${name}`;
  return h('label', { class: 'field', for: id }, h('span', {}, label),
    h('select', { id, name, onchange: (e) => onchange(e.target.value) },
      options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))));
}

/** Reads and writes the page's state in its query string (shareable URLs). */
export const urlState = {
  get: (name) => new URLSearchParams(location.search).get(name) ?? '',
  set(values) {
    const params = new URLSearchParams(location.search);
    for (const [name, value] of Object.entries(values)) {
      if (value) params.set(name, value); else params.delete(name);
    }
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  },
};

export function message(text, kind = 'info') {
  return h('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}
