// Risk pages: the exposure trend as an ECharts line chart drawn from the table that is its
// accessible alternative (each row: a day, the exposure, the exposure after the response).
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('[data-line-from]').forEach(function (element) {
    var table = document.getElementById(element.getAttribute('data-line-from'));
    if (!table) {
      return;
    }
    var heads = table.querySelectorAll('thead th');
    var labels = [];
    var before = [];
    var after = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var cells = row.querySelectorAll('td');
      labels.push(row.querySelector('th').textContent.trim());
      before.push(Number(cells[0].textContent));
      after.push(Number(cells[1].textContent));
    });
    var rtl = document.documentElement.getAttribute('dir') === 'rtl';
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: labels, inverse: rtl },
      yAxis: { type: 'value', minInterval: 1, position: rtl ? 'right' : 'left' },
      series: [
        { name: heads[1].textContent.trim(), type: 'line', data: before, itemStyle: { color: '#b02a37' } },
        { name: heads[2].textContent.trim(), type: 'line', data: after, itemStyle: { color: '#0a58ca' } }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
