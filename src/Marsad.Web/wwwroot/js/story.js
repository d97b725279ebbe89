'use strict';
// Story view: the outlets that told a story, the events they agree on and the values where they differ, and which
// outlets name which actors.
(() => {
  const { el, clear, fill, api, query, actorLink, articleLink, showError, downloads, categoryLabel } = Marsad;

  function render(s) {
    document.title = 'مرصد — ' + (s.seed.title || s.seed.id);
    document.getElementById('title').textContent = s.seed.title || s.seed.id;
    fill(document.getElementById('outlets'), 'المصادر: ', ...s.outlets.map(o => el('span', { className: 'outlet' }, o || 'غير معروف')).flatMap((o, i) => i ? ['، ', o] : [o]),
      ' · ', s.articles.length + ' مقال', downloads('/api/stories/' + encodeURIComponent(s.seed.id) + '/export', {}));

    const facts = clear(document.getElementById('facts'));
    for (const f of s.facts) {
      const outlets = [...new Set(f.values.map(v => v.outlet))];
      facts.append(el('div', { className: 'panel fact' + (f.agreed ? ' agreed' : ' differs') },
        categoryLabel(f.category), ' ', f.actors.map(actorLink).flatMap((a, i) => i ? ['، ', a] : [a]),
        f.recipients.length ? [' ← ', ...f.recipients.map(actorLink).flatMap((a, i) => i ? ['، ', a] : [a])] : [],
        ' — ', outlets.length + ' مصدر: ' + outlets.join('، '), ' ',
        el('span', { className: f.agreed ? 'agrees' : 'differs' }, f.agreed ? 'متفقة' : 'مختلفة'),
        f.differences.length ? el('ul', {}, f.differences.map(d => el('li', { className: 'differs' }, d))) : null,
        el('table', { className: 'grid' }, el('tbody', {}, f.values.map(v => el('tr', {},
          el('td', {}, v.outlet), el('td', {}, v.date || '—'), el('td', {}, v.place || '—'),
          el('td', {}, v.dead === null ? '—' : String(v.dead)), el('td', {}, v.injured === null ? '—' : String(v.injured)),
          el('td', {}, v.sentence), el('td', {}, articleLink({ id: v.articleId, title: 'المقال' }))))))));
    }
    if (!s.facts.length) facts.append(el('p', { className: 'muted' }, 'لا أحداث مشتركة.'));

    const coverage = clear(document.getElementById('coverage'));
    coverage.append(el('thead', {}, el('tr', {}, el('th', {}, 'الفاعل'), s.outlets.map(o => el('th', {}, o || '؟')))),
      el('tbody', {}, s.coverage.map(c => el('tr', {}, el('td', {}, actorLink(c.actor)), s.outlets.map(o => el('td', {}, c.outlets.includes(o) ? '✓' : '—'))))));

    const articles = clear(document.getElementById('articles'));
    for (const a of s.articles) {
      articles.append(el('li', {}, el('span', { className: 'outlet' }, a.article.outlet || '؟'), ' — ', articleLink(a.article),
        a.article.published ? ' (' + a.article.published + ')' : '',
        a.shared.length ? [' · مشترك: ', ...a.shared.map(actorLink).flatMap((x, i) => i ? ['، ', x] : [x])] : [],
        a.sharedEvents ? ' · ' + a.sharedEvents + ' حدث مشترك' : ''));
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    try {
      render(await api('/api/stories/' + encodeURIComponent(query().article || '')));
    } catch (error) {
      showError(document.querySelector('main'), error);
    }
  });
})();
