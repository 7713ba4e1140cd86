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
    var done = [];
    found.forEach(function (e) {  // each column scrolls to its first counterpart
      var box = e.closest(".text");
      if (!box || done.indexOf(box) >= 0) { return; }
      done.push(box);
      if (origin && origin.closest(".text") === box) { return; }
      box.scrollTop = Math.max(0, e.offsetTop - box.clientHeight / 3);
    });
    var first = origin || found[0];
    status.textContent = first ? first.getAttribute("title") : unit + ": not in the text shown";
  }

  document.addEventListener("click", function (ev) {
    var target = ev.target.closest("[data-u], [data-s]");
    if (!target) { return; }
    if (target.hasAttribute("data-s")) {
      var sentence = document.getElementById(target.getAttribute("data-s"));
      if (!sentence) { return; }
      ev.preventDefault();
      show(sentence.getAttribute("data-u"), sentence);
      document.getElementById("text").scrollIntoView();
      return;
    }
    if (target.classList.contains("s")) {
      show(target.getAttribute("data-u"), target);
      return;
    }
    ev.preventDefault();  // a label in a finding, a cell of a picture
    show(target.getAttribute("data-u"), null);
    document.getElementById("text").scrollIntoView();
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
  var full = document.getElementById("full");
  if (full) {
    full.addEventListener("change", function () { document.body.classList.toggle("full", full.checked); });
  }
  all("input[data-col]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.getElementById(box.getAttribute("data-col")).hidden = !box.checked;
    });
  });
})();
