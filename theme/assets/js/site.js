// Progressive enhancements; every page works without this script.
// - copy-link controls (¶) copy the full URL of a paragraph or quotation
// - "Cite this" gets today's date as the access date, and copy buttons
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

  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (source) copy(source.textContent, "Citation copied");
    });
  });
})();
