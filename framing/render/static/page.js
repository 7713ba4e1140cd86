"use strict";
// framing's HTML view: click or hover a sentence to ring its counterparts in the other
// columns (the units it is linked to but did not join only when asked, by a button); a unit
// label (C7) in a finding does the same. No network, no eval, no article text
// is ever parsed as markup here: the page's text came escaped from Python.
(function () {
  var status = document.getElementById("status");
  var related = document.getElementById("related");  // outlines linked units, on demand
  var linked = [];
  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function clear(cls) { all("." + cls).forEach(function (e) { e.classList.remove(cls); }); }
  function members(unit) { return all('.s[data-u="' + CSS.escape(unit) + '"]'); }

  function show(unit, origin) {
    clear("lit"); clear("sel"); clear("rel");
    linked = origin ? (origin.getAttribute("data-r") || "").split(" ").filter(Boolean) : [];
    if (related) {
      related.hidden = !linked.length;
      related.setAttribute("aria-pressed", "false");
      related.textContent = "Outline the " + linked.length + " unit" + (linked.length === 1 ? "" : "s") +
        " it is linked to but did not join (" + linked.join(", ") + ")";
    }
    if (!unit) { return; }
    var found = members(unit);
    found.forEach(function (e) { e.classList.add("lit"); });
    if (origin) { origin.classList.add("sel"); }
    level(found, origin);
    var first = origin || found[0];
    status.textContent = first ? first.getAttribute("title") : unit + ": not in the text shown";
  }

  // Columns run at full length; a click brings the unit's sentence in each visible column level
  // with the clicked one (or, from a label, with the lowest of them) by shifting the columns'
  // texts down, and keeps the clicked sentence where the reader's eye is.
  function level(found, origin) {
    var anchor = origin ? origin.getBoundingClientRect().top : null, firsts = [];
    all(".col").forEach(function (col) {
      var text = col.querySelector(".text"), shift = parseFloat(text.style.marginTop) || 0;
      var here = origin && col.contains(origin) ? origin : found.filter(function (e) { return col.contains(e); })[0];
      if (here && !col.hidden) { firsts.push([text, here.getBoundingClientRect().top - shift]); }
      text.style.marginTop = "";
    });
    if (firsts.length > 1) {
      var target = Math.max.apply(null, firsts.map(function (f) { return f[1]; }));
      firsts.forEach(function (f) { f[0].style.marginTop = (target - f[1]) + "px"; });
    }
    if (origin) {
      window.scrollBy(0, origin.getBoundingClientRect().top - anchor);
    } else if (found.length) {
      found[0].scrollIntoView({block: "center"});
    }
  }

  document.addEventListener("click", function (ev) {
    var target = ev.target.closest("[data-u], [data-s]");
    if (!target) { return; }
    if (target.hasAttribute("data-s")) {
      var sentence = document.getElementById(target.getAttribute("data-s"));
      if (!sentence) { return; }
      ev.preventDefault();
      show(sentence.getAttribute("data-u"), null);
      sentence.classList.add("sel");
      sentence.scrollIntoView({block: "center"});
      return;
    }
    if (target.classList.contains("s")) {
      show(target.getAttribute("data-u"), target);
      return;
    }
    ev.preventDefault();  // a label in a finding, a cell of a picture
    show(target.getAttribute("data-u"), null);
  });
  if (related) {
    related.addEventListener("click", function () {
      var on = related.getAttribute("aria-pressed") !== "true";
      clear("rel");
      if (on) { linked.forEach(function (r) { members(r).forEach(function (e) { e.classList.add("rel"); }); }); }
      related.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }
  document.addEventListener("keydown", function (ev) {
    if ((ev.key === "Enter" || ev.key === " ") && ev.target.classList && ev.target.classList.contains("s")) {
      ev.preventDefault();
      show(ev.target.getAttribute("data-u"), ev.target);
    }
  });
  document.addEventListener("mouseover", function (ev) {
    var s = ev.target.closest(".s[data-u]");
    clear("hov");
    if (s) { members(s.getAttribute("data-u")).forEach(function (e) { if (e !== s) { e.classList.add("hov"); } }); }
  });
  all("input[data-col]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.getElementById(box.getAttribute("data-col")).hidden = !box.checked;
    });
  });
})();
