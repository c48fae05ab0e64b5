/// The staff's pages' templates (the layout, CSS and script are `Templates`'). Tables keep
/// their headers in `<th scope>`, every filter has its label, and the parts that update
/// themselves are `aria-live`.
enum StaffTemplates {
  static let roundNav = """
    <nav class="rounds" aria-label="{{roundsLabel}}">{{#rounds}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{name}}</a> {{/rounds}}</nav>
    """

  static let progress = """
    <h1>{{heading}}</h1>
    \(roundNav)
    <p>{{stateLine}} <a href="{{remindersHref}}">{{remindersLabel}}</a></p>
    <section id="live" class="live" data-refresh="{{liveURL}}" data-every="3000" aria-live="polite">{{{live}}}</section>
    {{#extraHref}}<p class="card"><a href="{{extraHref}}">{{extraLabel}}</a></p>{{/extraHref}}
    <h2>{{statusHeading}}</h2>
    <div class="scroll"><table>
    <thead><tr>{{#statusHeaders}}<th scope="col">{{.}}</th>{{/statusHeaders}}</tr></thead>
    <tbody>{{#statusRows}}<tr><th scope="row">{{name}}</th><td>{{state}}</td><td class="n">{{entries}}</td><td class="n">{{sheets}}</td><td class="n">{{missing}}</td><td class="n">{{setAside}}</td></tr>{{/statusRows}}</tbody>
    </table></div>
    {{#hasSetAside}}<h3>{{setAsideHeading}}</h3>{{/hasSetAside}}
    <ul>{{#setAside}}<li>{{text}}</li>{{/setAside}}</ul>
    {{#hasPending}}<h3>{{pendingHeading}}</h3>{{/hasPending}}
    <ul>{{#pending}}<li>{{text}}</li>{{/pending}}</ul>
    """

  static let extra = """
    <p><a href="/progress?round={{round}}">← {{back}}</a></p>
    <h1>{{heading}}</h1>
    {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
    <p>{{rule}}</p>
    {{^rows}}<p>{{none}}</p>{{/rows}}
    {{#hasRows}}<div class="scroll"><table>
    <thead><tr>{{#headers}}<th scope="col">{{.}}</th>{{/headers}}</tr></thead>
    <tbody>{{#rows}}<tr><td class="code"><a href="/entries/{{code}}">{{code}}</a></td><td>{{title}}</td><td>{{totals}}</td><td>{{judges}}</td></tr>{{/rows}}</tbody>
    </table></div>{{/hasRows}}
    {{#hasUnplaced}}<h2>{{unplacedHeading}}</h2><ul class="error">{{#unplaced}}<li><span class="code">{{entry}}</span>: {{reason}}</li>{{/unplaced}}</ul>{{/hasUnplaced}}
    {{#canConfirm}}<form method="post" action="/progress/extra" class="card">
      <input type="hidden" name="csrf" value="{{csrf}}">
      <input type="hidden" name="round" value="{{round}}">
      <button type="submit">{{confirm}}</button>
    </form>{{/canConfirm}}
    """

  static let progressLive = """
    <p class="summary"><strong>{{summary}}</strong> <span class="hint" data-updated>{{updated}}</span></p>
    <h2>{{judgesHeading}}</h2>
    <div class="scroll"><table class="progress">
    <thead><tr>{{#judgeHeaders}}<th scope="col">{{.}}</th>{{/judgeHeaders}}</tr></thead>
    <tbody>{{#judges}}<tr{{#late}} class="late"{{/late}} data-judge="{{judge}}"><td class="code">{{judge}}</td><th scope="row">{{name}}</th><td class="n">{{assigned}}</td><td class="n">{{drafts}}</td><td class="n" data-submitted>{{submitted}}</td><td class="n">{{left}}</td></tr>{{/judges}}</tbody>
    </table></div>
    <h2>{{entriesHeading}}</h2>
    {{^entries}}<p>{{allIn}}</p>{{/entries}}
    {{#hasEntries}}<div class="scroll"><table>
    <thead><tr>{{#entryHeaders}}<th scope="col">{{.}}</th>{{/entryHeaders}}</tr></thead>
    <tbody>{{#entries}}<tr><td class="code"><a href="{{href}}">{{code}}</a></td><td>{{title}}</td><td class="n">{{sheets}}</td><td>{{missing}}</td><td class="n">{{unassigned}}</td></tr>{{/entries}}</tbody>
    </table></div>{{/hasEntries}}
    {{#more}}<p class="hint">{{more}}</p>{{/more}}
    """

  static let reminders = """
    <div class="paper">
    <p class="noprint"><a href="{{backHref}}">← {{back}}</a> <button type="button" data-print>{{print}}</button></p>
    <p class="contest">{{contest}}</p>
    <h1>{{heading}}</h1>
    <p>{{roundLine}}</p>
    {{^late}}<p>{{none}}</p>{{/late}}
    {{#hasLate}}<p>{{count}}</p>
    <table class="paper-table">
    <thead><tr>{{#headers}}<th scope="col">{{.}}</th>{{/headers}}</tr></thead>
    <tbody>{{#late}}<tr><td class="n">{{number}}</td><th scope="row">{{name}} <span class="code">({{judge}})</span></th><td>{{unit}}</td><td class="n">{{progress}}</td>
    <td><ul class="plain">{{#entries}}<li><span class="code">{{code}}</span> {{title}}</li>{{/entries}}</ul></td></tr>{{/late}}</tbody>
    </table>{{/hasLate}}
    </div>
    """

  static let register = """
    <h1>{{heading}}</h1>
    <form method="get" action="/entries" class="card filters">
      <label for="q">{{qLabel}}</label>
      <input id="q" name="q" type="search" value="{{q}}">
      <div class="grid">
        <div><label for="status">{{statusLabel}}</label>
        <select id="status" name="status"><option value="">{{any}}</option>{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select></div>
        <div><label for="category">{{categoryLabel}}</label>
        <select id="category" name="category"><option value="">{{any}}</option>{{#categories}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/categories}}</select></div>
        <div><label for="field">{{fieldLabel}}</label>
        <select id="field" name="field"><option value="">{{any}}</option>{{#fields}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/fields}}</select></div>
        <div><label for="unit">{{unitLabel}}</label>
        <select id="unit" name="unit"><option value="">{{any}}</option>{{#units}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/units}}</select></div>
      </div>
      <button type="submit">{{search}}</button>
    </form>
    <p class="count" role="status">{{countLine}}</p>
    {{^entries}}<p>{{none}}</p>{{/entries}}
    {{#hasEntries}}<form method="post" action="/entries/status">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="status" value="valid">
    <div class="scroll"><table>
    <thead><tr><th scope="col">{{chooseLabel}}</th>{{#headers}}<th scope="col">{{.}}</th>{{/headers}}</tr></thead>
    <tbody>{{#entries}}<tr class="status-{{statusClass}}"><td>{{#received}}<input type="checkbox" name="{{box}}" value="on" aria-label="{{chooseLabel}} {{code}}">{{/received}}</td><td class="code"><a href="{{href}}">{{code}}</a></td><td><a href="{{href}}">{{title}}</a></td><td>{{category}}</td><td>{{unit}}</td><td>{{field}}</td><td>{{status}}</td></tr>{{/entries}}</tbody>
    </table></div>
    <button type="submit" class="secondary">{{validateChosen}}</button>
    </form>{{/hasEntries}}
    """

  static let entry = """
    <p><a href="/entries">← {{back}}</a></p>
    <h1>{{heading}}</h1>
    {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
    {{#problem}}<p class="error" role="alert">{{problem}}</p>{{/problem}}
    <dl class="card fields">{{#fields}}<dt>{{name}}</dt><dd>{{value}}</dd>{{/fields}}</dl>
    {{#canClose}}<form method="post" action="/entries/status" class="card">
      <h2>{{statusHeading}}</h2>
      <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="code" value="{{code}}">
      <label for="status-reason">{{reasonLabel}}</label>
      <textarea id="status-reason" name="reason" rows="2" maxlength="1000"></textarea>
      <div class="actions">
        {{#canValidate}}<button type="submit" name="status" value="valid">{{validate}}</button>{{/canValidate}}
        <button type="submit" name="status" value="rejected" class="secondary">{{reject}}</button>
        <button type="submit" name="status" value="withdrawn" class="secondary">{{withdraw}}</button>
      </div>
    </form>{{/canClose}}
    <h2>{{filesHeading}}</h2>
    {{^files}}<p>{{noFiles}}</p>{{/files}}
    {{#hasFiles}}<div class="scroll"><table>
    <thead><tr>{{#fileHeaders}}<th scope="col">{{.}}</th>{{/fileHeaders}}</tr></thead>
    <tbody>{{#files}}<tr><td><a href="{{href}}">{{name}}</a></td><td>{{type}}</td><td class="n">{{size}}</td><td>{{blind}}
    <form method="post" action="{{blindHref}}" class="detach"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="blind" value="{{blindNext}}">
    {{#showing}}<label for="blind-{{id}}">{{blindReasonLabel}}</label><input id="blind-{{id}}" name="reason" required maxlength="1000">{{/showing}}
    <button type="submit" class="secondary">{{blindButton}}</button></form></td><td>{{added}}
    <form method="post" action="{{detachHref}}" class="detach"><input type="hidden" name="csrf" value="{{csrf}}">
    <label for="detach-{{id}}">{{detachLabel}}</label><input id="detach-{{id}}" name="reason" required maxlength="1000">
    <button type="submit" class="secondary">{{detachButton}}</button></form></td></tr>{{/files}}</tbody>
    </table></div>{{/hasFiles}}
    <form method="post" action="/entries/{{code}}/update" class="card">
      <h2>{{editHeading}}</h2>
      <input type="hidden" name="csrf" value="{{csrf}}">
      {{#edit}}<label for="edit-{{name}}">{{label}}</label>
      {{#long}}<textarea id="edit-{{name}}" name="{{name}}" rows="4">{{value}}</textarea>{{/long}}{{^long}}<input id="edit-{{name}}" name="{{name}}" value="{{value}}">{{/long}}
      {{/edit}}
      <button type="submit">{{editButton}}</button>
    </form>
    <form method="post" action="/entries/{{code}}/files" enctype="multipart/form-data" class="card">
      <h3>{{addHeading}}</h3>
      <input type="hidden" name="csrf" value="{{csrf}}">
      <label for="attach-file">{{fileLabel}}</label>
      <input id="attach-file" name="file" type="file" required>
      <label class="check"><input type="checkbox" name="blind" value="on"> {{blindLabel}}</label>
      <button type="submit">{{addButton}}</button>
    </form>
    <h2>{{historyHeading}}</h2>
    <div class="scroll"><table>
    <thead><tr>{{#historyHeaders}}<th scope="col">{{.}}</th>{{/historyHeaders}}</tr></thead>
    <tbody>{{#history}}<tr><td class="n">{{id}}</td><td>{{at}}</td><td>{{actor}}</td><td class="code">{{action}}</td><td>{{note}}</td></tr>{{/history}}</tbody>
    </table></div>
    """

  static let ranking = """
    <h1>{{heading}}</h1>
    \(roundNav)
    <form method="get" action="/ranking" class="card filters">
      <input type="hidden" name="round" value="{{round}}">
      <div class="grid">
        <div><label for="method">{{methodLabel}}</label>
        <select id="method" name="method"><option value="">{{roundDefault}}</option>{{#methods}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/methods}}</select></div>
        <div><label for="category">{{categoryLabel}}</label>
        <select id="category" name="category"><option value="">{{any}}</option>{{#categories}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/categories}}</select></div>
        <div><label for="group">{{groupLabel}}</label>
        <select id="group" name="group"><option value="">{{any}}</option>{{#groups}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/groups}}</select></div>
      </div>
      <button type="submit">{{show}}</button>
    </form>
    <p class="count">{{methodLine}}</p>
    {{#pageLine}}<nav class="pages" aria-label="{{pageLine}}"><span class="hint">{{pageLine}}</span> {{#pages}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a> {{/pages}}</nav>{{/pageLine}}
    <div class="scroll"><table class="ranking">
    <thead><tr>{{#headers}}<th scope="col">{{.}}</th>{{/headers}}</tr></thead>
    <tbody>{{#entries}}<tr><td class="n">{{rank}}</td><td class="code"><a href="{{href}}">{{code}}</a></td>
    <td>{{title}}<details><summary>{{totalsLabel}}</summary><p class="hint">{{totals}}</p></details></td>
    <td class="n">{{score}}</td><td class="n">{{judges}}</td><td>{{flags}}</td><td>{{prize}}</td></tr>{{/entries}}</tbody>
    </table></div>
    {{#hasFlagsExplained}}<h2>{{flagsHeading}}</h2>{{/hasFlagsExplained}}
    <dl>{{#flagsExplained}}<dt>{{label}}</dt><dd>{{explanation}}</dd>{{/flagsExplained}}</dl>
    """

  static let statistics = """
    <h1>{{heading}}</h1>
    \(roundNav)
    <h2>{{profilesHeading}}</h2>
    <div class="scroll"><table>
    <thead><tr>{{#profileHeaders}}<th scope="col">{{.}}</th>{{/profileHeaders}}</tr></thead>
    <tbody>{{#profiles}}<tr>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/profiles}}</tbody>
    </table></div>
    <h2>{{reliabilityHeading}}</h2>
    <ul>{{#reliability}}<li><strong>{{name}}: {{value}}</strong> — {{meaning}}</li>{{/reliability}}</ul>
    {{#kendall}}<p>{{kendall}}</p>{{/kendall}}
    <h2>{{chartsHeading}}</h2>
    <figure class="chart"><figcaption>{{judgeChartLabel}}</figcaption>{{{judgeChart}}}</figure>
    <figure class="chart"><figcaption>{{entryChartLabel}}</figcaption>{{{entryChart}}}</figure>
    {{#hasDisagreements}}<h2>{{disagreementsHeading}}</h2>
    <ul>{{#disagreements}}<li><a class="code" href="{{href}}">{{code}}</a> {{totals}}</li>{{/disagreements}}</ul>{{/hasDisagreements}}
    {{#hasStability}}<h2>{{stabilityHeading}}</h2>
    <ul>{{#stability}}<li><span class="code">{{code}}</span> {{prize}}: {{percent}}</li>{{/stability}}</ul>{{/hasStability}}
    """

  /// What the staff's pages add to the CSS.
  static let css = """
    nav.staff { display: flex; gap: .75rem; flex-wrap: wrap; }
    nav.staff a[aria-current], nav.rounds a[aria-current] { font-weight: 700; text-decoration: none; color: var(--ink); }
    nav.rounds { display: flex; gap: .8rem; margin-bottom: .8rem; }
    nav.pages { display: flex; gap: .4rem; flex-wrap: wrap; margin-bottom: .6rem; }
    nav.pages a[aria-current] { font-weight: 700; color: var(--ink); text-decoration: none; }
    main.wide { max-width: 80rem; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; background: #fff; margin-bottom: 1rem; }
    th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    thead th { background: #e8eef6; }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
    td.code { white-space: nowrap; }
    tr.late td, tr.late th { background: #fff8e6; }
    .filters .grid { display: grid; grid-template-columns: 1fr; gap: 0 1rem; }
    @media (min-width: 48rem) { .filters .grid { grid-template-columns: repeat(4, 1fr); } }
    dl.fields { display: grid; grid-template-columns: 1fr; gap: .2rem 1rem; }
    dl.fields dt { font-weight: 600; color: var(--muted); }
    dl.fields dd { margin: 0 0 .4rem; }
    @media (min-width: 48rem) { dl.fields { grid-template-columns: 12rem 1fr; } }
    ul.plain { list-style: none; padding: 0; margin: 0; }
    figure.chart { margin: 0 0 1rem; overflow-x: auto; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .6rem; }
    figure.chart svg { max-width: 100%; height: auto; }
    .uploads { display: grid; grid-template-columns: 1fr; gap: 0 1rem; }
    @media (min-width: 48rem) { .uploads { grid-template-columns: repeat(2, 1fr); } }
    ul.columns { columns: 16rem; padding-left: 1.2rem; }
    table.problems td:last-child { width: 70%; }
    label.check { font-weight: normal; display: flex; gap: .5rem; align-items: baseline; }
    label.check input { width: auto; }
    td.actions { display: flex; gap: .4rem; flex-wrap: wrap; }
    td.actions button, main form.inline button { margin-top: 0; padding: .3rem .6rem; font-size: .9rem; }
    .code.big { font-size: 1.4rem; letter-spacing: .1rem; }
    details summary { cursor: pointer; color: var(--accent); font-size: .9rem; }
    .paper .contest { font-weight: 700; text-transform: uppercase; font-size: .95rem; }
    @media print {
      @page { size: A4; margin: 18mm 15mm; }
      body { font-family: "Times New Roman", Times, serif; font-size: 13pt; color: #000; }
      .noprint, nav.staff, nav.rounds { display: none; }
      main { max-width: none; padding: 0; }
      table { font-size: 12pt; }
      thead th { background: none; border-bottom: 2px solid #000; }
      th, td { border-bottom: 1px solid #555; }
      .paper-table li { break-inside: avoid; }
      .paper-table th[scope=row] { width: 22%; }
      .paper-table td:nth-child(3) { width: 20%; }
      a { color: #000; text-decoration: none; }
    }
    """
}
