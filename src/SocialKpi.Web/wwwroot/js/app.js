// Progressive enhancement only: every page works without this file.
document.addEventListener("htmx:configRequest", (event) => {
  // htmx posts carry the antiforgery token of the form they come from (already a form field).
  event.detail.headers["X-Requested-With"] = "htmx";
});
