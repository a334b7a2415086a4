/* OpsGuide comparison matrix tools: filter rows by category and columns by methodology,
   highlight one methodology, download what is shown as CSV, print. Without JavaScript the full
   tables show and this toolbar stays hidden. */
(function () {
  'use strict';
  var tools = document.getElementById('matrix-tools');
  var practices = document.getElementById('practice-matrix');
  if (!tools || !practices) return;
  var tables = [practices, document.getElementById('dimension-matrix')].filter(Boolean);
  var groups = Array.prototype.slice.call(practices.tBodies);
  var columns = Array.prototype.slice.call(practices.tHead.querySelectorAll('th[data-methodology]')).map(function (th) {
    return { id: th.getAttribute('data-methodology'), title: th.textContent.trim() };
  });
  var categories = groups.map(function (body) {
    return { id: body.getAttribute('data-category'), title: body.rows[0].textContent.trim(), body: body };
  });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function checkboxes(legend, name, items) {
    var set = el('fieldset', 'matrix-filter');
    set.appendChild(el('legend', null, legend));
    items.forEach(function (item) {
      var label = el('label', 'check');
      var box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.name = name;
      box.value = item.id;
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + item.title));
      set.appendChild(label);
    });
    return set;
  }

  function checked(name) {
    var result = {};
    Array.prototype.forEach.call(tools.querySelectorAll('input[name="' + name + '"]'), function (box) {
      result[box.value] = box.checked;
    });
    return result;
  }

  function cells(id) {
    var all = [];
    tables.forEach(function (table) {
      Array.prototype.push.apply(all, table.querySelectorAll('[data-methodology="' + id + '"]'));
    });
    return all;
  }

  var status = el('p', 'visually-hidden');
  status.setAttribute('role', 'status');
  var highlight = el('select');
  highlight.id = 'matrix-highlight';
  highlight.appendChild(el('option', null, 'None'));
  highlight.firstChild.value = '';
  columns.forEach(function (c) {
    var option = el('option', null, c.title);
    option.value = c.id;
    highlight.appendChild(option);
  });

  function apply() {
    var shownRows = checked('category'), shownColumns = checked('methodology');
    var rowCount = 0, total = 0;
    categories.forEach(function (c) {
      c.body.hidden = !shownRows[c.id];
      var rows = c.body.rows.length - 1;
      total += rows;
      if (shownRows[c.id]) rowCount += rows;
    });
    var columnCount = 0;
    columns.forEach(function (c) {
      var show = shownColumns[c.id];
      if (show) columnCount += 1;
      cells(c.id).forEach(function (cell) {
        cell.hidden = !show;
        cell.classList.toggle('highlight', highlight.value === c.id);
      });
    });
    Array.prototype.forEach.call(practices.querySelectorAll('tr.group th'), function (th) { th.colSpan = columnCount + 1; });
    status.textContent = 'Showing ' + rowCount + ' of ' + total + ' practices and ' + columnCount + ' of ' +
      columns.length + ' methodologies' + (highlight.value ? ', ' + highlight.selectedOptions[0].text + ' highlighted.' : '.');
  }

  function csvField(value) {
    var text = String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return '"' + text.replace(/"/g, '""') + '"';
  }

  /* The rows and columns shown, one practice per line. */
  function csv() {
    var shownColumns = columns.filter(function (c) { return checked('methodology')[c.id]; });
    var lines = [['Category', 'Practice'].concat(shownColumns.map(function (c) { return c.title; }))];
    categories.forEach(function (c) {
      if (c.body.hidden) return;
      Array.prototype.slice.call(c.body.rows, 1).forEach(function (row) {
        var line = [c.title, row.cells[0].textContent.trim()];
        shownColumns.forEach(function (column) {
          var cell = row.querySelector('td[data-methodology="' + column.id + '"]');
          line.push(cell.classList.contains('level-core') ? 'core' : cell.classList.contains('level-supporting') ? 'supporting' : '');
        });
        lines.push(line);
      });
    });
    return lines.map(function (line) { return line.map(csvField).join(','); }).join('\r\n') + '\r\n';
  }

  function download() {
    var url = URL.createObjectURL(new Blob(['\ufeff' + csv()], { type: 'text/csv;charset=utf-8' }));
    var a = el('a');
    a.href = url;
    a.download = 'opsguide-matrix.csv';
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  var filters = el('div', 'matrix-filters');
  filters.appendChild(checkboxes('Categories', 'category', categories));
  filters.appendChild(checkboxes('Methodologies', 'methodology', columns));
  var actions = el('div', 'matrix-actions');
  var label = el('label', null, 'Highlight ');
  label.htmlFor = 'matrix-highlight';
  actions.appendChild(label);
  actions.appendChild(highlight);
  var reset = el('button', 'button subtle', 'Show all');
  reset.type = 'button';
  var exportButton = el('button', 'button', 'Download CSV');
  exportButton.type = 'button';
  exportButton.id = 'matrix-csv';
  var printButton = el('button', 'button', 'Print');
  printButton.type = 'button';
  actions.appendChild(reset);
  actions.appendChild(exportButton);
  actions.appendChild(printButton);
  tools.appendChild(filters);
  tools.appendChild(actions);
  tools.appendChild(status);
  tools.hidden = false;

  tools.addEventListener('change', apply);
  reset.addEventListener('click', function () {
    Array.prototype.forEach.call(tools.querySelectorAll('input[type="checkbox"]'), function (box) { box.checked = true; });
    highlight.value = '';
    apply();
  });
  exportButton.addEventListener('click', download);
  printButton.addEventListener('click', function () { window.print(); });
  apply();
})();
