// The charts of a plan's schedule risk analysis (ADR 0106), drawn with ECharts from the
// document in #risk-results[data-risk-charts], in the convention of charts.js (ADR 0014):
// dates and numbers in the reader's locale (data-locale), the tables beside each chart as
// its accessible alternative, and a click on a tornado bar going to that activity.
(function () {
  'use strict';

  var COLOURS = ['#0a58ca', '#b35c00', '#198754', '#6f42c1'];
  var MARK_COLOURS = { P10: '#6c757d', P50: '#0a58ca', P80: '#b35c00', P90: '#b02a37' };

  function when(iso) {
    return iso ? new Date(iso + 'Z').getTime() : null;
  }

  function formats(locale) {
    var date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    var number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    var percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    return {
      date: function (t) { return date.format(new Date(t)); },
      number: function (v) { return number.format(v); },
      percent: function (v) { return percent.format(v / 100); }
    };
  }

  function ready(chart, element) {
    element.setAttribute('data-chart-ready', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function percentileLines(percentiles, toX, format, deadline, deadlineLabel) {
    var lines = Object.keys(percentiles).map(function (name) {
      return {
        xAxis: toX(percentiles[name]), name: name,
        lineStyle: { color: MARK_COLOURS[name], type: 'dashed' },
        label: { formatter: name, color: MARK_COLOURS[name] }
      };
    });
    if (deadline) {
      lines.push({ xAxis: toX(deadline), name: deadlineLabel,
        lineStyle: { color: '#212529', type: 'solid', width: 2 },
        label: { formatter: deadlineLabel, position: 'insideEndTop', color: '#212529' } });
    }
    return { symbol: 'none', silent: true, data: lines };
  }

  function finishCurve(element, data, format, rtl) {
    var chart = echarts.init(element);
    var series = [{
      name: data.labels.thisRun, type: 'line', step: 'end', showSymbol: false,
      data: data.curve.map(function (p) { return [when(p[0]), p[1]]; }),
      lineStyle: { color: COLOURS[0], width: 3 }, itemStyle: { color: COLOURS[0] },
      markLine: percentileLines(data.percentiles, when, format, data.deadline, data.labels.deadline)
    }];
    if (data.compared) {
      series.push({
        name: data.labels.otherRun, type: 'line', step: 'end', showSymbol: false,
        data: data.compared.map(function (p) { return [when(p[0]), p[1]]; }),
        lineStyle: { color: COLOURS[1], width: 2, type: 'dashed' }, itemStyle: { color: COLOURS[1] }
      });
    }
    chart.setOption({
      animation: false,
      aria: { enabled: true, decal: { show: true } },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', formatter: function (items) {
        return items.map(function (i) {
          return i.seriesName + ': ' + format.date(i.value[0]) + ' · ' + format.percent(i.value[1]);
        }).join('<br>');
      } },
      grid: { left: 60, right: 30, top: 40, bottom: 40 },
      xAxis: { type: 'time', inverse: rtl, axisLabel: { formatter: function (v) { return format.date(v); }, hideOverlap: true } },
      yAxis: { type: 'value', min: 0, max: 100, name: data.labels.cumulative, position: rtl ? 'right' : 'left',
        axisLabel: { formatter: function (v) { return format.percent(v); } } },
      series: series
    });
    ready(chart, element);
  }

  function histogram(element, data, format, rtl) {
    var bins = data.histogram;
    var labels = bins.map(function (b) { return format.date(when(b[0])); });
    function binOf(iso) {
      var t = when(iso);
      for (var i = 0; i < bins.length; i++) {
        if (t < when(bins[i][1])) {
          return i;
        }
      }
      return bins.length - 1;
    }
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      aria: { enabled: true, decal: { show: true } },
      tooltip: { trigger: 'axis', valueFormatter: format.number },
      grid: { left: 50, right: 30, top: 30, bottom: 60 },
      xAxis: { type: 'category', data: labels, inverse: rtl, axisLabel: { rotate: 30, hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1, name: data.labels.iterations, position: rtl ? 'right' : 'left',
        axisLabel: { formatter: format.number } },
      series: [{
        name: data.labels.iterations, type: 'bar', barCategoryGap: '5%',
        data: bins.map(function (b) { return b[2]; }),
        itemStyle: { color: COLOURS[0], decal: { symbol: 'rect', color: 'rgba(255,255,255,0.3)', symbolSize: 0.6 } },
        markLine: percentileLines(data.percentiles, binOf, format, null, null)
      }]
    });
    ready(chart, element);
  }

  function costCurve(element, data, format, rtl) {
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      aria: { enabled: true, decal: { show: true } },
      tooltip: { trigger: 'axis', formatter: function (items) {
        return items.map(function (i) { return format.number(i.value[0]) + ' · ' + format.percent(i.value[1]); }).join('<br>');
      } },
      grid: { left: 60, right: 30, top: 30, bottom: 40 },
      xAxis: { type: 'value', scale: true, inverse: rtl, name: data.labels.cost, axisLabel: { formatter: format.number } },
      yAxis: { type: 'value', min: 0, max: 100, name: data.labels.cumulative, position: rtl ? 'right' : 'left',
        axisLabel: { formatter: function (v) { return format.percent(v); } } },
      series: [{
        name: data.labels.cost, type: 'line', step: 'end', showSymbol: false, data: data.cost,
        lineStyle: { color: COLOURS[2], width: 3 }, itemStyle: { color: COLOURS[2] },
        markLine: percentileLines(data.costPercentiles, function (v) { return v; }, format, null, null)
      }]
    });
    ready(chart, element);
  }

  function tornado(element, data, format, rtl) {
    var drivers = data.drivers;
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      aria: { enabled: true, decal: { show: true } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: format.number },
      legend: { top: 0 },
      grid: { left: 10, right: 30, top: 30, bottom: 30, containLabel: true },
      xAxis: { type: 'value', min: -1, max: 1, inverse: rtl, axisLabel: { formatter: format.number } },
      yAxis: { type: 'category', inverse: true, position: rtl ? 'right' : 'left',
        data: drivers.map(function (d) { return d.name; }),
        axisLabel: { width: 220, overflow: 'truncate' } },
      series: [
        { name: data.labels.correlation, type: 'bar', cursor: 'pointer',
          data: drivers.map(function (d) { return d.correlation; }),
          itemStyle: { color: COLOURS[1], decal: { symbol: 'rect', color: 'rgba(255,255,255,0.3)', symbolSize: 0.6 } },
          label: { show: true, position: 'right', formatter: function (p) { return format.number(p.value); } } },
        { name: data.labels.cruciality, type: 'bar', cursor: 'pointer',
          data: drivers.map(function (d) { return d.cruciality; }),
          itemStyle: { color: COLOURS[3], decal: { symbol: 'circle', color: 'rgba(255,255,255,0.35)', symbolSize: 0.6 } } }
      ]
    });
    chart.on('click', function (params) {
      var link = drivers[params.dataIndex] && drivers[params.dataIndex].link;
      if (link) {
        window.location.assign(link);
      }
    });
    ready(chart, element);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var results = document.getElementById('risk-results');
    if (!results || typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(results.getAttribute('data-risk-charts'));
    var locale = results.getAttribute('data-locale') || document.documentElement.getAttribute('lang') || 'en';
    var format = formats(locale);
    var rtl = document.documentElement.getAttribute('dir') === 'rtl';
    var curve = document.getElementById('finish-curve');
    if (curve) {
      finishCurve(curve, data, format, rtl);
    }
    var bins = document.getElementById('finish-histogram');
    if (bins) {
      histogram(bins, data, format, rtl);
    }
    var cost = document.getElementById('cost-curve');
    if (cost) {
      costCurve(cost, data, format, rtl);
    }
    var drivers = document.getElementById('tornado');
    if (drivers) {
      tornado(drivers, data, format, rtl);
    }
  });
})();
