// Pickers of the recording forms: as one types part of a record's title, the records of the field's kinds that the
// reader may see are offered (GET /api/records/pick); choosing one puts its id in the field (one record) or adds it to
// the ticked list (several). Without this script the field still takes a record's id typed in.
(function () {
  'use strict';
  function labelOf(list, value) {
    var options = list.querySelectorAll('option');
    for (var i = 0; i < options.length; i++) {
      if (options[i].value === value) { return options[i].label || options[i].textContent; }
    }
    return null;
  }
  function addChosen(input, id, label) {
    var box = document.getElementById('c-' + input.name);
    if (!box || box.querySelector('input[value="' + CSS.escape(id) + '"]')) { input.value = ''; return; }
    var item = document.createElement('label');
    var tick = document.createElement('input');
    tick.type = 'checkbox'; tick.name = input.name; tick.value = id; tick.checked = true;
    var text = document.createElement('span');
    text.textContent = label;
    text.dir = 'auto';
    item.appendChild(tick); item.appendChild(document.createTextNode(' ')); item.appendChild(text);
    box.appendChild(item);
    input.value = '';
  }
  function fill(list, picks) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    picks.forEach(function (p) {
      var option = document.createElement('option');
      option.value = p.id;
      option.label = p.label;
      option.textContent = p.label;
      list.appendChild(option);
    });
  }
  document.querySelectorAll('input[data-pick]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var shown = document.getElementById('p-' + input.name);
    var several = input.hasAttribute('data-several');
    var timer = null;
    var asked = '';
    input.addEventListener('input', function () {
      var value = input.value.trim();
      var label = labelOf(list, value);
      if (label !== null) {
        if (several) { addChosen(input, value, label); } else if (shown) { shown.textContent = label; }
        return;
      }
      if (shown) { shown.textContent = ''; }
      clearTimeout(timer);
      if (value.length < 2 || value === asked) { return; }
      timer = setTimeout(function () {
        asked = value;
        fetch('/api/records/pick?kind=' + encodeURIComponent(input.getAttribute('data-pick')) + '&q=' + encodeURIComponent(value),
          { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (picks) { if (input.value.trim() === value) { fill(list, picks); input.setAttribute('data-picked', value); } })
          .catch(function () { /* the field still takes an id typed in */ });
      }, 200);
    });
  });
})();
