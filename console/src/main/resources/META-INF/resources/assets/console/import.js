// Moves an import's progress bar and counts as household-service reports them, until the job ends.
document.addEventListener("DOMContentLoaded", () => {
  const job = document.getElementById("job");
  if (!job || job.dataset.finished === "true") {
    return;
  }
  const number = new Intl.NumberFormat("en-US");
  const poll = async () => {
    try {
      const response = await fetch(job.dataset.progress, { headers: { Accept: "application/json" } });
      if (!response.ok) {
        throw new Error("progress answered " + response.status);
      }
      const state = await response.json();
      document.getElementById("job-status").textContent = document.documentElement.lang === "en" ? state.status.en : state.status.th;
      document.getElementById("job-bar").value = state.percentDone;
      document.getElementById("job-percent").textContent = state.percentDone;
      for (const key of job.dataset.rows.split(",")) {
        document.getElementById("rows-" + key).textContent = number.format(state.rows[key]);
      }
      if (state.status.code === "DONE" || state.status.code === "FAILED") {
        job.dataset.finished = "true";
        return;
      }
    } catch (unanswered) {
      // offline, or the service busy for a moment: the next tick asks again
    }
    setTimeout(poll, 1000);
  };
  setTimeout(poll, 500);
});
