// Termbase where the reviewer works: under each row's Chinese, the termbase entries whose source
// term it holds, with the Japanese the termbase requires and whether the row's current text uses it
// (✓), misses it (✗) or writes a forbidden variant. Listed anew each time the row is redrawn.
"use strict";
(function () {
  const box = document.getElementById("termbase");
  if (!box) return;
  const T = JSON.parse(document.getElementById("wb-strings").textContent);
  function targetText(row) {
    const text = row.querySelector(".tgt .text");
    return text.querySelector(".gap") ? "" : text.textContent;
  }
  function render(row, terms) {
    const src = row.querySelector(".src");
    if (src.dataset.sourceText === undefined) src.dataset.sourceText = src.textContent;
    const source = src.dataset.sourceText, target = targetText(row);
    const old = src.querySelector(".row-terms");
    if (old) old.remove();
    const hits = terms.filter((t) => t.source && source.includes(t.source));
    if (!hits.length) return;
    const list = document.createElement("ul");
    list.className = "row-terms";
    list.setAttribute("aria-label", T.terms_label);
    for (const t of hits) {
      const forbidden = (t.forbidden || []).filter((f) => f && target.includes(f));
      const used = target.includes(t.target);
      const li = document.createElement("li");
      li.className = used && !forbidden.length ? "term-used" : "term-missing";
      const mark = document.createElement("span");
      mark.className = "term-mark";
      mark.textContent = used && !forbidden.length ? "✓" : "✗";
      mark.title = used && !forbidden.length ? T.term_used : T.term_missing;
      const zh = document.createElement("span"); zh.lang = "zh-Hans"; zh.textContent = t.source;
      const ja = document.createElement("strong"); ja.lang = "ja"; ja.textContent = t.target;
      li.append(mark, " ", zh, " → ", ja);
      if (forbidden.length) li.append(" (" + T.concordance_forbidden + " " + forbidden.join("、") + ")");
      list.appendChild(li);
    }
    src.appendChild(list);
  }
  (async function () {
    const res = await api("GET", box.dataset.url);
    if (!res.ok || !Array.isArray(res.data) || !res.data.length) return;
    const terms = res.data;
    for (const row of document.querySelectorAll(".row[data-id]")) render(row, terms);
    // A row redrawn by the server after an action (review.js) is a new row: list its entries anew.
    document.addEventListener("workbench:row", (e) => render(e.detail, terms));
  })();
})();
