// Suggests people to mention while a comment is typed: after "@" and two characters the
// names come from /people/suggest (a list of buttons, read out by the live region);
// choosing one writes "@username " in place of what was typed.
(function () {
  var timer;
  var pattern = /(^|[^\w@.])@([a-z0-9._-]{2,})$/i;

  function boxOf(area) {
    return area.form ? area.form.querySelector('.mention-suggestions') : null;
  }

  document.addEventListener('input', function (event) {
    var area = event.target;
    if (!area.classList || !area.classList.contains('mention-input')) {
      return;
    }
    var box = boxOf(area);
    if (!box) {
      return;
    }
    var match = pattern.exec(area.value.slice(0, area.selectionStart));
    clearTimeout(timer);
    if (!match) {
      box.textContent = '';
      return;
    }
    timer = setTimeout(function () {
      fetch(box.dataset.suggest + '?q=' + encodeURIComponent(match[2]), { credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : ''; })
        .then(function (html) { box.innerHTML = html; });
    }, 250);
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-mention]');
    if (!button) {
      return;
    }
    var box = button.closest('.mention-suggestions');
    var area = box && box.closest('form') ? box.closest('form').querySelector('.mention-input') : null;
    if (!area) {
      return;
    }
    var end = area.selectionStart;
    var before = area.value.slice(0, end).replace(/@[a-z0-9._-]*$/i, '@' + button.dataset.mention + ' ');
    area.value = before + area.value.slice(end);
    area.focus();
    area.setSelectionRange(before.length, before.length);
    box.textContent = '';
  });
})();
