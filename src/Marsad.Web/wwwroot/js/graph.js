'use strict';
// Network of actors (cytoscape): relations (member_of, aligned_with …) and interactions (actor → recipient by PLOVER
// category), edge width by weight. Labels are drawn on a canvas; details of a selection are built with text nodes.
(() => {
  const { el, clear, fill, api, actorLink, showError, categories } = Marsad;
  const relations = { member_of: 'عضو في', leads: 'يقود', spokesperson_of: 'متحدث باسم', part_of: 'جزء من', aligned_with: 'موالٍ لـ', succeeded: 'خلف', opposes: 'يعارض', holds_role: 'منصب' };

  document.addEventListener('DOMContentLoaded', async () => {
    const s = MarsadFilters.read();
    const kind = el('label', {}, 'نوع الروابط', el('select', { name: 'kind', id: 'kind' },
      el('option', { value: '' }, 'الكل'),
      el('option', { value: 'relations', selected: s.kind === 'relations' ? 'selected' : null }, 'علاقات'),
      el('option', { value: 'interactions', selected: s.kind === 'interactions' ? 'selected' : null }, 'تفاعلات (أحداث)')));
    const type = el('label', {}, 'العلاقة', el('select', { name: 'type', id: 'type' }, el('option', { value: '' }, 'الكل'),
      Object.entries(relations).map(([code, label]) => el('option', { value: code, selected: s.type === code ? 'selected' : null }, label))));
    const inputs = MarsadFilters.form(document.getElementById('filter-bar'), [kind, type]);
    MarsadFilters.label(inputs);
    const status = document.getElementById('status');
    const container = document.getElementById('graph');
    let graph;
    try {
      graph = await api('/api/graph', { from: s.from, to: s.to, actor: s.actor, kind: s.kind, type: s.type || s.category, max: 200 });
    } catch (error) {
      showError(container, error);
      return;
    }

    status.textContent = graph.nodes.length + ' فاعل، ' + graph.edges.length + ' رابط';
    container.dataset.nodes = String(graph.nodes.length);
    container.dataset.edges = String(graph.edges.length);
    if (typeof cytoscape === 'undefined') {
      container.append(el('p', { className: 'notice' }, 'مكتبة cytoscape غير مثبتة: شغّل npm ci في src/Marsad.Web ثم أعد البناء.'));
      return;
    }
    const maxWeight = Math.max(1, ...graph.edges.map(e => e.weight));
    const cy = cytoscape({
      container,
      elements: [
        ...graph.nodes.map(n => ({ data: { id: n.actor.id, label: n.actor.name, weight: n.weight, ref: n.actor }, classes: n.actor.isClass ? 'class' : n.actor.kind || '' })),
        ...graph.edges.map((e, i) => ({ data: { id: 'e' + i, source: e.source, target: e.target, weight: e.weight, edge: e }, classes: e.kind })),
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000 },
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-family': 'DejaVu Sans, sans-serif', 'font-size': 11, 'text-valign': 'bottom', 'background-color': '#0f5f7a',
          width: n => 14 + Math.min(30, n.data('weight') * 2), height: n => 14 + Math.min(30, n.data('weight') * 2) } },
        { selector: 'node.PER', style: { 'background-color': '#8a5aa6' } },
        { selector: 'node.ORG', style: { 'background-color': '#c9822f' } },
        { selector: 'node.GPE, node.LOC', style: { 'background-color': '#4b8f59' } },
        { selector: 'node.class', style: { 'background-color': '#8d98a5', shape: 'round-rectangle' } },
        { selector: 'edge', style: { width: e => 1 + 6 * e.data('weight') / maxWeight, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#c0704b', 'target-arrow-color': '#c0704b' } },
        { selector: 'edge.relations', style: { 'line-color': '#5e7b8c', 'target-arrow-color': '#5e7b8c', 'line-style': 'dashed' } },
      ],
    });
    const selection = document.getElementById('selection');
    cy.on('tap', 'node', evt => {
      const ref = evt.target.data('ref');
      fill(selection, actorLink(ref), ref.nameEn ? ' (' + ref.nameEn + ')' : '');
    });
    cy.on('tap', 'edge', evt => {
      const e = evt.target.data('edge');
      const label = e.kind === 'relations' ? (relations[e.type] || e.type) : (categories[e.type] || e.type);
      fill(selection, evt.target.source().data('label'), ' ← ', label, ' ← ', evt.target.target().data('label'),
        ' · ', String(e.weight), ' مرة', e.first ? ' · ' + e.first + (e.last !== e.first ? ' – ' + e.last : '') : '');
    });
    container.dataset.rendered = String(cy.nodes().length);
  });
})();
