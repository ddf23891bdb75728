// Kennisbank catalogues: filter the table by facet, keep the filter in the URL, count what is shown.
(() => {
  "use strict";
  const catalogue = document.querySelector("[data-kb-catalogue]");
  if (!catalogue) return;
  const form = catalogue.querySelector("[data-kb-filters]");
  const selects = [...form.querySelectorAll("select")];
  const rows = [...catalogue.querySelectorAll("[data-kb-row]")];
  const shown = catalogue.querySelector("[data-kb-shown]");
  const empty = catalogue.querySelector("[data-kb-empty]");

  function apply() {
    const chosen = selects.filter((select) => select.value);
    let count = 0;
    for (const row of rows) {
      const match = chosen.every((select) =>
        (row.getAttribute(`data-f-${select.name}`) || "").split(" ").includes(select.value),
      );
      row.hidden = !match;
      if (match) count += 1;
    }
    shown.textContent = String(count);
    empty.hidden = count > 0;
  }

  function remember() {
    const url = new URL(location.href);
    for (const select of selects) {
      if (select.value) url.searchParams.set(select.name, select.value);
      else url.searchParams.delete(select.name);
    }
    history.replaceState(history.state, "", url);
  }

  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }
  form.hidden = false;
  form.addEventListener("change", () => {
    apply();
    remember();
  });
  form.addEventListener("reset", () =>
    setTimeout(() => {
      apply();
      remember();
    }),
  );
  apply();

  // Columns with a sort button in their heading ("Wat werkt"): by the row's data-sort-<key>, numbers as
  // numbers; a second click reverses. aria-sort tells screen readers the order.
  for (const button of catalogue.querySelectorAll("[data-kb-sort]")) {
    button.addEventListener("click", () => {
      const key = `sort${button.dataset.kbSort.replace(/^./, (first) => first.toUpperCase())}`;
      const heading = button.closest("th");
      const ascending = heading.getAttribute("aria-sort") !== "ascending";
      for (const other of catalogue.querySelectorAll("th[aria-sort]")) other.removeAttribute("aria-sort");
      heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const value = (row) => row.dataset[key] || "";
      const sorted = [...rows].sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        const order = x !== "" && y !== "" && !Number.isNaN(Number(x)) && !Number.isNaN(Number(y))
          ? Number(x) - Number(y)
          : x.localeCompare(y, "nl");
        return ascending ? order : -order;
      });
      const body = rows[0].parentElement;
      for (const row of sorted) body.append(row);
    });
  }
})();
