// The plan page (planning module). The table and the Gantt chart draw a window of rows and
// fetch the next window from the server as the person scrolls, so that a plan of any size
// opens at once. A row's change comes back with every row it moved (htmx swaps them in by
// id) and the plan's new finish; a refused change comes back as a message right after the
// row, in view.
(function () {
  'use strict';

  function windowed(scroller, find, parse) {
    var pending = false;
    var again = false;

    function current() {
      return find(scroller);
    }

    function numbers() {
      var shown = current();
      return {
        rows: parseInt(scroller.dataset.rows, 10) || 0,
        height: parseFloat(scroller.dataset.rowHeight) || 22,
        header: parseFloat(scroller.dataset.header) || 0,
        size: parseInt(scroller.dataset.window, 10) || 60,
        from: shown ? parseInt(shown.dataset.from, 10) || 0 : 0,
        count: shown ? parseInt(shown.dataset.count, 10) || 0 : 0
      };
    }

    function load(from, force) {
      var n = numbers();
      if (pending) {
        again = true;
        return;
      }
      if (!force && from === n.from) {
        return;
      }
      pending = true;
      var url = scroller.dataset.windowUrl + '&from=' + from + '&count=' + n.size;
      fetch(url, { headers: { 'HX-Request': 'true' }, credentials: 'same-origin' })
        .then(function (answer) {
          if (!answer.ok) {
            throw new Error(answer.status);
          }
          var rows = answer.headers.get('X-Plan-Rows');
          if (rows !== null) {
            scroller.dataset.rows = rows;
          }
          return answer.text();
        })
        .then(function (html) {
          var old = current();
          var next = parse(html);
          if (old && next) {
            keepTyping(old, next);
            old.replaceWith(next);
            if (window.htmx) {
              window.htmx.process(next);
            }
            restoreFocus(next);
          }
        })
        .catch(function () { /* the window in place stays; the next scroll tries again */ })
        .finally(function () {
          pending = false;
          if (again) {
            again = false;
            check();
          }
        });
    }

    // What the person typed in a row that is drawn again stays, and so does the focus.
    var focused = null;
    function keepTyping(old, next) {
      var active = document.activeElement;
      focused = (active && active.id && old.contains(active))
        ? { id: active.id, start: active.selectionStart, end: active.selectionEnd } : null;
      old.querySelectorAll('input[id], select[id]').forEach(function (field) {
        var changed = (field.tagName === 'SELECT')
          ? Array.prototype.some.call(field.options, function (o) { return o.selected !== o.defaultSelected; })
          : field.value !== field.defaultValue;
        var twin = changed ? next.querySelector('#' + CSS.escape(field.id)) : null;
        if (twin) {
          twin.value = field.value;
        }
      });
    }

    function restoreFocus(next) {
      if (focused) {
        var again = next.querySelector('#' + CSS.escape(focused.id));
        if (again) {
          again.focus({ preventScroll: true });
          try {
            again.setSelectionRange(focused.start, focused.end);
          } catch (e) { /* not a text field */ }
        }
      }
      focused = null;
    }

    function check() {
      var n = numbers();
      if (n.rows === 0) {
        return;
      }
      var first = Math.max(0, Math.floor((scroller.scrollTop - n.header) / n.height));
      var last = Math.min(n.rows, first + Math.ceil(scroller.clientHeight / n.height) + 1);
      var loadedEnd = n.from + n.count;
      if (first >= n.from && last <= loadedEnd) {
        return;
      }
      var from = Math.max(0, Math.min(first - Math.floor(n.size / 4), n.rows - n.size));
      load(from, false);
    }

    var ticking = false;
    scroller.addEventListener('scroll', function () {
      if (!ticking) {
        ticking = true;
        window.requestAnimationFrame(function () {
          ticking = false;
          check();
        });
      }
    }, { passive: true });

    var start = numbers();
    if (start.from > 0) {
      scroller.scrollTop = start.header + start.from * start.height;
    }
    return { refresh: function () { load(numbers().from, true); }, check: check };
  }

  function tbodyOf(html) {
    var template = document.createElement('template');
    template.innerHTML = '<table>' + html + '</table>';
    return template.content.querySelector('tbody');
  }

  function svgOf(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    return template.content.querySelector('svg');
  }

  var table = null;
  var chart = null;

  function start() {
    var wbs = document.getElementById('wbs-scroll');
    var gantt = document.getElementById('gantt-scroll');
    table = (wbs && !wbs.dataset.started) ? windowed(wbs, function (s) { return s.querySelector('tbody'); }, tbodyOf) : table;
    chart = (gantt && !gantt.dataset.started) ? windowed(gantt, function (s) { return s.querySelector('svg'); }, svgOf) : chart;
    if (wbs) {
      wbs.dataset.started = 'true';
    }
    if (gantt) {
      gantt.dataset.started = 'true';
    }
    var toggle = sessionStorage.getItem('plan-focus');
    if (toggle) {
      sessionStorage.removeItem('plan-focus');
      var button = document.querySelector('.wbs-toggle[data-summary="' + CSS.escape(toggle) + '"]');
      if (button) {
        button.focus({ preventScroll: true });
      }
    }
  }

  document.addEventListener('DOMContentLoaded', start);
  document.addEventListener('htmx:afterSettle', start);

  // A summary's activities hidden or shown: the page again with the summary folded or not,
  // at the same row.
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest && event.target.closest('.wbs-toggle');
    if (!toggle) {
      return;
    }
    var id = toggle.dataset.summary;
    var url = new URL(window.location.href);
    var folded = (url.searchParams.get('collapsed') || '').split(',').filter(Boolean);
    var at = folded.indexOf(id);
    if (at >= 0) {
      folded.splice(at, 1);
    } else {
      folded.push(id);
    }
    url.searchParams.set('collapsed', folded.join(','));
    var row = toggle.closest('tr');
    var index = row ? parseInt(row.getAttribute('aria-rowindex'), 10) - 2 : 0;
    url.searchParams.set('from', String(Math.max(0, index)));
    sessionStorage.setItem('plan-focus', id);
    window.location.assign(url.toString());
  });

  // A row's change: the previous message of that row goes; a refusal (422) or a change
  // made by someone else first (409) is swapped in after the row, and brought into view.
  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = event.detail.elt;
    if (form && form.classList && form.classList.contains('row-form')) {
      var row = form.closest('tr');
      var error = row && document.getElementById('row-error-' + row.dataset.activity);
      if (error) {
        error.remove();
      }
    }
  });

  document.addEventListener('htmx:beforeSwap', function (event) {
    var form = event.detail.requestConfig && event.detail.requestConfig.elt;
    var status = event.detail.xhr.status;
    if (form && form.classList && form.classList.contains('row-form') && (status === 422 || status === 409)) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    var form = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (!form || !form.classList || !form.classList.contains('row-form')) {
      return;
    }
    var id = form.id.replace(/^f-/, '');
    var error = document.getElementById('row-error-' + id);
    if (error) {
      error.scrollIntoView({ block: 'nearest' });
    }
  });

  // The plan's new finish and critical count after a row's change, and the chart's rows.
  document.addEventListener('planChanged', function (event) {
    var detail = event.detail || {};
    var finish = document.getElementById('project-finish');
    var critical = document.getElementById('critical-count');
    if (finish && detail.finish) {
      finish.textContent = detail.finish;
    }
    if (critical && detail.critical) {
      critical.textContent = detail.critical;
    }
    if (chart) {
      chart.refresh();
    }
  });
})();
