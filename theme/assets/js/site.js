// Progressive enhancements; every page works without this script.
// - copy-link controls beside each paragraph (¶) and quotation (¶, ❝ after an inline one), made
//   here; they copy the full URL of a paragraph or quotation (without script, the record's
//   statements list links each quotation)
// - "Cite this record" gets today's date as the access date, a copy button, and BibTeX and
//   CSL-JSON built here on demand (so no page carries them)
// - each statement gets a "Cite" control: its citation (speaker, words, record, permalink)
// - "Copy" buttons beside feed URLs
// - search boxes pointed at the site's search page (without script they go to a web search)
(function () {
  "use strict";

  function announce(message) {
    var toast = document.querySelector(".toast");
    if (!toast) return;
    toast.textContent = message;
    window.setTimeout(function () { toast.textContent = ""; }, 2500);
  }

  function copy(text, message) {
    if (!navigator.clipboard) return false;
    navigator.clipboard.writeText(text).then(
      function () { announce(message); },
      function () { announce("Could not copy; select the text instead."); });
    return true;
  }

  function button(label, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "copy";
    b.textContent = label;
    b.addEventListener("click", onClick);
    return b;
  }

  // Without script the search boxes send the query to a web search restricted to this site
  // (settings.yml's search_fallback); with it, they go to the site's own search page.
  document.querySelectorAll("form[data-action]").forEach(function (form) {
    form.setAttribute("action", form.getAttribute("data-action"));
    form.querySelectorAll("input[data-fallback]").forEach(function (input) { input.remove(); });
  });

  // The copy-link controls are made here: the HTML has only the ids, to keep pages small.
  function anchorLink(id, label, symbol) {
    var control = document.createElement("a");
    control.className = "anchor-link";
    control.href = "#" + id;
    control.setAttribute("aria-label", label + " " + id.slice(2));
    control.textContent = symbol;
    return control;
  }
  // A paragraph's or block quotation's at its end, before a nested list.
  document.querySelectorAll(".record .body [id^='p-'], .record .body blockquote[id^='q-']").forEach(function (passage) {
    var quotation = passage.id.charAt(0) === "q";
    var control = anchorLink(passage.id, quotation ? "Link to quotation" : "Link to paragraph", "\u00b6");
    passage.insertBefore(control, passage.querySelector(":scope > ul, :scope > ol"));
  });
  // An inline quotation's just after its closing mark.
  document.querySelectorAll(".record .body q[id^='q-']").forEach(function (quote) {
    var control = anchorLink(quote.id, "Link to quotation", "\u275d");
    control.classList.add("quote-link");
    quote.after(control);
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.anchor-link") : null;
    if (!link) return;
    var url = new URL(link.getAttribute("href"), window.location.href).href;
    if (copy(url, "Link copied")) {
      history.replaceState(null, "", url);
    }
  });

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  var now = new Date();
  var iso = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  var months = ["January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"];
  var long = now.getDate() + " " + months[now.getMonth()] + " " + now.getFullYear();
  document.querySelectorAll("[data-accessed]").forEach(function (el) {
    el.textContent = el.getAttribute("data-accessed") === "iso" ? iso : long;
  });

  document.querySelectorAll("button[data-copy]").forEach(function (b) {
    if (!navigator.clipboard) return;
    b.hidden = false;
    b.addEventListener("click", function () {
      var source = document.getElementById(b.getAttribute("data-copy"));
      if (source) copy(source.value || source.textContent, b.getAttribute("data-copied") || "Copied");
    });
  });

  var cite = document.getElementById("cite");
  if (!cite) return;
  // What the citation box does not carry, the page says once: title, date, address, language
  // (the page's: a record page is in the record's language), archive.
  function meta(selector, attribute) {
    var element = document.querySelector(selector);
    return element ? element.getAttribute(attribute) || "" : "";
  }
  // The source link of the fact box shows the publisher, or the host when there is none (then no .host beside it).
  var sourceLink = document.querySelector(".fact-box a.source");
  var data = {
    authors: cite.dataset.authors, event: (document.querySelector(".fact-box .event") || {}).textContent,
    publisher: cite.dataset.publisher || (sourceLink && sourceLink.parentNode.querySelector(".host") ? sourceLink.textContent : undefined),
    source: sourceLink ? sourceLink.getAttribute("href") : undefined,
    title: meta("meta[property='og:title']", "content"), url: meta("link[rel='canonical']", "href"),
    date: meta(".fact-box time[datetime]", "datetime"), recordLang: document.documentElement.lang,
    archive: meta("meta[property='og:site_name']", "content")
  };
  var recordText = document.getElementById("site-citation-text");

  // BibTeX's special characters, escaped so that a title cannot break the entry.
  function bib(value) {
    return String(value).replace(/[\\{}%&$#_~^]/g, function (c) {
      return c === "\\" ? "\\textbackslash{}" : c === "~" ? "\\textasciitilde{}" : c === "^" ? "\\textasciicircum{}" : "\\" + c;
    }).replace(/[\r\n]+/g, " ");
  }

  function authors() {
    return data.authors ? data.authors.split(/, and | and |, /) : [];
  }

  function bibtex() {
    var first = (authors()[0] || "ipr").split(" ")[0].replace(/[^A-Za-z0-9]/g, "").toLowerCase();
    var slug = data.url.replace(/\/$/, "").split("/").pop().replace(/[^A-Za-z0-9]/g, "");
    var key = (/^[A-Za-z]/.test(first) ? first : "ipr" + first) + data.date.slice(0, 4) + slug.slice(0, 24);
    var fields = [
      ["author", authors().map(function (n) { return "{" + bib(n) + "}"; }).join(" and "), true],
      ["title", "{" + bib(data.title) + "}", true],
      ["howpublished", data.event], ["date", data.date], ["year", data.date.slice(0, 4)],
      ["language", data.recordLang], ["publisher", data.publisher], ["note", data.source ? "Original: " + data.source : null],
      ["organization", data.archive], ["url", data.url], ["urldate", iso]
    ];
    return "@misc{" + key + ",\n" + fields.filter(function (f) { return f[1]; }).map(function (f) {
      return "  " + f[0] + " = {" + (f[2] ? f[1] : bib(f[1])) + "}";
    }).join(",\n") + "\n}\n";
  }

  function cslJson() {
    var parts = function (d) { return [d.split("-").map(Number)]; };
    var item = {
      id: data.url, type: "speech", title: data.title,
      author: authors().map(function (n) { return { literal: n }; }),
      issued: { "date-parts": parts(data.date) }, accessed: { "date-parts": parts(iso) },
      URL: data.url, language: data.recordLang, "container-title": data.archive
    };
    if (data.event) item.event = data.event;
    if (data.publisher) item.publisher = data.publisher;
    if (data.source) item.source = data.source;
    return JSON.stringify([item], null, 2) + "\n";
  }

  // Shows text in a read-only box below the citation, with a button that copies it.
  var output = document.createElement("div");
  output.className = "cite-output";
  output.hidden = true;
  cite.appendChild(output);
  function show(label, text) {
    output.textContent = "";
    var area = document.createElement("textarea");
    area.id = "site-cite-output";
    area.readOnly = true;
    area.rows = Math.min(14, text.split("\n").length + 1);
    area.value = text;
    var caption = document.createElement("label");
    caption.htmlFor = area.id;
    caption.textContent = label;
    output.append(caption, area, button("Copy " + label, function () { copy(text, label + " copied"); }));
    output.hidden = false;
    area.focus();
    area.select();
  }

  var actions = cite.querySelector(".cite-actions");
  actions.append(
    button("Copy citation", function () { copy(recordText.textContent, "Citation copied"); }),
    " ",
    button("BibTeX", function () { show("BibTeX", bibtex()); }),
    " ",
    button("CSL-JSON", function () { show("CSL-JSON", cslJson()); }));

  // Who a statement's citation names, read from its entry ("‘words…’ — Name, Role, Organisation"):
  // "Name (Role, Organisation)", the name alone, or "Unattributed" when no speaker is linked.
  function citedAs(entry) {
    var speaker = entry.querySelectorAll("a")[1];
    if (!speaker) return "Unattributed";
    var detail = "";
    for (var node = speaker.nextSibling; node && node.nodeName !== "BUTTON"; node = node.nextSibling) {
      detail += node.textContent;
    }
    detail = detail.replace(/^\s*,\s*/, "").replace(/\s+/g, " ").trim();
    return speaker.textContent + (detail ? " (" + detail + ")" : "");
  }

  // The quotation's words as printed: without its marks, copy-link control or closing punctuation.
  function quotedWords(quote) {
    if (!quote) return "";
    var copy = quote.cloneNode(true);
    copy.querySelectorAll(".anchor-link").forEach(function (control) { control.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim().replace(/^[“"‘']+|[”"’']+$/g, "").replace(/[,;:]+$/, "");
  }

  // A statement's citation: its speaker and words in place of the record's authors and title,
  // "in" the record, and its permalink (#q-N: the stylesheet highlights it) in place of the record's address.
  function quotationCitation(entry) {
    var anchor = entry.querySelector("a").getAttribute("href");
    var text = recordText.textContent;
    var rest = data.authors && text.indexOf(data.authors + ", ") === 0 ? text.slice(data.authors.length + 2) : text;
    rest = rest.replace("<" + data.url + ">", "<" + data.url + anchor + ">");
    return citedAs(entry) + ", \u2018" + quotedWords(document.getElementById(anchor.slice(1))) + "\u2019, in " + rest;
  }

  // An entry of "Statements in this record": its link to the quotation, then its speaker's, if any.
  document.querySelectorAll(".statements ol > li").forEach(function (entry, i) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "cite-quote";
    b.textContent = "Cite";
    b.setAttribute("aria-label", "Cite statement " + (i + 1));
    entry.append(" ", b);
    b.addEventListener("click", function () {
      var text = quotationCitation(entry);
      copy(text, "Citation copied");
      show("Citation of the statement", text);
    });
  });
})();
