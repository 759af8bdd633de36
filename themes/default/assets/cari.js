// Search for kinerja sites: prefix matching, case- and accent-insensitive.
// The page works without this script (A–Z index below the form).
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
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var indexed = entries.map(function (e) {
    return { e: e, words: fold(e.t + " " + e.c).split(/[^a-z0-9]+/).filter(Boolean) };
  });
  function search(q) {
    var terms = fold(q).split(/[^a-z0-9]+/).filter(Boolean);
    if (!terms.length) return [];
    return indexed.filter(function (x) {
      return terms.every(function (t) {
        return x.words.some(function (w) { return w.indexOf(t) === 0; });
      });
    }).slice(0, 50);
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
      var s = document.createElement("span");
      s.className = "muted";
      s.textContent = " " + x.e.k + " · " + x.e.c;
      li.appendChild(a);
      li.appendChild(s);
      ul.appendChild(li);
    });
    out.appendChild(ul);
  }
  form.addEventListener("submit", function (ev) { ev.preventDefault(); show(); });
  input.addEventListener("input", show);
  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { input.value = params.get("q"); show(); }
})();
