// Draws an issue's timeline: documents and negative documents, with level changes as markers.
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
  const data = JSON.parse(document.getElementById("timeline-data").textContent);
  const words = document.getElementById("timeline-words").dataset;
  const colours = { pemantauan: "#5b6576", isu: "#c28a00", kasus: "#d35400", krisis: "#b3261e" };
  const top = Math.max(1, ...data.values);
  const markers = data.changes.map((c) => ({ x: c.label, y: top, level: c.level, text: c.level_label }));
  new Chart(document.getElementById("issue-timeline"), {
    data: {
      labels: data.labels,
      datasets: [
        { type: "bar", label: words.documents, data: data.values, backgroundColor: "#0b5cad66" },
        { type: "line", label: words.negative, data: data.negative, borderColor: "#b3261e", pointRadius: 0, tension: 0.25 },
        {
          type: "scatter", label: words.level, data: markers, pointStyle: "triangle", pointRadius: 8,
          backgroundColor: markers.map((m) => colours[m.level]),
        },
      ],
    },
    options: {
      animation: false,
      plugins: { tooltip: { callbacks: { label: (ctx) => (ctx.raw && ctx.raw.text) ? words.level + ": " + ctx.raw.text : ctx.dataset.label + ": " + ctx.formattedValue } } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
})();
