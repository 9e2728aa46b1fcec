// Asks before a destructive button submits its form. Lives here, not in onclick="", because
// the Content-Security-Policy forbids inline script (docs/security.md).
document.addEventListener("click", function (event) {
  "use strict";
  var button = event.target.closest && event.target.closest("button[data-confirm]");
  if (button && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
  }
});

// A form sent back with mistakes: focus its error summary (templates/includes/form_errors.html)
// so keyboard and screen-reader users start from what to fix. Deferred scripts run before this event.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
});
