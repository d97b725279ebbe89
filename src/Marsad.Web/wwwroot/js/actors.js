'use strict';
// The actors most articles and events name, with a name and kind filter.
(() => {
  const { el, clear, fill, api, actorLink, showError, kinds } = Marsad;

  async function load() {
    const table = document.getElementById('actors');
    try {
      const actors = await api('/api/actors', { name: document.getElementById('name').value.trim(), kind: document.getElementById('kind').value, limit: 200 });
      fill(table, el('thead', {}, el('tr', {}, ['الفاعل', 'بالإنجليزية', 'النوع', 'المقالات', 'الأحداث'].map(h => el('th', {}, h)))),
        el('tbody', {}, actors.map(a => el('tr', {}, el('td', {}, actorLink(a.actor)), el('td', { lang: 'en', dir: 'ltr' }, a.actor.nameEn || ''),
          el('td', {}, a.actor.isClass ? 'فئة' : (kinds[a.actor.kind] || a.actor.kind || '')), el('td', {}, String(a.articles)), el('td', {}, String(a.events))))));
    } catch (error) {
      showError(table, error);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('filter').addEventListener('submit', event => { event.preventDefault(); load(); });
    load();
  });
})();
