// The network drawing. Cytoscape.js (its WebJar, served at /webjars) draws the records described by the JSON the
// container's data-src names; the fCoSE layout places them counting each label as part of its record's size,
// and a case's records sit in one compound box. Filters, the slider and the exports act on the drawn graph.
// No inline script, no inline style attribute (strict CSP): sizes are set through the CSSOM.
(function () {
  'use strict';
  var box = document.getElementById('graph');
  if (!box) { return; }
  var status = document.getElementById('graph-status');
  var tip = document.getElementById('graph-tip');
  var form = document.getElementById('graph-filters');
  var COLOURS = { person: '#2563eb', organisation: '#6b7280', proceeding: '#c2410c', 'cooperation-request': '#7c3aed',
    decision: '#0f766e', incident: '#be123c' };
  var SHAPES = { person: 'ellipse', organisation: 'round-rectangle', proceeding: 'round-rectangle', 'cooperation-request': 'diamond',
    decision: 'ellipse', incident: 'triangle' };
  var PARTIES = { person: true, organisation: true };
  var MAX_LABEL = 28, FONT = 14, MIN_ZOOM = 0.8, GAP = 4;
  var data, cy;

  function say(pattern, args) {
    return pattern.replace(/\{(\d)\}/g, function (m, i) { return String(args[+i]); });
  }

  function shorten(text) {
    return text.length > MAX_LABEL ? text.slice(0, MAX_LABEL - 1).replace(/[\s,]+$/, '') + '…' : text;
  }

  // a deterministic start (the centre in the middle, the others on a spiral by distance), so that the same
  // network is drawn the same way each time: the layout refines it instead of starting from chance
  function start(k, n) {
    if (n.id === data.centre) { return { x: 0, y: 0 }; }
    var a = k * 2.399963, r = 60 + 45 * Math.sqrt(k + 1) + 40 * n.distance;
    return { x: r * Math.cos(a), y: r * Math.sin(a) };
  }

  function elements() {
    var els = [];
    data.cases.forEach(function (c) {
      els.push({ group: 'nodes', data: { id: 'case:' + c.key, label: c.label, full: c.label, kind: 'case', href: c.href }, classes: 'case' });
    });
    data.nodes.forEach(function (n, k) {
      var d = { id: n.id, label: shorten(n.label), full: n.full, kind: n.kind, href: n.href, states: n.states, year: n.year,
        when: n.when };
      if (n.group) { d.parent = 'case:' + n.group; }
      els.push({ group: 'nodes', data: d, position: start(k, n),
        classes: n.kind + (n.id === data.centre ? ' centre' : '') + (n.id === data.focus ? ' focus' : '') });
    });
    data.edges.forEach(function (e, k) {
      els.push({ group: 'edges', data: { id: 'link-' + k, source: e.from, target: e.to, label: e.label }, classes: e.caseLink ? 'case' : '' });
    });
    return els;
  }

  function styles() {
    var s = [
      { selector: 'node', style: { label: 'data(label)', 'font-size': FONT, 'font-family': 'DejaVu Sans, Verdana, sans-serif', color: '#1f2937',
        'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 3, width: 18, height: 18, 'border-width': 2, 'border-color': '#ffffff',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 1 } },
      { selector: 'node.centre', style: { width: 32, height: 32, 'font-weight': 'bold', 'border-color': '#111827', 'border-width': 3 } },
      { selector: 'node.focus', style: { 'border-color': '#111827', 'border-width': 3 } },
      { selector: 'node.case', style: { shape: 'round-rectangle', 'background-color': '#fff7ed', 'border-color': '#fdba74', 'border-width': 2,
        'border-style': 'dashed', padding: 16, 'text-valign': 'top', 'text-margin-y': -3, 'font-weight': 'bold', color: '#9a3412',
        'font-size': FONT + 1 } },
      { selector: 'edge', style: { width: 1.2, 'line-color': '#9aa5b5', opacity: 0.55, 'curve-style': 'straight', 'font-size': FONT - 2, color: '#374151',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.95, 'text-rotation': 'autorotate' } },
      { selector: 'edge.case', style: { 'line-color': '#c2410c', width: 2.5, opacity: 0.8 } },
      { selector: 'edge.bundle', style: { width: 4, 'line-color': '#64748b', opacity: 0.7 } },
      { selector: 'edge.bundle.case', style: { 'line-color': '#c2410c' } },
      { selector: 'edge.folded', style: { display: 'none' } },
      { selector: 'edge.folded.unfolded', style: { display: 'element' } },
      { selector: '.dimmed', style: { opacity: 0.15 } },
      { selector: 'edge.lit', style: { label: 'data(label)', opacity: 1 } },
      { selector: '.hidden', style: { display: 'none' } }
    ];
    Object.keys(COLOURS).forEach(function (kind) {
      s.splice(1, 0, { selector: 'node.' + kind, style: { 'background-color': COLOURS[kind], shape: SHAPES[kind] } });
    });
    return s;
  }

  function overlap(a, b) {
    return a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;
  }

  // What must not overlap: a record with its label, and a case box's own label (its records sit inside the box).
  function items() {
    var out = [];
    cy.nodes(':visible').forEach(function (n) {
      var compound = n.isParent();
      out.push({ node: n, compound: compound, centre: n.hasClass('centre'),
        box: n.boundingBox(compound ? { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }
          : { includeNodes: true, includeEdges: false, includeLabels: true, includeOverlays: false }) });
    });
    return out;
  }

  function move(item, dx, dy) {
    var leaves = item.compound ? item.node.descendants() : item.node;
    leaves.forEach(function (n) { n.shift({ x: dx, y: dy }); });
  }

  // fCoSE counts labels in each record's size but only tends towards no overlap; what is left is pushed apart
  // here, along the shorter way out, until no two labels touch (a few passes on the pictures drawn here).
  function separate() {
    for (var round = 0; round < 300; round++) {
      var all = items(), moved = false;
      for (var i = 0; i < all.length; i++) {
        for (var j = i + 1; j < all.length; j++) {
          var a = all[i], b = all[j];
          if ((a.compound && b.node.parent().same(a.node)) || (b.compound && a.node.parent().same(b.node))) { continue; }
          if (a.compound && b.compound) { /* boxes drawn apart by the layout; only their labels are checked */ }
          if (!overlap(a.box, b.box)) { continue; }
          var ox = Math.min(a.box.x2, b.box.x2) - Math.max(a.box.x1, b.box.x1) + GAP + 1;
          var oy = Math.min(a.box.y2, b.box.y2) - Math.max(a.box.y1, b.box.y1) + GAP + 1;
          var sx = (a.box.x1 + a.box.x2) <= (b.box.x1 + b.box.x2) ? -1 : 1;
          var sy = (a.box.y1 + a.box.y2) <= (b.box.y1 + b.box.y2) ? -1 : 1;
          // a case box's label moves its records with it; the centre stays where it is
          var share = a.centre || a.compound && !b.compound ? 0 : b.centre || b.compound && !a.compound ? 1 : 0.5;
          if (ox < oy) {
            move(a, sx * ox * share, 0); move(b, -sx * ox * (1 - share), 0);
          } else {
            move(a, 0, sy * oy * share); move(b, 0, -sy * oy * (1 - share));
          }
          moved = true;
          a.box = a.node.boundingBox(a.compound ? { includeNodes: false, includeEdges: false, includeLabels: true } : { includeNodes: true, includeEdges: false, includeLabels: true });
          b.box = b.node.boundingBox(b.compound ? { includeNodes: false, includeEdges: false, includeLabels: true } : { includeNodes: true, includeEdges: false, includeLabels: true });
        }
      }
      if (!moved) { return round; }
    }
    return -1;
  }

  // A layout wider than the box can show at the smallest legible zoom is squeezed across (and what then touches
  // pushed apart again, mostly up or down), so that the first view needs no panning sideways.
  function squeeze() {
    for (var k = 0; k < 4; k++) {
      var bb = cy.elements().boundingBox({ includeLabels: true });
      var room = (box.clientWidth - 40) / MIN_ZOOM;
      if (bb.w <= room) { return; }
      var f = Math.max(0.6, room / bb.w * 0.96), cx = (bb.x1 + bb.x2) / 2;
      cy.nodes().filter(function (n) { return !n.isParent(); }).forEach(function (n) {
        var p = n.position();
        n.position({ x: cx + (p.x - cx) * f, y: p.y });
      });
      separate();
    }
  }

  // the whole picture at a zoom where every label reads as it is set; a tall picture makes the box taller
  function frame() {
    var shown = cy.elements(':visible');
    var bb = shown.boundingBox({ includeLabels: true });
    var zoom = Math.max(MIN_ZOOM, Math.min(1.15, (box.clientWidth - 40) / Math.max(bb.w, 1)));
    var height = Math.min(Math.max(bb.h * zoom + 40, 420), 2400);
    box.style.height = height + 'px';
    cy.resize();
    cy.zoom(zoom);
    cy.center(shown);
  }

  function checkedKinds() {
    var kinds = {};
    form.querySelectorAll('input[name=kind]').forEach(function (c) { kinds[c.value] = c.checked; });
    return kinds;
  }

  function number(id, fallback) {
    var el = document.getElementById(id);
    return el && el.value !== '' ? +el.value : fallback;
  }

  // acts (requests, incidents, decisions, proceedings) by kind, state and year; a person or an organisation
  // stays while a shown act names them, or while they are tied to the record in the middle
  function apply() {
    var kinds = checkedKinds();
    var state = document.getElementById('graph-state').value;
    var from = number('graph-from', -Infinity), to = Math.min(number('graph-to', Infinity), number('graph-asof', Infinity));
    var year = document.getElementById('graph-asof-year');
    if (year) { year.textContent = document.getElementById('graph-asof').value; }
    cy.batch(function () {
      var leaves = cy.nodes().filter(function (n) { return !n.isParent() && n.data('kind') !== 'case'; });
      leaves.filter(function (n) { return !PARTIES[n.data('kind')]; }).forEach(function (n) {
        var y = n.data('year');
        var ok = kinds[n.data('kind')] !== false && (!state || n.data('states').indexOf(state) >= 0)
          && (y === null || y === undefined || (y >= from && y <= to));
        n.toggleClass('hidden', !ok);
      });
      leaves.filter(function (n) { return PARTIES[n.data('kind')]; }).forEach(function (n) {
        var named = n.neighborhood('node').some(function (m) {
          return (!PARTIES[m.data('kind')] && !m.hasClass('hidden')) || m.hasClass('centre');
        });
        n.toggleClass('hidden', kinds[n.data('kind')] === false || !(n.hasClass('centre') || named));
      });
      cy.nodes('.case').forEach(function (c) {
        c.toggleClass('hidden', c.children().filter(function (n) { return !n.hasClass('hidden'); }).length === 0);
      });
    });
    // counted from the classes just set, not from the computed styles, which Cytoscape may bring up to date later
    var records = cy.nodes().filter(function (n) { return !n.hasClass('case') && !n.hasClass('hidden'); }).length;
    var links = cy.edges().filter(function (e) {
      return !e.hasClass('bundle') && !e.source().hasClass('hidden') && !e.target().hasClass('hidden');
    }).length;
    box.setAttribute('data-shown', String(records));
    box.setAttribute('data-links-shown', String(links));
    status.textContent = say(box.getAttribute('data-status'), [records, links]);
  }

  function light(node) {
    cy.elements().removeClass('dimmed lit unfolded');
    if (!node) { tip.hidden = true; return; }
    node.connectedEdges('.folded').addClass('unfolded');
    var near = node.closedNeighborhood().union(node.ancestors());
    cy.elements().not(near).not(node.connectedEdges()).addClass('dimmed');
    node.connectedEdges().addClass('lit');
  }

  function showTip(node) {
    var p = node.renderedPosition();
    tip.textContent = node.data('full') + (node.data('when') && node.data('full').indexOf(node.data('when')) < 0 ? ' (' + node.data('when') + ')' : '');
    tip.hidden = false;
    tip.style.left = Math.round(p.x + 14) + 'px';
    tip.style.top = Math.round(p.y + box.offsetTop + 14) + 'px';
  }

  function escape(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  // SVG of what is shown, written from Cytoscape's positions and the same colours. Cytoscape draws on a canvas
  // and exports PNG and JPEG only; the one SVG exporter for it (cytoscape-svg) is GPL-3.0 and patches the
  // renderer's internals, so this small writer stands in.
  function svg() {
    var bb = cy.elements(':visible').boundingBox({ includeLabels: true });
    var pad = 16, x0 = bb.x1 - pad, y0 = bb.y1 - pad, w = bb.w + 2 * pad, h = bb.h + 2 * pad;
    var out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="' + [x0, y0, w, h].map(Math.round).join(' ') + '" width="' + Math.round(w)
      + '" height="' + Math.round(h) + '" font-family="DejaVu Sans, Verdana, sans-serif">',
      '<rect x="' + x0 + '" y="' + y0 + '" width="' + w + '" height="' + h + '" fill="#ffffff"/>'];
    cy.nodes('.case:visible').forEach(function (c) {
      var b = c.boundingBox({ includeLabels: false });
      out.push('<g class="case"><rect x="' + b.x1 + '" y="' + b.y1 + '" width="' + b.w + '" height="' + b.h
        + '" rx="8" fill="#fff7ed" stroke="#fdba74" stroke-width="2" stroke-dasharray="6 4"/><text x="' + (b.x1 + b.w / 2) + '" y="' + (b.y1 - 6)
        + '" text-anchor="middle" font-size="' + (FONT + 1) + '" font-weight="bold" fill="#9a3412">' + escape(c.data('label')) + '</text></g>');
    });
    cy.edges(':visible').forEach(function (e) {
      var a = e.source().position(), b = e.target().position();
      out.push('<line x1="' + a.x + '" y1="' + a.y + '" x2="' + b.x + '" y2="' + b.y + '" stroke="' + (e.hasClass('case') ? '#c2410c' : '#9aa5b5')
        + '" stroke-width="' + (e.hasClass('case') ? 3 : 1.5) + '"><title>' + escape(e.data('label')) + '</title></line>');
    });
    cy.nodes(':visible').filter(function (n) { return !n.hasClass('case'); }).forEach(function (n) {
      var p = n.position(), r = n.width() / 2, fill = COLOURS[n.data('kind')] || '#999999', shape;
      var stroke = n.hasClass('centre') || n.hasClass('focus') ? ' stroke="#111827" stroke-width="3"' : ' stroke="#ffffff" stroke-width="2"';
      if (SHAPES[n.data('kind')] === 'ellipse') {
        shape = '<circle cx="' + p.x + '" cy="' + p.y + '" r="' + r + '" fill="' + fill + '"' + stroke + '/>';
      } else if (SHAPES[n.data('kind')] === 'diamond') {
        shape = '<polygon points="' + [p.x, p.y - r, p.x + r, p.y, p.x, p.y + r, p.x - r, p.y].join(' ') + '" fill="' + fill + '"' + stroke + '/>';
      } else if (SHAPES[n.data('kind')] === 'triangle') {
        shape = '<polygon points="' + [p.x, p.y - r, p.x + r, p.y + r, p.x - r, p.y + r].join(' ') + '" fill="' + fill + '"' + stroke + '/>';
      } else {
        shape = '<rect x="' + (p.x - r) + '" y="' + (p.y - r) + '" width="' + 2 * r + '" height="' + 2 * r + '" rx="3" fill="' + fill + '"' + stroke + '/>';
      }
      out.push('<g class="' + escape(n.data('kind')) + '"><title>' + escape(n.data('full')) + '</title>' + shape + '<text x="' + p.x + '" y="'
        + (p.y + n.height() / 2 + 3 + FONT) + '" text-anchor="middle" font-size="' + FONT + '"' + (n.hasClass('centre') ? ' font-weight="bold"' : '')
        + ' fill="#1f2937" stroke="#ffffff" stroke-width="3" paint-order="stroke">' + escape(n.data('label')) + '</text></g>');
    });
    out.push('</svg>');
    return 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(out.join('\n'));
  }

  function download(url, extension) {
    var a = document.getElementById('graph-download');
    if (!a) {
      a = document.createElement('a');
      a.id = 'graph-download';
      a.hidden = true;
      document.body.appendChild(a);
    }
    a.href = url;
    a.download = 'network-' + box.getAttribute('data-file') + '.' + extension;
    a.setAttribute('data-type', extension);
    a.click();
  }

  // A party linked to several records of one case is drawn with one thick line to the case's box instead of a
  // fan of lines across it; tapping either end shows the single links again (and the list has them all).
  function fold() {
    cy.nodes().filter(function (n) { return PARTIES[n.data('kind')]; }).forEach(function (p) {
      var byCase = {};
      p.connectedEdges().forEach(function (e) {
        var parent = (e.source().same(p) ? e.target() : e.source()).parent();
        if (parent.nonempty()) { (byCase[parent.id()] = byCase[parent.id()] || []).push(e); }
      });
      Object.keys(byCase).forEach(function (caseId) {
        var edges = byCase[caseId];
        if (edges.length < 2) { return; }
        var words = edges.map(function (e) { return e.data('label'); }).filter(function (w, i, all) { return all.indexOf(w) === i; });
        edges.forEach(function (e) { e.addClass('folded'); });
        cy.add({ group: 'edges', data: { id: 'fold-' + p.id() + '-' + caseId, source: p.id(), target: caseId,
          label: say(box.getAttribute('data-folded'), [edges.length, words.join(', ')]) },
          classes: 'bundle' + (edges.some(function (e) { return e.hasClass('case'); }) ? ' case' : '') });
      });
    });
  }

  function draw(json) {
    data = json;
    /* global cytoscape */
    cy = cytoscape({ container: box, elements: elements(), style: styles(), layout: { name: 'preset' }, wheelSensitivity: 0.3,
      minZoom: 0.2, maxZoom: 3 });
    // compact first (labels counted in each record's size, loose parties pulled in, the centre held in the
    // middle), then whatever still touches is pushed apart by separate()
    fold();
    var layout = cy.elements().not('.folded').layout({ name: 'fcose', quality: 'proof', randomize: false, animate: false, fit: false,
      nodeDimensionsIncludeLabels: true, idealEdgeLength: function () { return 70; }, nodeRepulsion: function () { return 4500; },
      nodeSeparation: 60, gravity: 0.9, gravityRange: 1.6, gravityCompound: 1.4, gravityRangeCompound: 1.2, numIter: 3000, tile: true,
      fixedNodeConstraint: [{ nodeId: data.centre, position: { x: 0, y: 0 } }] });
    layout.promiseOn('layoutstop').then(function () {
      var rounds = separate();
      squeeze();
      frame();
      apply();
      box.setAttribute('data-separated', String(rounds));
      box.setAttribute('data-drawn', String(data.nodes.length));
      window.tutelaNetwork = cy;
    });
    layout.run();

    cy.on('mouseover', 'node', function (ev) { showTip(ev.target); });
    cy.on('mouseout', 'node', function () { tip.hidden = true; });
    cy.on('tap', function (ev) {
      if (ev.target === cy) { light(null); return; }
      if (ev.target.isNode && ev.target.isNode()) { light(ev.target); showTip(ev.target); }
    });
    cy.on('dbltap', 'node', function (ev) { if (ev.target.data('href')) { window.location.href = ev.target.data('href'); } });
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (ev) { ev.preventDefault(); });
    document.getElementById('graph-svg').addEventListener('click', function () { download(svg(), 'svg'); });
    document.getElementById('graph-png').addEventListener('click', function () {
      download(cy.png({ output: 'base64uri', full: true, scale: 2, bg: '#ffffff' }), 'png');
    });
    document.getElementById('graph-fit').addEventListener('click', frame);
  }

  fetch(box.getAttribute('data-src'), { headers: { Accept: 'application/json' } })
    .then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    })
    .then(draw)
    .catch(function (e) { status.textContent = say(box.getAttribute('data-failed'), [e.message]); });
}());
