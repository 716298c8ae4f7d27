// The page's behaviour: a search box that filters codes by code, name or text, and a language
// switch. Without this script the page shows every code in the default locale.
"use strict";
(function () {
  const search = document.getElementById("search");
  const language = document.getElementById("locale");
  const count = document.getElementById("count");
  const noMatch = document.getElementById("no-match");
  const rows = Array.from(document.querySelectorAll("tr.error"));
  const sections = Array.from(document.querySelectorAll("section.category"));

  function filter() {
    const query = search.value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const match = query === "" || row.dataset.search.includes(query);
      row.hidden = !match;
      if (match) {
        shown++;
      }
    }
    // A category stays visible while it or a category inside it has a matching code; its own
    // table hides when none of its own codes match.
    for (const section of sections) {
      section.hidden = query !== "" && section.querySelector("tr.error:not([hidden])") === null;
      const table = section.querySelector(":scope > table");
      if (table !== null) {
        table.hidden = query !== "" && table.querySelector("tr.error:not([hidden])") === null;
      }
    }
    noMatch.hidden = shown > 0;
    count.textContent = query === "" ? rows.length + " codes" : shown + " of " + rows.length + " codes";
  }

  function showLocale(locale) {
    document.documentElement.lang = locale;
    for (const element of document.querySelectorAll(".text[data-locale]")) {
      element.hidden = element.dataset.locale !== locale;
    }
    // The locale's title is the prominent one; where it has none, the one standing in for it (its
    // language's, else the default's: the page names it in data-source) is.
    for (const group of document.querySelectorAll(".titles")) {
      const titles = Array.from(group.children);
      const wanted = titles.find((title) => title.dataset.locale === locale);
      const source = wanted === undefined ? undefined : wanted.dataset.source;
      const shown = wanted === undefined ? titles[0]
        : source === undefined ? wanted : titles.find((title) => title.dataset.locale === source) || titles[0];
      for (const title of titles) {
        title.classList.toggle("active", title === shown);
      }
    }
  }

  // Opening a code's anchor shows it even when the search had hidden it.
  function revealTarget() {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id === "" ? null : document.getElementById(id);
    if (target !== null && target.closest("[hidden]") !== null) {
      search.value = "";
      filter();
      target.scrollIntoView();
    }
  }

  search.addEventListener("input", filter);
  language.addEventListener("change", () => showLocale(language.value));
  window.addEventListener("hashchange", revealTarget);
  filter();
  showLocale(language.value);
})();
