// The query page: runs SPARQL against the endpoint and shows the results as a table.
// No libraries, no CDN: chancery serves this file itself. Every value is inserted as text, never as HTML.
(function () {
  "use strict";
  var script = document.getElementById("query-script");
  var endpoint = script.getAttribute("data-endpoint");
  var base = script.getAttribute("data-base");
  var root = script.getAttribute("data-root");
  var editor = document.getElementById("query-text");
  var output = document.getElementById("query-results");
  var status = document.getElementById("query-status");

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    for (var k in attrs || {}) node.setAttribute(k, attrs[k]);
    return node;
  }

  function localHref(iri) {
    return iri.indexOf(base) === 0 ? root + iri.substring(base.length) : iri;
  }

  function cell(term) {
    var td = el("td");
    if (!term) return td;
    if (term.type === "uri") {
      var href = localHref(term.value);
      if (/^(https?:)?\//.test(href)) td.appendChild(el("a", term.value, { href: href }));
      else td.textContent = term.value;
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) td.appendChild(el("span", " @" + term["xml:lang"], { "class": "hint" }));
    }
    return td;
  }

  function showTable(data, truncated) {
    output.textContent = "";
    if (typeof data.boolean === "boolean") {
      output.appendChild(el("p", data.boolean ? "true" : "false", { "class": "boolean-result" }));
      return;
    }
    var vars = data.head.vars, rows = data.results.bindings;
    var table = el("table", null, { "class": "results" });
    var head = el("tr");
    vars.forEach(function (v) { head.appendChild(el("th", v)); });
    table.appendChild(el("thead")).appendChild(head);
    var body = el("tbody");
    rows.forEach(function (row) {
      var tr = el("tr");
      vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
      body.appendChild(tr);
    });
    table.appendChild(body);
    output.appendChild(table);
    status.textContent = rows.length + " result" + (rows.length === 1 ? "" : "s") +
      (truncated ? " (truncated at " + truncated + ")" : "");
  }

  function showText(text) {
    output.textContent = "";
    output.appendChild(el("pre", text));
  }

  function run() {
    status.textContent = "running…";
    output.textContent = "";
    var body = new URLSearchParams();
    body.set("query", editor.value);
    fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded",
                 "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: body.toString()
    }).then(function (response) {
      var truncated = response.headers.get("Chancery-Result-Truncated");
      var type = response.headers.get("Content-Type") || "";
      return response.text().then(function (text) {
        if (!response.ok) {
          status.textContent = "failed (" + response.status + ")";
          output.appendChild(el("p", text, { "class": "error" }));
        } else if (type.indexOf("json") >= 0) {
          showTable(JSON.parse(text), truncated);
        } else {
          status.textContent = "done";
          showText(text);
        }
      });
    }).catch(function (error) {
      status.textContent = "failed";
      output.appendChild(el("p", String(error), { "class": "error" }));
    });
  }

  function savedText(button) {
    var box = document.getElementById(button.getAttribute("data-target"));
    return box.querySelector(".saved-text").textContent;
  }

  document.getElementById("run-query").addEventListener("click", run);
  editor.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
  });
  Array.prototype.forEach.call(document.querySelectorAll(".load-query"), function (b) {
    b.addEventListener("click", function () { editor.value = savedText(b); editor.focus(); });
  });
  Array.prototype.forEach.call(document.querySelectorAll(".run-saved"), function (b) {
    b.addEventListener("click", function () { editor.value = savedText(b); run(); });
  });
})();
