// Every chart of the platform, drawn with ECharts in one convention (ADR 0014):
// - labels and numbers in the reader's locale (the element's data-locale, from Formats.tag():
//   dates in the medium style, numbers with the locale's signs, Western digits in Arabic);
// - a bar's colour says what it means (data-colour on its table row: the health colours),
//   with a pattern and the value written on it, so that colour is never the only cue;
// - clicking a bar goes where the matching row of the table links (the filtered list);
// - the table stays on the page as the chart's accessible alternative.
// Three sources: [data-heatmap-from] draws a probability x impact heat map from its table;
// [data-chart-from] draws one bar series from a table's rows (header = label,
// first data cell = value); .pmo-chart[data-chart] draws the named series of a JSON document
// {labels, dates?, links?, series: [{name, type, data}]}.
(function () {
  'use strict';

  var ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
  var PATTERNS = ['rect', 'circle', 'triangle', 'diamond', 'pin', 'arrow'];

  function localeOf(element) {
    return element.getAttribute('data-locale') || document.documentElement.getAttribute('lang') || 'en';
  }

  function formatters(locale) {
    var numbers = new Intl.NumberFormat(locale);
    var dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      number: function (value) {
        return (value === null || value === undefined || value === '') ? '' : numbers.format(value);
      },
      label: function (value) {
        return ISO_DATE.test(value) ? dates.format(new Date(value + 'T00:00:00Z')) : value;
      }
    };
  }

  function goTo(link) {
    if (link) {
      window.location.assign(link);
    }
  }

  function fromTable(element) {
    var table = document.getElementById(element.getAttribute('data-chart-from'));
    if (!table) {
      return;
    }
    var format = formatters(localeOf(element));
    var labels = [];
    var data = [];
    var links = [];
    table.querySelectorAll('tbody tr').forEach(function (row, index) {
      var header = row.querySelector('th');
      var cell = row.querySelector('td');
      if (!header || !cell) {
        return;
      }
      var link = header.querySelector('a');
      labels.push(header.textContent.trim());
      links.push(link ? link.getAttribute('href') : null);
      data.push({
        value: Number(cell.getAttribute('data-value') || cell.textContent),
        itemStyle: {
          color: row.getAttribute('data-colour') || element.getAttribute('data-colour') || '#0a58ca',
          decal: { symbol: PATTERNS[index % PATTERNS.length], color: 'rgba(255,255,255,0.35)', symbolSize: 0.6 }
        }
      });
    });
    var rtl = document.documentElement.getAttribute('dir') === 'rtl';
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      aria: { enabled: true, decal: { show: true } },
      grid: { left: 40, right: 20, top: 24, bottom: 60 },
      xAxis: { type: 'category', data: labels, inverse: rtl, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1, position: rtl ? 'right' : 'left',
        axisLabel: { formatter: format.number } },
      series: [{
        type: 'bar', data: data, cursor: 'pointer',
        label: { show: true, position: 'top', formatter: function (p) { return format.number(p.value); } }
      }]
    });
    chart.on('click', function (params) { goTo(links[params.dataIndex]); });
    element.setAttribute('data-chart-ready', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function fromJson(element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var format = formatters(localeOf(element));
    var stacked = element.getAttribute('data-stack') === 'true';
    var links = data.links || [];
    var rtl = document.documentElement.getAttribute('dir') === 'rtl';
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      aria: { enabled: true, decal: { show: true } },
      tooltip: { trigger: 'axis', valueFormatter: format.number },
      legend: { top: 0 },
      grid: { left: 40, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: data.labels, inverse: rtl, axisLabel: { formatter: format.label } },
      yAxis: { type: 'value', minInterval: 1, position: rtl ? 'right' : 'left',
        axisLabel: { formatter: format.number } },
      series: data.series.map(function (s) {
        var area = s.type === 'area';
        return {
          name: s.name, type: area ? 'line' : s.type, data: s.data,
          areaStyle: area ? {} : undefined, stack: stacked ? 'all' : undefined,
          cursor: links.length ? 'pointer' : 'default'
        };
      })
    });
    if (links.length) {
      chart.on('click', function (params) { goTo(links[params.dataIndex]); });
    }
    element.setAttribute('data-chart-ready', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  // A probability x impact heat map drawn from its table (the accessible alternative, whose
  // cells carry data-probability, data-impact, data-count and data-rating): each cell in its
  // rating's colour with its count written on it; clicking a cell goes where the table's
  // count links (the risks of that cell).
  var RATINGS = ['LOW', 'MEDIUM', 'HIGH', 'EXTREME'];
  var RATING_COLOURS = ['#198754', '#ffc107', '#dc3545', '#212529'];

  function heatMapFromTable(element) {
    var table = document.getElementById(element.getAttribute('data-heatmap-from'));
    if (!table) {
      return;
    }
    var format = formatters(localeOf(element));
    var size = table.querySelectorAll('thead th').length - 1;
    var levels = [];
    for (var level = 1; level <= size; level++) {
      levels.push(format.number(level));
    }
    var data = [];
    var links = [];
    table.querySelectorAll('td[data-count]').forEach(function (cell) {
      var link = cell.querySelector('a');
      var count = Number(cell.getAttribute('data-count'));
      links.push(link ? link.getAttribute('href') : null);
      var rating = RATINGS.indexOf(cell.getAttribute('data-rating'));
      data.push({
        value: [Number(cell.getAttribute('data-impact')) - 1, Number(cell.getAttribute('data-probability')) - 1,
          count, rating],
        label: { color: rating === 1 ? '#212529' : '#fff' }
      });
    });
    var rtl = document.documentElement.getAttribute('dir') === 'rtl';
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 20, top: 10, bottom: 30 },
      xAxis: { type: 'category', data: levels, inverse: rtl, splitArea: { show: false } },
      yAxis: { type: 'category', data: levels, position: rtl ? 'right' : 'left' },
      visualMap: { show: false, type: 'piecewise', dimension: 3,
        pieces: RATINGS.map(function (name, index) { return { value: index, color: RATING_COLOURS[index] }; }) },
      series: [{
        type: 'heatmap', data: data, cursor: 'pointer', itemStyle: { borderColor: '#fff', borderWidth: 2 },
        label: { show: true, formatter: function (p) { return p.value[2] ? format.number(p.value[2]) : ''; } }
      }]
    });
    chart.on('click', function (params) { goTo(links[params.dataIndex]); });
    element.setAttribute('data-chart-ready', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('[data-heatmap-from]').forEach(heatMapFromTable);
    document.querySelectorAll('[data-chart-from]').forEach(fromTable);
    document.querySelectorAll('.pmo-chart[data-chart]').forEach(fromJson);
  });
})();
