// Sends the CSRF token with every htmx request, so that htmx forms are protected like plain ones.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Buttons marked data-print open the browser's print dialogue (and so "save as PDF"); an
// inline onclick would be blocked by the Content-Security-Policy (script-src 'self').
document.addEventListener('click', function (event) {
  if (event.target.closest && event.target.closest('[data-print]')) {
    window.print();
  }
});

// A form shown again with refused input: the summary of its errors takes the focus, so that
// a screen reader reads it and the keyboard starts there (each line links to its field).
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('form-errors');
  if (summary) {
    summary.focus();
  }
});
