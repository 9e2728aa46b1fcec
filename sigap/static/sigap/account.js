// Draws an account's posts (bars) and reach (line, own axis) per day from the JSON the server embedded.
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
  const series = JSON.parse(document.getElementById("account-series").textContent);
  const accent = getComputedStyle(document.documentElement).getPropertyValue("--accent").trim() || "#0b5cad";
  const labels = document.getElementById("account-chart").dataset;
  new Chart(document.getElementById("account-chart"), {
    data: {
      labels: series.labels,
      datasets: [
        { type: "bar", label: labels.posts, data: series.posts, backgroundColor: accent, yAxisID: "posts" },
        { type: "line", label: labels.reach, data: series.reach, borderColor: "#b36b00", pointRadius: 0, tension: 0.25, yAxisID: "reach" },
      ],
    },
    options: {
      animation: false,
      scales: {
        posts: { position: "left", beginAtZero: true, ticks: { precision: 0 } },
        reach: { position: "right", beginAtZero: true, grid: { drawOnChartArea: false } },
      },
    },
  });
})();
