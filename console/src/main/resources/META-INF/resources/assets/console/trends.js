// Draws the dashboard's trend from the data the page carries (the same figures as its table).
document.addEventListener("DOMContentLoaded", () => {
  const canvas = document.getElementById("trend-chart");
  if (!canvas || !window.Chart) {
    return;
  }
  const months = JSON.parse(canvas.dataset.trend);
  const names = canvas.dataset.labels.split("|");
  const series = ["identified", "withPlan", "withCarer", "graduated", "meanUplift"];
  const colours = ["#0b4f8a", "#b35806", "#1e6b34", "#6a3d9a", "#8a0b3f"];
  const dashes = [[], [6, 3], [2, 2], [10, 4], [1, 3]]; // lines differ by dash and marker too, not by colour alone
  new window.Chart(canvas, {
    type: "line",
    data: {
      labels: months.map((m) => m.label),
      datasets: series.map((key, i) => ({
        label: names[i],
        data: months.map((m) => m[key]),
        borderColor: colours[i],
        backgroundColor: colours[i],
        borderDash: dashes[i],
        pointStyle: ["circle", "rect", "triangle", "rectRot", "star"][i],
        // the income uplift is baht per person per year: its own axis on the right
        yAxisID: key === "meanUplift" ? "baht" : "households",
        tension: 0.2,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        households: { position: "left", beginAtZero: true },
        baht: { position: "right", beginAtZero: true, grid: { drawOnChartArea: false } },
      },
    },
  });
});
