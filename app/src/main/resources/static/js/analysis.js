// The analysts' charts: each canvas draws the table beside it with Chart.js (its WebJar, under /webjars,
// MIT). The numbers are read from the table itself, so chart and table never disagree and the page
// needs no inline script (strict CSP). Print gets static charts sized to the page.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') { return; }
  var COLOURS = ['#1f4e79', '#b5562a', '#4f7a28', '#7a3b8f', '#8a6d1d'];
  Chart.defaults.font.size = 13;
  Chart.defaults.color = '#222';
  Chart.defaults.animation = false;

  document.querySelectorAll('canvas.analysis-chart').forEach(function (canvas) {
    var section = canvas.closest('section');
    var table = section.querySelector('table.counts');
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent; });
    var rows = Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (tr) {
      return Array.prototype.map.call(tr.querySelectorAll('td'), function (td) { return td.textContent; });
    });
    if (rows.length === 0) { canvas.parentNode.hidden = true; return; }
    var id = canvas.getAttribute('data-table');
    var outcomes = id === 'requests-outcomes-by-year';
    // count columns: every column after the first; for outcomes, the three outcome columns only
    var series = outcomes ? [2, 3, 4] : headers.map(function (h, i) { return i; }).slice(1);
    var trend = /by-year$/.test(id) && !outcomes && series.length === 1;
    var horizontal = !/year/.test(id);
    new Chart(canvas, {
      type: trend ? 'line' : 'bar',
      data: {
        labels: rows.map(function (r) { return r[0]; }),
        datasets: series.map(function (col, k) {
          return { label: headers[col], data: rows.map(function (r) { return Number(r[col]) || 0; }),
                   backgroundColor: COLOURS[k % COLOURS.length], borderColor: COLOURS[k % COLOURS.length] };
        })
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true, maintainAspectRatio: false,
        plugins: { legend: { display: series.length > 1 } },
        scales: { x: { stacked: series.length > 1, ticks: { precision: 0 } }, y: { stacked: series.length > 1, ticks: { precision: 0 } } }
      }
    });
    var box = canvas.parentNode;
    box.classList.add(horizontal ? 'chart-rows-' + Math.min(rows.length, 12) : 'chart-columns');
  });
  window.addEventListener('beforeprint', function () {
    Object.values(Chart.instances).forEach(function (c) { c.resize(); });
  });
}());
