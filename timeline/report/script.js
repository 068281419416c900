// Filters, search and sorting for the events tables. The page reads the
// same without this script: it only shows the filter form and turns the
// column headings into buttons. Filters can be set from the address too:
// report.html?q=ceasefire&actor=vladimir-putin&kind=meeting&status=occurred
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var tables = document.querySelectorAll("table.events");
  if (!form || tables.length === 0) {
    return;
  }
  var rows = [];
  tables.forEach(function (t) {
    Array.prototype.forEach.call(t.tBodies[0].rows, function (r, i) {
      r.dataset.order = String(i);
      rows.push({ row: r, text: r.textContent.toLowerCase() });
    });
  });

  function apply() {
    var words = form.elements.q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var actor = form.elements.actor.value;
    var kind = form.elements.kind.value;
    var status = form.elements.status.value;
    var shown = 0;
    rows.forEach(function (it) {
      var d = it.row.dataset;
      var ok = (!actor || (" " + d.actors + " ").indexOf(" " + actor + " ") >= 0) &&
        (!kind || d.kind === kind) && (!status || d.status === status) &&
        words.every(function (w) { return it.text.indexOf(w) >= 0; });
      it.row.hidden = !ok;
      if (ok) {
        shown++;
      }
    });
    form.elements.count.value = shown + " of " + rows.length + " events shown";
  }

  function compare(a, b, key) {
    var x = a.dataset[key] || "", y = b.dataset[key] || "";
    if (key === "sources") {
      return Number(x) - Number(y);
    }
    return x < y ? -1 : x > y ? 1 : 0;
  }

  function sortBy(th) {
    var key = th.dataset.sort;
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    var tbody = th.closest("table").tBodies[0];
    var list = Array.prototype.slice.call(tbody.rows);
    list.sort(function (a, b) {
      return compare(a, b, key) * dir || Number(a.dataset.order) - Number(b.dataset.order);
    });
    list.forEach(function (r) { tbody.appendChild(r); });
    th.closest("tr").querySelectorAll("th[data-sort]").forEach(function (h) {
      h.setAttribute("aria-sort", "none");
    });
    th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
  }

  // The headings themselves take the clicks: a button inside a heading
  // goes blank where a printed table repeats its header on a new page.
  document.querySelectorAll("table.events th[data-sort]").forEach(function (th) {
    th.tabIndex = 0;
    th.title = "Sort by " + th.textContent.toLowerCase();
    th.setAttribute("aria-sort", "none");
    th.addEventListener("click", function () { sortBy(th); });
    th.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        sortBy(th);
      }
    });
  });

  var params = new URLSearchParams(window.location.search);
  ["q", "actor", "kind", "status"].forEach(function (name) {
    if (params.has(name)) {
      form.elements[name].value = params.get(name);
    }
  });
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
})();
