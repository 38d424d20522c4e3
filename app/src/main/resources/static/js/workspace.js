// The hub's tablist: arrow keys, Home and End move between the tabs (each tab is a link
// that opens its panel), as the ARIA tabs pattern has it; Tab leaves the list.
document.addEventListener('keydown', function (event) {
  var tab = event.target.closest && event.target.closest('[data-tablist] [role="tab"]');
  if (!tab) {
    return;
  }
  var tabs = Array.prototype.slice.call(tab.parentElement.querySelectorAll('[role="tab"]'));
  var index = tabs.indexOf(tab);
  var rtl = document.documentElement.dir === 'rtl';
  var next = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
  var target = null;
  if (next !== undefined) {
    target = tabs[(index + next + tabs.length) % tabs.length];
  }
  else if (event.key === 'Home') {
    target = tabs[0];
  }
  else if (event.key === 'End') {
    target = tabs[tabs.length - 1];
  }
  else if (event.key === ' ') {
    event.preventDefault();
    tab.click();
    return;
  }
  if (target) {
    event.preventDefault();
    target.focus();
  }
});
