// Draws the dashboard's trend from the data the page carries (the same figures as its table).
document.addEventListener("DOMContentLoaded", () => {
  const canvas = document.getElementById("trend-chart");
  if (!canvas || !window.Chart) {
    return;
  }
  const months = JSON.parse(canvas.dataset.trend);
  const names = canvas.dataset.labels.split("|");
  const series = ["identified", "withPlan", "withCarer", "graduated"];
  const colours = ["#0b4f8a", "#b35806", "#1e6b34", "#6a3d9a"];
  const dashes = [[], [6, 3], [2, 2], [10, 4]]; // lines differ by dash too, not by colour alone
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
        pointStyle: ["circle", "rect", "triangle", "rectRot"][i],
        tension: 0.2,
      })),
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true } } },
  });
});
