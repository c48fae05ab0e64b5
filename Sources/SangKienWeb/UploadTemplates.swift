/// The uploads' templates: one form per kind of file, and the check's answer (every problem
/// with its place, or what the confirmation will write).
enum UploadTemplates {
  static let index = """
    <h1>{{heading}}</h1>
    <p>{{intro}}</p>
    {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
    <div class="uploads">
    {{#kinds}}
    <form method="post" action="/uploads/{{kind}}" enctype="multipart/form-data" class="card">
      <h2>{{title}}</h2>
      <input type="hidden" name="csrf" value="{{csrf}}">
      {{#perRound}}<label for="round-{{kind}}">{{roundLabel}}</label>
      <select id="round-{{kind}}" name="round">{{#rounds}}<option value="{{id}}">{{name}}</option>{{/rounds}}</select>{{/perRound}}
      <label for="file-{{kind}}">{{fileLabel}}</label>
      <input id="file-{{kind}}" name="file" type="file" required accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
      <button type="submit">{{check}}</button>
    </form>
    {{/kinds}}
    </div>
    <h2>{{workbooksHeading}}</h2>
    <p class="hint">{{workbooksHint}}</p>
    {{#workbookRounds}}<h3>{{name}}</h3>
    <p><a href="{{allHref}}" download>{{allLabel}}</a></p>
    <ul class="columns">{{#judges}}<li><a href="{{href}}" download>{{label}}</a></li>{{/judges}}</ul>
    {{/workbookRounds}}
    """

  static let preview = """
    <p><a href="/uploads">← {{back}}</a></p>
    <h1>{{heading}}</h1>
    {{#problemsHeading}}<p class="error" role="alert">{{problemsHeading}}</p>{{/problemsHeading}}
    {{#hasProblems}}<div class="scroll"><table class="problems">
    <thead><tr>{{#headers}}<th scope="col">{{.}}</th>{{/headers}}</tr></thead>
    <tbody>{{#problems}}<tr><td class="code">{{place}}</td><td class="code">{{column}}</td><td>{{message}}</td></tr>{{/problems}}</tbody>
    </table></div>{{/hasProblems}}
    {{#summary}}<p class="notice" role="status">{{summary}}</p>
    {{#hasWarnings}}<h2>{{warningsHeading}}</h2><ul>{{#warnings}}<li><span class="code">{{place}}</span> {{message}}</li>{{/warnings}}</ul>{{/hasWarnings}}
    <form method="post" action="/uploads/{{kind}}/confirm">
      <input type="hidden" name="csrf" value="{{csrf}}">
      <input type="hidden" name="token" value="{{token}}">
      <button type="submit">{{confirm}}</button>
    </form>{{/summary}}
    """
}
