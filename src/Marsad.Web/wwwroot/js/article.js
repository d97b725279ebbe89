'use strict';
// Article reader: the text is rebuilt from the API's runs with text nodes; mentions link to actor pages (English name
// on hover), quotes and event triggers are highlighted, removed page furniture can be shown struck through.
(() => {
  const { el, clear, fill, api, query, link, actorLink, eventRow, showError, categories, downloads } = Marsad;

  function render(a) {
    document.title = 'مرصد — ' + (a.title || a.id);
    document.getElementById('title').textContent = a.title || a.id;
    const source = Marsad.safeHref(a.url || '');
    fill(document.getElementById('meta'),
      el('span', { className: 'outlet' }, a.outlet || 'مصدر غير معروف'), ' · ',
      el('span', { className: 'published' }, a.published ? a.published + (a.publishedInferred ? ' (مستنتج من النص: ' + (a.inferredRule || '') + ')' : '') : 'بلا تاريخ'),
      a.publishedText ? ' · كما طُبع: ' + a.publishedText : '', a.author ? ' · ' + a.author : '', ' · ',
      source ? el('a', { href: source, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'الصفحة الأصلية') : (a.url ? 'الرابط: ' + a.url : a.sourceFile), ' · ',
      el('a', { href: link('story.html', { article: a.id }) }, 'القصة ومصادرها'));

    const reader = clear(document.getElementById('reader'));
    let paragraph = el('p');
    reader.append(paragraph);
    for (const run of a.runs) {
      if (run.paragraph && paragraph.childNodes.length) {
        paragraph = el('p');
        reader.append(paragraph);
      }
      if (run.removed !== null && run.removed !== undefined) {
        const removed = a.removed[run.removed];
        paragraph.append(el('del', { className: 'removed' + (run.paragraph || !paragraph.childNodes.length ? ' block' : ''), title: 'حُذف: ' + removed.reason, dataset: { reason: removed.reason } }, removed.text));
        continue;
      }
      paragraph.append(decorate(run, a));
    }

    const events = clear(document.getElementById('events'));
    a.events.forEach(e => events.append(Object.assign(eventRow(e), { id: 'ev-' + e.id })));
    if (!a.events.length) events.append(el('li', { className: 'muted' }, 'لا أحداث.'));
    events.after(downloads('/api/events/export', { article: a.id }));

    const quotes = clear(document.getElementById('quotes'));
    for (const q of a.quotes) {
      quotes.append(el('li', { className: 'quote-item' },
        q.speaker ? actorLink(q.speaker) : (q.speakerText || 'متحدث غير محدد'), q.cue ? ' (' + q.cue + ')' : '', ': ',
        el('q', {}, q.content), q.medium ? el('span', { className: 'flag' }, q.medium) : null, q.viaOutlet ? ' — عبر ' + q.viaOutlet : ''));
    }
    if (!a.quotes.length) quotes.append(el('li', { className: 'muted' }, 'لا اقتباسات.'));
  }

  function decorate(run, a) {
    let node = document.createTextNode(run.text);
    const mention = run.mention !== null && run.mention !== undefined ? a.mentions[run.mention] : null;
    const event = run.event !== null && run.event !== undefined ? a.events[run.event] : null;
    if (mention) {
      const entity = mention.entity;
      node = el(entity ? 'a' : 'span', {
        className: 'mention kind-' + mention.kind + (event ? ' trigger' : ''),
        href: entity ? link('actor.html', { id: entity.id }) : null,
        title: entity ? (entity.nameEn || entity.name) : null,
        dataset: { entity: entity ? entity.id : '' },
      }, node);
    } else if (event) {
      node = el('a', { className: 'trigger', href: '#ev-' + event.id, title: categories[event.category] || event.category, dataset: { category: event.category } }, node);
    }
    if (run.quote !== null && run.quote !== undefined) {
      node = el('span', { className: 'quote', title: 'اقتباس' }, node);
    }
    return node;
  }

  document.addEventListener('DOMContentLoaded', async () => {
    const id = query().id;
    document.getElementById('show-removed').addEventListener('change', event =>
      document.getElementById('reader').classList.toggle('show-removed', event.target.checked));
    try {
      render(await api('/api/articles/' + encodeURIComponent(id || '')));
    } catch (error) {
      showError(document.getElementById('reader'), error);
    }
  });
})();
