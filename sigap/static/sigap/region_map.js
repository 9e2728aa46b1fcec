/* Sigap: choropleth of documents per Indonesian region (templates/includes/region_map.html).
 *
 * Offline: Leaflet and the boundary GeoJSON come from Sigap's own static files, no tile layer.
 * CSP-friendly: no inline scripts or handlers; styles are set through the DOM (CSSOM).
 * Each <figure class="region-map" data-geo-url data-data-id ...> on the page gets a map; the
 * counts come from the json_script element named by data-data-id, as produced by
 * sigap.lib.region_map.choropleth(). When drawn, the figure gets data-state="ready" (or
 * "error") and its Leaflet map is available as figure.sigapMap.
 */
(function () {
  "use strict";
  if (window.SigapRegionMap) return; // the include may appear more than once on a page

  var script = document.currentScript;
  // ColorBrewer YlGnBu, 5 classes: sequential and colour-blind safe. Index 0: no documents.
  var PALETTE = ["#f2f2f2", "#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"];
  var BUCKETS = 5;
  var leafletPromise = null;

  function loadLeaflet() {
    if (window.L) return Promise.resolve(window.L);
    if (leafletPromise) return leafletPromise;
    var jsUrl = script && script.getAttribute("data-leaflet-js");
    var cssUrl = script && script.getAttribute("data-leaflet-css");
    if (cssUrl && !document.querySelector('link[data-sigap-leaflet]')) {
      var link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = cssUrl;
      link.setAttribute("data-sigap-leaflet", "");
      document.head.appendChild(link);
    }
    leafletPromise = new Promise(function (resolve, reject) {
      if (!jsUrl) { reject(new Error("no Leaflet URL")); return; }
      var s = document.createElement("script");
      s.src = jsUrl;
      s.setAttribute("data-sigap-leaflet", "");
      s.addEventListener("load", function () { resolve(window.L); });
      s.addEventListener("error", function () { reject(new Error("Leaflet did not load")); });
      document.head.appendChild(s);
    });
    return leafletPromise;
  }

  function readData(figure) {
    var el = document.getElementById(figure.getAttribute("data-data-id") || "");
    if (!el) return {};
    try {
      var data = JSON.parse(el.textContent || "{}");
      return data && typeof data === "object" ? data : {};
    } catch (e) {
      return {};
    }
  }

  // Same rule as sigap.lib.region_map: ceil(5 * share of regions with count <= n).
  function quintiles(counts) {
    var positive = counts.filter(function (n) { return n > 0; }).sort(function (a, b) { return a - b; });
    return function (n) {
      if (!(n > 0)) return 0;
      var le = 0;
      while (le < positive.length && positive[le] <= n) le++;
      return Math.max(1, Math.min(BUCKETS, Math.ceil(BUCKETS * le / positive.length - 1e-9)));
    };
  }

  // Per feature: the codes it covers (a polygon may stand for several current provinces).
  function featureCodes(feature) {
    var p = feature.properties || {};
    return String(p.codes || p.code || "").split(/\s+/).filter(Boolean);
  }

  function summarize(features, data, level) {
    var out = [];
    features.forEach(function (f) {
      var codes = featureCodes(f);
      var count = 0, bucket = 0, names = [];
      Object.keys(data).forEach(function (code) {
        var row = data[code] || {};
        var prov = String(code).slice(0, 2);
        if (codes.indexOf(prov) < 0) return;
        if (level !== "regency" && codes.indexOf(String(code)) < 0) return;
        var n = Number(row.count) || 0;
        count += n;
        bucket = Math.max(bucket, Number(row.bucket) || 0);
        if (level !== "regency" && row.name) names.push(row.name);
      });
      out.push({ feature: f, count: count, bucket: bucket,
                 name: names.length ? names.join(" / ") : (f.properties && f.properties.name) || codes.join(" / ") });
    });
    if (level === "regency") { // the data is per regency: colour provinces by their totals
      var q = quintiles(out.map(function (s) { return s.count; }));
      out.forEach(function (s) { s.bucket = q(s.count); });
    }
    return out;
  }

  function label(figure, count) {
    var word = count === 1 ? figure.getAttribute("data-docs-one") : figure.getAttribute("data-docs-other");
    return count.toLocaleString(document.documentElement.lang || undefined) + " " + (word || "");
  }

  function legend(L, figure, summaries) {
    var ranges = {};
    summaries.forEach(function (s) {
      if (!s.bucket) return;
      var r = ranges[s.bucket] || (ranges[s.bucket] = [s.count, s.count]);
      r[0] = Math.min(r[0], s.count);
      r[1] = Math.max(r[1], s.count);
    });
    var control = L.control({ position: "bottomright" });
    control.onAdd = function () {
      var box = L.DomUtil.create("div", "region-map-legend");
      var st = box.style;
      st.background = "#fff"; st.padding = "4px 6px"; st.font = "12px/1.4 sans-serif";
      st.border = "1px solid #bbb"; st.borderRadius = "3px"; st.color = "#222";
      var items = [[0, figure.getAttribute("data-no-docs") || "0"]];
      for (var b = 1; b <= BUCKETS; b++) {
        if (ranges[b]) items.push([b, ranges[b][0] === ranges[b][1] ? String(ranges[b][0]) : ranges[b][0] + "–" + ranges[b][1]]);
      }
      items.forEach(function (item) {
        var row = document.createElement("div");
        row.className = "region-map-legend-item";
        row.setAttribute("data-bucket", String(item[0]));
        var sw = document.createElement("span");
        sw.style.display = "inline-block"; sw.style.width = "12px"; sw.style.height = "12px";
        sw.style.marginRight = "4px"; sw.style.verticalAlign = "middle";
        sw.style.background = PALETTE[item[0]]; sw.style.border = "1px solid #888";
        row.appendChild(sw);
        row.appendChild(document.createTextNode(item[1]));
        box.appendChild(row);
      });
      return box;
    };
    return control;
  }

  function draw(L, figure, geo) {
    var canvas = figure.querySelector(".region-map-canvas") || figure;
    var level = figure.getAttribute("data-level") || "province";
    var data = readData(figure);
    var features = (geo && geo.features) || [];
    var summaries = summarize(features, data, level);
    var byFeature = new Map(summaries.map(function (s) { return [s.feature, s]; }));

    var map = L.map(canvas, { zoomSnap: 0.25, scrollWheelZoom: false, attributionControl: true });
    map.attributionControl.setPrefix(false);
    var attribution = figure.getAttribute("data-attribution");
    if (attribution) map.attributionControl.addAttribution(attribution);
    var layer = L.geoJSON(geo, {
      style: function (f) {
        var s = byFeature.get(f);
        return { color: "#555", weight: 0.7, opacity: 1, fillOpacity: 0.9,
                 fillColor: PALETTE[s ? s.bucket : 0] };
      },
      onEachFeature: function (f, l) {
        var s = byFeature.get(f);
        var tip = document.createElement("span"); // textContent: names never become HTML
        tip.textContent = s.name + ": " + label(figure, s.count);
        l.bindTooltip(tip, { sticky: true, direction: "top" });
        l.on("mouseover", function () { l.setStyle({ weight: 2, color: "#000" }); });
        l.on("mouseout", function () { layer.resetStyle(l); });
      }
    });

    // the view first (fitted to the regions with documents, else all), then the paths
    var bounds = null;
    layer.eachLayer(function (l) {
      if (byFeature.get(l.feature).count > 0) {
        var b = l.getBounds();
        bounds = bounds ? bounds.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
      }
    });
    if (!bounds || !bounds.isValid()) bounds = layer.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [12, 12], maxZoom: 8 });
    else map.setView([-2.5, 118], 4);
    layer.addTo(map);
    layer.eachLayer(function (l) {
      var s = byFeature.get(l.feature);
      var el = l.getElement && l.getElement();
      if (!el) return;
      el.setAttribute("data-code", (l.feature.properties || {}).code || "");
      el.setAttribute("data-count", String(s.count));
      el.setAttribute("data-bucket", String(s.bucket));
    });
    legend(L, figure, summaries).addTo(map);
    figure.sigapMap = map;
    figure.setAttribute("data-state", "ready");
  }

  function fail(figure, err) {
    var canvas = figure.querySelector(".region-map-canvas");
    if (canvas) {
      canvas.style.height = "";
      canvas.textContent = figure.getAttribute("data-error-text") || "";
    }
    figure.setAttribute("data-state", "error");
    if (window.console) console.warn("region map:", err);
  }

  function init(figure) {
    if (figure.getAttribute("data-state")) return;
    figure.setAttribute("data-state", "loading");
    var canvas = figure.querySelector(".region-map-canvas");
    if (canvas) { // sized here so that without JavaScript only the table shows
      canvas.style.height = figure.getAttribute("data-height") || "420px";
      canvas.style.background = "#dfeaf3";
    }
    var geoUrl = figure.getAttribute("data-geo-url");
    Promise.all([
      loadLeaflet(),
      fetch(geoUrl, { credentials: "same-origin" }).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status + " for " + geoUrl);
        return r.json();
      })
    ]).then(function (res) {
      draw(res[0], figure, res[1]);
    }).catch(function (err) { fail(figure, err); });
  }

  function initAll() {
    Array.prototype.forEach.call(document.querySelectorAll("figure.region-map[data-geo-url]"), init);
  }

  window.SigapRegionMap = { init: init, initAll: initAll, palette: PALETTE.slice() };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", initAll);
  else initAll();
  // pages that swap content with htmx get maps in the new content too
  document.addEventListener("htmx:load", initAll);
})();
