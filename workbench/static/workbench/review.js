// The review page: edit in place, approve/reject, dismiss flags, history, comments, TM suggestions,
// alignment edits, keyboard navigation, and conflict handling (409: both texts shown, nothing lost).
"use strict";
(function () {
  const rows = () => Array.from(document.querySelectorAll(".row[data-id]"));
  const canReview = ["reviewer", "manager"].includes(document.getElementById("role").dataset.role);
  const notice = document.getElementById("notice");
  let active = null;

  function say(text) {
    notice.textContent = text; notice.hidden = false;
    clearTimeout(say.timer); say.timer = setTimeout(() => { notice.hidden = true; }, 4000);
  }
  function activate(row) {
    if (!row) return;
    if (active) active.classList.remove("active");
    active = row; row.classList.add("active"); row.focus({ preventScroll: true });
    row.scrollIntoView({ block: "nearest" });
  }
  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function renderText(container, segment) {
    container.replaceChildren();
    const text = segment.target_text;
    if (!text) { container.appendChild(el("span", { class: "gap" }, "—")); return; }
    const spans = segment.flags.filter((f) => f.status === "open" && f.start !== null && f.end !== null && f.start < f.end)
      .sort((a, b) => a.start - b.start);
    let pos = 0;
    for (const f of spans) {
      const start = Math.max(f.start, pos), end = Math.min(f.end, text.length);
      if (start >= end) continue;
      container.appendChild(document.createTextNode(text.slice(pos, start)));
      container.appendChild(el("mark", { class: "cat-" + f.category + " sev-" + f.severity, title: f.message }, text.slice(start, end)));
      pos = end;
    }
    container.appendChild(document.createTextNode(text.slice(pos)));
  }
  function renderFlags(list, segment) {
    list.replaceChildren();
    for (const f of segment.flags) {
      const li = el("li", { class: "flag sev-" + f.severity + " status-" + f.status, "data-flag": f.id });
      li.appendChild(el("span", { class: "cat cat-" + f.category }, f.category));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", { class: "sev" }, f.severity));
      li.appendChild(document.createTextNode(" " + f.message + " "));
      if (canReview) {
        const b = el("button", { type: "button", class: "link", "data-action": f.status === "open" ? "dismiss" : "reopen" },
          f.status === "open" ? "dismiss" : "reopen");
        li.appendChild(b);
      }
      list.appendChild(li);
    }
  }
  function update(row, segment) {
    row.dataset.version = segment.version;
    row.className = row.className.replace(/state-\S+/, "state-" + segment.state);
    row.querySelector(".badge.state").textContent = segment.state.replace("_", " ");
    renderText(row.querySelector(".tgt .text"), segment);
    renderFlags(row.querySelector(".flags"), segment);
    refreshScores();
  }
  async function refreshScores() {
    const box = document.getElementById("scores");
    const res = await api("GET", box.dataset.url);
    if (!res.ok) return;
    for (const dd of box.querySelectorAll("dd[data-score]")) {
      const v = res.data[dd.dataset.score];
      dd.textContent = v === null || v === undefined ? "–" : dd.dataset.score === "approved_share" ? Math.round(v * 100) + " %" : v.toFixed(1);
    }
  }
  function showConflict(row, current, mine) {
    const panel = row.querySelector(".panel");
    panel.replaceChildren(document.getElementById("conflict-template").content.cloneNode(true));
    panel.querySelector(".theirs").textContent = current.target_text;
    panel.querySelector(".mine").textContent = mine;
    panel.hidden = false;
    row.dataset.version = current.version;
    panel.querySelector("[data-conflict=theirs]").onclick = () => { update(row, current); panel.hidden = true; };
    panel.querySelector("[data-conflict=mine]").onclick = async () => { panel.hidden = true; await save(row, mine); };
    say("Conflict: someone else saved this segment first. Nothing was overwritten.");
  }
  async function save(row, text) {
    const res = await api("PATCH", "/api/segments/" + row.dataset.id + "/", { target_text: text, version: Number(row.dataset.version) });
    if (res.status === 409) { showConflict(row, res.data.current, text); return false; }
    if (!res.ok) { say((res.data && (res.data.detail || JSON.stringify(res.data))) || "error " + res.status); return false; }
    closeEditor(row); update(row, res.data); say("Saved."); return true;
  }
  function openEditor(row) {
    if (row.querySelector("textarea") || row.classList.contains("boilerplate")) return;
    const box = row.querySelector(".tgt .text");
    const area = el("textarea", { "aria-label": "Japanese text", lang: "ja" });
    area.value = box.textContent.trim() === "—" ? "" : box.textContent;
    const bar = el("div", { class: "editbar" });
    const ok = el("button", { type: "button", class: "primary" }, "Save (Ctrl+Enter)");
    const cancel = el("button", { type: "button" }, "Cancel (Esc)");
    ok.onclick = () => save(row, area.value);
    cancel.onclick = () => closeEditor(row);
    bar.append(ok, cancel);
    box.hidden = true; box.after(area, bar); area.focus();
    area.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); save(row, area.value); }
      if (e.key === "Escape") { e.preventDefault(); closeEditor(row); row.focus(); }
    });
  }
  function closeEditor(row) {
    row.querySelectorAll("textarea, .editbar").forEach((n) => n.remove());
    row.querySelector(".tgt .text").hidden = false;
  }
  async function post(row, path, body) {
    const res = await api("POST", "/api/segments/" + row.dataset.id + "/" + path + "/", body);
    if (res.status === 409) { showConflict(row, res.data.current, row.querySelector(".tgt .text").textContent); return null; }
    if (!res.ok) { say((res.data && (res.data.detail || JSON.stringify(res.data))) || "error " + res.status); return null; }
    return res.data;
  }
  async function panel(row, kind) {
    const box = row.querySelector(".panel");
    box.replaceChildren(); box.hidden = false;
    const id = row.dataset.id;
    if (kind === "history") {
      const res = await api("GET", "/api/segments/" + id + "/history/");
      for (const r of (res.data && res.data.results) || []) {
        const line = el("div", {}, r.created_at.slice(0, 16).replace("T", " ") + " · " + (r.user || "system") + " · " + r.action + " ");
        if (r.before && r.before.target_text !== undefined) {
          const b = el("button", { type: "button", class: "link" }, "revert");
          b.title = r.before.target_text;
          b.onclick = async () => { const s = await post(row, "revert", { revision: r.id, version: Number(row.dataset.version) }); if (s) { update(row, s); say("Reverted."); } };
          line.appendChild(b);
        }
        box.appendChild(line);
      }
    } else if (kind === "comments") {
      const res = await api("GET", "/api/segments/" + id + "/comments/");
      for (const c of res.data || []) box.appendChild(el("p", {}, (c.author || "?") + ": " + c.body));
      const area = el("textarea", { "aria-label": "comment" });
      const b = el("button", { type: "button" }, "Comment");
      b.onclick = async () => {
        const r = await api("POST", "/api/segments/" + id + "/comments/", { body: area.value });
        if (r.ok) panel(row, "comments"); else say("error " + r.status);
      };
      box.append(area, b);
    } else if (kind === "suggest") {
      const res = await api("GET", "/api/segments/" + id + "/suggestions/");
      if (!res.ok || !res.data.length) { box.appendChild(el("p", { class: "muted" }, "No earlier approved translation ≥ 75 %.")); return; }
      for (const sug of res.data) {
        const b = el("button", { type: "button", class: "suggestion", lang: "ja" }, sug.match + " % · " + sug.target_text);
        b.title = sug.source_text;
        b.onclick = () => { openEditor(row); row.querySelector("textarea").value = sug.target_text; };
        box.appendChild(b);
      }
    }
  }
  document.getElementById("rows").addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-action]");
    const row = event.target.closest(".row[data-id]");
    if (!row) return;
    activate(row);
    if (!button) return;
    const action = button.dataset.action;
    const version = Number(row.dataset.version);
    if (action === "edit") openEditor(row);
    else if (action === "approve" || action === "reject") {
      const s = await post(row, action, { version }); if (s) { update(row, s); say(action === "approve" ? "Approved." : "Rejected."); }
    } else if (action === "dismiss") {
      const reason = window.prompt("Why is this flag wrong?");
      if (!reason) return;
      const res = await api("POST", "/api/flags/" + button.closest("[data-flag]").dataset.flag + "/dismiss/", { reason });
      if (res.ok) { const s = await api("GET", "/api/segments/" + row.dataset.id + "/"); update(row, s.data); say("Flag dismissed."); }
      else say("error " + res.status);
    } else if (action === "reopen") {
      const res = await api("POST", "/api/flags/" + button.closest("[data-flag]").dataset.flag + "/reopen/", {});
      if (res.ok) { const s = await api("GET", "/api/segments/" + row.dataset.id + "/"); update(row, s.data); }
    } else if (action === "merge" || action === "unlink") {
      const s = await post(row, action, { version }); if (s) window.location.reload();
    } else if (action === "split") {
      const src = JSON.parse(row.dataset.src || "[]").length, tgt = JSON.parse(row.dataset.tgt || "[]").length;
      const s = await post(row, "split", { version, source_at: Math.min(1, src), target_at: src > 1 && tgt === 1 ? 1 : Math.min(1, tgt) });
      if (s) window.location.reload();
    } else panel(row, action);
  });
  document.addEventListener("keydown", (e) => {
    if (e.target.matches("textarea, input, select")) return;
    const list = rows();
    const i = active ? list.indexOf(active) : -1;
    if (e.key === "j" || (e.altKey && e.key === "ArrowDown")) { e.preventDefault(); activate(list[Math.min(list.length - 1, i + 1)]); }
    else if (e.key === "k" || (e.altKey && e.key === "ArrowUp")) { e.preventDefault(); activate(list[Math.max(0, i - 1)]); }
    else if ((e.key === "e" || e.key === "Enter") && active) { e.preventDefault(); openEditor(active); }
    else if (e.key === "a" && active && canReview) { e.preventDefault(); active.querySelector("[data-action=approve]")?.click(); }
    else if (e.key === "?") { const s = document.getElementById("shortcuts"); s.hidden = !s.hidden; }
  });
  document.getElementById("show-shortcuts").addEventListener("click", () => {
    const s = document.getElementById("shortcuts"); s.hidden = !s.hidden;
  });
  activate(rows()[0]);
  refreshScores();
})();
