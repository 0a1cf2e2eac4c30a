// The report's only script: smooth cross-links and a flash on what a link points to.
// Every link is a plain in-page anchor, so the page still works with scripts off.
(function () {
  "use strict";
  var errors = [];
  window.addEventListener("error", function (ev) {
    errors.push(String(ev.message));
    document.body.setAttribute("data-errors", errors.join(" | "));
  });

  function flash(elements) {
    elements.forEach(function (el) {
      el.classList.remove("flash");
      void el.offsetWidth;  // reading layout restarts the animation when flashed twice
      el.classList.add("flash");
    });
  }

  // Every highlighted piece of the text that belongs to the card with this DOM id.
  function pieces(fact) {
    var all = document.querySelectorAll("#article-text [data-f]");
    return Array.prototype.filter.call(all, function (el) { return el.getAttribute("data-f") === fact; });
  }

  function go(targetId, extra) {
    var target = document.getElementById(targetId);
    if (!target) { return false; }
    target.scrollIntoView({ behavior: "smooth", block: "center" });
    history.replaceState(null, "", "#" + targetId);
    flash([target].concat(extra));
    return true;
  }

  function wireLink(a) {
    a.addEventListener("click", function (ev) {
      var href = a.getAttribute("href") || "";
      if (href.charAt(0) !== "#") { return; }
      var goto = a.getAttribute("data-goto");
      if (go(decodeURIComponent(href.slice(1)), goto ? pieces(goto) : [])) { ev.preventDefault(); }
    });
  }

  function wireMark(mark) {
    mark.addEventListener("click", function (ev) {
      if (ev.target.closest("a")) { return; }
      ev.stopPropagation();
      var fact = mark.getAttribute("data-f");
      if (go(fact, pieces(fact))) { ev.preventDefault(); }
    });
  }

  function wire() {
    var links = document.querySelectorAll('a[href^="#"]');
    var marks = document.querySelectorAll("#article-text mark[data-f]");
    Array.prototype.forEach.call(links, wireLink);
    Array.prototype.forEach.call(marks, wireMark);
    if (location.hash.length > 1) {
      // Opened at an anchor: flash the card and its words, or the words of the span.
      var id = decodeURIComponent(location.hash.slice(1));
      var target = document.getElementById(id);
      var fact = target && (target.getAttribute("data-f") || id);
      if (fact) { go(id, pieces(fact)); }
    }
    document.body.setAttribute("data-wired", String(links.length + marks.length));
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", wire);
  } else {
    wire();
  }
})();
