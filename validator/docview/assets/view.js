/* soat document view: filter, regroup and follow findings. No dependency, no network. */
(function () {
  "use strict";

  function q(root, selector) { return root.querySelector(selector); }
  function qa(root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); }
  function attr(value) { return window.CSS && CSS.escape ? CSS.escape(value) : String(value).replace(/"/g, '\\"'); }

  function scrollTo(el) {
    el.scrollIntoView({ block: "center" });
  }

  function flash(el) {
    el.classList.remove("flash");
    void el.offsetWidth;
    el.classList.add("flash");
    setTimeout(function () { el.classList.remove("flash"); }, 1600);
  }

  function fillDoc(file, detail) {
    var box = q(detail, "details.d-doc");
    if (!box || q(box, "pre")) return;
    var doc = q(file, '.rule-docs pre[data-rule="' + attr(box.dataset.rule) + '"]');
    if (doc) box.appendChild(doc.cloneNode(true));
  }

  function select(file, v, scrollDoc, scrollList) {
    file.dataset.current = v;
    qa(file, ".current").forEach(function (el) { el.classList.remove("current"); });
    qa(file, ".f-list .detail").forEach(function (d) { d.hidden = true; });
    var list = q(file, ".f-list:not([hidden])");
    var item = list && q(list, '.f[data-v="' + attr(v) + '"]');
    var detail = q(file, '.detail[data-v="' + attr(v) + '"]');
    if (item) {
      item.classList.add("current");
      if (detail) {
        fillDoc(file, detail);
        item.appendChild(detail);
        detail.hidden = false;
      }
      if (scrollList) item.scrollIntoView({ block: "nearest" });
      if (detail) detail.scrollIntoView({ block: "nearest" });
    }
    var targets = qa(file, '.doc [data-v~="' + attr(v) + '"]');
    targets.forEach(function (el) { el.classList.add("current"); });
    if (scrollDoc && targets.length) { scrollTo(targets[0]); flash(targets[0]); }
  }

  function goTo(file, key) {
    var el = q(file, '.doc [data-k="' + attr(key) + '"]');
    if (el) { scrollTo(el); flash(el); }
  }

  function show(file, v) {
    var el = q(file, '.doc [data-v~="' + attr(v) + '"]');
    if (el) { scrollTo(el); flash(el); }
  }

  function mount(file) {
    if (file.dataset.mounted) return;
    file.dataset.mounted = "1";
    var side = q(file, ".side");
    var pane = q(file, ".doc-pane");
    if (!side) return;
    qa(side, "input[data-sev]").forEach(function (box) {
      box.addEventListener("change", function () {
        file.classList.toggle("hide-" + box.dataset.sev, !box.checked);
      });
    });
    qa(side, ".grouping button").forEach(function (button) {
      button.addEventListener("click", function () {
        qa(side, ".grouping button").forEach(function (other) {
          other.setAttribute("aria-pressed", other === button ? "true" : "false");
        });
        qa(side, ".f-list").forEach(function (list) {
          list.hidden = list.dataset.group !== button.dataset.group;
        });
        if (file.dataset.current) select(file, file.dataset.current, false, true);
      });
    });
    side.addEventListener("click", function (event) {
      var go = event.target.closest("[data-goto]");
      if (go) { event.preventDefault(); goTo(file, go.dataset.goto); return; }
      var again = event.target.closest("[data-show]");
      if (again) { event.preventDefault(); show(file, again.dataset.show); return; }
      var button = event.target.closest(".f-btn");
      if (button) select(file, button.parentNode.dataset.v, true, false);
    });
    if (pane) {
      pane.addEventListener("click", function (event) {
        var go = event.target.closest("[data-goto]");
        if (go) { event.preventDefault(); goTo(file, go.dataset.goto); return; }
        var hit = event.target.closest("[data-v]");
        if (hit && pane.contains(hit)) {
          var ids = hit.dataset.v.split(" ");
          var next = ids[(ids.indexOf(file.dataset.current) + 1) % ids.length];
          select(file, next, false, true);
        }
      });
    }
  }

  function mountAll(root) {
    qa(root || document, ".soat-file").forEach(mount);
  }

  function showFile(index) {
    qa(document, ".tabs .tab").forEach(function (tab) {
      tab.setAttribute("aria-selected", tab.dataset.file === String(index) ? "true" : "false");
    });
    qa(document, ".files > .soat-file").forEach(function (file, i) {
      file.hidden = i !== Number(index);
    });
  }

  document.addEventListener("click", function (event) {
    var tab = event.target.closest && event.target.closest(".tabs .tab[data-file]");
    if (tab && document.body.classList.contains("report")) showFile(tab.dataset.file);
  });

  window.SoatView = { mount: mount, mountAll: mountAll, select: select };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { mountAll(); });
  } else {
    mountAll();
  }
})();
