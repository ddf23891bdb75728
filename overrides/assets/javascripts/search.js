// Kennisbank search: the header's search dialog, querying the Pagefind index of the site.
// The pages with every word of a query come first, then those with most of its words, marked as partial;
// ten at a time, more on request. The filters (type, audience) narrow it through Pagefind's own filters;
// the query and filters live in the address.
(() => {
  "use strict";
  const dialog = document.getElementById("kb-search");
  if (!dialog) return;
  const input = dialog.querySelector(".kb-search__input");
  const status = dialog.querySelector(".kb-search__status");
  const list = dialog.querySelector(".kb-search__results");
  const filterBox = dialog.querySelector("[data-kb-search-filters]");
  const groups = [...filterBox.querySelectorAll("fieldset[data-filter]")];
  const suggestion = dialog.querySelector("[data-kb-search-suggestion]");
  const chosenText = dialog.querySelector("[data-kb-search-chosen]");
  const more = dialog.querySelector("[data-kb-search-more]");
  const config = JSON.parse(document.getElementById("__config").textContent);
  const base = new URL(config.base.replace(/\/?$/, "/"), location.href);
  const PAGE_SIZE = 10; // results shown at first, and added by each press on "Toon meer"
  const EXCERPT_WORDS = 30;
  const EXTRA_WORDS_META = "extra"; // search/markup.py: how many extra words close a page's text
  // The address of a search: ?zoek=…&zoek-type=…&zoek-publiek=… (catalogues use the plain names).
  const QUERY_PARAM = "zoek";
  const param = (name) => `zoek-${name}`;
  const chosen = Object.fromEntries(groups.map((group) => [group.dataset.filter, ""]));
  let pagefind = null;
  let suggestions = null;
  let filterValues = null; // every value of every filter, from the index
  let latest = 0;
  let reading = Promise.resolve(); // the page data being read for the results shown (see pages())
  let current = { hits: [], words: [], shown: 0, query: "" }; // the results of the latest query

  async function engine() {
    if (!pagefind) {
      pagefind = await import(new URL("pagefind/pagefind.js", base).href);
      await pagefind.options({ baseUrl: base.pathname });
    }
    return pagefind;
  }

  async function preferredTerms() {
    if (!suggestions) {
      const response = await fetch(new URL("zoektermen.json", base));
      suggestions = response.ok ? await response.json() : {};
    }
    return suggestions;
  }

  // As suggestions.py normalises the other names of glossary terms.
  const normalised = (text) =>
    text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").split(/\s+/).filter(Boolean).join(" ");

  function filtersFor(overrides = {}) {
    const all = { ...chosen, ...overrides };
    return Object.fromEntries(Object.entries(all).filter(([, value]) => value));
  }

  // The pages for `query`: first those with every word, in Pagefind's order; then those with most of its
  // words, each knowing which words it has. Pagefind leaves out a word that is on no page, so "every word"
  // is checked word by word.
  async function matches(query, filters) {
    const pf = await engine();
    const full = await pf.search(query, { filters });
    const words = query.split(/\s+/).filter(Boolean);
    if (words.length < 2) return full.results.map((result) => ({ result, words, partial: false }));
    const byId = new Map();
    for (const word of words) {
      for (const result of (await pf.search(word, { filters })).results) {
        const hit = byId.get(result.id) || { result, words: [], score: 0, partial: true };
        hit.words.push(word);
        hit.score += result.score;
        byId.set(result.id, hit);
      }
    }
    const complete = full.results.filter((result) => byId.get(result.id)?.words.length === words.length);
    for (const result of complete) byId.delete(result.id);
    const rest = [...byId.values()].sort((a, b) => b.words.length - a.words.length || b.score - a.score);
    return [
      ...complete.map((result) => ({ result, words, partial: false })),
      ...rest.map((hit) => ({ ...hit, partial: hit.words.length < words.length })),
    ];
  }

  // The data of the pages of `hits`, each with the match locations of this search. Pagefind 1.5.2 keeps
  // one data object per page and writes the locations of whichever search reads it into that object
  // (loadFragment), so two searches reading one page at once could swap their locations, and a result
  // would show the excerpt of an older query. Reads are therefore taken one search at a time, and each
  // keeps its own locations before the next may begin.
  function pages(hits) {
    const read = reading.then(() =>
      Promise.all(
        hits.map(async (hit) => {
          const data = await hit.result.data();
          return { ...data, weighted_locations: data.weighted_locations };
        }),
      ),
    );
    reading = read.catch(() => undefined);
    return read;
  }

  // Some thirty words of the page around its best matches, the matches marked. Pagefind's own excerpt
  // may fall on the extra search words at the end of a page's text, which read as nonsense; this one is
  // taken from the words before them (or, if only those matched, from the start of the page).
  function excerpt(data) {
    const words = data.content.split(/\s+/);
    const visible = words.length - Number(data.meta[EXTRA_WORDS_META] || 0);
    const found = data.weighted_locations.filter((found) => found.location < visible);
    const matched = new Set(found.map((found) => found.location));
    let start = 0;
    let best = -1;
    for (const { location } of found) {
      const from = Math.max(0, Math.min(location - Math.floor(EXCERPT_WORDS / 3), visible - EXCERPT_WORDS));
      const score = found
        .filter((other) => other.location >= from && other.location < from + EXCERPT_WORDS)
        .reduce((sum, other) => sum + other.balanced_score, 0);
      if (score > best) [start, best] = [from, score];
    }
    const end = Math.min(visible, start + EXCERPT_WORDS);
    const paragraph = document.createElement("p");
    paragraph.className = "kb-search__excerpt";
    if (start > 0) paragraph.append("… ");
    for (let at = start; at < end; at++) {
      if (at > start) paragraph.append(" ");
      if (matched.has(at)) {
        const mark = document.createElement("mark");
        mark.textContent = words[at];
        paragraph.append(mark);
      } else {
        paragraph.append(words[at]);
      }
    }
    if (end < visible) paragraph.append(" …");
    return paragraph;
  }

  function resultItem(data, hit) {
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
    item.append(link);
    if (hit.partial) {
      const missing = current.words.filter((word) => !hit.words.includes(word));
      const note = document.createElement("p");
      note.className = "kb-search__partial";
      note.textContent = `Gedeeltelijk: bevat ${quoted(hit.words)}, niet ${quoted(missing)}.`;
      item.append(note);
    }
    item.append(excerpt(data));
    return item;
  }

  const quoted = (words) => words.map((word) => `‘${word}’`).join(" en ");

  function statusText(hits, shown, query) {
    const filtered = Object.values(chosen).some(Boolean) ? " met deze filters" : "";
    const count = hits.length;
    if (count === 0) return `Geen resultaten${filtered}.`;
    const partial = hits.filter((hit) => hit.partial).length;
    const pages = (n) => (n === 1 ? "1 pagina" : `${n} pagina’s`);
    const showing = shown < count ? ` De eerste ${shown} staan hieronder.` : "";
    if (partial === count) {
      return `Geen pagina bevat alle woorden van ‘${query}’${filtered}. ${pages(count)} bevat${count === 1 ? "" : "ten"} een deel ervan; die met de meeste woorden staan bovenaan.${showing}`;
    }
    const found = count === 1 ? `1 resultaat${filtered}.` : `${count} resultaten${filtered}.`;
    const rest = partial ? ` ${pages(count - partial)} met alle woorden, daarna ${pages(partial)} met een deel ervan.` : "";
    return found + rest + showing;
  }

  async function showSuggestion(query) {
    const found = (await preferredTerms())[normalised(query)];
    suggestion.replaceChildren();
    suggestion.hidden = !found;
    if (!found) return;
    const link = document.createElement("a");
    link.href = new URL(found.url, base).href;
    link.textContent = found.term;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "kb-search__use-term";
    button.textContent = `Zoek op ‘${found.term}’`;
    button.addEventListener("click", () => {
      input.value = found.term;
      search();
      input.focus();
    });
    suggestion.append(`‘${query}’ staat in de woordenlijst bij ${found.as.toLowerCase()} van `, link, ". ", button);
  }

  // Each filter value with the number of results it would give, the other filters as chosen.
  async function showFilters(query, mine) {
    const pf = await engine();
    filterValues = filterValues || (await pf.filters());
    for (const group of groups) {
      const name = group.dataset.filter;
      const options = Object.keys(filterValues[name] || {}).sort((a, b) => a.localeCompare(b, "nl"));
      const counts = {};
      for (const value of options) {
        counts[value] = (await matches(query, filtersFor({ [name]: value }))).length;
      }
      if (mine !== latest) return;
      const all = (await matches(query, filtersFor({ [name]: "" }))).length;
      if (mine !== latest) return;
      setOption(group, name, "", `Alle (${all})`);
      for (const value of options) setOption(group, name, value, `${value} (${counts[value]})`);
    }
    showChosen();
    filterBox.hidden = false;
    filterBox.setAttribute("aria-busy", "false");
  }

  // Updated in place, so that a radio button chosen with the arrow keys keeps the focus.
  function setOption(group, name, value, text) {
    let radio = [...group.querySelectorAll("input")].find((found) => found.value === value);
    if (!radio) {
      const label = document.createElement("label");
      label.className = "kb-search__option";
      radio = document.createElement("input");
      radio.type = "radio";
      radio.name = `kb-search-${name}`;
      radio.value = value;
      label.append(radio, document.createElement("span"));
      group.append(label);
    }
    radio.checked = chosen[name] === value;
    radio.nextElementSibling.textContent = text;
    radio.parentElement.classList.toggle("kb-search__option--none", / \(0\)$/.test(text));
  }

  function showChosen() {
    const picked = Object.values(chosen).filter(Boolean);
    chosenText.textContent = picked.length ? `: ${picked.join(", ")}` : "";
    if (picked.length) filterBox.open = true;
  }

  async function search() {
    const query = input.value.trim();
    const mine = ++latest;
    remember(query, false);
    // The counts follow the results; until they do, the filters say they are being updated.
    filterBox.setAttribute("aria-busy", String(Boolean(query)));
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      more.hidden = true;
      suggestion.hidden = true;
      filterBox.hidden = true;
      return;
    }
    const hits = await matches(query, filtersFor());
    if (mine !== latest) return; // a newer query has been typed meanwhile
    const words = query.split(/\s+/).filter(Boolean);
    const shown = await pages(hits.slice(0, PAGE_SIZE));
    if (mine !== latest) return;
    current = { hits, words, shown: shown.length, query };
    list.replaceChildren(...shown.map((data, index) => resultItem(data, hits[index])));
    showCount();
    list.dataset.query = query;
    list.dataset.partial = String(hits.length > 0 && hits.every((hit) => hit.partial));
    await showSuggestion(query);
    await showFilters(query, mine);
  }

  function showCount() {
    status.textContent = statusText(current.hits, current.shown, current.query);
    const left = current.hits.length - current.shown;
    more.hidden = left <= 0;
    more.textContent = `Toon meer resultaten (${Math.min(left, PAGE_SIZE)} van de ${left} die nog volgen)`;
  }

  // The next results under the ones shown; the focus moves to the first of them, so a keyboard or
  // screen reader user goes on reading where the new ones begin.
  async function showMore() {
    const mine = latest;
    const from = current.shown;
    const next = current.hits.slice(from, from + PAGE_SIZE);
    const added = await pages(next);
    if (mine !== latest) return;
    const items = added.map((data, index) => resultItem(data, next[index]));
    list.append(...items);
    current.shown += items.length;
    showCount();
    items[0]?.querySelector("a").focus();
  }

  // The address holds the search, so it can be shared and the back button returns to it.
  function remember(query, newEntry) {
    const url = new URL(location.href);
    url.searchParams.delete(QUERY_PARAM);
    for (const name of Object.keys(chosen)) url.searchParams.delete(param(name));
    if (query) {
      url.searchParams.set(QUERY_PARAM, query);
      for (const [name, value] of Object.entries(chosen)) if (value) url.searchParams.set(param(name), value);
    }
    if (url.href === location.href) return;
    if (newEntry) history.pushState(history.state, "", url);
    else history.replaceState(history.state, "", url);
  }

  function restore() {
    const params = new URLSearchParams(location.search);
    for (const name of Object.keys(chosen)) chosen[name] = params.get(param(name)) || "";
    const query = params.get(QUERY_PARAM) || "";
    if (!query) {
      if (dialog.open) dialog.close();
      return;
    }
    input.value = query;
    if (!dialog.open) dialog.showModal();
    search();
  }

  function open() {
    if (!dialog.open) dialog.showModal();
    input.select();
    engine();
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
  more.addEventListener("click", showMore);
  filterBox.addEventListener("change", (event) => {
    const radio = event.target;
    chosen[radio.name.replace(/^kb-search-/, "")] = radio.value;
    remember(input.value.trim(), true);
    search();
  });
  dialog.addEventListener("close", () => remember("", false));
  window.addEventListener("popstate", restore);
  document.addEventListener("keydown", (event) => {
    if (dialog.open || event.ctrlKey || event.metaKey || event.altKey) return;
    if (typing(event.target)) return;
    if (event.key === "/" || event.key === "s") {
      event.preventDefault();
      open();
    }
  });
  if (new URLSearchParams(location.search).has(QUERY_PARAM)) restore();
})();
