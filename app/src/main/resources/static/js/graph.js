// The network drawing: reads the JSON named by the svg's data-src, lays it out with a small
// force-directed simulation and draws it in SVG. No inline script, no inline style (strict CSP).
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var svg = document.getElementById('graph');
  var status = document.getElementById('graph-status');
  if (!svg) { return; }

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function shorten(text, n) {
    return text.length > n ? text.slice(0, n - 1) + '…' : text;
  }

  function layout(nodes, edges, focusId, width, height) {
    var n = nodes.length, i, j, it;
    var index = {};
    nodes.forEach(function (node, k) {
      index[node.id] = k;
      // a deterministic spiral start, so the same network is drawn the same way each time
      var a = k * 2.399963, r = 30 * Math.sqrt(k + 1);
      node.x = width / 2 + r * Math.cos(a);
      node.y = height / 2 + r * Math.sin(a);
    });
    var links = edges.map(function (e) { return [index[e.from], index[e.to]]; })
      .filter(function (l) { return l[0] !== undefined && l[1] !== undefined; });
    var area = width * height, k = Math.sqrt(area / Math.max(n, 1)) * 1.1;
    var temp = width / 8;
    for (it = 0; it < 350; it++) {
      var dx = new Float64Array(n), dy = new Float64Array(n);
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          var x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
          var d2 = x * x + y * y + 0.01, d = Math.sqrt(d2);
          var f = (k * k) / d;
          dx[i] += x / d * f; dy[i] += y / d * f;
          dx[j] -= x / d * f; dy[j] -= y / d * f;
        }
      }
      links.forEach(function (l) {
        var a = nodes[l[0]], b = nodes[l[1]];
        var x = a.x - b.x, y = a.y - b.y, d = Math.sqrt(x * x + y * y) + 0.01;
        var f = (d * d) / k;
        dx[l[0]] -= x / d * f; dy[l[0]] -= y / d * f;
        dx[l[1]] += x / d * f; dy[l[1]] += y / d * f;
      });
      for (i = 0; i < n; i++) {
        // a gentle pull to the middle keeps loose parts on the page
        dx[i] += (width / 2 - nodes[i].x) * 0.02 * k / 10;
        dy[i] += (height / 2 - nodes[i].y) * 0.02 * k / 10;
        var len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) + 0.01;
        if (nodes[i].id === focusId) { continue; }
        nodes[i].x += dx[i] / len * Math.min(len, temp);
        nodes[i].y += dy[i] / len * Math.min(len, temp);
      }
      temp *= 0.985;
    }
    return links;
  }

  function draw(data) {
    var width = 1200, height = 800;
    var nodes = data.nodes, edges = data.edges;
    var focus = nodes.filter(function (n) { return n.id === data.focus; })[0];
    if (focus) { focus.x = width / 2; focus.y = height / 2; }
    var links = layout(nodes, edges, data.focus, width, height);

    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    nodes.forEach(function (n) {
      minX = Math.min(minX, n.x); minY = Math.min(minY, n.y); maxX = Math.max(maxX, n.x); maxY = Math.max(maxY, n.y);
    });
    var pad = 90;
    var view = { x: minX - pad, y: minY - pad, w: Math.max(maxX - minX + 2 * pad, 300), h: Math.max(maxY - minY + 2 * pad, 300) };
    function applyView() { svg.setAttribute('viewBox', [view.x, view.y, view.w, view.h].join(' ')); }
    applyView();

    var edgeLayer = el('g', { 'class': 'edges' }, svg);
    var labelLayer = el('g', { 'class': 'edge-labels' }, svg);
    var nodeLayer = el('g', { 'class': 'nodes' }, svg);
    var neighbours = {};
    nodes.forEach(function (n) { neighbours[n.id] = {}; });

    var drawnEdges = links.map(function (l, k) {
      var e = edges[k], a = nodes[l[0]], b = nodes[l[1]];
      neighbours[a.id][b.id] = true; neighbours[b.id][a.id] = true;
      var line = el('line', { 'class': 'edge' + (e.caseLink ? ' case' : ''), 'data-from': a.id, 'data-to': b.id }, edgeLayer);
      var title = el('title', {}, line); title.textContent = a.label + ' — ' + e.label + ' — ' + b.label;
      var label = el('text', { 'class': 'edge-label', 'text-anchor': 'middle' }, labelLayer);
      label.textContent = e.label;
      return { a: a, b: b, line: line, label: label };
    });

    function place() {
      drawnEdges.forEach(function (d) {
        d.line.setAttribute('x1', d.a.x); d.line.setAttribute('y1', d.a.y);
        d.line.setAttribute('x2', d.b.x); d.line.setAttribute('y2', d.b.y);
        d.label.setAttribute('x', (d.a.x + d.b.x) / 2); d.label.setAttribute('y', (d.a.y + d.b.y) / 2 - 3);
      });
      nodes.forEach(function (n) { n.g.setAttribute('transform', 'translate(' + n.x + ',' + n.y + ')'); });
    }

    var selected = null;
    function light(id) {
      selected = id;
      svg.classList.toggle('dimmed', id !== null);
      nodes.forEach(function (n) { n.g.classList.toggle('lit', id !== null && (n.id === id || neighbours[id][n.id] === true)); });
      drawnEdges.forEach(function (d) {
        var on = id !== null && (d.a.id === id || d.b.id === id);
        d.line.classList.toggle('lit', on); d.label.classList.toggle('lit', on);
      });
    }

    nodes.forEach(function (n) {
      var g = el('g', { 'class': 'node ' + n.kind + (n.id === data.focus ? ' focus' : ''), tabindex: '0', role: 'link',
        'data-id': n.id, 'aria-label': n.label }, nodeLayer);
      var big = n.id === data.focus;
      if (n.kind === 'person' || n.kind === 'incident' || n.kind === 'decision') {
        el('circle', { r: big ? 14 : (n.kind === 'decision' ? 7 : 10) }, g);
      } else {
        var s = n.kind === 'proceeding' ? 22 : 16;
        el('rect', { x: -s / 2, y: -s / 2, width: s, height: s, rx: 3 }, g);
      }
      var text = el('text', { x: 14, y: 4, dir: 'auto' }, g);
      text.textContent = shorten(n.label, n.kind === 'proceeding' ? 44 : 30);
      var title = el('title', {}, g); title.textContent = n.label;
      n.g = g;
      g.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') { window.location.href = n.href; } });
      g.addEventListener('dblclick', function () { window.location.href = n.href; });
      g.addEventListener('focus', function () { light(n.id); });
    });
    place();

    // dragging nodes, panning the background, zooming with the wheel
    function toGraph(ev) {
      var pt = svg.createSVGPoint(); pt.x = ev.clientX; pt.y = ev.clientY;
      return pt.matrixTransform(svg.getScreenCTM().inverse());
    }
    var drag = null, lastTap = { id: null, t: 0 };
    svg.addEventListener('pointerdown', function (ev) {
      var g = ev.target.closest ? ev.target.closest('.node') : null;
      var p = toGraph(ev);
      if (g) {
        var node = nodes.filter(function (n) { return n.id === g.getAttribute('data-id'); })[0];
        drag = { node: node, dx: node.x - p.x, dy: node.y - p.y, moved: false };
      } else {
        drag = { pan: true, x: ev.clientX, y: ev.clientY, view: { x: view.x, y: view.y }, moved: false };
      }
      svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener('pointermove', function (ev) {
      if (!drag) { return; }
      if (drag.node) {
        var p = toGraph(ev);
        drag.node.x = p.x + drag.dx; drag.node.y = p.y + drag.dy; drag.moved = true;
        place();
      } else {
        var scale = view.w / svg.clientWidth;
        view.x = drag.view.x - (ev.clientX - drag.x) * scale;
        view.y = drag.view.y - (ev.clientY - drag.y) * scale;
        drag.moved = drag.moved || Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) > 3;
        applyView();
      }
    });
    svg.addEventListener('pointerup', function () {
      if (drag && !drag.moved) {
        if (drag.node) {
          var now = Date.now();
          if (lastTap.id === drag.node.id && now - lastTap.t < 450) { window.location.href = drag.node.href; }
          lastTap = { id: drag.node.id, t: now };
          light(selected === drag.node.id ? null : drag.node.id);
        } else {
          light(null);
        }
      }
      drag = null;
    });
    svg.addEventListener('wheel', function (ev) {
      ev.preventDefault();
      var p = toGraph(ev), f = ev.deltaY > 0 ? 1.15 : 1 / 1.15;
      view.x = p.x - (p.x - view.x) * f; view.y = p.y - (p.y - view.y) * f; view.w *= f; view.h *= f;
      applyView();
    }, { passive: false });

    svg.setAttribute('data-drawn', String(nodes.length));
    // the words come from the page's bundle (data-words-*), so that the status reads in the page's language
    status.textContent = (status.getAttribute('data-words-drawn') || '{records} records, {links} links')
      .replace('{records}', nodes.length).replace('{links}', edges.length);
  }

  fetch(svg.getAttribute('data-src'), { headers: { Accept: 'application/json' } })
    .then(function (r) {
      if (!r.ok) { throw new Error('the server answered ' + r.status); }
      return r.json();
    })
    .then(draw)
    .catch(function (e) {
      status.textContent = (status.getAttribute('data-words-failed') || 'The network could not be drawn: {problem}. The list below shows the same links.')
        .replace('{problem}', e.message);
    });
}());
