/*
 * Quick exit on the public help page (/help.js), matching the app's own: leaving blanks the page
 * first and replaces this page's history entry, so Back does not bring someone looking over a
 * shoulder straight back here; Escape pressed twice within a second leaves too. It is a small
 * static file because the page's Content-Security-Policy allows no inline script. Without
 * JavaScript, Quick exit is still an ordinary link to the same neutral page.
 */
/* global document, location, performance, window */
(() => {
  const link = document.querySelector("a.quick-exit");
  if (!link) return;

  const leave = () => {
    const url = link.href;
    document.title = "";
    document.body.replaceChildren();
    location.replace(url);
  };

  link.addEventListener("click", (event) => {
    event.preventDefault();
    leave();
  });

  let lastEscape = -Infinity;
  window.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Escape" || event.repeat) return;
      const now = performance.now();
      if (now - lastEscape < 1000) leave();
      else lastEscape = now;
    },
    true,
  );

  // The shortcut only works with JavaScript, so it is only mentioned when it does.
  const hint = document.getElementById("escape-hint");
  if (hint) hint.hidden = false;
})();
