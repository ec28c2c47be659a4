/*
 * Qonun static search: runs the query from ?q= through Pagefind ({site-root}pagefind/pagefind.js).
 *
 * - The site root comes from the data-site-root attribute of <html> (or <body>), as written by the stylesheets.
 * - The query is normalised the way the index was built: every Uzbek apostrophe variant
 *   (ʻ U+02BB, ʼ U+02BC, ‘ U+2018, ’ U+2019, ` U+0060, ´ U+00B4) becomes ASCII ', and the text is lower-cased.
 * - Everything is inserted with textContent, except Pagefind's own excerpt, which Pagefind escapes and marks
 *   with <mark>; the query itself is never inserted as HTML.
 * - Without the index (no pagefind/ folder) the page says so and points to the act index.
 */
(function () {
  "use strict";

  var root = document.documentElement;
  root.classList.add("has-js");

  var APOSTROPHES = /[\u02BB\u02BC\u2018\u2019\u0060\u00B4]/g;

  function normalise(query) {
    return String(query || "").replace(APOSTROPHES, "'").toLowerCase().replace(/\s+/g, " ").trim();
  }

  function siteRoot() {
    var value = root.getAttribute("data-site-root") ||
      (document.body && document.body.getAttribute("data-site-root")) || "/";
    return new URL(value, document.baseURI);
  }

  // A result URL ("/akn/.../", as indexed) resolved against the site root, so a site under a sub-path works too.
  function resultHref(url) {
    try {
      var text = String(url || "");
      var parsed = /^https?:\/\//i.test(text) ? new URL(text) : new URL(text.replace(/^\/+/, ""), siteRoot());
      return parsed.protocol === "http:" || parsed.protocol === "https:" || parsed.protocol === "file:" ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  var box = document.querySelector(".search-results-box");
  var list = document.getElementById("q-search-results");
  var status = document.getElementById("q-search-status");
  var unavailable = document.getElementById("q-search-unavailable");
  var input = document.querySelector('.search-form input[name="q"]');
  var form = input ? input.form : null;
  if (!box || !list || !status) return;

  function message(name) {
    return box.getAttribute("data-msg-" + name) || "";
  }

  function setStatus(text) {
    status.textContent = text;
  }

  function clear() {
    while (list.firstChild) list.removeChild(list.firstChild);
  }

  var pagefindPromise = null;

  function loadPagefind() {
    if (!pagefindPromise) {
      var base = siteRoot();
      var url = new URL("pagefind/pagefind.js", base).href;
      pagefindPromise = import(url).then(function (pagefind) {
        return Promise.resolve(pagefind.init ? pagefind.init() : null).then(function () { return pagefind; });
      });
    }
    return pagefindPromise;
  }

  function showUnavailable() {
    clear();
    setStatus("");
    box.hidden = true;
    if (unavailable) unavailable.hidden = false;
  }

  var generation = 0;

  function renderResult(data) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.className = "result-title";
    var href = resultHref(data.url);
    if (href) link.href = href;
    link.textContent = (data.meta && data.meta.title) || data.url || "";
    item.appendChild(link);
    if (data.excerpt) {
      var excerpt = document.createElement("p");
      excerpt.className = "result-excerpt";
      // Pagefind's excerpt is escaped text with <mark> around the hits.
      excerpt.innerHTML = data.excerpt;
      item.appendChild(excerpt);
    }
    return item;
  }

  function run(rawQuery) {
    var query = normalise(rawQuery);
    var mine = ++generation;
    clear();
    if (!query) {
      setStatus("");
      return;
    }
    setStatus(message("searching"));
    loadPagefind().then(function (pagefind) {
      return pagefind.search(query).then(function (search) {
        if (mine !== generation) return;
        var results = (search && search.results) || [];
        if (results.length === 0) {
          setStatus(message("none"));
          return;
        }
        return Promise.all(results.slice(0, 25).map(function (r) { return r.data(); })).then(function (all) {
          if (mine !== generation) return;
          var fragment = document.createDocumentFragment();
          all.forEach(function (data) { fragment.appendChild(renderResult(data)); });
          clear();
          list.appendChild(fragment);
          setStatus(results.length + " " + message("count"));
        });
      });
    }).catch(function () {
      if (mine === generation) showUnavailable();
    });
  }

  var params = new URLSearchParams(window.location.search);
  var initial = params.get("q") || "";
  if (input) input.value = initial;

  if (form && input) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var url = new URL(window.location.href);
      url.searchParams.set("q", input.value);
      window.history.replaceState(null, "", url.href);
      run(input.value);
    });
  }

  // Find out early whether the index exists, so the page can say so before anyone searches.
  loadPagefind().catch(showUnavailable);
  if (initial) run(initial);
})();
