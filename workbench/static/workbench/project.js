// Upload articles to the import API and follow the Celery job with a progress bar
// (GET /api/imports/<id>/ → {id, status, progress, message, result}) until it succeeds or fails.
"use strict";
(function () {
  const form = document.getElementById("import-form");
  if (!form) return;
  const T = JSON.parse(document.getElementById("import-strings").textContent);
  const bar = document.getElementById("import-progress");
  const message = document.getElementById("import-message");
  const button = form.querySelector("button[type=submit]");
  function show(text, isError) { message.textContent = text; message.classList.toggle("error", !!isError); }
  function detail(res) {
    const d = res.data;
    if (!d) return T.error + " " + res.status;
    if (d.detail) return d.detail;
    return Object.values(d).flat().join(" ") || T.error + " " + res.status;
  }
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData();
    for (const file of form.querySelector("input[type=file]").files) data.append("files", file);
    bar.hidden = false; bar.value = 2; button.disabled = true; show(T.uploading);
    const res = await api("POST", form.dataset.url, data, true);
    if (!res.ok) { show(detail(res), true); bar.hidden = true; button.disabled = false; return; }
    poll(res.data.id);
  });
  async function poll(id) {
    const res = await api("GET", "/api/imports/" + id + "/");
    if (!res.ok) { show(detail(res), true); button.disabled = false; return; }
    const job = res.data;
    bar.value = Math.max(2, job.progress || 0);
    if (job.status === "succeeded") { bar.value = 100; show(T.succeeded); setTimeout(() => window.location.reload(), 800); return; }
    if (job.status === "failed") { bar.hidden = true; button.disabled = false; show(T.failed + " " + (job.message || ""), true); return; }
    show(job.message || T[job.status] || job.status);
    setTimeout(() => poll(id), 1000);
  }
})();
