// Ctrl+Enter (Cmd+Enter on a Mac) submits the form it is typed in, for forms marked data-ctrl-enter.
// It is handled here rather than by a keydown handler on the server, which had every key typed in the
// form travel to the server and re-render the form to find the one combination that matters; that
// round trip also came before the save. The submit goes through the form's own validation, exactly
// as a click on its button does.
document.addEventListener('keydown', event => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
    const field = event.target instanceof Element ? event.target : null;
    const form = field?.closest('form[data-ctrl-enter]');
    if (!form) return;
    event.preventDefault();
    // A field bound on change has not sent what was typed in it yet (the focus never left it): send it
    // first. The circuit handles events in order, so the value arrives before the submit.
    if ((field.tagName === 'INPUT' || field.tagName === 'TEXTAREA') && !field.readOnly)
        field.dispatchEvent(new Event('change', { bubbles: true }));
    form.requestSubmit();
});
