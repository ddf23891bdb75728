// Kennisbank search: the header's search dialog, querying the Pagefind index of the site.
(() => {
  "use strict";
  const dialog = document.getElementById("kb-search");
  if (!dialog) return;
  const input = dialog.querySelector(".kb-search__input");
  const status = dialog.querySelector(".kb-search__status");
  const list = dialog.querySelector(".kb-search__results");
  const config = JSON.parse(document.getElementById("__config").textContent);
  const base = new URL(config.base.replace(/\/?$/, "/"), location.href);
  const MAX_RESULTS = 10;
  let pagefind = null;
  let latest = 0;

  async function engine() {
    if (!pagefind) {
      pagefind = await import(new URL("pagefind/pagefind.js", base).href);
      await pagefind.options({ baseUrl: base.pathname });
    }
    return pagefind;
  }

  function open() {
    if (!dialog.open) dialog.showModal();
    input.select();
    engine();
  }

  function result(data) {
    const item = document.createElement("li");
    item.className = "kb-search__result";
    const link = document.createElement("a");
    link.href = data.url;
    const kind = document.createElement("span");
    kind.className = "kb-search__type";
    kind.textContent = data.meta.type || "Pagina";
    const title = document.createElement("span");
    title.className = "kb-search__result-title";
    title.textContent = data.meta.title || data.url;
    link.append(kind, " ", title);
    const excerpt = document.createElement("p");
    excerpt.className = "kb-search__excerpt";
    // Pagefind escapes the page text and marks the matches with <mark>.
    excerpt.innerHTML = data.excerpt;
    item.append(link, excerpt);
    return item;
  }

  async function search() {
    const query = input.value.trim();
    const mine = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    const found = await (await engine()).search(query);
    const shown = await Promise.all(found.results.slice(0, MAX_RESULTS).map((hit) => hit.data()));
    if (mine !== latest) return; // a newer query has been typed meanwhile
    list.replaceChildren(...shown.map(result));
    const total = found.results.length;
    status.textContent =
      total === 0 ? "Geen resultaten." : total === 1 ? "1 resultaat." : `${total} resultaten.`;
    list.dataset.query = query;
  }

  // Whether a key pressed on `target` types into it; the theme toggle (a radio button) does not.
  const NOT_TYPED = ["button", "checkbox", "color", "file", "image", "radio", "range", "reset", "submit"];
  function typing(target) {
    if (!(target instanceof Element)) return false;
    if (target.closest("textarea, select, [contenteditable]")) return true;
    return target instanceof HTMLInputElement && !NOT_TYPED.includes(target.type);
  }

  document.querySelectorAll("[data-kb-search-open]").forEach((button) => button.addEventListener("click", open));
  input.addEventListener("input", search);
  document.addEventListener("keydown", (event) => {
    if (dialog.open || event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(event.target)) return;
    if (event.key === "/" || event.key === "s") {
      event.preventDefault();
      open();
    }
  });
})();
