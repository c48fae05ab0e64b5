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
    // The page's language decides every word and number, whatever the browser's is.
    var lang = document.documentElement.lang === "en" ? "en" : "vi";
    function shown(n) { return String(n).replace(".", lang === "vi" ? "," : "."); }
    function say(key, values) {
      var text = form.dataset[key] || "";
      Object.keys(values || {}).forEach(function (k) { text = text.split("{" + k + "}").join(shown(values[k])); });
      return text;
    }
    // Why a value is refused, under its field (a red border alone says nothing).
    function problem(input, v) {
      var max = Number(input.dataset.max), step = Number(input.dataset.step);
      if (isNaN(v)) return say("msgNumber");
      if (v > max) return say("msgMax", { max: max });
      if (input.dataset.bandMin !== undefined &&
          (v < Number(input.dataset.bandMin) || v > Number(input.dataset.bandMax)))
        return say("msgBand", { min: input.dataset.bandMin, max: input.dataset.bandMax });
      if (Math.abs(v / step - Math.round(v / step)) > 1e-9) return say("msgStep", { step: step });
      return "";
    }
    function recount() {
      var sum = 0, bad = false;
      inputs.forEach(function (input) {
        var v = parse(input.value);
        var message = v === null ? "" : problem(input, v);
        var error = document.getElementById("err-" + input.id);
        if (error && (message || !input.dataset.serverError)) error.textContent = message;
        input.dataset.serverError = "";
        input.parentNode.classList.toggle("invalid", message !== "");
        if (message) input.setAttribute("aria-invalid", "true"); else input.removeAttribute("aria-invalid");
        if (v === null) return;
        if (!message) sum += v; else bad = true;
      });
      if (total) total.textContent = (Math.round(sum * 100) / 100).toLocaleString(lang === "vi" ? "vi-VN" : "en-GB");
      return !bad;
    }
    form.querySelectorAll("select[data-band-for]").forEach(function (select) {
      select.addEventListener("change", function () {
        var input = document.getElementById(select.dataset.bandFor);
        if (!select.value) { delete input.dataset.bandMin; delete input.dataset.bandMax; recount(); return; }
        var parts = select.value.split(":");
        input.dataset.bandMin = parts[0]; input.dataset.bandMax = parts[1];
        var v = parse(input.value);
        if (v === null || isNaN(v) || v < Number(parts[0]) || v > Number(parts[1])) input.value = shown(parts[1]);
        input.focus();
        recount(); schedule();
      });
    });
    // What is typed is kept on the device at every keystroke, so that a session that runs
    // out (a save refused 401, a submission sent to the sign-in page) loses nothing: back on
    // the sheet, what the server does not hold yet is put back, then saved.
    var key = "sangkien-sheet:" + form.dataset.owner + ":" + form.dataset.api;
    var comment = form.querySelector("#comment");
    var version = form.querySelector("input[name=version]");
    function snapshot() {
      var values = {};
      inputs.forEach(function (input) { values[input.name] = input.value; });
      return { values: values, comment: comment ? comment.value : "", version: Number(version.value) };
    }
    function keep() {
      if (form.dataset.readonly) return;
      try { localStorage.setItem(key, JSON.stringify(snapshot())); } catch (e) {}
    }
    function forget() { try { localStorage.removeItem(key); } catch (e) {} }
    function restore() {
      var kept = null;
      try { kept = JSON.parse(localStorage.getItem(key) || "null"); } catch (e) {}
      if (!kept || form.dataset.readonly || kept.version < Number(version.value)) { forget(); return false; }
      var now = snapshot(), differs = kept.comment !== now.comment;
      inputs.forEach(function (input) {
        if (kept.values[input.name] !== undefined && kept.values[input.name] !== input.value) differs = true;
      });
      if (!differs) { forget(); return false; }
      inputs.forEach(function (input) {
        if (kept.values[input.name] !== undefined) input.value = kept.values[input.name];
      });
      if (comment) comment.value = kept.comment;
      return true;
    }
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
      var sent = JSON.stringify(snapshot().values) + comment.value;
      saved.textContent = form.dataset.saving || "…";
      fetch(form.dataset.api, {
        method: "PUT", credentials: "same-origin",
        headers: {
          "Content-Type": "application/json", "Accept-Language": lang,
          "X-CSRF-Token": form.querySelector("input[name=csrf]").value
        },
        body: body
      }).then(function (response) {
        return response.json().then(function (json) { return { status: response.status, json: json }; });
      }).then(function (answer) {
        busy = false;
        if (answer.status === 200) {
          version.value = answer.json.version;
          saved.textContent = form.dataset.saved;
          if (JSON.stringify(snapshot().values) + comment.value === sent) forget(); else keep();
        } else if (answer.status === 401) {
          keep();
          saved.textContent = form.dataset.expired + " ";
          var again = document.createElement("a");
          again.href = form.dataset.signInUrl + "?next=" + encodeURIComponent(location.pathname);
          again.textContent = form.dataset.signIn;
          saved.appendChild(again);
        } else {
          saved.textContent = form.dataset.notSaved + ": " + (answer.json.error || String(answer.status));
        }
      }).catch(function () { busy = false; keep(); saved.textContent = "⚠ " + form.dataset.notSaved; });
    }
    inputs.forEach(function (input) {
      // A message the server wrote stays until the field is changed.
      var error = document.getElementById("err-" + input.id);
      if (error && error.textContent) input.dataset.serverError = "1";
      input.addEventListener("input", function () { keep(); recount(); schedule(); });
    });
    form.addEventListener("submit", keep);
    // The band chosen with each value (the server marks it) bounds the value again.
    form.querySelectorAll("select[data-band-for]").forEach(function (select) {
      if (!select.value) return;
      var input = document.getElementById(select.dataset.bandFor), parts = select.value.split(":");
      input.dataset.bandMin = parts[0]; input.dataset.bandMax = parts[1];
    });
    if (comment) comment.addEventListener("input", function () { keep(); schedule(); });
    var restored = restore();
    recount();
    if (restored) { saved.textContent = form.dataset.restored; schedule(); }
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
