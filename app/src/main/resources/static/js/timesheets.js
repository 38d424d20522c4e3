// The week grid: totals per row and per day follow what is typed, before saving (the
// server computes the same totals when the week is saved). Hours are read with a dot or a
// comma as the decimal mark; what is not a number counts as nothing until it is saved and
// refused with its day and row named.
document.addEventListener('DOMContentLoaded', function () {
  var grid = document.getElementById('timesheet-grid');
  if (!grid) {
    return;
  }
  var format = new Intl.NumberFormat(document.documentElement.lang || undefined,
    { maximumFractionDigits: 2, numberingSystem: 'latn' });
  function hours(input) {
    var value = Number(String(input.value || '').trim().replace(',', '.'));
    return isFinite(value) ? value : 0;
  }
  function refresh() {
    var columns = [0, 0, 0, 0, 0, 0, 0];
    var week = 0;
    grid.querySelectorAll('tbody tr').forEach(function (row) {
      var total = 0;
      row.querySelectorAll('[data-ts-day]').forEach(function (input) {
        var h = hours(input);
        total += h;
        columns[Number(input.getAttribute('data-ts-col'))] += h;
      });
      week += total;
      var cell = row.querySelector('[data-ts-row-total]');
      if (cell) {
        cell.textContent = format.format(total);
      }
    });
    columns.forEach(function (total, i) {
      var cell = grid.querySelector('[data-ts-col-total="' + i + '"]');
      if (cell) {
        cell.textContent = format.format(total);
      }
    });
    var all = document.getElementById('week-total');
    if (all) {
      all.textContent = format.format(week);
    }
  }
  grid.addEventListener('input', refresh);
  refresh();
});
