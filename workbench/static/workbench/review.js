// The review page: edit in place, approve/reject, dismiss flags, history with revert, comments,
// TM suggestions, alignment edits (merge, split, unlink, relink), keyboard navigation, and conflict
// handling (a 409 shows both texts and lets the user choose: nothing typed is ever lost).
// The rows are rendered by the server, by one template (templates/workbench/review/_row.html): after
// an action the script fetches the row's new HTML from the server and swaps it in; after an alignment
// edit, which renumbers the rows, it swaps in the page's rows, pager and count the same way.
"use strict";
(function () {
  const T = JSON.parse(document.getElementById("wb-strings").textContent);
  // The rows j/k walk: those of a folded run of gap rows are skipped until the run is opened.
  const rows = () => Array.from(document.querySelectorAll(".row[data-id]")).filter((r) => !r.closest("details.gap-run:not([open])"));
  const canReview = ["reviewer", "manager"].includes(document.getElementById("role").dataset.role);
  const canEdit = canReview || document.getElementById("role").dataset.role === "translator";
  const notice = document.getElementById("notice");
  let active = null;

  function say(text, isError) {
    notice.textContent = text; notice.hidden = false;
    notice.classList.toggle("is-error", !!isError);
    clearTimeout(say.timer); say.timer = setTimeout(() => { notice.hidden = true; }, isError ? 8000 : 4000);
  }
  function fail(res) {
    const d = res.data;
    say(T.error + " " + res.status + ((d && (d.detail || d.error)) ? ": " + (d.detail || d.error) : ""), true);
  }
  function activate(row, focus) {
    if (!row) return;
    if (active) active.classList.remove("active");
    active = row; row.classList.add("active");
    if (focus !== false) row.focus({ preventScroll: true });
    row.scrollIntoView({ block: "nearest" });
  }
  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  }
  // The row as the server now renders it, in place of the one shown (``id``: the row that now
  // holds its text, when it was merged away); the new row, or null if it is gone.
  async function redraw(row, id) {
    const res = await fetch(document.getElementById("rows").dataset.url + "?ids=" + (id || row.dataset.id)
      + (new URLSearchParams(location.search).get("low_flags") ? "&low_flags=1" : ""),
      { headers: { Accept: "text/html" }, credentials: "same-origin" });
    const box = document.createElement("template");
    if (res.ok) box.innerHTML = await res.text();
    const fresh = box.content.querySelector(".row[data-id]");
    if (!fresh) { say(res.ok ? T.row_gone : T.error + " " + res.status, true); return null; }
    row.replaceWith(fresh);
    if (active === row) activate(fresh, document.activeElement === document.body || row.contains(document.activeElement));
    if (lastSelection.row === row) lastSelection.row = null;
    if (lastCaret.row === row) lastCaret.row = null;
    document.dispatchEvent(new CustomEvent("workbench:row", { detail: fresh }));  // terms.js
    refreshScores();
    return fresh;
  }
  async function refreshScores() {
    const box = document.getElementById("scores");
    const res = await api("GET", box.dataset.url);
    if (!res.ok || !res.data) return;
    for (const dd of box.querySelectorAll("dd[data-score]")) {
      // No row judged yet: the API's mqm is 100 over no rows; the page says there is no score.
      const unjudged = dd.dataset.score === "mqm" && res.data.reviewed_segments === 0;
      const v = unjudged ? null : res.data[dd.dataset.score];
      dd.textContent = v === null || v === undefined ? "–" : dd.dataset.score === "approved_share" ? Math.round(v * 100) + " %" : Number(v).toFixed(1);
    }
    for (const n of box.querySelectorAll("[data-count]")) n.textContent = res.data[n.dataset.count] ?? "–";
  }
  function currentText(row) {
    const box = row.querySelector(".tgt .text");
    return box.querySelector(".gap") ? "" : box.textContent;
  }
  // Track changes: the server's [op, text] runs (alignment.diff) as <del>/<ins>, text nodes only.
  function renderDiff(runs) {
    const box = el("span", { class: "diff", lang: "ja" });
    for (const [op, text] of runs) {
      box.appendChild(op === "equal" ? document.createTextNode(text) : el(op === "delete" ? "del" : "ins", {}, text));
    }
    return box;
  }
  // A box under the row's four columns, for what needs the width: the conflict, the history.
  function widePanel(row) {
    let box = row.querySelector(":scope > .wide-panel");
    if (!box) { box = el("div", { class: "wide-panel panel" }); row.appendChild(box); }
    box.replaceChildren(); box.hidden = false;
    return box;
  }
  function showConflict(row, current, mine, runs) {
    const panel = widePanel(row);
    panel.appendChild(document.getElementById("conflict-template").content.cloneNode(true));
    panel.querySelector(".theirs").textContent = current.target_text;
    panel.querySelector(".mine").textContent = mine;
    if (runs) panel.querySelector(".changes").appendChild(renderDiff(runs));
    else panel.querySelector(".changes-box").hidden = true;
    row.dataset.version = current.version;  // "overwrite with mine" must name the version we have now seen
    // The row may be gone meanwhile (merged, or the document aligned anew): "current" is the row that
    // now holds its Japanese, and the one this row's buttons act on from now.
    row.dataset.id = current.id;
    panel.querySelector("[data-conflict=theirs]").onclick = () => redraw(row, current.id);
    panel.querySelector("[data-conflict=mine]").onclick = async () => { panel.hidden = true; await save(row, mine); };
    say(T.conflict, true);
  }
  async function save(row, text) {
    const res = await api("PATCH", "/api/segments/" + row.dataset.id + "/", { target_text: text, version: Number(row.dataset.version) });
    if (res.status === 409 && res.data && res.data.current) { showConflict(row, res.data.current, text, res.data.diff); return false; }
    if (res.status === 404) { say(T.row_gone, true); return false; }
    if (!res.ok) { fail(res); return false; }
    const fresh = await redraw(row);
    if (fresh) say(T.saved);
    return fresh;
  }
  function openEditor(row) {
    if (row.classList.contains("boilerplate") || !row.querySelector("[data-action=edit]")) return;
    const existing = row.querySelector("textarea.editor");
    if (existing) { existing.focus(); return existing; }
    const box = row.querySelector(".tgt .text");
    const area = el("textarea", { "aria-label": T.editor_label, lang: "ja", class: "editor" });
    area.value = currentText(row);
    area.rows = Math.max(3, Math.ceil(area.value.length / 28));
    const bar = el("div", { class: "editbar" });
    const ok = el("button", { type: "button", class: "primary", "data-edit": "save" }, T.save);
    const cancel = el("button", { type: "button", "data-edit": "cancel" }, T.cancel);
    ok.onclick = () => save(row, area.value);
    cancel.onclick = () => { closeEditor(row); row.focus(); };
    bar.append(ok, cancel);
    box.hidden = true; box.after(area, bar); area.focus();
    area.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); save(row, area.value); }
      if (e.key === "Escape") { e.preventDefault(); closeEditor(row); row.focus(); }
    });
    return area;
  }
  function closeEditor(row) {
    row.querySelectorAll("textarea.editor, .editbar").forEach((n) => n.remove());
    row.querySelector(".tgt .text").hidden = false;
  }
  async function post(row, path, body) {
    const res = await api("POST", "/api/segments/" + row.dataset.id + "/" + path + "/", body);
    if (res.status === 409 && res.data && res.data.current) { showConflict(row, res.data.current, currentText(row)); return null; }
    if (!res.ok) { fail(res); return null; }
    return res.data;
  }
  async function alignmentEdit(row, path, body) {
    const s = await post(row, path, body);
    if (s) await redrawPage(row, s.id);
  }
  // After an alignment edit, which renumbers the rows and may change the pages and the count: the
  // page's rows, pager and count as the server now renders them for the page's filters and page, in
  // place of those shown; the row that holds the edited text (``id``) made current where the edited
  // row was on the screen. Reloads the page if the fragment cannot be had.
  async function redrawPage(row, id) {
    const box = document.getElementById("rows");
    const top = row.getBoundingClientRect().top;
    const res = await fetch(box.dataset.pageUrl + location.search, { headers: { Accept: "text/html" }, credentials: "same-origin" });
    if (!res.ok) { say(T.reloading); window.location.reload(); return null; }
    const page = document.createElement("template");
    page.innerHTML = await res.text();
    const freshBox = page.content.querySelector("#rows");
    if (!freshBox) { say(T.reloading); window.location.reload(); return null; }
    box.replaceChildren(...freshBox.childNodes);
    const pager = document.querySelector("nav.pager"), freshPager = page.content.querySelector("nav.pager");
    if (pager) pager.remove();
    if (freshPager) box.after(freshPager);
    const count = document.querySelector(".filters .count"), freshCount = page.content.querySelector(".count");
    if (count && freshCount) count.replaceWith(freshCount);
    active = null; lastSelection.row = null; lastCaret.row = null;
    for (const r of box.querySelectorAll(".row[data-id]")) document.dispatchEvent(new CustomEvent("workbench:row", { detail: r }));  // terms.js
    const fresh = document.getElementById("seg-" + Number(id));
    if (fresh) {
      const run = fresh.closest("details.gap-run");
      if (run) run.open = true;
      window.scrollBy(0, fresh.getBoundingClientRect().top - top);
      activate(fresh);
    }
    say(T.saved);
    refreshScores();
    return fresh;
  }
  function closeButton(box) {
    const b = el("button", { type: "button", class: "link close" }, T.close);
    b.onclick = () => { box.hidden = true; };
    return b;
  }
  // The row's history, newest first, each change of the text shown as what it deleted and inserted.
  async function history(row) {
    const box = widePanel(row);
    box.appendChild(closeButton(box));
    const res = await api("GET", "/api/segments/" + row.dataset.id + "/history/");
    if (!res.ok) { fail(res); return; }
    const items = (res.data && (res.data.results || res.data)) || [];
    if (!items.length) box.appendChild(el("p", { class: "muted" }, T.no_history));
    for (const r of items) {
      const line = el("div", { class: "history-item" }, r.created_at.slice(0, 16).replace("T", " ") + " · " + (r.user || T.system) + " · " + (T["action_" + r.action] || r.action) + " ");
      if (r.diff) line.appendChild(renderDiff(r.diff));
      if (r.before && typeof r.before.target_text === "string" && r.diff) {
        line.appendChild(document.createTextNode(" "));
        const b = el("button", { type: "button", class: "link" }, T.revert);
        b.title = T.revert_title;
        b.onclick = async () => {
          const s = await post(row, "revert", { revision: r.id, version: Number(row.dataset.version) });
          const fresh = s && await redraw(row);
          if (fresh) { say(T.reverted); history(fresh); }
        };
        line.appendChild(b);
      }
      if (r.to_current) line.append(" ", compareButton(line, r.to_current));
      if (r.action === "link" && canEdit) line.appendChild(undoLinkButton(row, r));
      if ((r.action === "split" || r.action === "merge") && canEdit) line.append(" ", undoAlignmentButton(row, r));
      box.appendChild(line);
    }
    // The text before the oldest change (the machine translation, if the row was not realigned) is a version too.
    const oldest = !(res.data && res.data.next) && items.filter((r) => r.before_to_current).pop();
    if (oldest) {
      const line = el("div", { class: "history-item imported" }, T.as_imported);
      line.append(" ", compareButton(line, oldest.before_to_current));
      box.appendChild(line);
    }
  }
  async function panel(row, kind) {
    const id = row.dataset.id;
    if (kind === "history") { history(row); return; }
    const box = row.querySelector(".panel");
    box.replaceChildren(closeButton(box)); box.hidden = false;
    if (kind === "comments") {
      const res = await api("GET", "/api/segments/" + id + "/comments/");
      if (!res.ok) { fail(res); return; }
      const items = (res.data && (res.data.results || res.data)) || [];
      if (!items.length) box.appendChild(el("p", { class: "muted" }, T.no_comments));
      for (const c of items) {
        const p = el("p", { class: "comment" });
        p.appendChild(el("strong", {}, c.author || "?"));
        p.appendChild(document.createTextNode(" " + c.body));
        box.appendChild(p);
      }
      const area = el("textarea", { "aria-label": T.comment_label, class: "comment-box" });
      const b = el("button", { type: "button" }, T.comment);
      b.onclick = async () => {
        if (!area.value.trim()) return;
        const r = await api("POST", "/api/segments/" + id + "/comments/", { body: area.value });
        if (r.ok) panel(row, "comments"); else fail(r);
      };
      box.append(area, b);
    } else if (kind === "suggest") {
      const res = await api("GET", "/api/segments/" + id + "/suggestions/");
      if (res.status === 404 && !(res.data && res.data.detail)) {
        // The translation memory endpoint is not there: take the feature off the page quietly.
        document.querySelectorAll(".suggest-button").forEach((n) => n.remove());
        box.hidden = true; return;
      }
      if (!res.ok) { fail(res); return; }
      const items = (res.data && (res.data.results || res.data)) || [];
      if (!items.length) { box.appendChild(el("p", { class: "muted" }, T.no_suggestions)); return; }
      box.appendChild(el("p", { class: "muted" }, T.suggestion_hint));
      for (const sug of items) {
        const b = el("button", { type: "button", class: "suggestion", lang: "ja" }, Math.round(sug.match) + " % · " + sug.target_text);
        b.title = sug.source_text;
        b.onclick = () => { const area = openEditor(row); if (area) { area.value = sug.target_text; area.focus(); } };
        box.appendChild(b);
      }
    } else if (kind === "split") {
      box.appendChild(splitAtCaretButton(row));
      const src = JSON.parse(row.dataset.src || "[]").length, tgt = JSON.parse(row.dataset.tgt || "[]").length;
      const form = el("form", { class: "split-form" });
      const field = (label, name, n) => {
        const l = el("label", {}, label + " ");
        const input = el("input", { type: "number", name, min: "0", max: String(n), value: String(Math.min(1, n)) });
        l.appendChild(input); return l;
      };
      form.append(field(T.split_source + " (0–" + src + ")", "source_at", src), field(T.split_target + " (0–" + tgt + ")", "target_at", tgt),
        el("button", { type: "submit", class: "primary" }, T.split));
      form.onsubmit = (e) => {
        e.preventDefault();
        alignmentEdit(row, "split", { version: Number(row.dataset.version),
          source_at: Number(form.source_at.value), target_at: Number(form.target_at.value) });
      };
      box.appendChild(form);
    }
  }
  async function dismissFlag(row, flagId) {
    const reason = await askDismissReason(row);
    if (!reason) return;
    const res = await api("POST", "/api/flags/" + flagId + "/dismiss/", { reason: reason });
    if (!res.ok) { fail(res); return; }
    if (await redraw(row)) say(T.dismissed);
    // The same check on the same text elsewhere in the document: one decision for all of them.
    if (res.data.alike > 0 && window.confirm(T.dismiss_alike_confirm.replace("%(n)s", res.data.alike))) {
      const all = await api("POST", "/api/flags/" + flagId + "/dismiss-alike/", { reason: reason });
      if (!all.ok) { fail(all); return; }
      say(T.dismissed_alike.replace("%(n)s", all.data.dismissed));
      window.location.reload();
    }
  }
  async function applyFix(row, flagId) {
    if (row.querySelector("textarea.editor")) { say(T.fix_editing, true); return; }
    const res = await api("POST", "/api/flags/" + flagId + "/fix/", { version: Number(row.dataset.version) });
    if (res.ok) { if (await redraw(row)) say(T.fixed); return; }
    if (res.status === 409 || res.status === 404) {
      // Someone changed the row (and so its flags) since the page showed it: show what is there now.
      if (await redraw(row, res.status === 409 && res.data && res.data.current ? res.data.current.id : null)) say(T.fix_gone, true);
      return;
    }
    fail(res);
  }
  async function act(row, action, button) {
    const version = Number(row.dataset.version);
    if (action === "edit") openEditor(row);
    else if (action === "approve" || action === "reject") {
      const text = row.querySelector("textarea.editor");
      if (text && text.value !== currentText(row)) {
        row = await save(row, text.value);  // the saved row, redrawn: approve or reject that version
        if (!row) return;
      }
      if (action === "approve") { await approveRow(row, false); return; }
      const s = await post(row, action, { version: Number(row.dataset.version) });
      if (s && await redraw(row)) say(T.rejected);
    } else if (action === "approve-anyway") approveRow(row, true);
    else if (action === "confirm") confirmFlag(row, button.closest("[data-flag]").dataset.flag);
    else if (action === "log-error") openErrorForm(row);
    else if (action === "dismiss") dismissFlag(row, button.closest("[data-flag]").dataset.flag);
    else if (action === "fix") applyFix(row, button.closest("[data-flag]").dataset.flag);
    else if (action === "reopen") {
      const res = await api("POST", "/api/flags/" + button.closest("[data-flag]").dataset.flag + "/reopen/", {});
      if (!res.ok) { fail(res); return; }
      if (await redraw(row)) say(T.reopened);
    } else if (action === "merge" || action === "relink-next") alignmentEdit(row, "merge", { version });
    else if (action === "relink-prev") {
      // Relinking with the previous row is merging that row with this one.
      const prev = document.getElementById("seg-" + button.dataset.other);
      if (prev) alignmentEdit(prev, "merge", { version: Number(prev.dataset.version) });
    } else if (action === "unlink") alignmentEdit(row, "unlink", { version });
    else if (action === "link") linkPanel(row);
    else panel(row, action);
  }
  // ---- Reviewer errors (LQA): log an error on a selected span, confirm a flag, dismiss with a
  // reason, and approval that asks about open major or critical flags first. ----
  // The span last selected inside a row's Chinese or Japanese text, as offsets in that text: the
  // selection is read as it changes, since clicking a button or pressing a key may clear it.
  const lastSelection = { row: null, side: null, start: null, end: null, text: "" };
  function offsetIn(container, node, offset) {
    const range = document.createRange();
    range.setStart(container, 0); range.setEnd(node, offset);
    return range.toString().length;
  }
  document.addEventListener("selectionchange", () => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return;
    const range = sel.getRangeAt(0);
    const box = range.commonAncestorContainer.nodeType === 1 ? range.commonAncestorContainer : range.commonAncestorContainer.parentElement;
    const container = box && box.closest(".row[data-id] .src, .row[data-id] .tgt .text");
    if (!container || container.querySelector(".gap")) return;
    const start = offsetIn(container, range.startContainer, range.startOffset);
    const end = offsetIn(container, range.endContainer, range.endOffset);
    if (end <= start) return;
    Object.assign(lastSelection, { row: container.closest(".row"), side: container.matches(".src") ? "source" : "target",
      start: start, end: end, text: container.textContent.slice(start, end) });
  });
  // ---- Split at the caret: the place last clicked (or moved to with the keys) in a row's Chinese
  // or Japanese text, kept as it changes since clicking the button may move it. ----
  const lastCaret = { row: null, side: null, offset: null };
  document.addEventListener("selectionchange", () => {
    const sel = window.getSelection();
    if (!sel || !sel.rangeCount) return;
    const node = sel.focusNode, box = node && (node.nodeType === 1 ? node : node.parentElement);
    const container = box && box.closest(".row[data-id] .src, .row[data-id] .tgt .text");
    if (!container || container.querySelector(".gap")) return;
    Object.assign(lastCaret, { row: container.closest(".row"), side: container.matches(".src") ? "source" : "target",
      offset: offsetIn(container, sel.focusNode, sel.focusOffset) });
  });
  function splitAtCaretButton(row) {
    const b = el("button", { type: "button", class: "primary", "data-split": "caret" }, T.split_at_caret);
    b.title = T.split_at_caret_hint;
    b.onclick = () => {
      if (lastCaret.row !== row) { say(T.split_at_caret_hint, true); return; }
      alignmentEdit(row, "split", { version: Number(row.dataset.version), side: lastCaret.side, offset: lastCaret.offset });
    };
    return el("p", {}).appendChild(b).parentNode;
  }
  // Any earlier version against the row's text now (the server's to_current runs), under the entry.
  function compareButton(line, runs) {
    const b = el("button", { type: "button", class: "link", "data-compare": "current", "aria-expanded": "false" }, T.compare_current);
    b.title = T.compare_title;
    b.onclick = () => {
      let box = line.querySelector(":scope > .compare");
      if (box) { box.remove(); b.setAttribute("aria-expanded", "false"); return; }
      box = el("div", { class: "compare" }, T.compare_label + " ");
      box.appendChild(runs.every(([op]) => op === "equal") ? el("span", { class: "muted" }, T.same_as_current) : renderDiff(runs));
      line.appendChild(box); b.setAttribute("aria-expanded", "true");
    };
    return b;
  }
  // A split (an unlink is one) or a merge undone on the server from its history entry; refused
  // (409) when the rows it made changed since, which the reviewer undoes first.
  function undoAlignmentButton(row, revision) {
    const b = el("button", { type: "button", class: "link", "data-undo": revision.action }, T.undo_alignment);
    b.onclick = async () => {
      const res = await api("POST", "/api/segments/" + row.dataset.id + "/undo-alignment/", { revision: revision.id, version: Number(row.dataset.version) });
      if (res.status === 409) { say(T.undo_gone, true); return; }
      if (!res.ok) { fail(res); return; }
      await redrawPage(row, res.data.id);
    };
    return b;
  }
  function formPanel(row, templateId) {
    const box = row.querySelector(".panel");
    box.replaceChildren(document.getElementById(templateId).content.cloneNode(true));
    box.hidden = false;
    const form = box.querySelector("form");
    const close = () => { box.hidden = true; box.replaceChildren(); row.focus(); };
    form.querySelector("[data-form=cancel]").onclick = close;
    form.addEventListener("keydown", (e) => { if (e.key === "Escape") { e.preventDefault(); close(); } });
    return { form: form, close: close };
  }
  function openErrorForm(row) {
    const { form, close } = formPanel(row, "error-template");
    const span = lastSelection.row === row ? { ...lastSelection } : { side: "target", start: null, end: null, text: "" };
    form.querySelector("q.marked").textContent = span.text;
    form.querySelector("q.marked").lang = span.side === "source" ? "zh-Hans" : "ja";
    form.querySelector(".whole").hidden = span.start !== null;
    // An error marked on the Chinese is something the Japanese left out: no correction to suggest.
    form.querySelector(".suggestion-field").hidden = span.side === "source" || span.start === null;
    if (span.side === "source") form.category.value = "omission";
    form.onsubmit = async (e) => {
      e.preventDefault();
      const body = { category: form.category.value, severity: form.severity.value, message: form.message.value,
        start: span.start, end: span.end, on_source: span.side === "source" };
      if (!form.querySelector(".suggestion-field").hidden && form.suggestion.value) body.suggestion = form.suggestion.value;
      const res = await api("POST", "/api/segments/" + row.dataset.id + "/issues/", body);
      if (!res.ok) { fail(res); return; }
      close(); lastSelection.row = null;
      if (await redraw(row)) say(T.error_logged);
    };
    form.category.focus();
  }
  function askDismissReason(row) {
    return new Promise((resolve) => {
      const { form, close } = formPanel(row, "dismiss-template");
      const typed = () => form.reason.value.trim() || form.preset.value;
      form.preset.onchange = () => { if (!form.preset.value) form.reason.focus(); };
      form.onsubmit = (e) => {
        e.preventDefault();
        const reason = typed();
        if (!reason) { form.reason.focus(); return; }
        close(); resolve(reason);
      };
      form.querySelector("[data-form=cancel]").addEventListener("click", () => resolve(null));
      form.preset.focus();
    });
  }
  async function confirmFlag(row, flagId) {
    const res = await api("POST", "/api/flags/" + flagId + "/confirm/", {});
    if (!res.ok) { fail(res); return; }
    if (await redraw(row)) say(T.confirmed_done);
  }
  async function approveRow(row, acknowledged) {
    const res = await api("POST", "/api/segments/" + row.dataset.id + "/approve/",
      { version: Number(row.dataset.version), acknowledged: acknowledged });
    if (res.status === 409 && res.data && res.data.open_flags) { await showOpenFlags(row, res.data); return; }
    if (res.status === 409 && res.data && res.data.current) { showConflict(row, res.data.current, currentText(row)); return; }
    if (!res.ok) { fail(res); return; }
    if (await redraw(row)) say(T.approved);
  }
  // The open major or critical flags that hold the approval back, each with its confirm, fix and
  // dismiss buttons (handled as the row's own), and "approve anyway" where the project allows it.
  // The flags are the row's own as the server renders them, the row redrawn first (it may have more
  // flags than the page showed).
  async function showOpenFlags(row, data) {
    row = (await redraw(row)) || row;
    const box = row.querySelector(".panel");
    box.replaceChildren(document.getElementById("open-flags-template").content.cloneNode(true), closeButton(box));
    box.hidden = false;
    box.querySelector(".open-flags-title").textContent = data.detail;
    const list = box.querySelector(".flags");
    for (const f of data.open_flags) {
      const li = row.querySelector(".tgt .flags [data-flag='" + Number(f.id) + "']");
      if (li) list.appendChild(li.cloneNode(true));
    }
    const anyway = box.querySelector("[data-action=approve-anyway]");
    if (data.blocking) anyway.remove(); else anyway.focus();
    say(data.detail, true);
  }
  // ---- Alignment editor: link one of this row's Chinese sentences with any Japanese sentence of
  // the rows nearby (click the Chinese, then the Japanese; or drag the one onto the other). ----
  function undoLinkButton(row, revision) {
    const b = el("button", { type: "button", class: "link" }, T.undo_link);
    b.onclick = () => alignmentEdit(row, "undo-link", { revision: revision.id, version: Number(row.dataset.version) });
    return b;
  }
  function linkSentences(row, source, target) {
    alignmentEdit(row, "link", { version: Number(row.dataset.version), source_sentence: source, target_sentence: target });
  }
  // Drag to link: a Chinese sentence of the panel dropped on one of its Japanese sentences.
  const SENTENCE_TYPE = "application/x-workbench-sentence";
  function draggableSentence(label, index) {
    label.draggable = true;
    label.classList.add("draggable");
    label.addEventListener("dragstart", (e) => { e.dataTransfer.setData(SENTENCE_TYPE, String(index)); e.dataTransfer.effectAllowed = "link"; });
  }
  function dropTarget(node, onDrop) {
    node.addEventListener("dragover", (e) => {
      if (!e.dataTransfer.types.includes(SENTENCE_TYPE)) return;
      e.preventDefault(); e.dataTransfer.dropEffect = "link"; node.classList.add("drop-here");
    });
    node.addEventListener("dragleave", () => node.classList.remove("drop-here"));
    node.addEventListener("drop", (e) => {
      const index = e.dataTransfer.getData(SENTENCE_TYPE);
      if (index === "") return;
      e.preventDefault(); node.classList.remove("drop-here");
      onDrop(Number(index));
    });
  }
  async function linkPanel(row) {
    const box = row.querySelector(".panel");
    box.replaceChildren(closeButton(box)); box.hidden = false;
    const res = await api("GET", "/api/segments/" + row.dataset.id + "/link/candidates/");
    if (!res.ok) { fail(res); return; }
    const form = el("form", { class: "link-form" });
    const chinese = el("fieldset", {});
    chinese.appendChild(el("legend", {}, T.link_source));
    res.data.source.forEach((s, k) => {
      const label = el("label", { lang: "zh-Hans" });
      const radio = el("input", { type: "radio", name: "source_sentence", value: String(s.index) });
      if (k === 0) radio.checked = true;
      label.append(radio, " " + s.text);
      draggableSentence(label, s.index);
      chinese.appendChild(label);
    });
    const japanese = el("fieldset", {});
    japanese.appendChild(el("legend", {}, T.link_target));
    for (const r of res.data.rows) {
      for (const t of r.target) {
        const b = el("button", { type: "button", class: "link-target", "data-sentence": String(t.index) });
        b.append(el("span", { class: "muted" }, T.row + " " + (r.index + 1) + " "), el("span", { lang: "ja" }, t.text));
        if (r.id === Number(row.dataset.id)) b.classList.add("same-row");
        b.onclick = () => linkSentences(row, Number(form.source_sentence.value), t.index);
        dropTarget(b, (source) => linkSentences(row, source, t.index));
        japanese.appendChild(b);
      }
    }
    form.append(chinese, japanese);
    box.appendChild(form);
    const first = form.querySelector("input[type=radio]");
    if (first) first.focus();
  }
  const fixAll = document.getElementById("fix-all");
  if (fixAll) fixAll.addEventListener("click", async () => {
    if (!window.confirm(T.fix_all_confirm)) return;
    fixAll.disabled = true;
    const res = await api("POST", fixAll.dataset.url, {});
    if (!res.ok) { fixAll.disabled = false; fail(res); return; }
    say(T.fixed_rows.replace("%(n)s", res.data.changed));
    window.location.reload();
  });
  // As the user types: ask the server a quarter of a second after the last key, and hand the answer
  // on only if the field still holds what was asked (``read`` gives the field's value, "" to clear).
  function asYouType(input, read, url, answer, clear) {
    let pending = null;
    input.addEventListener("input", () => {
      clearTimeout(pending);
      const value = read();
      if (!value) { clear(); return; }
      pending = setTimeout(async () => {
        const res = await api("GET", url(value));
        if (read() === value) answer(res);
      }, 250);
    });
  }
  const replaceForm = document.getElementById("replace-form");
  if (replaceForm) {
    const count = document.getElementById("replace-count");
    // What the replacement would touch, shown as the user types.
    asYouType(replaceForm.find, () => replaceForm.find.value,
      (find) => replaceForm.dataset.url + "?find=" + encodeURIComponent(find),
      (res) => {
        if (res.ok) count.textContent = T.replace_count.replace("%(rows)s", res.data.rows).replace("%(n)s", res.data.occurrences);
      },
      () => { count.textContent = ""; });
    replaceForm.addEventListener("submit", async (e) => {
      e.preventDefault();
      const find = replaceForm.find.value, replacement = replaceForm.replace.value;
      if (!window.confirm(T.replace_confirm.replace("%(find)s", find).replace("%(replace)s", replacement))) return;
      const res = await api("POST", replaceForm.dataset.url, { find: find, replace: replacement });
      if (!res.ok) { fail(res); return; }
      say(T.replaced_rows.replace("%(n)s", res.data.changed));
      if (res.data.changed) window.location.reload();
    });
  }
  // Concordance: the termbase entries and approved translations that hold a word, as it is typed.
  const concordanceForm = document.getElementById("concordance-form");
  if (concordanceForm) {
    const results = document.getElementById("concordance-results");
    const marked = (text, spans, lang) => {
      const p = el("span", { lang: lang });
      let at = 0;
      for (const [a, b] of spans) {
        if (a < at) continue;
        p.append(document.createTextNode(text.slice(at, a)), el("mark", {}, text.slice(a, b)));
        at = b;
      }
      p.append(document.createTextNode(text.slice(at)));
      return p;
    };
    const show = (data) => {
      results.replaceChildren();
      if (!data.terms.length && !data.units.length) { results.appendChild(el("p", { class: "muted" }, T.concordance_none)); return; }
      const list = el("ul", { class: "concordance" });
      for (const t of data.terms) {
        const li = el("li", { class: "term" });
        li.append(el("span", { class: "badge" }, T.concordance_term), " ", el("span", { lang: "zh-Hans" }, t.source), " → ", el("strong", { lang: "ja" }, t.target));
        if (t.forbidden.length) li.append(" ", el("span", { class: "muted" }, T.concordance_forbidden + " " + t.forbidden.join("、")));
        list.appendChild(li);
      }
      for (const u of data.units) {
        const li = el("li");
        li.append(marked(u.source_text, u.source_spans, "zh-Hans"), el("br"), marked(u.target_text, u.target_spans, "ja"), el("br"),
          el("span", { class: "muted" }, [u.document_name, u.reviewer].filter(Boolean).join(" · ")));
        list.appendChild(li);
      }
      results.appendChild(list);
    };
    concordanceForm.addEventListener("submit", (e) => e.preventDefault());
    asYouType(concordanceForm.lookup, () => concordanceForm.lookup.value.trim(),
      (q) => concordanceForm.dataset.url + "?q=" + encodeURIComponent(q),
      (res) => { if (res.ok) show(res.data); else fail(res); },
      () => results.replaceChildren());
  }
  const approveAll = document.getElementById("approve-all");
  if (approveAll) approveAll.addEventListener("click", async () => {
    if (!window.confirm(T.approve_all_confirm.replace("%(n)s", approveAll.dataset.n))) return;
    approveAll.disabled = true;
    const selection = JSON.parse(document.getElementById("approve-selection").textContent);
    const res = await api("POST", approveAll.dataset.url, selection);
    if (!res.ok) { approveAll.disabled = false; fail(res); return; }
    say(T.approved_rows.replace("%(n)s", res.data.approved));
    window.location.reload();
  });
  document.getElementById("rows").addEventListener("click", (event) => {
    const row = event.target.closest(".row[data-id]");
    if (!row) return;
    const button = event.target.closest("button[data-action]");
    activate(row, !button && !event.target.closest("textarea, input, a, summary, button"));
    if (button) act(row, button.dataset.action, button);
  });
  // ---- Navigation: the next or previous row that still needs the reviewer. ----
  const unapproved = (r) => !r.classList.contains("state-approved") && !r.classList.contains("boilerplate");
  const flagged = (r) => !!r.querySelector(".flags .status-open");
  function jumpTo(wanted, step) {
    const list = rows();
    for (let i = (active ? list.indexOf(active) : -1) + step; i >= 0 && i < list.length; i += step) {
      if (wanted(list[i])) { activate(list[i]); return; }
    }
    say(T.no_more_rows);
  }
  function toggleShortcuts() { const s = document.getElementById("shortcuts"); s.hidden = !s.hidden; }
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey && e.shiftKey && (e.key === "A" || e.key === "a" || e.key === "R" || e.key === "r")) {
      if (!active || !canReview) return;
      e.preventDefault();
      const action = e.key.toLowerCase() === "a" ? "approve" : "reject";
      if (active.querySelector("[data-action=" + action + "]")) act(active, action);
      return;
    }
    if (e.target.matches("textarea, input, select")) return;
    if (e.key === "Enter" && e.target.matches("button, a, summary")) return;  // let the focused control work
    const list = rows();
    const i = active ? list.indexOf(active) : -1;
    if (e.key === "j" || (e.altKey && e.key === "ArrowDown")) { e.preventDefault(); activate(list[Math.min(list.length - 1, i + 1)]); }
    else if (e.key === "k" || (e.altKey && e.key === "ArrowUp")) { e.preventDefault(); activate(list[Math.max(0, i - 1)]); }
    else if ((e.key === "e" || e.key === "Enter") && active && !e.ctrlKey && !e.altKey) { e.preventDefault(); openEditor(active); }
    else if (e.key === "a" && !e.ctrlKey && active && canReview) { e.preventDefault(); if (active.querySelector("[data-action=approve]")) act(active, "approve"); }
    else if (e.key === "f" && !e.ctrlKey && !e.altKey && active) {
      // The first one-click fix of the current row (its button says what the text becomes).
      const fix = active.querySelector("button[data-action=fix]");
      if (fix) { e.preventDefault(); act(active, "fix", fix); }
    }
    else if (e.key === "d" && !e.ctrlKey && !e.altKey && active && canReview) {
      // Dismiss the current row's first open flag (asks for the reason, then offers its twins).
      const dismiss = active.querySelector("[data-flag] button[data-action=dismiss]");
      if (dismiss) { e.preventDefault(); act(active, "dismiss", dismiss); }
    }
    else if (e.key === "l" && !e.ctrlKey && !e.altKey && !e.metaKey && canReview) {
      const row = lastSelection.row && document.contains(lastSelection.row) ? lastSelection.row : active;
      if (row && row.querySelector("[data-action=log-error]")) { e.preventDefault(); activate(row, false); openErrorForm(row); }
    }
    else if (e.key === "c" && !e.ctrlKey && !e.altKey && !e.metaKey && concordanceForm) {
      // Look up the selected word (or open the concordance to type one).
      e.preventDefault();
      const box = document.getElementById("concordance");
      const selected = String(window.getSelection() || "").trim().slice(0, 200);
      box.open = true;
      box.scrollIntoView({ block: "nearest" });
      if (selected) {
        concordanceForm.lookup.value = selected;
        concordanceForm.lookup.dispatchEvent(new Event("input"));
      } else concordanceForm.lookup.focus();
    }
    else if ((e.key === "n" || e.key === "p" || e.key === "]" || e.key === "[") && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      jumpTo(e.key === "n" || e.key === "p" ? unapproved : flagged, e.key === "n" || e.key === "]" ? 1 : -1);
    }
    else if (e.key === "?") toggleShortcuts();
    else if (e.key === "Escape") document.getElementById("shortcuts").hidden = true;
  });
  document.getElementById("show-shortcuts").addEventListener("click", toggleShortcuts);
  // A link to one segment (#seg-<id>, e.g. from the row number or a dashboard) makes that row current.
  function fromHash() {
    const target = window.location.hash && document.querySelector(window.location.hash.replace(/[^#\w-]/g, ""));
    return target && target.matches(".row[data-id]") ? target : null;
  }
  window.addEventListener("hashchange", () => activate(fromHash()));
  activate(fromHash() || rows()[0], false);
  refreshScores();
})();
