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
    {{#hasDetails}}<ul>{{#details}}<li>{{.}}</li>{{/details}}</ul>{{/hasDetails}}{{/summary}}
    {{#hasWarnings}}<h2>{{warningsHeading}}</h2><div class="scroll"><table class="warnings">
    <thead><tr>{{#headers}}<th scope="col">{{.}}</th>{{/headers}}</tr></thead>
    <tbody>{{#warnings}}<tr><td class="code">{{place}}</td><td class="code">{{column}}</td><td>{{message}}</td></tr>{{/warnings}}</tbody>
    </table></div>{{/hasWarnings}}
    {{#choices}}<form method="post" action="/uploads/{{kind}}/recheck" class="card">
      <h2>{{heading}}</h2>
      <input type="hidden" name="csrf" value="{{csrf}}">
      <input type="hidden" name="token" value="{{token}}">
      {{#late}}<p><label class="check"><input type="checkbox" name="late" value="1"{{#checked}} checked{{/checked}}> {{label}}</label></p>
      <label for="upload-reason">{{reasonLabel}}</label>
      <input id="upload-reason" name="reason" value="{{reason}}" maxlength="1000">{{/late}}
      {{#duplicates}}<p><label class="check"><input type="checkbox" name="duplicates" value="1"{{#checked}} checked{{/checked}}> {{label}}</label></p>{{/duplicates}}
      {{#replace}}<p><label class="check"><input type="checkbox" name="replace" value="1"{{#checked}} checked{{/checked}}> {{label}}</label></p>{{/replace}}
      {{#encoding}}<label for="upload-encoding">{{label}}</label>
      <select id="upload-encoding" name="encoding">{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/options}}</select>{{/encoding}}
      <button type="submit">{{recheck}}</button>
    </form>{{/choices}}
    {{#summary}}<form method="post" action="/uploads/{{kind}}/confirm">
      <input type="hidden" name="csrf" value="{{csrf}}">
      <input type="hidden" name="token" value="{{token}}">
      <button type="submit">{{confirm}}</button>
    </form>{{/summary}}
    """
}
