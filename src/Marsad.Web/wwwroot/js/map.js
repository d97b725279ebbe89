'use strict';
// Map of events (Leaflet), offline: country borders from world-atlas drawn as GeoJSON, no tile server. One circle per
// place, sized by its number of events; a popup lists them (built with text nodes).
(() => {
  const { el, clear, api, eventRow, showError, downloads, categories } = Marsad;

  document.addEventListener('DOMContentLoaded', async () => {
    const inputs = MarsadFilters.form(document.getElementById('filter-bar'));
    MarsadFilters.label(inputs);
    const params = MarsadFilters.params();
    const container = document.getElementById('map');
    const list = document.getElementById('events');
    let geo;
    try {
      geo = await api('/api/events/geojson', Object.assign({ limit: 5000 }, params));
    } catch (error) {
      showError(list, error);
      return;
    }

    const status = document.getElementById('status');
    status.textContent = 'أحداث لها إحداثيات: ' + geo.features.length;
    status.dataset.total = String(geo.features.length);
    document.getElementById('downloads').append(downloads('/api/events/export', params));
    if (typeof L === 'undefined' || typeof topojson === 'undefined') {
      container.append(el('p', { className: 'notice' }, 'مكتبتا leaflet وtopojson-client غير مثبتتين: شغّل npm ci في src/Marsad.Web ثم أعد البناء.'));
      return;
    }

    const map = L.map(container, { attributionControl: false, zoomSnap: 0.5 }).setView([33.2, 43.7], 5);
    try {
      const world = await fetch('lib/world-atlas/countries-50m.json').then(r => r.json());
      L.geoJSON(topojson.feature(world, world.objects.countries), {
        style: f => ({ color: '#7b8a97', weight: f.id === '368' ? 2 : 1, fillColor: f.id === '368' ? '#f3efe2' : '#fbfaf6', fillOpacity: 1 }),
      }).addTo(map);
      container.dataset.borders = 'true';
    } catch {
      container.dataset.borders = 'false';
    }

    const byPlace = new Map();
    for (const f of geo.features) {
      const key = f.properties.place_id;
      if (!byPlace.has(key)) byPlace.set(key, { coords: f.geometry.coordinates, name: f.properties.place, features: [] });
      byPlace.get(key).features.push(f);
    }
    const bounds = [];
    for (const place of byPlace.values()) {
      const [lon, lat] = place.coords;
      bounds.push([lat, lon]);
      const popup = el('div', { dir: 'rtl', className: 'popup' }, el('strong', {}, place.name), ' (' + place.features.length + ')',
        el('ul', {}, place.features.slice(0, 12).map(f => el('li', {}, categories[f.properties.category] || f.properties.category, ' ', f.properties.date || '', ' — ',
          el('a', { href: Marsad.link('article.html', { id: f.properties.article }) }, f.properties.outlet || f.properties.title || f.properties.article)))));
      L.circleMarker([lat, lon], { radius: 6 + Math.min(18, 2 * Math.sqrt(place.features.length)), color: '#9b2f1a', fillColor: '#d9603b', fillOpacity: 0.7, className: 'event-marker' })
        .bindPopup(popup).addTo(map);
    }
    if (bounds.length) map.fitBounds(bounds, { padding: [40, 40], maxZoom: 7 });
    container.dataset.markers = String(byPlace.size);

    const events = await api('/api/events', Object.assign({ limit: 300 }, params)).catch(() => ({ events: [] }));
    clear(list);
    events.events.filter(e => e.place && e.place.lat !== null).forEach(e => list.append(eventRow(e)));
  });
})();
