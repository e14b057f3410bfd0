"""The HTML report's inline style sheet and script (no network resources of any kind)."""

from __future__ import annotations

#: Nothing may be fetched: no fonts, images, scripts or styles from anywhere.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
       "base-uri 'none'; form-action 'none'")

CSS = """
:root { --err: #b42318; --err-bg: #fde3e1; --warn: #9a6700; --warn-bg: #fff1c2; --info: #1d4ed8; --info-bg: #dbeafe;
  --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --paper: #fff; --side: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--paper);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header { position: sticky; top: 0; z-index: 2; background: var(--side); border-bottom: 1px solid var(--line);
  padding: .6rem 1.2rem; }
h1 { font-size: 1.25rem; margin: 0; }
h2 { font-size: 1.05rem; margin: 1.2rem 0 .5rem; }
.meta { margin: .1rem 0 .4rem; color: var(--muted); font-size: .85rem; }
main { padding: 0 1.2rem 3rem; max-width: 90rem; margin: 0 auto; }
.filters { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center; margin: 0; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .4rem; align-items: center; flex-wrap: wrap; }
.filters legend { float: left; font-weight: 600; margin-right: .3rem; font-size: .85rem; }
.chip { display: inline-flex; gap: .3rem; align-items: center; border: 1px solid var(--line); border-radius: 1rem;
  padding: .05rem .6rem; background: var(--paper); cursor: pointer; font-size: .85rem; }
.chip .n, .toc .n { color: var(--muted); font-variant-numeric: tabular-nums; }
.chip.sev-error { border-color: var(--err); } .chip.sev-warning { border-color: var(--warn); }
.chip.sev-info { border-color: var(--info); }
#shown { margin: 0; color: var(--muted); font-size: .85rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--side); } .num { text-align: right; font-variant-numeric: tabular-nums; }
.toc ol { columns: 2 20rem; margin: 0; padding-left: 1.4rem; }
article.doc { border-top: 2px solid var(--line); margin-top: 1.5rem; }
article.doc h2 .path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .95rem; }
article.doc h2 .count { color: var(--muted); font-weight: 400; font-size: .85rem; margin-left: .5rem; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(15rem, 2fr); gap: 1.2rem; align-items: start; }
@media (max-width: 900px) { .cols { grid-template-columns: 1fr; } ol.notes { position: static; max-height: none; } }
pre.src { margin: 0; padding: .8rem 1rem; background: var(--paper); border: 1px solid var(--line); border-radius: 6px;
  white-space: pre-wrap; overflow-wrap: anywhere; font: 16px/1.7 Georgia, "Times New Roman", serif; tab-size: 4; }
mark.hl { color: inherit; border-radius: 2px; cursor: pointer; padding: 0; }
mark.hl[data-sev=error] { background: var(--err-bg); box-shadow: inset 0 -2px 0 var(--err); }
mark.hl[data-sev=warning] { background: var(--warn-bg); box-shadow: inset 0 -2px 0 var(--warn); }
mark.hl[data-sev=info] { background: var(--info-bg); box-shadow: inset 0 -2px 0 var(--info); }
mark.hl.multi { box-shadow: inset 0 -4px 0 currentColor; }
mark.hl.point::before { content: "\\2038"; font-weight: 700; }
mark.hl.point[data-sev=error]::before { color: var(--err); }
mark.hl.point[data-sev=warning]::before { color: var(--warn); }
mark.hl.point[data-sev=info]::before { color: var(--info); }
mark.hl.off, mark.hl.off.multi { background: none; box-shadow: none; cursor: text; }
mark.hl.point.off::before { content: none; }
ol.notes { margin: 0; padding: 0 .2rem 0 0; list-style: none; display: grid; gap: .4rem;
  position: sticky; top: 7.5rem; max-height: calc(100vh - 8.5rem); overflow-y: auto; }
li.note { border: 1px solid var(--line); border-left: 4px solid var(--muted); border-radius: 4px; padding: .35rem .6rem;
  background: var(--side); font-size: .88rem; }
li.note[data-sev=error] { border-left-color: var(--err); }
li.note[data-sev=warning] { border-left-color: var(--warn); }
li.note[data-sev=info] { border-left-color: var(--info); }
li.note .loc { font-family: ui-monospace, Menlo, Consolas, monospace; color: var(--muted); }
li.note .sev { font-weight: 600; } li.note .rule { color: var(--muted); font-size: .8rem; }
li.note .sugg { color: #116329; } li.note .quote { color: var(--muted); font-style: italic; }
.flash { outline: 3px solid #8250df; outline-offset: 1px; transition: outline-color 1.5s; }
.clean, .nosource, .astext { color: var(--muted); }
[hidden] { display: none !important; }
@media print { header { position: static; } .filters, .toc { display: none; } .cols { grid-template-columns: 1fr; }
  ol.notes { position: static; max-height: none; overflow: visible; } }
"""

JS = """
(function () {
  "use strict";
  var rank = { info: 1, warning: 2, error: 3 };
  var notes = Array.prototype.slice.call(document.querySelectorAll("li.note"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var byId = {};
  notes.forEach(function (li) { byId[li.dataset.i] = li; });

  function ids(mark) { return mark.dataset.i.split(" "); }

  function apply() {
    var on = { sev: {}, cat: {}, rule: {} };
    boxes.forEach(function (b) { on[b.dataset.filter][b.value] = b.checked; });
    var shown = 0;
    notes.forEach(function (li) {
      var visible = on.sev[li.dataset.sev] !== false && on.cat[li.dataset.cat] !== false &&
        on.rule[li.dataset.rule] !== false;
      li.hidden = !visible;
      if (visible) { shown += 1; }
    });
    marks.forEach(function (m) {
      var best = "";
      ids(m).forEach(function (k) {
        var li = byId[k];
        if (li && !li.hidden && (!best || rank[li.dataset.sev] > rank[best])) { best = li.dataset.sev; }
      });
      if (best) { m.dataset.sev = best; m.classList.remove("off"); } else { m.classList.add("off"); }
    });
    Array.prototype.forEach.call(document.querySelectorAll("article.doc"), function (a) {
      var count = a.querySelector(".count");
      var total = Number(count.dataset.total);
      if (!total) { return; }
      if (!count.dataset.label) { count.dataset.label = count.textContent; }
      var n = a.querySelectorAll("li.note:not([hidden])").length;
      count.textContent = n === total ? count.dataset.label : n + " of " + total + " shown";
    });
    var label = document.getElementById("shown");
    if (label) { label.textContent = shown + " of " + notes.length + " issues shown"; }
  }

  function flash(el) {
    if (!el) { return; }
    el.classList.remove("flash");
    void el.offsetWidth;
    el.classList.add("flash");
    window.setTimeout(function () { el.classList.remove("flash"); }, 1600);
  }

  document.addEventListener("click", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.hl") : null;
    if (mark && !mark.classList.contains("off")) {
      var first = null;
      ids(mark).forEach(function (k) {
        var li = byId[k];
        if (li && !li.hidden) { flash(li); first = first || li; }
      });
      if (first) { first.scrollIntoView({ block: "nearest", behavior: "smooth" }); }
      return;
    }
    var loc = event.target.closest ? event.target.closest("a.loc") : null;
    if (loc) {
      event.preventDefault();
      var k = loc.parentNode.dataset.i;
      var target = marks.filter(function (m) { return ids(m).indexOf(k) >= 0; })[0];
      if (target) { target.scrollIntoView({ block: "center", behavior: "smooth" }); flash(target); }
    }
  });
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  apply();
  document.documentElement.dataset.ready = "1";
})();
"""
