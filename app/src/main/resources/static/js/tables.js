// Tables on a narrow screen: each row is drawn as a card (tutela.css, max-width 640px), so that nothing scrolls
// sideways on a phone. Each cell gets its column's heading to show before it; the table keeps its semantics.
(function () {
  'use strict';
  document.querySelectorAll('table').forEach(function (table) {
    var headings = [];
    var head = table.querySelector('thead tr') || table.querySelector('tr');
    if (!head) { return; }
    head.querySelectorAll('th, td').forEach(function (cell) {
      var span = parseInt(cell.getAttribute('colspan') || '1', 10);
      for (var i = 0; i < span; i++) { headings.push(cell.textContent.trim()); }
    });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var column = 0;
      row.querySelectorAll('th, td').forEach(function (cell) {
        if (headings[column] && !cell.hasAttribute('data-label')) { cell.setAttribute('data-label', headings[column]); }
        column += parseInt(cell.getAttribute('colspan') || '1', 10);
      });
    });
    table.classList.add('cards');
  });
})();
