(function () {
  "use strict";
  function parse(text) {
    var t = String(text || "").trim().replace(/\s/g, "").replace(",", ".");
    if (t === "") return null;
    return /^[0-9]+(\.[0-9]+)?$/.test(t) ? Number(t) : NaN;
  }
  function init() {
    var form = document.querySelector("form.sheet");
    if (!form) return;
    var inputs = form.querySelectorAll("input[data-points]");
    var total = document.getElementById("total");
    var saved = document.getElementById("saved");
    function recount() {
      var sum = 0, bad = false;
      inputs.forEach(function (input) {
        var v = parse(input.value);
        if (v === null) return;
        var max = Number(input.dataset.max), step = Number(input.dataset.step);
        var lo = input.dataset.bandMin !== undefined ? Number(input.dataset.bandMin) : 0;
        var hi = input.dataset.bandMax !== undefined ? Number(input.dataset.bandMax) : max;
        var ok = !isNaN(v) && v >= lo && v <= hi && Math.abs(v / step - Math.round(v / step)) < 1e-9;
        input.parentNode.classList.toggle("invalid", !ok);
        if (ok) sum += v; else bad = true;
      });
      if (total) total.textContent = (Math.round(sum * 100) / 100).toLocaleString(document.documentElement.lang === "vi" ? "vi-VN" : "en-GB");
      return !bad;
    }
    form.querySelectorAll("select[data-band-for]").forEach(function (select) {
      select.addEventListener("change", function () {
        var input = document.getElementById(select.dataset.bandFor);
        if (!select.value) { delete input.dataset.bandMin; delete input.dataset.bandMax; recount(); return; }
        var parts = select.value.split(":");
        input.dataset.bandMin = parts[0]; input.dataset.bandMax = parts[1];
        var v = parse(input.value);
        if (v === null || isNaN(v) || v < Number(parts[0]) || v > Number(parts[1])) input.value = parts[1].replace(".", document.documentElement.lang === "vi" ? "," : ".");
        input.focus();
        recount(); schedule();
      });
    });
    var timer = null, busy = false;
    function schedule() {
      if (form.dataset.readonly) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(save, 1200);
    }
    function save() {
      if (busy) { schedule(); return; }
      var points = {};
      inputs.forEach(function (input) {
        var v = parse(input.value);
        if (v !== null && !isNaN(v)) points[input.name.slice(7)] = v;
      });
      var body = JSON.stringify({
        points: points, comment: form.querySelector("#comment").value, submit: false,
        version: Number(form.querySelector("input[name=version]").value)
      });
      busy = true;
      saved.textContent = saved.dataset.saving || "…";
      fetch(form.dataset.api, {
        method: "PUT", credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": form.querySelector("input[name=csrf]").value },
        body: body
      }).then(function (response) {
        return response.json().then(function (json) { return { status: response.status, json: json }; });
      }).then(function (answer) {
        busy = false;
        if (answer.status === 200) {
          form.querySelector("input[name=version]").value = answer.json.version;
          saved.textContent = document.documentElement.lang === "vi" ? "đã lưu" : "saved";
        } else {
          saved.textContent = answer.json.error || String(answer.status);
        }
      }).catch(function () { busy = false; saved.textContent = "⚠"; });
    }
    inputs.forEach(function (input) { input.addEventListener("input", function () { recount(); schedule(); }); });
    var comment = form.querySelector("#comment");
    if (comment) comment.addEventListener("input", schedule);
    recount();
  }
  function live() {
    document.querySelectorAll("[data-refresh]").forEach(function (section) {
      var every = Number(section.dataset.every || 5000);
      function tick() {
        fetch(section.dataset.refresh, { credentials: "same-origin" }).then(function (response) {
          if (response.status !== 200) return null;
          return response.text();
        }).then(function (html) {
          if (html !== null && html !== undefined) section.innerHTML = html;
        }).catch(function () {}).then(function () { setTimeout(tick, every); });
      }
      setTimeout(tick, every);
    });
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
  }
  function start() { init(); live(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
