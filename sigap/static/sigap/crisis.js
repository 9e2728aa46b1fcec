// Crisis monitoring loop: the linked issue's volume and negative documents, with each publication marked.
(function () {
  // A phone keeps a readable chart: the canvas fills a box whose height sigap.css sets (.chart-box),
  // instead of the canvas's wide desktop aspect shrinking it to a strip.
  Chart.defaults.maintainAspectRatio = false;
  document.querySelectorAll("canvas[role=img]").forEach((c) => {
    if (c.parentElement.classList.contains("chart-box")) return;
    const box = document.createElement("div");
    box.className = "chart-box";
    c.before(box);
    box.append(c);
  });
  const canvas = document.getElementById("crisis-timeline");
  if (!canvas) return;
  const data = JSON.parse(document.getElementById("crisis-timeline-data").textContent);
  const words = document.getElementById("crisis-timeline-words").dataset;
  const top = Math.max(1, ...data.values);
  const pubs = data.publications.map((p) => ({ x: p.label, y: top, text: p.title + " → " + p.where }));
  const declared = [{ x: data.declared, y: top, text: words.declared }];
  new Chart(canvas, {
    data: {
      labels: data.labels,
      datasets: [
        { type: "bar", label: words.documents, data: data.values, backgroundColor: "#0b5cad66" },
        { type: "line", label: words.negative, data: data.negative, borderColor: "#b3261e", pointRadius: 0, tension: 0.25 },
        { type: "scatter", label: words.publication, data: pubs, pointStyle: "rectRot", pointRadius: 8, backgroundColor: "#2e7d32" },
        { type: "scatter", label: words.declared, data: declared, pointStyle: "triangle", pointRadius: 9, backgroundColor: "#b3261e" },
      ],
    },
    options: {
      animation: false,
      plugins: { tooltip: { callbacks: { label: (ctx) => (ctx.raw && ctx.raw.text) ? ctx.raw.text : ctx.dataset.label + ": " + ctx.formattedValue } } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
})();
