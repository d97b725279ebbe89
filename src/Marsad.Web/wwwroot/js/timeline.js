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
    const timeline = new vis.Timeline(container, items, { rtl: true, stack: true, maxHeight: 520, zoomMin: 1000 * 60 * 60 * 24, locale: 'en', format: axisLabels() });
    const span = reportingWindow(dated);
    if (span) timeline.setWindow(span.start, span.end, { animation: false });
    timeline.on('select', props => {
      const id = props.items[0];
      const row = id && list.querySelector('[data-id="' + CSS.escape(id) + '"]');
      if (row) row.scrollIntoView({ behavior: 'smooth', block: 'center' });
    });
    container.dataset.items = String(dated.length);
  });

  // Axis labels in Arabic with Iraqi month names (نيسان، آب) and Western digits, as the rest of the pages print dates.
  // vis-timeline's bundled moment has no Arabic locale (left alone, it labels months in the last locale it bundles).
  function axisLabels() {
    const f = options => new Intl.DateTimeFormat('ar-IQ-u-nu-latn', options);
    const day = f({ day: 'numeric' }), month = f({ month: 'long' }), year = f({ year: 'numeric' });
    const monthYear = f({ month: 'long', year: 'numeric' }), full = f({ day: 'numeric', month: 'long', year: 'numeric' });
    const time = f({ hour: '2-digit', minute: '2-digit' });
    const asDate = date => new Date(date.valueOf());
    return {
      minorLabels: (date, scale) => {
        const d = asDate(date);
        if (scale === 'year') return year.format(d);
        if (scale === 'month') return month.format(d);
        if (scale === 'day' || scale === 'weekday' || scale === 'week') return day.format(d);
        return time.format(d);
      },
      majorLabels: (date, scale) => {
        const d = asDate(date);
        if (scale === 'year') return '';
        if (scale === 'month') return year.format(d);
        if (scale === 'day' || scale === 'weekday' || scale === 'week') return monthYear.format(d);
        return full.format(d);
      },
    };
  }

  // The window the timeline opens on: the dates of the events reported as news (background events reach back
  // centuries), without the outer 2% on either side (a misread year would otherwise stretch it). The user can still
  // zoom out to every event.
  const OutlierShare = 0.02;
  const PaddingDays = 3;
  function reportingWindow(dated) {
    const dates = dated.filter(e => !e.background).map(e => e.date).sort();
    if (!dates.length) return null;
    const lo = dates[Math.floor(dates.length * OutlierShare)];
    const hi = dates[Math.max(0, Math.ceil(dates.length * (1 - OutlierShare)) - 1)];
    const day = 1000 * 60 * 60 * 24;
    return { start: new Date(Date.parse(lo) - PaddingDays * day), end: new Date(Date.parse(hi) + (PaddingDays + 1) * day) };
  }
})();
