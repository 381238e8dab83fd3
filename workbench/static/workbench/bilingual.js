// The review page's round trip with a CAT tool: import the reviewed XLIFF or CSV and say what
// happened — rows updated, unchanged, and each conflict with its reason and a link to its row.
"use strict";
(function () {
  const form = document.getElementById("bilingual-form");
  if (!form) return;
  const T = JSON.parse(document.getElementById("wb-strings").textContent);
  const result = document.getElementById("bilingual-result");
  function line(tag, text) { const n = document.createElement(tag); n.textContent = text; return n; }
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = new FormData(form);
    const res = await api("POST", form.dataset.url, body, true);
    result.replaceChildren();
    if (!res.ok) {
      const p = line("p", T.error + " " + res.status + (res.data && res.data.detail ? ": " + res.data.detail : ""));
      p.className = "error"; result.appendChild(p); return;
    }
    const d = res.data;
    result.appendChild(line("p", T.bilingual_result.replace("%(updated)s", d.updated)
      .replace("%(unchanged)s", d.unchanged).replace("%(conflicts)s", d.conflicts.length)));
    if (d.conflicts.length) {
      const list = document.createElement("ul"); list.className = "bilingual-conflicts";
      for (const c of d.conflicts) {
        const li = document.createElement("li");
        const row = document.getElementById("seg-" + c.segment);
        const a = line("a", T.bilingual_row + " " + (row ? row.querySelector(".seg-link").textContent : c.segment));
        a.href = "#seg-" + c.segment;
        li.append(a, ": " + c.reason);
        list.appendChild(li);
      }
      result.appendChild(list);
    }
    if (d.updated) {
      const reload = line("button", T.bilingual_reload); reload.type = "button";
      reload.onclick = () => window.location.reload();
      result.appendChild(reload);
    }
  });
})();
