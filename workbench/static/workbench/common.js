// Shared helpers: CSRF-aware JSON requests to the workbench API, and the language switch.
"use strict";
function csrfToken() {
  const m = document.cookie.match(/(?:^|; )csrftoken=([^;]+)/);
  if (m) return decodeURIComponent(m[1]);
  const input = document.querySelector("input[name=csrfmiddlewaretoken]");
  return input ? input.value : "";
}
async function api(method, url, body, isForm) {
  const headers = { "X-CSRFToken": csrfToken(), "Accept": "application/json" };
  if (body !== undefined && !isForm) headers["Content-Type"] = "application/json";
  const response = await fetch(url, { method, headers, credentials: "same-origin",
    body: body === undefined ? undefined : (isForm ? body : JSON.stringify(body)) });
  let data = null;
  try { data = await response.json(); } catch (e) { data = null; }
  return { ok: response.ok, status: response.status, data };
}
document.querySelectorAll("select[data-autosubmit]").forEach((el) =>
  el.addEventListener("change", () => el.form.submit()));
