/* complaint-lint report: sorting and filtering the network grid, and keeping that
   state (and the section being read) when the reader switches language.
   Reads only the report's own data-* attributes and never writes HTML. */
(function () {
  "use strict";

  function params() {
    var out = {};
    var hash = window.location.hash.replace(/^#/, "");
    if (hash.indexOf("=") < 0) { return out; }
    hash.split("&").forEach(function (pair) {
      var kv = pair.split("=");
      if (kv.length === 2) { out[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1]); }
    });
    return out;
  }

  function setHash(state) {
    var parts = [];
    Object.keys(state).forEach(function (k) {
      if (state[k]) { parts.push(encodeURIComponent(k) + "=" + encodeURIComponent(state[k])); }
    });
    var hash = parts.length ? "#" + parts.join("&") : "";
    try {
      window.history.replaceState(null, "", window.location.pathname + window.location.search + hash);
    } catch (e) { /* some browsers refuse on file://: the state is then not kept */ }
  }

  /* Language links carry the hash: the grid's state or the section being read. */
  function keepHashOnLanguageSwitch() {
    document.querySelectorAll("a[data-lang-link]").forEach(function (a) {
      a.addEventListener("click", function () {
        var base = a.getAttribute("href").split("#")[0];
        a.setAttribute("href", base + window.location.hash);
      });
    });
  }

  /* A link to a folded criterion (#rule-...) unfolds it. */
  function openTarget() {
    var id = window.location.hash.replace(/^#/, "");
    if (!id || id.indexOf("=") >= 0) { return; }
    var target = document.getElementById(decodeURIComponent(id));
    if (target && target.tagName === "DETAILS") { target.open = true; }
  }

  function setupGrid(grid) {
    var tbody = grid.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    var form = document.getElementById("filters");
    var status = document.getElementById("f-status");
    var failing = document.getElementById("f-failing");
    var shown = document.getElementById("shown");
    var state = params();

    function score(row) {
      var v = row.getAttribute("data-score");
      return v === "" ? -1 : parseFloat(v);
    }

    function sort(key, direction) {
      var factor = direction === "descending" ? -1 : 1;
      var sorted = rows.slice().sort(function (a, b) {
        var d = key === "score" ? score(a) - score(b)
          : a.getAttribute("data-name").localeCompare(b.getAttribute("data-name"));
        return d * factor || rows.indexOf(a) - rows.indexOf(b);
      });
      sorted.forEach(function (row) { tbody.appendChild(row); });
      grid.querySelectorAll("th[data-sort-key]").forEach(function (th) {
        th.setAttribute("aria-sort", th.getAttribute("data-sort-key") === key ? direction : "none");
      });
      state.sort = key + "-" + (direction === "descending" ? "desc" : "asc");
    }

    function filter() {
      var wantStatus = status.value;
      var wantFailing = failing.value;
      var count = 0;
      rows.forEach(function (row) {
        var fails = (row.getAttribute("data-failing") || "").split(" ");
        var visible = (!wantStatus || row.getAttribute("data-status") === wantStatus) &&
          (!wantFailing || fails.indexOf(wantFailing) >= 0);
        row.hidden = !visible;
        if (visible) { count += 1; }
      });
      shown.textContent = shown.getAttribute("data-template")
        .replace("{shown}", String(count)).replace("{total}", String(rows.length));
      state.status = wantStatus;
      state.failing = wantFailing;
    }

    grid.querySelectorAll("button[data-sort]").forEach(function (button) {
      button.addEventListener("click", function () {
        var key = button.getAttribute("data-sort");
        var th = button.closest("th");
        var current = th.getAttribute("aria-sort");
        var next = current === "ascending" ? "descending"
          : current === "descending" ? "ascending" : (key === "score" ? "descending" : "ascending");
        sort(key, next);
        setHash(state);
      });
    });

    [status, failing].forEach(function (select) {
      select.addEventListener("change", function () { filter(); setHash(state); });
    });

    function hasOption(select, value) {
      return Array.prototype.some.call(select.options, function (o) { return o.value === value; });
    }
    if (state.status && hasOption(status, state.status)) { status.value = state.status; }
    if (state.failing && hasOption(failing, state.failing)) { failing.value = state.failing; }
    var m = /^(name|score)-(asc|desc)$/.exec(state.sort || "");
    if (m) { sort(m[1], m[2] === "desc" ? "descending" : "ascending"); }
    form.hidden = false;
    filter();
  }

  function start() {
    keepHashOnLanguageSwitch();
    openTarget();
    window.addEventListener("hashchange", openTarget);
    var grid = document.getElementById("grid");
    if (grid && grid.tBodies.length) { setupGrid(grid); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
