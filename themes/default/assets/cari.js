// Search for kinerja sites: word-prefix matching, case- and accent-insensitive,
// results ranked by where the words matched (a short form or the name before
// an earlier name, a name before its context). The page works without this
// script (the A-Z index below the form).
(function () {
  "use strict";
  var data = document.getElementById("indeks-cari");
  var form = document.getElementById("form-cari");
  var input = document.getElementById("q");
  var out = document.getElementById("hasil");
  if (!data || !form || !input || !out) return;
  var root = form.getAttribute("data-root") || "";
  var entries;
  try { entries = JSON.parse(data.textContent); } catch (e) { return; }
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function words(s) { return fold(s).split(/[^a-z0-9]+/).filter(Boolean); }
  var indexed = entries.map(function (e) {
    var years = (e.y || []).map(function (y) { return String(y.y); });
    return {
      e: e,
      title: words(e.t),
      titleText: fold(e.t),
      abbr: words(e.a),
      other: words(e.x),
      context: words(e.c).concat(years)
    };
  });
  function prefixed(list, t) {
    return list.some(function (w) { return w.indexOf(t) === 0; });
  }
  // Score of one entry for the terms, or -1 when a term matches nowhere.
  function score(x, terms, whole) {
    var s = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      if (x.abbr.indexOf(t) >= 0) s += 100;
      else if (x.title.indexOf(t) >= 0) s += 60;
      else if (prefixed(x.title, t)) s += 40;
      else if (prefixed(x.abbr, t)) s += 30;
      else if (prefixed(x.other, t)) s += 20;
      else if (prefixed(x.context, t)) s += 5;
      else return -1;
    }
    if (x.titleText === whole) s += 200;
    else if (x.titleText.indexOf(whole) === 0) s += 50;
    // A shorter name matched by the same words is the closer match.
    return s - x.title.length / 100;
  }
  function search(q) {
    var terms = words(q);
    if (!terms.length) return [];
    var whole = fold(q).trim();
    var found = [];
    indexed.forEach(function (x, n) {
      var s = score(x, terms, whole);
      if (s >= 0) found.push({ x: x, s: s, n: n });
    });
    found.sort(function (a, b) {
      return b.s - a.s || a.x.e.r - b.x.e.r || a.n - b.n;
    });
    return found.slice(0, 50).map(function (f) { return f.x; });
  }
  function show() {
    var q = input.value;
    var found = search(q);
    out.textContent = "";
    if (!q.trim()) return;
    var p = document.createElement("p");
    p.textContent = found.length + " " + (out.getAttribute("data-found") || "");
    out.appendChild(p);
    var ul = document.createElement("ul");
    found.forEach(function (x) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + x.e.u;
      a.textContent = x.e.t;
      li.appendChild(a);
      var s = document.createElement("span");
      s.className = "muted";
      s.textContent = " " + x.e.k + " · " + x.e.c + (x.e.a ? " · " + x.e.a : "");
      li.appendChild(s);
      if (x.e.y && x.e.y.length) {
        var years = document.createElement("span");
        years.className = "years-of";
        x.e.y.forEach(function (y) {
          years.appendChild(document.createTextNode(" "));
          var ya = document.createElement("a");
          ya.href = root + y.u;
          ya.textContent = y.y;
          years.appendChild(ya);
        });
        li.appendChild(years);
      }
      ul.appendChild(li);
    });
    out.appendChild(ul);
  }
  form.addEventListener("submit", function (ev) { ev.preventDefault(); show(); });
  input.addEventListener("input", show);
  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { input.value = params.get("q"); show(); }
})();
