/* soat serve: upload files, show each as a document view, download the copies.
   The server keeps nothing: each download sends the file again. */
(function () {
  "use strict";

  var state = { files: [], current: null, seq: 0, maxBytes: 0 };
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function toast(message, bad) {
    var box = $("toast");
    box.textContent = message;
    box.classList.toggle("bad", !!bad);
    box.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { box.hidden = true; }, 6000);
  }

  function profile() { return $("profile").value; }

  function post(path, entry, extra) {
    var url = path + "?" + new URLSearchParams(Object.assign(
      profile() ? { profile: profile() } : {}, extra || {})).toString();
    return fetch(url, {
      method: "POST",
      body: entry.file,
      headers: {
        "Content-Type": "application/octet-stream",
        "X-Soat-Filename": encodeURIComponent(entry.file.name)
      }
    });
  }

  function problem(response) {
    return response.json().then(function (data) { return data.error; }, function () {
      return "Máy chủ trả lời lỗi " + response.status + ".";
    });
  }

  function badge(entry) {
    if (entry.status === "checking") return "đang kiểm tra…";
    if (entry.status !== "checked") return "không đọc được";
    var c = entry.counts;
    return c.error + " lỗi · " + c.warning + " cảnh báo";
  }

  function renderTabs() {
    var tabs = $("tabs");
    tabs.textContent = "";
    tabs.hidden = state.files.length === 0;
    state.files.forEach(function (entry) {
      var tab = el("button", {
        type: "button", "class": "tab tab-" + entry.status, role: "tab",
        "aria-selected": entry.id === state.current ? "true" : "false", "data-id": entry.id
      }, entry.file.name);
      tab.appendChild(el("span", { "class": "tab-badge" }, badge(entry)));
      tab.addEventListener("click", function () { show(entry.id); });
      tabs.appendChild(tab);
    });
  }

  function show(id) {
    state.current = id;
    $("dropzone").hidden = state.files.length > 0;
    state.files.forEach(function (entry) { entry.slot.hidden = entry.id !== id; });
    renderTabs();
  }

  function actions(entry) {
    var bar = el("div", { "class": "file-actions" });
    function button(label, title, handler, cls) {
      var b = el("button", { type: "button", "class": "btn " + (cls || ""), title: title }, label);
      b.addEventListener("click", function () { handler(b); });
      bar.appendChild(b);
      return b;
    }
    if (entry.status === "checked") {
      button("Tải bản có ghi chú", "Tải bản sao .docx có ghi chú (comment) Word tại từng vấn đề",
             function (b) { download(entry, "/api/annotate", {}, b); }, "primary");
      button("Tải bản đã sửa", "Tải bản sao .docx với các chỗ sửa chắc chắn, dạng thay đổi được theo dõi (Track Changes) để chấp nhận hoặc từ chối trong Word",
             function (b) { download(entry, "/api/fix", {}, b); });
      button("JSON", "Tải báo cáo dạng JSON", function (b) { download(entry, "/api/report", { format: "json" }, b); });
      button("SARIF", "Tải báo cáo dạng SARIF (cho công cụ quét mã)", function (b) { download(entry, "/api/report", { format: "sarif" }, b); });
    }
    button("Đóng", "Bỏ tệp này khỏi trang", function () { close(entry); }, "quiet");
    return bar;
  }

  function filename(response, fallback) {
    var header = response.headers.get("Content-Disposition") || "";
    var star = /filename\*=UTF-8''([^;]+)/i.exec(header);
    if (star) return decodeURIComponent(star[1]);
    var plain = /filename="([^"]+)"/i.exec(header);
    return plain ? plain[1] : fallback;
  }

  function download(entry, path, extra, button) {
    button.disabled = true;
    button.classList.add("busy");
    post(path, entry, extra).then(function (response) {
      if (!response.ok) return problem(response).then(function (m) { toast(m, true); });
      return response.blob().then(function (blob) {
        var link = el("a", { href: URL.createObjectURL(blob), download: filename(response, "soat") });
        document.body.appendChild(link);
        link.click();
        setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
        var fixed = response.headers.get("X-Soat-Fixed");
        var comments = response.headers.get("X-Soat-Comments");
        if (fixed !== null) {
          toast("Đã sửa " + fixed + " chỗ (thay đổi được theo dõi, tác giả soat)" +
                (Number(response.headers.get("X-Soat-Skipped")) ? ", bỏ qua " +
                 response.headers.get("X-Soat-Skipped") + " chỗ." : "."));
        } else if (comments !== null) {
          toast("Đã ghi " + comments + " ghi chú vào bản sao.");
        }
      });
    }, function () {
      toast("Không kết nối được với máy chủ soát.", true);
    }).then(function () {
      button.disabled = false;
      button.classList.remove("busy");
    });
  }

  function fill(entry, html) {
    entry.slot.innerHTML = html;
    var file = entry.slot.querySelector(".soat-file");
    if (!file) return;
    var head = file.querySelector(".file-head") || file.querySelector(".file-error");
    if (head) head.appendChild(actions(entry));
    window.SoatView.mount(file);
  }

  function failMessage(entry, message) {
    var box = el("section", { "class": "soat-file failed", "data-name": entry.file.name });
    var card = el("div", { "class": "file-error", role: "alert" });
    card.appendChild(el("h2", {}, "Không kiểm tra được tệp «" + entry.file.name + "»"));
    card.appendChild(el("p", {}, message));
    box.appendChild(card);
    entry.slot.textContent = "";
    entry.slot.appendChild(box);
    card.appendChild(actions(entry));
  }

  function check(entry) {
    entry.status = "checking";
    entry.slot.innerHTML = "";
    var wait = el("div", { "class": "checking" });
    wait.appendChild(el("span", { "class": "spinner", "aria-hidden": "true" }));
    wait.appendChild(el("span", {}, "Đang kiểm tra «" + entry.file.name + "»…"));
    entry.slot.appendChild(wait);
    renderTabs();
    if (state.maxBytes && entry.file.size > state.maxBytes) {
      entry.status = "failed";
      failMessage(entry, "Tệp lớn hơn " + Math.floor(state.maxBytes / 1048576) + " MB, không đọc.");
      renderTabs();
      return Promise.resolve();
    }
    return post("/api/check", entry).then(function (response) {
      if (!response.ok) {
        return problem(response).then(function (message) {
          entry.status = "failed";
          failMessage(entry, message);
        });
      }
      return response.json().then(function (data) {
        entry.status = data.status;
        entry.counts = data.counts;
        fill(entry, data.html);
      });
    }, function () {
      entry.status = "failed";
      failMessage(entry, "Không kết nối được với máy chủ soát. Hãy kiểm tra máy chủ còn chạy.");
    }).then(renderTabs);
  }

  function add(fileList) {
    var added = Array.prototype.slice.call(fileList || []);
    if (!added.length) return;
    var first = null;
    added.forEach(function (file) {
      var entry = { id: "f" + (++state.seq), file: file, status: "checking", counts: null };
      entry.slot = el("div", { "class": "slot", "data-id": entry.id });
      $("files").appendChild(entry.slot);
      state.files.push(entry);
      if (!first) first = entry;
      check(entry);
    });
    show(first.id);
  }

  function close(entry) {
    state.files = state.files.filter(function (other) { return other !== entry; });
    entry.slot.remove();
    entry.file = null;
    var next = state.files[state.files.length - 1];
    show(next ? next.id : null);
  }

  function loadInfo() {
    fetch("/api/info").then(function (r) { return r.json(); }).then(function (info) {
      state.maxBytes = info.max_bytes;
      $("version").textContent = "soát " + info.version;
      var select = $("profile");
      info.profiles.forEach(function (p) {
        select.appendChild(el("option", { value: p.name }, p.title + " (" + p.name + ")"));
      });
    }, function () {});
  }

  function init() {
    var input = $("file-input");
    [$("choose"), $("choose-main")].forEach(function (b) {
      b.addEventListener("click", function () { input.click(); });
    });
    input.addEventListener("change", function () { add(input.files); input.value = ""; });
    $("profile").addEventListener("change", function () {
      state.files.forEach(check);
    });
    var overlay = $("drop-overlay");
    var depth = 0;
    function hasFiles(event) {
      return event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, "Files") >= 0;
    }
    document.addEventListener("dragenter", function (event) {
      if (!hasFiles(event)) return;
      depth++;
      overlay.hidden = false;
    });
    document.addEventListener("dragleave", function () {
      depth = Math.max(0, depth - 1);
      if (!depth) overlay.hidden = true;
    });
    document.addEventListener("dragover", function (event) {
      if (hasFiles(event)) event.preventDefault();
    });
    document.addEventListener("drop", function (event) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      overlay.hidden = true;
      add(event.dataTransfer.files);
    });
    loadInfo();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
