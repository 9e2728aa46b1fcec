// Asks before a destructive button submits its form. Lives here, not in onclick="", because
// the Content-Security-Policy forbids inline script (docs/security.md).
document.addEventListener("click", function (event) {
  "use strict";
  var button = event.target.closest && event.target.closest("button[data-confirm]");
  if (button && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
  }
});
