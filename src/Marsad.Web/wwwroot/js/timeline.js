'use strict';
// Timeline of events (vis-timeline). Item contents are DOM elements built with text nodes, never HTML strings;
// background events (reported history) get their own dashed style. The list below the chart says who reported each.
(() => {
  const { el, clear, api, actorLink, eventRow, showError, downloads, categories } = Marsad;

  document.addEventListener('DOMContentLoaded', async () => {
    const inputs = MarsadFilters.form(document.getElementById('filter-bar'));
    MarsadFilters.label(inputs);
    const params = MarsadFilters.params();
    const status = document.getElementById('status');
    const list = document.getElementById('events');
    let result;
    try {
      result = await api('/api/events', Object.assign({ limit: 2000 }, params));
    } catch (error) {
      showError(list, error);
      return;
    }

    status.textContent = 'عدد الأحداث: ' + result.total + (result.total > result.events.length ? ' (يُعرض ' + result.events.length + ')' : '');
    status.dataset.total = result.total;
    if (result.expandedActors.length) {
      document.getElementById('expanded').append('مع الجماعات المرتبطة: ', ...result.expandedActors.map(actorLink).flatMap((a, i) => i ? ['، ', a] : [a]));
    }
    document.getElementById('downloads').append(downloads('/api/events/export', params));
    result.events.forEach(e => list.append(eventRow(e)));

    const container = document.getElementById('timeline');
    if (typeof vis === 'undefined') {
      container.append(el('p', { className: 'notice' }, 'مكتبة vis-timeline غير مثبتة: شغّل npm ci في src/Marsad.Web ثم أعد البناء.'));
      return;
    }
    const dated = result.events.filter(e => e.date);
    const items = new vis.DataSet(dated.map(e => ({
      id: e.id,
      start: e.date,
      end: e.dateEnd && e.dateEnd !== e.date ? e.dateEnd : undefined,
      type: e.dateEnd && e.dateEnd !== e.date ? 'range' : 'box',
      className: 'cat-' + e.category + (e.background ? ' background' : ''),
      content: el('span', { dir: 'rtl' }, categories[e.category] || e.category, ': ', e.actors.length ? e.actors[0].name : '؟'),
    })));
    const timeline = new vis.Timeline(container, items, { rtl: true, stack: true, maxHeight: 520, zoomMin: 1000 * 60 * 60 * 24 });
    timeline.on('select', props => {
      const id = props.items[0];
      const row = id && list.querySelector('[data-id="' + CSS.escape(id) + '"]');
      if (row) row.scrollIntoView({ behavior: 'smooth', block: 'center' });
    });
    container.dataset.items = String(dated.length);
  });
})();
