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

  /* Done ticks: post ids kept in this browser's storage, per audited accounts -------------- */
  var storeKey = "scrubs.done." + (doc.body.dataset.report || "");
  var done = new Set();
  try { done = new Set(JSON.parse(window.localStorage.getItem(storeKey) || "[]")); } catch (e) { done = new Set(); }
  var boxes = posts.map(function (p) { return p.querySelector("input.done-box"); });

  function saveDone() {
    try { window.localStorage.setItem(storeKey, JSON.stringify(Array.from(done))); } catch (e) { /* private mode: ticks last for this visit */ }
  }
  function showDone(p, box) {
    p.classList.toggle("is-done", box.checked);
  }
  posts.forEach(function (p, i) {
    var box = boxes[i];
    if (!box) return;
    box.parentNode.hidden = false;
    box.checked = done.has(box.dataset.key);
    showDone(p, box);
    box.addEventListener("change", function () {
      if (box.checked) done.add(box.dataset.key); else done.delete(box.dataset.key);
      saveDone();
      showDone(p, box);
      if (bar) apply();
    });
  });

  /* Filters ------------------------------------------------------------------------------ */
  var cats = bar ? Array.prototype.slice.call(bar.querySelectorAll("input[name=category]")) : [];
  var fAction = $("f-action"), fPlatform = $("f-platform"), fFrom = $("f-from"), fTo = $("f-to");
  var fSearch = $("f-search"), status = $("f-status"), empty = $("empty-filter"), fHide = $("f-hide-done");

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
    if (fHide && fHide.checked && p.classList.contains("is-done")) return false;
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
    var ticked = posts.filter(function (p) { return p.classList.contains("is-done"); }).length;
    status.textContent = shown + " of " + posts.length + " shown" + (ticked ? " · " + ticked + " marked done" : "");
    if (empty) empty.hidden = shown > 0;
  }

  function reset() {
    cats.forEach(function (c) { c.checked = true; });
    fAction.value = ""; fPlatform.value = ""; fFrom.value = ""; fTo.value = ""; fSearch.value = "";
    if (fHide) fHide.checked = false;
    apply();
  }

  if (bar && list) {
    bar.hidden = false;
    [fAction, fPlatform, fFrom, fTo, fHide].concat(cats).forEach(function (el) { if (el) el.addEventListener("change", apply); });
    var typing = 0;  /* re-filter once typing pauses: each pass touches every post */
    fSearch.addEventListener("input", function () { clearTimeout(typing); typing = setTimeout(apply, 120); });
    $("f-reset").addEventListener("click", reset);
    if ($("f-reset-2")) $("f-reset-2").addEventListener("click", reset);
    if (done.size) apply();  /* show how many are already ticked */
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
    else if (e.key === "x") {
      var post = doc.activeElement && doc.activeElement.closest ? doc.activeElement.closest("article.post") : null;
      var box = post ? post.querySelector("input.done-box") : null;
      if (box) { box.click(); e.preventDefault(); }
    }
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
