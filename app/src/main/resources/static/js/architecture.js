// The architecture pages' two charts, drawn with ECharts from the tables below them (which
// stay on the page as their accessible alternative):
// - [data-radar-from]: the technology radar, one point per catalogue row (data-ring,
//   data-quadrant), adopt at the centre; a click follows the row's link;
// - [data-graph-nodes]: the dependency graph of the applications table (data-node) and the
//   dependencies table (data-from, data-to); a click on an application opens it.
(function () {
  'use strict';

  var RING_COLOURS = ['#1b6e3a', '#1d5fa8', '#8a5a00', '#a4262c'];
  var SYMBOLS = ['circle', 'rect', 'triangle', 'diamond'];

  function labels(id) {
    var list = document.getElementById(id);
    return list ? Array.prototype.map.call(list.querySelectorAll('li'), function (li) {
      return li.textContent.trim();
    }) : [];
  }

  function go(link) {
    if (link) {
      window.location.assign(link);
    }
  }

  function radar(element) {
    var table = document.getElementById(element.getAttribute('data-radar-from'));
    if (!table || !window.echarts) {
      return;
    }
    var rings = labels('radar-rings');
    var quadrants = labels('radar-quadrants');
    var counts = {};
    var rows = table.querySelectorAll('tbody tr');
    rows.forEach(function (row) {
      var key = row.getAttribute('data-ring') + '/' + row.getAttribute('data-quadrant');
      counts[key] = (counts[key] || 0) + 1;
    });
    var seen = {};
    var series = rings.map(function (ring, r) {
      return {
        name: ring, type: 'scatter', coordinateSystem: 'polar', symbol: SYMBOLS[r], symbolSize: 14,
        itemStyle: { color: RING_COLOURS[r] },
        label: { show: true, position: 'right', formatter: function (p) { return p.data.name; }, fontSize: 11 },
        data: []
      };
    });
    rows.forEach(function (row) {
      var r = Number(row.getAttribute('data-ring'));
      var q = Number(row.getAttribute('data-quadrant'));
      var key = r + '/' + q;
      var index = seen[key] = (seen[key] || 0) + 1;
      var angle = q * 90 + index * 90 / (counts[key] + 1);
      var radius = r + 0.2 + 0.6 * ((index % 3) / 3);
      var link = row.querySelector('th a');
      series[r].data.push({ name: row.querySelector('th').textContent.trim(), value: [radius, angle],
        link: link ? link.getAttribute('href') : null });
    });
    var chart = window.echarts.init(element);
    chart.setOption({
      legend: { data: rings, bottom: 0 },
      tooltip: { formatter: function (p) { return p.data.name + ' · ' + p.seriesName; } },
      polar: { radius: ['0%', '80%'] },
      radiusAxis: { min: 0, max: 4, interval: 1, axisLabel: { show: false }, splitLine: { show: true } },
      angleAxis: { type: 'value', min: 0, max: 360, interval: 90, startAngle: 90,
        axisLabel: { formatter: function (v) { return v < 360 ? (quadrants[v / 90] || '') : ''; } },
        splitLine: { show: true } },
      series: series
    });
    chart.on('click', function (p) {
      if (p.data && p.data.link) {
        var target = document.getElementById(p.data.link.split('#')[1] || '');
        go(p.data.link);
        if (target) {
          target.focus();
        }
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function graph(element) {
    var nodesTable = document.getElementById(element.getAttribute('data-graph-nodes'));
    var edgesTable = document.getElementById(element.getAttribute('data-graph-edges'));
    if (!nodesTable || !window.echarts) {
      return;
    }
    var nodes = [];
    nodesTable.querySelectorAll('tbody tr[data-node]').forEach(function (row) {
      var link = row.querySelector('th a');
      nodes.push({ id: row.getAttribute('data-node'), name: row.querySelector('th').textContent.trim(),
        link: link ? link.getAttribute('href') : null, symbolSize: 22 });
    });
    var edges = [];
    if (edgesTable) {
      edgesTable.querySelectorAll('tbody tr[data-from]').forEach(function (row) {
        edges.push({ source: row.getAttribute('data-from'), target: row.getAttribute('data-to') });
      });
    }
    var chart = window.echarts.init(element);
    chart.setOption({
      tooltip: { formatter: function (p) { return p.dataType === 'node' ? p.data.name : ''; } },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: 260, edgeLength: 110 },
        label: { show: true, position: 'right' },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
        itemStyle: { color: '#1d5fa8' }, lineStyle: { color: '#555', width: 1.5 },
        data: nodes, links: edges
      }]
    });
    chart.on('click', function (p) {
      if (p.dataType === 'node') {
        go(p.data.link);
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function draw() {
    document.querySelectorAll('[data-radar-from]').forEach(radar);
    document.querySelectorAll('[data-graph-nodes]').forEach(graph);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  }
  else {
    draw();
  }
}());
