// The reconnect banner's "reload the page" link. It lives in a file because the Content-Security-Policy
// refuses inline handlers (onclick="…"), and the banner sits outside the circuit, which is gone when it shows.
document.addEventListener('click', event => {
    const link = event.target instanceof Element ? event.target.closest('[data-reload-page]') : null;
    if (link) {
        event.preventDefault();
        location.reload();
    }
});
