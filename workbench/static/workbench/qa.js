// The project-wide QA report: fix, edit or dismiss a flag in its table row; the row then says what
// happened, and the other rows of the same segment (whose flags the re-check replaced) say to reload.
"use strict";
(function () {
  const T = JSON.parse(document.getElementById("qa-strings").textContent);
  // What happened to a row is said in the row, where the reviewer is looking.
  function fail(tr, res) {
    const d = res.data, status = tr.querySelector(".qa-status");
    status.textContent = res.status === 409 ? T.conflict : T.error + " " + res.status + (d && d.detail ? ": " + d.detail : "");
    status.classList.add("error");
  }
  function done(tr, message) {
    tr.classList.add("qa-done");
    tr.querySelectorAll("button, input").forEach((n) => { n.disabled = true; });
    const status = tr.querySelector(".qa-status");
    status.textContent = message; status.classList.remove("error");
  }
  // A saved segment: its text in this row; its other rows' flags are gone with the re-check.
  function saved(tr, segment, message) {
    tr.querySelector(".qa-text").textContent = segment.target_text;
    done(tr, message);
    document.querySelectorAll(".qa-row[data-segment='" + segment.id + "']").forEach((other) => {
      other.dataset.version = segment.version;
      if (other !== tr && !other.classList.contains("qa-done")) done(other, T.rechecked);
    });
  }
  async function fix(tr) {
    const res = await api("POST", "/api/flags/" + tr.dataset.flag + "/fix/", { version: Number(tr.dataset.version) });
    if (!res.ok) { fail(tr, res); return; }
    saved(tr, res.data, T.fixed);
  }
  function edit(tr) {
    const cell = tr.querySelector(".qa-text");
    if (cell.querySelector("textarea")) return;
    const area = document.createElement("textarea");
    area.setAttribute("aria-label", T.editor_label); area.setAttribute("lang", "ja");
    area.value = cell.textContent; area.rows = 3;
    const ok = document.createElement("button"); ok.type = "button"; ok.className = "primary"; ok.textContent = T.save;
    const cancel = document.createElement("button"); cancel.type = "button"; cancel.textContent = T.cancel;
    const old = Array.from(cell.childNodes);
    cell.replaceChildren(area, ok, cancel);
    area.focus();
    cancel.onclick = () => cell.replaceChildren(...old);
    ok.onclick = async () => {
      const res = await api("PATCH", "/api/segments/" + tr.dataset.segment + "/", { target_text: area.value, version: Number(tr.dataset.version) });
      if (!res.ok) { fail(tr, res); return; }
      saved(tr, res.data, T.saved);
    };
  }
  async function dismiss(tr) {
    const reason = tr.querySelector("input[name=reason]");
    if (!reason.value.trim()) { fail(tr, { status: 400, data: { detail: T.reason_needed } }); reason.focus(); return; }
    const res = await api("POST", "/api/flags/" + tr.dataset.flag + "/dismiss/", { reason: reason.value.trim() });
    if (!res.ok) { fail(tr, res); return; }
    done(tr, T.dismissed);
  }
  // The same check on the same text, everywhere: the whole group goes, and later checks skip it.
  async function ignore(tr) {
    const reason = tr.querySelector("input[name=reason]");
    if (!reason.value.trim()) { fail(tr, { status: 400, data: { detail: T.reason_needed } }); reason.focus(); return; }
    const res = await api("POST", "/api/flags/" + tr.dataset.flag + "/ignore/", { reason: reason.value.trim() });
    if (!res.ok) { fail(tr, res); return; }
    tr.closest(".qa-group").querySelectorAll(".qa-row:not(.qa-done)").forEach((row) => done(row, T.ignored));
  }
  const actions = { fix, edit, dismiss, ignore };
  const ignoreList = document.getElementById("ignore-list");
  ignoreList.addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-unignore]");
    if (!button) return;
    button.disabled = true;
    const res = await api("DELETE", ignoreList.dataset.url + "?key=" + encodeURIComponent(button.dataset.unignore));
    if (res.ok) window.location.reload();
    else { button.disabled = false; button.after(" " + T.error + " " + res.status); }
  });
  document.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-qa]");
    if (button && button.closest(".qa-row")) actions[button.dataset.qa](button.closest(".qa-row"));
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target.matches(".qa-row input[name=reason]")) dismiss(event.target.closest(".qa-row"));
  });
})();
