// Draws a bar chart from the table that is its accessible alternative: each row's header is a
// label and its first number cell the value. The table stays on the page for screen readers.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('[data-chart-from]').forEach(function (element) {
    var table = document.getElementById(element.getAttribute('data-chart-from'));
    if (!table) {
      return;
    }
    var labels = [];
    var values = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var header = row.querySelector('th');
      var cell = row.querySelector('td');
      if (header && cell) {
        labels.push(header.textContent.trim());
        values.push(Number(cell.getAttribute('data-value') || cell.textContent));
      }
    });
    var rtl = document.documentElement.getAttribute('dir') === 'rtl';
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 20, top: 20, bottom: 60 },
      xAxis: { type: 'category', data: labels, inverse: rtl, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1, position: rtl ? 'right' : 'left' },
      series: [{ type: 'bar', data: values, itemStyle: { color: element.getAttribute('data-colour') || '#0d6efd' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
