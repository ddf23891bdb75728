// Kennisbank: accessible names for what Material for MkDocs builds at run time.
(() => {
  "use strict";
  // A citation's reference shows in a tooltip that Material makes a dialog without a name
  // (axe: aria-dialog-name). Every footnote of the knowledge base is a citation: name it "Bron".
  const NAME = "Bron";
  const name = (node) => {
    if (node instanceof Element && node.matches('.md-tooltip2[role="dialog"]:not([aria-label])')) {
      node.setAttribute("aria-label", NAME);
    }
  };
  new MutationObserver((mutations) => {
    for (const mutation of mutations) mutation.addedNodes.forEach(name);
  }).observe(document.body, { childList: true });
  document.querySelectorAll(".md-tooltip2").forEach(name);
})();
