// Upload articles to the import API and follow the Celery job with a progress bar.
"use strict";
(function () {
  const form = document.getElementById("import-form");
  if (!form) return;
  const bar = document.getElementById("import-progress");
  const message = document.getElementById("import-message");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData();
    for (const file of form.querySelector("input[type=file]").files) data.append("files", file);
    bar.hidden = false; bar.value = 2; message.textContent = "…";
    const res = await api("POST", form.dataset.url, data, true);
    if (!res.ok) { message.textContent = (res.data && res.data.detail) || ("error " + res.status); bar.hidden = true; return; }
    poll(res.data.id);
  });
  async function poll(id) {
    const res = await api("GET", "/api/imports/" + id + "/");
    if (!res.ok) { message.textContent = "error " + res.status; return; }
    bar.value = res.data.progress; message.textContent = res.data.message || res.data.status;
    if (res.data.status === "succeeded") { setTimeout(() => window.location.reload(), 800); return; }
    if (res.data.status === "failed") { bar.hidden = true; return; }
    setTimeout(() => poll(id), 1000);
  }
})();
