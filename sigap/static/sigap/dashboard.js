// Draws the dashboard charts from the JSON the server embedded in the page.
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
  const series = JSON.parse(document.getElementById("series-data").textContent);
  const channels = JSON.parse(document.getElementById("channel-data").textContent);
  const accent = getComputedStyle(document.documentElement).getPropertyValue("--accent").trim() || "#0b5cad";
  new Chart(document.getElementById("volume-chart"), {
    type: "line",
    data: { labels: series.labels, datasets: [{ data: series.values, borderColor: accent, backgroundColor: accent + "33", fill: true, tension: 0.25, pointRadius: 0 }] },
    options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  new Chart(document.getElementById("channel-chart"), {
    type: "bar",
    data: { labels: channels.map((c) => c.label), datasets: [{ data: channels.map((c) => c.n), backgroundColor: accent }] },
    options: { animation: false, indexAxis: "y", plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  const sentiment = JSON.parse(document.getElementById("sentiment-data").textContent);
  const colours = { positif: "#1e7a3c", negatif: "#b3261e", netral: "#8a94a6" };
  new Chart(document.getElementById("sentiment-chart"), {
    type: "bar",
    data: { labels: sentiment.labels, datasets: sentiment.series.map((s) => ({ label: s.label, data: s.values, backgroundColor: colours[s.sentiment] })) },
    options: { animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
  });
})();
