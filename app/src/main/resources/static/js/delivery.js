// Delivery pages (their charts are drawn by charts.js): drag and drop in the backlog and on the
// board (the buttons and selects next to each row or card do the same without a mouse), and
// keeping keyboard focus where it was when the live board refreshes.
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function post(url, fields) {
    var body = new URLSearchParams(fields).toString();
    return fetch(url, { method: 'POST', headers: csrf(), body: body, credentials: 'same-origin', redirect: 'manual' });
  }

  // ---- backlog: drag a row, drop it on another; it lands after the row it is dropped on
  // when moving down, before it when moving up
  function backlogDragAndDrop() {
    var body = document.getElementById('backlog-rows');
    if (!body) {
      return;
    }
    var dragged = null;
    body.addEventListener('dragstart', function (event) {
      dragged = event.target.closest('tr[draggable="true"]');
      if (dragged) {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', dragged.getAttribute('data-id'));
      }
    });
    body.addEventListener('dragover', function (event) {
      if (dragged) {
        event.preventDefault();
      }
    });
    body.addEventListener('drop', function (event) {
      var target = event.target.closest('tr');
      if (!dragged || !target || target === dragged) {
        return;
      }
      event.preventDefault();
      var rows = Array.prototype.slice.call(body.querySelectorAll('tr'));
      var movingDown = rows.indexOf(dragged) < rows.indexOf(target);
      body.insertBefore(dragged, movingDown ? target.nextSibling : target);
      var previous = dragged.previousElementSibling;
      var fields = { version: dragged.getAttribute('data-version') };
      if (previous) {
        fields.afterId = previous.getAttribute('data-id');
      }
      post(body.getAttribute('data-rank-url') + dragged.getAttribute('data-id') + '/rank', fields)
        .then(function () { window.location.reload(); });
      dragged = null;
    });
  }

  // ---- board: drag a card onto a column
  var dragging = false;

  function boardDragAndDrop() {
    document.addEventListener('dragstart', function (event) {
      var card = event.target.closest && event.target.closest('.pmo-card[draggable="true"]');
      if (card) {
        dragging = true;
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', card.getAttribute('data-id') + ':' + card.getAttribute('data-version'));
      }
    });
    document.addEventListener('dragend', function () { dragging = false; });
    document.addEventListener('dragover', function (event) {
      if (dragging && event.target.closest && event.target.closest('.pmo-column')) {
        event.preventDefault();
      }
    });
    document.addEventListener('drop', function (event) {
      var column = event.target.closest && event.target.closest('.pmo-column');
      var board = document.getElementById('board');
      if (!dragging || !column || !board) {
        return;
      }
      event.preventDefault();
      dragging = false;
      var parts = event.dataTransfer.getData('text/plain').split(':');
      post(board.getAttribute('data-move-url') + parts[0] + '/move',
        { version: parts[1], columnId: column.getAttribute('data-column-id') })
        .then(function () { window.location.reload(); });
    });
    // no refresh of the live board while a card is in the air
    document.addEventListener('htmx:beforeRequest', function (event) {
      if (dragging) {
        event.preventDefault();
      }
    });
  }

  // ---- focus: back on the control that was used, after a reload or a live refresh
  var focusedId = null;
  document.addEventListener('htmx:beforeSwap', function () {
    focusedId = document.activeElement ? document.activeElement.id : null;
  });
  document.addEventListener('htmx:afterSwap', function () {
    if (focusedId) {
      var again = document.getElementById(focusedId);
      if (again) {
        again.focus();
      }
    }
  });

  function restoreFocus() {
    var problem = document.getElementById('problem');
    if (problem) {
      problem.focus();
      return;
    }
    var marker = document.getElementById('focus-target');
    if (marker) {
      var element = document.getElementById(marker.getAttribute('data-focus'));
      if (element) {
        element.focus();
      }
    }
  }

  /**
   * The assignee field: as the person types, the list of suggestions is refreshed from the
   * people suggest endpoint (the page's own list serves when scripts do not run).
   */
  function peoplePicker() {
    document.querySelectorAll('input[data-suggest]').forEach(function (input) {
      var list = document.getElementById(input.getAttribute('list'));
      var timer = null;
      input.addEventListener('input', function () {
        clearTimeout(timer);
        var q = input.value.trim();
        if (q.length < 1 || !list) {
          return;
        }
        timer = setTimeout(function () {
          fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(q), {
            headers: { 'Accept': 'application/json' },
            credentials: 'same-origin'
          }).then(function (response) {
            return response.ok ? response.json() : [];
          }).then(function (people) {
            list.replaceChildren();
            people.forEach(function (person) {
              var option = document.createElement('option');
              option.value = person.username;
              option.textContent = person.displayName;
              list.appendChild(option);
            });
          });
        }, 200);
      });
    });
  }

  function start() {
    peoplePicker();
    backlogDragAndDrop();
    boardDragAndDrop();
    restoreFocus();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
})();
