// Draw the areas to black out on a preview of the page: each drag adds a line
// "page, left, top, right, bottom" (percent) to the boxes field, which stays the way to type them.
(function () {
  "use strict";
  var box = document.querySelector("[data-redaction-preview]");
  if (!box) return;
  var field = document.getElementById(box.getAttribute("data-field"));
  var img = box.querySelector("img");
  var pick = document.getElementById("redaction-page");
  var layer = box.querySelector(".redaction-layer");
  if (!field || !img || !layer) return;
  var start = null, ghost = null;

  function page() { return pick ? parseInt(pick.value, 10) || 1 : 1; }
  function pct(v) { return Math.round(Math.min(100, Math.max(0, v)) * 10) / 10; }
  function at(ev) {
    var r = img.getBoundingClientRect();
    return { x: (ev.clientX - r.left) / r.width * 100, y: (ev.clientY - r.top) / r.height * 100 };
  }
  function place(el, a, b) {
    el.style.left = Math.min(a.x, b.x) + "%";
    el.style.top = Math.min(a.y, b.y) + "%";
    el.style.width = Math.abs(b.x - a.x) + "%";
    el.style.height = Math.abs(b.y - a.y) + "%";
  }
  function draw() {  // the areas already listed for the page on show
    layer.textContent = "";
    field.value.split("\n").forEach(function (line) {
      var p = line.split(",").map(function (s) { return parseFloat(s); });
      if (p.length !== 5 || p.some(isNaN) || p[0] !== page()) return;
      var el = document.createElement("div");
      el.className = "redaction-area";
      place(el, { x: p[1], y: p[2] }, { x: p[3], y: p[4] });
      layer.appendChild(el);
    });
  }
  box.addEventListener("pointerdown", function (ev) {
    if (ev.button !== 0) return;
    ev.preventDefault();
    start = at(ev);
    ghost = document.createElement("div");
    ghost.className = "redaction-area";
    layer.appendChild(ghost);
    box.setPointerCapture(ev.pointerId);
  });
  box.addEventListener("pointermove", function (ev) { if (start) place(ghost, start, at(ev)); });
  box.addEventListener("pointerup", function (ev) {
    if (!start) return;
    var end = at(ev), a = start;
    start = null;
    if (Math.abs(end.x - a.x) < 0.5 || Math.abs(end.y - a.y) < 0.5) { draw(); return; }
    var line = [page(), pct(Math.min(a.x, end.x)), pct(Math.min(a.y, end.y)),
                pct(Math.max(a.x, end.x)), pct(Math.max(a.y, end.y))].join(", ");
    field.value = field.value.replace(/\s+$/, "") + (field.value.trim() ? "\n" : "") + line;
    draw();
  });
  if (pick) pick.addEventListener("change", function () {
    img.src = box.getAttribute("data-src").replace("/1.png", "/" + page() + ".png");
  });
  img.addEventListener("load", draw);
  field.addEventListener("input", draw);
  draw();
})();
