'use strict';
// Actor page: names and spellings, roles and affiliations over time, quotes, events, co-actors and stories.
(() => {
  const { el, clear, fill, api, query, link, actorLink, articleLink, eventRow, showError, downloads, kinds } = Marsad;
  const predicates = { member_of: 'عضو في', leads: 'يقود', spokesperson_of: 'متحدث باسم', part_of: 'جزء من', aligned_with: 'موالٍ لـ', succeeded: 'خلف', opposes: 'يعارض', holds_role: 'منصب' };

  function render(a) {
    const actor = a.actor;
    document.title = 'مرصد — ' + actor.name;
    document.getElementById('name').textContent = actor.name;
    fill(document.getElementById('meta'),
      actor.nameEn ? el('span', { className: 'name-en', lang: 'en', dir: 'ltr' }, actor.nameEn) : null,
      actor.isClass ? ' · فئة مصادر غير مسماة' : (actor.kind ? ' · ' + (kinds[actor.kind] || actor.kind) : ''),
      a.country ? ' · ' + a.country : '', a.sector ? ' · ' + a.sector : '', a.wikidata ? ' · Wikidata ' + a.wikidata : '',
      ' · ' + a.articles + ' مقال');
    fill(document.getElementById('links'),
      el('a', { href: link('timeline.html', { actor: actor.id }) }, 'الخط الزمني'), ' · ',
      el('a', { href: link('timeline.html', { actor: actor.id, affiliates: 'true' }) }, 'الخط الزمني مع الجماعات المرتبطة'), ' · ',
      el('a', { href: link('graph.html', { actor: actor.id }) }, 'الشبكة'), ' · ',
      el('a', { href: link('map.html', { actor: actor.id }) }, 'الخريطة'),
      downloads('/api/actor/export', { id: actor.id }));

    fill(document.getElementById('names'),
      el('p', {}, 'الأسماء: ', [actor.name, ...a.aliases].filter((v, i, all) => all.indexOf(v) === i).join('، ')),
      el('p', {}, 'كما كُتب في المقالات: ', a.spellings.length ? a.spellings.map(s => s.text + ' (' + s.count + ')').join('، ') : '—'));

    table('roles', ['المنصب', 'لدى', 'من', 'إلى', 'المصدر'], a.roles.map(r => [r.role, r.of ? actorLink(r.of) : '—', r.from || '؟', r.to || '…', source(r)]));
    table('affiliations', ['العلاقة', 'الجهة', 'من', 'إلى', 'المصدر'], a.affiliations.map(r => [predicates[r.predicate] || r.predicate, actorLink(r.target), r.from || '؟', r.to || '…', source(r)]));

    const quotes = clear(document.getElementById('quotes'));
    a.quotes.forEach(q => quotes.append(el('li', {}, el('q', {}, q.content), ' — ', el('span', { className: 'outlet' }, q.article.outlet || ''), ' ', articleLink(q.article), q.article.published ? ' (' + q.article.published + ')' : '')));
    if (!a.quotes.length) quotes.append(el('li', { className: 'muted' }, 'لا اقتباسات.'));

    const events = clear(document.getElementById('events'));
    a.events.forEach(e => events.append(eventRow(e)));
    if (!a.events.length) events.append(el('li', { className: 'muted' }, 'لا أحداث.'));

    const co = clear(document.getElementById('coactors'));
    a.coActors.forEach(c => co.append(el('li', {}, actorLink(c.actor), ' — ', c.events + ' حدث مشترك، ', c.articles + ' مقال مشترك')));
    if (!a.coActors.length) co.append(el('li', { className: 'muted' }, '—'));

    const stories = clear(document.getElementById('stories'));
    a.stories.forEach(s => stories.append(el('li', {}, el('a', { href: link('story.html', { article: s.seedArticle }) }, s.title || s.seedArticle),
      ' — ', (s.from || '') + (s.to && s.to !== s.from ? ' – ' + s.to : ''), ' · ', s.articles + ' مقال · ', s.outlets.join('، '))));
    if (!a.stories.length) stories.append(el('li', { className: 'muted' }, '—'));
  }

  function source(r) {
    return r.source === 'kb' ? 'قاعدة المعرفة' : 'المقالات (' + r.articles + ')';
  }

  function table(id, headers, rows) {
    const t = clear(document.getElementById(id));
    t.append(el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
      el('tbody', {}, rows.length ? rows.map(r => el('tr', {}, r.map(c => el('td', {}, c)))) : el('tr', {}, el('td', { colspan: headers.length, className: 'muted' }, '—'))));
  }

  document.addEventListener('DOMContentLoaded', async () => {
    try {
      render(await api('/api/actor', { id: query().id || '' }));
    } catch (error) {
      showError(document.querySelector('main'), error);
    }
  });
})();
