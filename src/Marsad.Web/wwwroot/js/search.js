'use strict';
// Search page: the state lives in the URL (q, dates, facets, page), so every result list can be shared and reloaded.
(() => {
  const { el, clear, fill, api, query, link, categories, showError, downloads } = Marsad;
  const facetKeys = ['outlet', 'actor', 'category', 'place'];

  function state() {
    const q = query();
    return { q: q.q || '', from: q.from || '', to: q.to || '', sort: q.sort || 'relevance', page: Number(q.page || 0),
      outlet: q.outlet || '', actor: q.actor || '', category: q.category || '', place: q.place || '' };
  }

  function go(changes) {
    const next = Object.assign(state(), changes);
    if (!('page' in changes)) next.page = 0;
    location.search = new URLSearchParams(Object.entries(next).filter(([, v]) => v !== '' && v !== 0 && v !== 'relevance')).toString();
  }

  function facet(title, key, values, current, label) {
    if (!values.length) return null;
    return [el('h3', {}, title), el('ul', { dataset: { facet: key } }, values.map(v => el('li', {},
      el('button', { type: 'button', className: current === v.value ? 'active' : null, title: v.labelEn || null,
        onclick: () => go({ [key]: current === v.value ? '' : v.value }) }, label ? label(v) : v.label), ' (', String(v.count), ')')))];
  }

  async function run() {
    const s = state();
    for (const id of ['q', 'from', 'to', 'sort']) document.getElementById(id).value = s[id];
    const hits = document.getElementById('hits');
    const status = document.getElementById('status');
    const params = { q: s.q, from: s.from, to: s.to, sort: s.sort, page: s.page, outlet: s.outlet, actor: s.actor, category: s.category, place: s.place, size: 10 };
    let result;
    try {
      result = await api('/api/search', params);
    } catch (error) {
      showError(hits, error);
      return;
    }

    status.textContent = 'عدد النتائج: ' + result.total + (result.index.stale ? ' — الفهرس قيد التحديث، قد تنقص نتائج.' : '');
    status.dataset.total = result.total;
    const expansions = clear(document.getElementById('expansions'));
    for (const x of result.expansions) {
      expansions.append(el('div', { className: 'expansion' }, '«', x.phrase, '» ← ', el('a', { href: link('actor.html', { id: x.entityId }), title: x.nameEn }, x.nameAr)));
    }

    clear(hits);
    for (const h of result.hits) {
      hits.append(el('li', { className: 'hit', dataset: { id: h.id } },
        el('div', { className: 'title' }, el('a', { href: link('article.html', { id: h.id, q: s.q }) }, parts(h.title.length ? h.title : [{ text: h.id, hit: false }]))),
        el('div', { className: 'meta' }, h.outlet || 'مصدر غير معروف', ' · ', h.published || 'بلا تاريخ', ' · ', el('a', { href: link('story.html', { article: h.id }) }, 'القصة')),
        el('p', { className: 'snippet' }, parts(h.snippet))));
    }

    const facets = clear(document.getElementById('facets'));
    facets.append(...[
      facet('المصدر', 'outlet', result.facets.outlets, s.outlet),
      facet('الفاعلون', 'actor', result.facets.actors, s.actor),
      facet('نوع الحدث', 'category', result.facets.categories, s.category, v => categories[v.value] || v.value),
      facet('المكان', 'place', result.facets.places, s.place),
    ].filter(Boolean).flat());
    if (result.facets.months.length) {
      facets.append(el('h3', {}, 'الشهر'), el('ul', { dataset: { facet: 'month' } }, result.facets.months.map(m => el('li', {},
        el('button', { type: 'button', onclick: () => go({ from: m.value + '-01', to: monthEnd(m.value) }) }, m.value), ' (', String(m.count), ')'))));
    }

    const pager = clear(document.getElementById('pager'));
    if (s.page > 0) pager.append(el('button', { type: 'button', onclick: () => go({ page: s.page - 1 }) }, 'السابق'));
    if ((s.page + 1) * 10 < result.total) pager.append(el('button', { type: 'button', onclick: () => go({ page: s.page + 1 }) }, 'التالي'));
    const { page, size, ...filters } = params;
    fill(document.getElementById('downloads'), downloads('/api/search/export', filters),
      el('p', { className: 'muted' }, 'الأحداث المذكورة في المقالات المطابقة: ', el('a', { href: link('timeline.html', { from: s.from, to: s.to, category: s.category, actor: s.actor }) }, 'افتحها في الخط الزمني')));
  }

  /** Snippet parts are plain text; matching words become <mark> elements built with text nodes. */
  function parts(list) {
    return list.map(p => p.hit ? el('mark', {}, p.text) : document.createTextNode(p.text));
  }

  function monthEnd(month) {
    const [y, m] = month.split('-').map(Number);
    return month + '-' + String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('search').addEventListener('submit', event => {
      event.preventDefault();
      const form = new FormData(event.target);
      go({ q: form.get('q').trim(), from: form.get('from'), to: form.get('to'), sort: form.get('sort') });
    });
    run();
  });
})();
