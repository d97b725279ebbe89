// Shared helpers for every page of the Marsad workspace.
// Rule: text from articles is untrusted. The DOM is built with createElement and text nodes only; nothing from the
// server is ever assigned to innerHTML, and links to the outside are kept only when they are http(s).
'use strict';

const Marsad = (() => {
  // PLOVER categories in Arabic, for labels; the codes stay visible in tooltips and downloads.
  const categories = {
    AGREE: 'اتفاق', CONSULT: 'تشاور', SUPPORT: 'دعم', CONCEDE: 'تنازل', COOPERATE: 'تعاون', AID: 'مساعدة',
    RETREAT: 'انسحاب', REQUEST: 'مطالبة', ACCUSE: 'اتهام', REJECT: 'رفض', THREATEN: 'تهديد', PROTEST: 'احتجاج',
    SANCTION: 'عقوبات', MOBILIZE: 'تعبئة', COERCE: 'إكراه', ASSAULT: 'هجوم', STATEMENT: 'تصريح',
  };
  const flags = { negated: 'منفي', conditional: 'مشروط', future: 'مستقبلي', denied: 'نفي مسؤولية', background: 'خلفية' };
  const kinds = { PER: 'شخص', ORG: 'منظمة', GPE: 'دولة/مدينة', LOC: 'موقع', MISC: 'أخرى' };

  /** Builds an element. props: className, href (internal or http(s) only), title, dataset, type, value…; children: strings or nodes. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'href') {
        const safe = safeHref(value);
        if (safe) node.setAttribute('href', safe);
      } else if (key === 'dataset') {
        Object.assign(node.dataset, value);
      } else if (key === 'className') {
        node.className = value;
      } else if (key.startsWith('on') && typeof value === 'function') {
        node.addEventListener(key.slice(2), value);
      } else {
        node.setAttribute(key, String(value));
      }
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** Internal links (starting with a page name or /) and absolute http(s) URLs; anything else (javascript:, data:) is dropped. */
  function safeHref(value) {
    const s = String(value).trim();
    if (/^[a-z]+\.html(\?|#|$)/.test(s) || /^\/(?!\/)/.test(s)) return s;
    try {
      const url = new URL(s);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  /** Replaces a node's children: strings become text nodes, arrays are flattened, null and false are skipped. */
  function fill(node, ...children) {
    clear(node);
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  async function api(path, params) {
    const url = new URL(path, location.origin);
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== null && v !== undefined && v !== '' && v !== false) url.searchParams.set(k, v);
    }
    const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(body.detail || body.title || ('HTTP ' + response.status));
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function query() {
    return Object.fromEntries(new URLSearchParams(location.search));
  }

  function link(page, params) {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== null && v !== undefined && v !== '' && v !== false) search.set(k, v);
    }
    const s = search.toString();
    return page + (s ? '?' + s : '');
  }

  function actorLink(ref) {
    if (!ref) return null;
    return el('a', { href: link('actor.html', { id: ref.id }), className: 'actor' + (ref.isClass ? ' class' : ''), title: ref.nameEn || null }, ref.name);
  }

  function articleLink(article) {
    return el('a', { href: link('article.html', { id: article.id }), className: 'article-link' }, article.title || article.id);
  }

  function categoryLabel(code) {
    return el('span', { className: 'category cat-' + code, title: code }, categories[code] || code);
  }

  function flagLabels(list) {
    return (list || []).map(f => el('span', { className: 'flag flag-' + f }, flags[f] || f));
  }

  function dateText(e) {
    if (!e.date) return 'بلا تاريخ';
    return e.dateEnd && e.dateEnd !== e.date ? e.date + ' – ' + e.dateEnd : e.date;
  }

  /** One event as a list row: category, date, actors → recipients, place, toll, flags, sentence, source article and outlet. */
  function eventRow(e) {
    const who = el('span', { className: 'who' },
      e.actors.length ? e.actors.map(actorLink).flatMap((a, i) => i ? [' ، ', a] : [a]) : 'فاعل غير محدد',
      e.recipients.length ? [' ← ', ...e.recipients.map(actorLink).flatMap((a, i) => i ? [' ، ', a] : [a])] : []);
    const toll = [];
    if (e.dead !== null && e.dead !== undefined) toll.push(e.dead + ' قتيل');
    if (e.injured !== null && e.injured !== undefined) toll.push(e.injured + ' جريح');
    return el('li', { className: 'event' + (e.background ? ' background' : ''), dataset: { id: e.id } },
      el('div', { className: 'event-head' },
        categoryLabel(e.category), ' ', el('span', { className: 'date' }, dateText(e)), ' ', who,
        e.place ? [' · ', actorLink(e.place)] : [], toll.length ? [' · ', toll.join('، ')] : [], ' ', flagLabels(e.flags)),
      el('blockquote', { className: 'sentence' }, e.sentence),
      el('div', { className: 'source' }, 'المصدر: ', el('span', { className: 'outlet' }, e.article.outlet || 'مصدر غير معروف'), ' — ',
        articleLink(e.article), e.article.published ? ' (' + e.article.published + ')' : ''));
  }

  /** Download links for a list view: the same endpoint with format=csv|geojson|plover. */
  function downloads(path, params) {
    return el('div', { className: 'downloads' }, 'تنزيل: ',
      el('a', { href: link(path, Object.assign({}, params, { format: 'csv' })), className: 'download', download: '' }, 'CSV'), ' · ',
      el('a', { href: link(path, Object.assign({}, params, { format: 'geojson' })), className: 'download', download: '' }, 'GeoJSON'), ' · ',
      el('a', { href: link(path, Object.assign({}, params, { format: 'plover' })), className: 'download', download: '' }, 'PLOVER JSONL'));
  }

  function showError(container, error) {
    fill(container, el('p', { className: 'error', role: 'alert' }, 'تعذّر التحميل: ', error.message));
  }

  /** A type-ahead actor picker: typing asks /api/actors; choosing sets the id. */
  function actorPicker(input, onPick) {
    const list = el('ul', { className: 'suggestions', role: 'listbox' });
    input.after(list);
    let timer = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        clear(list);
        const name = input.value.trim();
        if (name.length < 2) return;
        const actors = await api('/api/actors', { name, limit: 8 }).catch(() => []);
        for (const a of actors) {
          list.append(el('li', {}, el('button', {
            type: 'button', className: 'suggestion', dataset: { id: a.actor.id },
            onclick: () => { clear(list); input.value = a.actor.name; onPick(a.actor); },
          }, a.actor.name, a.actor.nameEn ? ' (' + a.actor.nameEn + ')' : '')));
        }
      }, 200);
    });
  }

  function nav() {
    const here = location.pathname.replace(/^\//, '') || 'index.html';
    const pages = [['index.html', 'بحث'], ['timeline.html', 'الخط الزمني'], ['graph.html', 'الشبكة'], ['map.html', 'الخريطة'], ['actors.html', 'الفاعلون']];
    const header = document.querySelector('header.site');
    if (!header) return;
    header.append(el('a', { href: 'index.html', className: 'brand' }, 'مرصد'),
      el('nav', {}, pages.map(([href, label]) => el('a', { href, className: here === href ? 'current' : null }, label))));
  }

  document.addEventListener('DOMContentLoaded', nav);
  return { el, clear, fill, api, query, link, actorLink, articleLink, categoryLabel, flagLabels, eventRow, downloads, showError, actorPicker, categories, kinds, safeHref, dateText };
})();
