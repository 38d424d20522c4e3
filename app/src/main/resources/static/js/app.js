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

// A form marked data-upload-progress (a schedule file of hundreds of megabytes) is sent in the
// background so that the person sees how much of the file has gone and, once it has, how long
// the server has been reading it. The answer (the page the server redirects to, with its
// outcome) then replaces this page, as a plain submission would have.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.matches || !form.matches('form[data-upload-progress]') || !window.FormData) {
    return;
  }
  event.preventDefault();
  var box = form.querySelector('.upload-progress');
  var bar = box.querySelector('progress');
  var status = box.querySelector('[role=status]');
  var lang = document.documentElement.lang || undefined;
  var say = function (text, value) {
    status.textContent = text.replace('{0}', Number(value).toLocaleString(lang));
  };
  box.hidden = false;
  form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
  var xhr = new XMLHttpRequest();
  var sent = 0;
  var tick = function () {
    if (xhr.readyState !== 4) {
      say(form.dataset.processing, Math.round((Date.now() - sent) / 1000));
      setTimeout(tick, 1000);
    }
  };
  xhr.upload.addEventListener('progress', function (e) {
    if (e.lengthComputable) {
      var percent = Math.floor(e.loaded * 100 / e.total);
      bar.value = percent;
      say(form.dataset.sending, percent);
    }
  });
  xhr.upload.addEventListener('load', function () {
    bar.removeAttribute('value');
    sent = Date.now();
    tick();
  });
  xhr.addEventListener('load', function () {
    var html = xhr.responseText;
    var url = xhr.responseURL || form.action;
    document.open();
    document.write(html);
    document.close();
    history.replaceState(null, '', url);
  });
  xhr.addEventListener('error', function () {
    form.removeAttribute('data-upload-progress');
    form.submit();
  });
  xhr.open('POST', form.action);
  xhr.send(new FormData(form));
});

// Groups of the main navigation (details/summary): one open at a time, closed by Escape
// (focus back on the group's name) or by a click elsewhere.
document.addEventListener('toggle', (event) => {
  const group = event.target;
  if (!(group instanceof HTMLDetailsElement) || !group.classList.contains('nav-group') || !group.open) {
    return;
  }
  document.querySelectorAll('details.nav-group[open]').forEach((other) => {
    if (other !== group) {
      other.open = false;
    }
  });
}, true);
document.addEventListener('click', (event) => {
  document.querySelectorAll('details.nav-group[open]').forEach((group) => {
    if (!group.contains(event.target)) {
      group.open = false;
    }
  });
});
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') {
    return;
  }
  document.querySelectorAll('details.nav-group[open]').forEach((group) => {
    group.open = false;
    group.querySelector('summary').focus();
  });
});
