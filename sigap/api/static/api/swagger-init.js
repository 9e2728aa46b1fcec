// Starts the vendored Swagger UI on /api/v1/docs. No inline script; nothing is loaded from outside.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("swagger-settings").textContent);
  var csrfToken = document.body.dataset.csrfToken;
  config.dom_id = "#swagger-ui";
  config.presets = [SwaggerUIBundle.presets.apis];
  config.requestInterceptor = function (request) {
    // Logged-in browser sessions must send the CSRF token on requests that change data.
    if (csrfToken && !/^(GET|HEAD|OPTIONS)$/i.test(request.method || "GET")) {
      request.headers["X-CSRFToken"] = csrfToken;
    }
    return request;
  };
  window.ui = SwaggerUIBundle(config);
})();
