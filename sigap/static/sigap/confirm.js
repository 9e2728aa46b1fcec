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

// Progressive disclosure: a control marked data-show-when="outcome:granted refused" (with its label)
// shows only while its form's control "outcome" has one of those values. A hidden control is also
// disabled, so it is neither sent nor checked by the browser. Without script every field stays
// visible and the server reads only the chosen value's fields.
(function () {
  "use strict";
  function wrapper(control, form) {
    var el = control;
    while (el.parentElement && el.parentElement !== form) {
      el = el.parentElement;
    }
    return el;
  }
  function update(form) {
    form.querySelectorAll("[data-show-when]").forEach(function (control) {
      var rule = control.dataset.showWhen.split(":");
      var source = form.elements[rule[0]];
      var shown = !source || rule[1].split(" ").indexOf(source.value) !== -1;
      wrapper(control, form).hidden = !shown;
      control.disabled = !shown;
    });
  }
  document.addEventListener("change", function (event) {
    var form = event.target.form;
    if (form && form.querySelector("[data-show-when]")) {
      update(form);
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form").forEach(function (form) {
      if (form.querySelector("[data-show-when]")) {
        update(form);
      }
    });
  });
})();

// A list's filters (details.filters-fold) fold on a phone so the results come first, unless some
// are in use; without script, or on a wide screen, they stay open (the summary is hidden there).
(function () {
  "use strict";
  var wide = window.matchMedia("(min-width: 700px)");
  var folds = document.querySelectorAll("details.filters-fold");
  function fit() {
    folds.forEach(function (fold) {
      fold.open = wide.matches || fold.hasAttribute("data-active");
    });
  }
  fit();
  wide.addEventListener("change", fit);
})();
