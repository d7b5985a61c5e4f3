// Progressive enhancement only: every page works without this file.

// A stage-move form shows only the fields the chosen stage needs (the sale for a won stage, the
// reason for a lost one). Without JavaScript they all show, and the server says which one it needs.
function showOutcomeFields(root) {
  root.querySelectorAll("[data-stage-select]").forEach((select) => {
    const form = select.closest("form");
    const update = () => {
      const outcome = select.selectedOptions[0]?.dataset.outcome;
      form.querySelectorAll("[data-when-outcome]").forEach((group) => {
        group.hidden = group.dataset.whenOutcome !== outcome;
      });
    };
    select.addEventListener("change", update);
    update();
  });
}

document.addEventListener("DOMContentLoaded", () => showOutcomeFields(document));
document.addEventListener("htmx:afterSettle", (event) => showOutcomeFields(event.detail.elt));

// Ctrl+Enter (or Cmd+Enter) in a quick-log summary submits the form, so logging needs no mouse.
document.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && event.target.closest?.(".quick-log")) {
    event.preventDefault();
    event.target.closest("form").requestSubmit();
  }
});

// A next step with no date yet gets tomorrow's, which the user can change: one field less to fill.
document.addEventListener("input", (event) => {
  const field = event.target;
  if (field.name !== "NextStep" || !field.closest?.(".quick-log") || !field.value.trim()) return;
  const due = field.form.querySelector("input[name=NextStepDue]");
  if (!due || due.value) return;
  const tomorrow = new Date();
  tomorrow.setDate(tomorrow.getDate() + 1);
  const pad = (n) => String(n).padStart(2, "0");
  due.value = `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}`;
});

// After a logged conversation the fresh form takes the focus back, ready for the next one.
document.addEventListener("htmx:afterSettle", (event) => {
  const form = event.detail.elt;
  if (form.matches?.(".quick-log") && form.querySelector("[role=status]")) {
    form.querySelector("select[name=Kind]")?.focus();
  }
});

// The board: a card dragged to another column posts its move through htmx; the answer puts the
// card where it now is and refreshes the column headers, or brings it back with the reason.
function initBoard(root) {
  if (!window.Sortable || !root.querySelectorAll) return;
  root.querySelectorAll(".board-cards").forEach((list) => {
    if (list.dataset.sortable || list.closest("[data-can-edit=false]")) return;
    list.dataset.sortable = "on";
    Sortable.create(list, {
      group: "board",
      draggable: ".board-card",
      animation: 150,
      filter: "a, button, select, input, textarea, summary, label",
      preventOnFilter: false,
      onEnd(event) {
        if (event.from === event.to) return;
        const card = event.item;
        htmx.ajax("POST", "/board/move", {
          source: card,
          target: card,
          swap: "outerHTML",
          values: {
            ProspectId: card.id.replace("card-", ""),
            "Move.Version": card.dataset.version,
            "Move.StageId": event.to.dataset.stageId,
          },
        });
      },
    });
  });
}

document.addEventListener("DOMContentLoaded", () => initBoard(document));
document.addEventListener("htmx:afterSettle", (event) => initBoard(event.detail.elt));
// A move the server would not even answer (signed out, forbidden): show the board as it really is.
document.addEventListener("htmx:responseError", (event) => {
  if (event.detail.elt.closest?.(".board")) window.location.reload();
});

// Every htmx request carries the page's antiforgery token as a header (forms without a token
// field, such as the board cards', rely on it; the server accepts either).
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector("meta[name=request-verification-token]")?.content;
  if (token) event.detail.headers["RequestVerificationToken"] = token;
});
