import Foundation
import Mustache
import SangKienInterchange
import SangKienModel

/// The pages' templates, CSS and script. Every value goes through the template engine's
/// escaping by Unicode scalar (`SafeMustache`); `{{{…}}}` takes only HTML these templates
/// made.
enum Templates {
  static let layout = """
    <!doctype html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · {{app}}</title>
    <link rel="stylesheet" href="/static/app.css">
    <script src="/static/app.js" defer></script>
    </head>
    <body>
    <header class="top">
      <a class="brand" href="/">{{app}}</a>
      {{#signedIn}}
      {{#staff}}<nav class="staff" aria-label="{{navLabel}}"><a href="/progress">{{navProgress}}</a> <a href="/entries">{{navRegister}}</a> <a href="/ranking">{{navRanking}}</a> <a href="/statistics">{{navStatistics}}</a> <a href="/uploads">{{navUploads}}</a> <a href="/jury">{{navJury}}</a> <a href="/rounds">{{navRounds}}</a></nav>{{/staff}}
      <span class="who">{{name}}</span>
      <form method="post" action="/sign-out" class="inline">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <button type="submit" class="link">{{signOut}}</button>
      </form>
      {{/signedIn}}
      <a class="lang" href="?lang={{otherLang}}">{{otherLangName}}</a>
    </header>
    <main id="main">
    {{{content}}}
    </main>
    </body>
    </html>
    """

  static let signIn = """
    <h1>{{heading}}</h1>
    {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
    <form method="post" action="/sign-in" class="card narrow">
      <input type="hidden" name="csrf" value="{{csrf}}">
      <label for="login">{{loginLabel}}</label>
      <input id="login" name="login" autocomplete="username" required value="{{login}}">
      <label for="password">{{passwordLabel}}</label>
      <input id="password" name="password" type="password" autocomplete="current-password">
      <label for="code">{{codeLabel}}</label>
      <input id="code" name="code" autocomplete="one-time-code" aria-describedby="code-hint">
      <p id="code-hint" class="hint">{{codeHint}}</p>
      <button type="submit">{{submit}}</button>
    </form>
    """

  static let password = """
    <h1>{{heading}}</h1>
    <p>{{intro}}</p>
    {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
    <form method="post" action="/password" class="card narrow">
      <input type="hidden" name="csrf" value="{{csrf}}">
      {{#askCurrent}}<label for="current">{{currentLabel}}</label>
      <input id="current" name="current" type="password" autocomplete="current-password" required>{{/askCurrent}}
      <label for="new_password">{{newLabel}}</label>
      <input id="new_password" name="new_password" type="password" autocomplete="new-password" minlength="10" required aria-describedby="pw-hint">
      <p id="pw-hint" class="hint">{{hint}}</p>
      <label for="confirm">{{confirmLabel}}</label>
      <input id="confirm" name="confirm" type="password" autocomplete="new-password" minlength="10" required>
      <button type="submit">{{submit}}</button>
    </form>
    """

  static let worklist = """
    <h1>{{heading}}</h1>
    <p class="round">{{roundLine}}</p>
    <p><label for="progress">{{progressLabel}}</label>
    <progress id="progress" max="{{count}}" value="{{submitted}}">{{submitted}}/{{count}}</progress>
    <span class="count">{{progressText}}</span></p>
    {{^entries}}<p>{{empty}}</p>{{/entries}}
    <ul class="worklist">
    {{#entries}}
      <li class="card entry state-{{state}}">
        <div class="line"><a class="code" href="{{href}}">{{code}}</a>
        <span class="badge">{{stateLabel}}</span>{{#total}}<span class="total">{{total}}</span>{{/total}}</div>
        <h2><a href="{{href}}">{{title}}</a></h2>
        <p class="summary">{{summary}}</p>
        {{#hasFiles}}<ul class="files">
        {{#files}}<li><a href="{{href}}">{{name}}</a> <span class="hint">{{size}}</span></li>{{/files}}
        </ul>{{/hasFiles}}
      </li>
    {{/entries}}
    </ul>
    """

  static let sheet = """
    <p><a href="/worklist?round={{round}}">← {{back}}</a></p>
    <h1><span class="code">{{code}}</span> {{title}}</h1>
    <p class="summary">{{summary}}</p>
    {{#hasFiles}}<h2>{{filesHeading}}</h2><ul class="files">
    {{#files}}<li><a href="{{href}}">{{name}}</a> <span class="hint">{{size}}</span></li>{{/files}}
    </ul>{{/hasFiles}}
    {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
    {{#error}}<div class="error" role="alert"><p>{{error}}</p>{{#stored}}<p class="stored">{{stored}}</p>{{/stored}}
    {{#hasFieldErrors}}<ul>{{#fieldErrors}}<li><a href="#{{anchor}}">{{message}}</a></li>{{/fieldErrors}}</ul>{{/hasFieldErrors}}</div>{{/error}}
    <p class="state">{{stateLine}}</p>
    <form method="post" action="/sheets/{{round}}/{{code}}" class="card sheet" data-api="/api/v1/rounds/{{round}}/sheets/{{code}}" {{#readOnly}}data-readonly="1"{{/readOnly}}>
      <input type="hidden" name="csrf" value="{{csrf}}">
      <input type="hidden" name="version" value="{{version}}">
      {{#groups}}
      <fieldset>
        <legend>{{name}} <span class="hint">({{maxText}})</span></legend>
        {{#leaves}}
        <div class="criterion{{#invalid}} invalid{{/invalid}}">
          <label for="{{anchor}}">{{name}} <span class="hint">{{rangeText}}</span></label>
          {{#hasBands}}<select id="band-{{anchor}}" data-band-for="{{anchor}}" aria-label="{{bandLabel}}" {{#readOnly}}disabled{{/readOnly}}>
            <option value="">{{chooseBand}}</option>
            {{#bands}}<option value="{{min}}:{{max}}">{{text}}</option>{{/bands}}
          </select>{{/hasBands}}
          <input id="{{anchor}}" name="points.{{id}}" value="{{value}}" inputmode="decimal" autocomplete="off"
            data-points data-min="0" data-max="{{max}}" data-step="{{step}}" aria-describedby="err-{{anchor}}" {{#readOnly}}readonly{{/readOnly}}>
          <span id="err-{{anchor}}" class="field-error">{{message}}</span>
        </div>
        {{/leaves}}
      </fieldset>
      {{/groups}}
      <p class="total">{{totalLabel}}: <output id="total" aria-live="polite">{{total}}</output> / {{maximum}}</p>
      <label for="comment">{{commentLabel}}</label>
      <textarea id="comment" name="comment" rows="4" maxlength="4000" {{#readOnly}}readonly{{/readOnly}}>{{comment}}</textarea>
      {{^readOnly}}
      <p class="actions">
        <button type="submit" name="action" value="save" class="secondary">{{saveLabel}}</button>
        <button type="submit" name="action" value="submit">{{submitLabel}}</button>
        <span id="saved" class="hint" aria-live="polite"></span>
      </p>
      {{/readOnly}}
    </form>
    {{^readOnly}}
    <details class="card">
      <summary>{{conflictHeading}}</summary>
      <form method="post" action="/sheets/{{round}}/{{code}}/conflict">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <p class="hint">{{conflictHint}}</p>
        <label for="reason">{{reasonLabel}}</label>
        <textarea id="reason" name="reason" rows="2" required maxlength="1000"></textarea>
        <button type="submit" class="secondary">{{conflictButton}}</button>
      </form>
    </details>
    {{/readOnly}}
    """

  static let message = """
    <h1>{{heading}}</h1>
    <p class="{{#ok}}notice{{/ok}}{{^ok}}error{{/ok}}" role="{{#ok}}status{{/ok}}{{^ok}}alert{{/ok}}">{{message}}</p>
    <p><a href="/">{{home}}</a></p>
    """

  static let css = """
    :root { --ink: #1b2430; --muted: #5b6675; --line: #d5dbe3; --accent: #0b5cad; --bad: #b00020; --ok: #1b7a3a; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); background: #f5f7fa; }
    .top { display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; font-size: .95rem; padding: .6rem 1rem; background: #fff; border-bottom: 1px solid var(--line); }
    .brand { font-weight: 700; color: var(--ink); text-decoration: none; margin-right: auto; }
    .who { color: var(--muted); }
    main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
    h1 { font-size: 1.4rem; margin: .5rem 0 1rem; }
    h2 { font-size: 1.1rem; margin: .3rem 0; }
    a { color: var(--accent); }
    .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem; margin-bottom: 1rem; }
    .narrow { max-width: 26rem; }
    label { display: block; font-weight: 600; margin-top: .8rem; }
    input, select, textarea, button { font: inherit; }
    input, select, textarea { width: 100%; padding: .5rem; border: 1px solid #9aa5b4; border-radius: 6px; background: #fff; }
    input:focus, select:focus, textarea:focus, button:focus, a:focus { outline: 3px solid #ffbf47; outline-offset: 1px; }
    button { margin-top: 1rem; padding: .55rem 1.1rem; border: 0; border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; }
    button.secondary { background: #e8eef6; color: var(--ink); border: 1px solid #9aa5b4; }
    button.link { background: none; color: var(--accent); padding: 0; margin: 0; text-decoration: underline; }
    form.inline { display: inline; }
    .hint { color: var(--muted); font-weight: normal; font-size: .9rem; }
    .error { color: var(--bad); }
    .field-error { color: var(--bad); display: block; min-height: 1.2em; font-size: .9rem; }
    .criterion.invalid input { border-color: var(--bad); border-width: 2px; }
    .notice { color: var(--ok); font-weight: 600; }
    .worklist { list-style: none; padding: 0; }
    .entry .line { display: flex; gap: .6rem; align-items: center; }
    .code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: 700; }
    table.settings { table-layout: fixed; width: 100%; }
    table.settings td { overflow-wrap: anywhere; }
    .badge { font-size: .8rem; padding: .1rem .5rem; border-radius: 1rem; background: #e8eef6; }
    .state-submitted .badge { background: #dff3e5; color: var(--ok); }
    .state-draft .badge { background: #fff4d6; }
    .total { font-weight: 700; }
    .summary { color: #2f3a48; }
    progress { width: 100%; height: 1rem; }
    fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 1rem 0; }
    legend { font-weight: 700; padding: 0 .3rem; }
    .criterion { display: grid; grid-template-columns: 1fr; gap: .3rem; margin-bottom: .4rem; }
    .actions { display: flex; gap: .8rem; align-items: center; flex-wrap: wrap; }
    @media (min-width: 48rem) {
      .criterion { grid-template-columns: 1fr 9rem; align-items: end; }
      .criterion label { grid-column: 1 / -1; }
      .criterion .field-error { grid-column: 1 / -1; }
    }
    @media print { .top, .actions { display: none; } body { background: #fff; } }
    """

  /// Live totals, bands that narrow the points, and drafts saved as the judge types. The
  /// pages work without it.
  static let script = """
    (function () {
      "use strict";
      function parse(text) {
        var t = String(text || "").trim().replace(/\\s/g, "").replace(",", ".");
        if (t === "") return null;
        return /^[0-9]+(\\.[0-9]+)?$/.test(t) ? Number(t) : NaN;
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
    """

  /// Renders `template` with `values`, inside the layout.
  static func page(
    _ template: String, _ values: [String: Any], title: String,
    identity: (name: String, csrf: String, staff: Bool)?
  ) throws -> String {
    let content = try render(template, values)
    let vi = Language.current == .vi
    var layoutValues: [String: Any] = [
      "lang": vi ? "vi" : "en", "title": title, "content": content,
      "app": Language.text(vi: "Chấm điểm sáng kiến", en: "Scoring the entries"),
      "otherLang": vi ? "en" : "vi", "otherLangName": vi ? "English" : "Tiếng Việt",
      "signOut": Language.text(vi: "Đăng xuất", en: "Sign out"),
    ]
    if let identity {
      layoutValues["signedIn"] = [
        "name": identity.name, "csrf": identity.csrf, "staff": identity.staff,
        "navLabel": Language.text(vi: "Các trang", en: "Pages"),
        "navProgress": Language.text(vi: "Tiến độ", en: "Progress"),
        "navRegister": Language.text(vi: "Sổ đăng ký", en: "Register"),
        "navRanking": Language.text(vi: "Xếp hạng", en: "Ranking"),
        "navUploads": Language.text(vi: "Tải tệp lên", en: "Uploads"),
        "navStatistics": Language.text(vi: "Thống kê", en: "Statistics"),
        "navRounds": Language.text(vi: "Vòng thi · giải", en: "Rounds · prizes"),
        "navJury": Language.text(vi: "Ban giám khảo", en: "Jury"),
      ]
    }
    return try render(layout, layoutValues)
  }

  static func render(_ template: String, _ values: [String: Any]) throws -> String {
    try SafeMustache.template(template).render(present(values))
  }

  /// The values without the absent ones: an optional that is nil is left out, so that
  /// `{{#notice}}` is false instead of rendering "nil".
  static func present(_ value: Any) -> Any {
    if let dictionary = value as? [String: Any] {
      var kept: [String: Any] = [:]
      for (key, item) in dictionary {
        if let unwrapped = unwrap(item) { kept[key] = present(unwrapped) }
      }
      // Every list `things` comes with `hasThings`, so a template can show a heading or a
      // table only when there is something under it.
      for (key, item) in kept {
        guard let list = item as? [Any] else { continue }
        let flag = "has" + key.prefix(1).uppercased() + key.dropFirst()
        if kept[flag] == nil { kept[flag] = !list.isEmpty }
      }
      return kept
    }
    if let array = value as? [Any] { return array.compactMap(unwrap).map(present) }
    return value
  }

  static func unwrap(_ value: Any) -> Any? {
    let mirror = Mirror(reflecting: value)
    guard mirror.displayStyle == .optional else { return value }
    return mirror.children.first.map { unwrap($0.value) } ?? nil
  }
}
