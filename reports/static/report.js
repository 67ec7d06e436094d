/* scrubs report: filters, keyboard navigation, image reveal, print. No network access, no
   dynamic code, no HTML parsing: the script reads data-* attributes and toggles hidden/classes. */
(function () {
  "use strict";
  var doc = document;
  var list = doc.getElementById("ranked");
  var posts = list ? Array.prototype.slice.call(list.querySelectorAll("article.post")) : [];
  var groups = list ? Array.prototype.slice.call(list.querySelectorAll("li.group")) : [];
  var bar = doc.getElementById("filters");
  var searchText = new Map();
  posts.forEach(function (p) { searchText.set(p, p.textContent.toLowerCase()); });

  function $(id) { return doc.getElementById(id); }
  function isVisible(p) { return !p.hidden && !p.closest("li.group").hidden; }

  /* Filters ------------------------------------------------------------------------------ */
  var cats = bar ? Array.prototype.slice.call(bar.querySelectorAll("input[name=category]")) : [];
  var fAction = $("f-action"), fPlatform = $("f-platform"), fFrom = $("f-from"), fTo = $("f-to");
  var fSearch = $("f-search"), status = $("f-status"), empty = $("empty-filter");

  function matches(p, wanted, needle) {
    var d = p.dataset;
    if (fAction.value && d.action !== fAction.value) return false;
    if (fPlatform.value && d.platform !== fPlatform.value) return false;
    if (fFrom.value && (!d.date || d.date < fFrom.value)) return false;
    if (fTo.value && (!d.date || d.date > fTo.value)) return false;
    if (wanted.length < cats.length) {
      var own = d.categories ? d.categories.split(" ") : [];
      if (!own.some(function (c) { return wanted.indexOf(c) >= 0; })) return false;
    }
    if (needle && searchText.get(p).indexOf(needle) < 0) return false;
    return true;
  }

  function apply() {
    var wanted = cats.filter(function (c) { return c.checked; }).map(function (c) { return c.value; });
    var needle = fSearch.value.trim().toLowerCase();
    var shown = 0;
    posts.forEach(function (p) {
      var ok = matches(p, wanted, needle);
      p.hidden = !ok;
      if (ok) shown += 1;
    });
    groups.forEach(function (g) { g.hidden = !g.querySelector("article.post:not([hidden])"); });
    status.textContent = shown + " of " + posts.length + " shown";
    if (empty) empty.hidden = shown > 0;
  }

  function reset() {
    cats.forEach(function (c) { c.checked = true; });
    fAction.value = ""; fPlatform.value = ""; fFrom.value = ""; fTo.value = ""; fSearch.value = "";
    apply();
  }

  if (bar && list) {
    bar.hidden = false;
    [fAction, fPlatform, fFrom, fTo].concat(cats).forEach(function (el) { el.addEventListener("change", apply); });
    var typing = 0;  /* re-filter once typing pauses: each pass touches every post */
    fSearch.addEventListener("input", function () { clearTimeout(typing); typing = setTimeout(apply, 120); });
    $("f-reset").addEventListener("click", reset);
    if ($("f-reset-2")) $("f-reset-2").addEventListener("click", reset);
  }

  /* Keyboard: j / k between visible posts, / to search ------------------------------------ */
  function move(step) {
    var visible = posts.filter(isVisible);
    if (!visible.length) return;
    var current = doc.activeElement && doc.activeElement.closest ? doc.activeElement.closest("article.post") : null;
    var i = visible.indexOf(current);
    var next = i < 0 ? (step > 0 ? 0 : visible.length - 1) : Math.min(visible.length - 1, Math.max(0, i + step));
    visible[next].focus({ preventScroll: true });
    visible[next].scrollIntoView({ block: "start" });
  }

  doc.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName))) {
      if (e.key === "Escape" && t === fSearch) { fSearch.value = ""; apply(); fSearch.blur(); }
      return;
    }
    if (e.key === "j") { move(1); e.preventDefault(); }
    else if (e.key === "k") { move(-1); e.preventDefault(); }
    else if (e.key === "/" && fSearch && bar && !bar.hidden) { fSearch.focus(); e.preventDefault(); }
  });

  /* Images: blurred until the user asks ------------------------------------------------------ */
  doc.addEventListener("click", function (e) {
    var btn = e.target.closest ? e.target.closest("button.reveal") : null;
    if (!btn) return;
    var fig = btn.closest("figure.thumb");
    var blurred = fig.classList.toggle("blurred");
    btn.setAttribute("aria-pressed", blurred ? "false" : "true");
    btn.textContent = blurred ? "Show image" : "Blur image";
  });

  /* Print: every finding's details open, restored afterwards --------------------------------- */
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.slice.call(doc.querySelectorAll("details:not([open])"));
    opened.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
