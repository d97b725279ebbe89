'use strict';
// The filter bar the timeline, map and graph share. The filters live in the URL (from, to, category, actor,
// affiliates, place, background), so a filtered view is a link; applying them reloads the page with the new URL.
const MarsadFilters = (() => {
  const { el, query, categories, actorPicker } = Marsad;

  function read() {
    const q = query();
    return { from: q.from || '', to: q.to || '', category: q.category || '', actor: q.actor || '', affiliates: q.affiliates === 'true',
      place: q.place || '', background: q.background !== 'false', type: q.type || '', kind: q.kind || '' };
  }

  /** Builds the filter form into container; extra: additional controls (e.g. the graph's edge kind). */
  function form(container, extra) {
    const s = read();
    const actorInput = el('input', { type: 'search', id: 'actor-name', autocomplete: 'off', placeholder: 'اكتب اسماً…' });
    const placeInput = el('input', { type: 'search', id: 'place-name', autocomplete: 'off', placeholder: 'اكتب اسم مكان…' });
    const actorId = el('input', { type: 'hidden', name: 'actor', id: 'actor', value: s.actor });
    const placeId = el('input', { type: 'hidden', name: 'place', id: 'place', value: s.place });
    const f = el('form', { className: 'filters', id: 'filters' },
      el('label', {}, 'من', el('input', { type: 'date', name: 'from', id: 'from', value: s.from })),
      el('label', {}, 'إلى', el('input', { type: 'date', name: 'to', id: 'to', value: s.to })),
      el('label', {}, 'نوع الحدث', el('select', { name: 'category', id: 'category' }, el('option', { value: '' }, 'الكل'),
        Object.entries(categories).map(([code, label]) => el('option', { value: code, selected: code === s.category ? 'selected' : null }, label + ' (' + code + ')')))),
      el('label', {}, 'الفاعل', actorInput, actorId),
      el('label', {}, el('span', {}, el('input', { type: 'checkbox', name: 'affiliates', id: 'affiliates', checked: s.affiliates ? 'checked' : null }), ' مع الجماعات المرتبطة')),
      el('label', {}, 'المكان', placeInput, placeId),
      el('label', {}, el('span', {}, el('input', { type: 'checkbox', name: 'background', id: 'background', checked: s.background ? 'checked' : null }), ' إظهار الأحداث الخلفية')),
      extra || null,
      el('button', { type: 'submit' }, 'طبّق'),
      el('button', { type: 'button', onclick: () => { location.search = ''; } }, 'امسح'));
    actorPicker(actorInput, a => { actorId.value = a.id; });
    actorInput.addEventListener('change', () => { if (!actorInput.value.trim()) actorId.value = ''; });
    actorPicker(placeInput, p => { placeId.value = p.id; });
    placeInput.addEventListener('change', () => { if (!placeInput.value.trim()) placeId.value = ''; });
    f.addEventListener('submit', event => {
      event.preventDefault();
      const data = new FormData(f);
      const params = new URLSearchParams();
      for (const key of ['from', 'to', 'category', 'actor', 'place', 'type', 'kind']) {
        const v = data.get(key);
        if (v) params.set(key, v);
      }
      if (data.get('affiliates')) params.set('affiliates', 'true');
      if (!data.get('background')) params.set('background', 'false');
      location.search = params.toString();
    });
    container.append(f);
    return { f, actorInput, placeInput };
  }

  /** Fills the pickers' visible names once the names of the chosen ids are known. */
  async function label(inputs) {
    const s = read();
    for (const [id, input] of [[s.actor, inputs.actorInput], [s.place, inputs.placeInput]]) {
      if (!id) continue;
      const found = await Marsad.api('/api/actor', { id }).catch(() => null);
      input.value = found ? found.actor.name : id;
    }
  }

  /** The API parameters of the current filters. */
  function params() {
    const s = read();
    return { from: s.from, to: s.to, category: s.category, actor: s.actor, affiliates: s.affiliates ? 'true' : '', place: s.place, background: s.background ? '' : 'false' };
  }

  return { read, form, label, params };
})();
