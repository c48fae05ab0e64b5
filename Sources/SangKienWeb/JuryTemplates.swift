/// The jury page's templates: judges and codes, conflicts, assignment, sheets, backup.
enum JuryTemplates {
  static let jury = """
    <h1>{{heading}}</h1>
    {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
    {{#problem}}<p class="error" role="alert">{{problem}}</p>{{/problem}}
    {{#code}}<div class="card code-once" role="status"><p>{{codeLine}}</p><p><strong>{{login}}</strong> · <span class="code big">{{code}}</span></p></div>{{/code}}
    <h2>{{judgesHeading}}</h2>
    <div class="scroll"><table>
    <thead><tr>{{#judgeHeaders}}<th scope="col">{{.}}</th>{{/judgeHeaders}}</tr></thead>
    <tbody>{{#judges}}<tr><td class="code">{{id}}</td><th scope="row">{{name}}</th><td>{{unit}}</td><td>{{fields}}</td><td>{{role}}</td>
    <td class="actions">
      <form method="post" action="{{inviteHref}}"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="secondary">{{invite}}</button></form>
      <form method="post" action="{{revokeHref}}"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="secondary">{{revoke}}</button></form>
      <details class="confirm"><summary>{{remove}}</summary>
        <form method="post" action="{{removeHref}}"><input type="hidden" name="csrf" value="{{csrf}}">
          <p>{{removeWarning}}</p>
          <label for="rm-{{id}}">{{requiredReasonLabel}}</label><input id="rm-{{id}}" name="reason" required maxlength="1000">
          <button type="submit" class="danger">{{removeConfirm}}</button></form>
      </details>
    </td></tr>{{/judges}}</tbody>
    </table></div>
    {{#hasRemoved}}<h3>{{removedHeading}}</h3>
    <div class="scroll"><table>
    <thead><tr>{{#removedHeaders}}<th scope="col">{{.}}</th>{{/removedHeaders}}</tr></thead>
    <tbody>{{#removed}}<tr><td class="code">{{id}}</td><th scope="row">{{name}}</th><td>{{unit}}</td>
    <td class="actions"><details class="confirm"><summary>{{reinstate}}</summary>
      <form method="post" action="{{reinstateHref}}"><input type="hidden" name="csrf" value="{{csrf}}">
        <p>{{reinstateNote}}</p>
        <label for="ri-{{id}}">{{requiredReasonLabel}}</label><input id="ri-{{id}}" name="reason" required maxlength="1000">
        <button type="submit">{{reinstateConfirm}}</button></form>
    </details></td></tr>{{/removed}}</tbody>
    </table></div>{{/hasRemoved}}
    <form method="post" action="/jury/judges" class="card filters">
      <h3>{{addHeading}}</h3>
      <input type="hidden" name="csrf" value="{{csrf}}">
      <div class="grid">
        <div><label for="j-id">{{idLabel}}</label><input id="j-id" name="id" required></div>
        <div><label for="j-name">{{nameLabel}}</label><input id="j-name" name="name" required></div>
        <div><label for="j-unit">{{unitLabel}}</label><input id="j-unit" name="unit"></div>
        <div><label for="j-fields">{{fieldsLabel}}</label><input id="j-fields" name="fields"></div>
      </div>
      <button type="submit">{{add}}</button>
    </form>
    <form method="post" action="/jury/judges/update" class="card filters" data-judge-update>
      <h3>{{updateHeading}}</h3>
      <input type="hidden" name="csrf" value="{{csrf}}">
      <div class="grid">
        <div><label for="u-id">{{idLabel}}</label><select id="u-id" name="id">{{#judges}}<option value="{{id}}">{{id}} {{name}}</option>{{/judges}}</select></div>
        <div><label for="u-name">{{nameLabel}}</label><input id="u-name" name="name"></div>
        <div><label for="u-unit">{{unitLabel}}</label><input id="u-unit" name="unit"></div>
        <div><label for="u-fields">{{fieldsLabel}}</label><input id="u-fields" name="fields"></div>
        <div><label for="u-role">{{roleLabel}}</label><input id="u-role" name="role"></div>
      </div>
      <button type="submit">{{updateButton}}</button>
    </form>
    <h2>{{conflictsHeading}}</h2>
    {{#hasConflicts}}<div class="scroll"><table>
    <thead><tr>{{#conflictHeaders}}<th scope="col">{{.}}</th>{{/conflictHeaders}}</tr></thead>
    <tbody>{{#conflicts}}<tr><td class="code">{{judge}}</td><td class="code">{{entry}}</td><td>{{source}}</td><td>{{reason}}</td>
    <td>{{dismissed}}{{#active}}<form method="post" action="/jury/conflicts"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="action" value="dismiss"><input type="hidden" name="judge" value="{{judge}}"><input type="hidden" name="entry" value="{{entry}}">
    <label for="dismiss-{{judge}}-{{entry}}">{{dismissLabel}}</label><input id="dismiss-{{judge}}-{{entry}}" name="reason" required maxlength="1000"><button type="submit" class="secondary">{{dismiss}}</button></form>{{/active}}</td></tr>{{/conflicts}}</tbody>
    </table></div>{{/hasConflicts}}
    <form method="post" action="/jury/conflicts" class="card filters">
      <h3>{{declareHeading}}</h3>
      <input type="hidden" name="csrf" value="{{csrf}}">
      <div class="grid">
        <div><label for="c-judge">{{judgeLabel}}</label><input id="c-judge" name="judge" required></div>
        <div><label for="c-entry">{{entryLabel}}</label><input id="c-entry" name="entry" required></div>
        <div><label for="c-reason">{{reasonLabel}}</label><input id="c-reason" name="reason" required maxlength="1000"></div>
      </div>
      <button type="submit">{{declare}}</button>
    </form>
    <h2>{{assignHeading}}</h2>
    {{#rounds}}<p><a href="{{previewHref}}">{{previewLabel}}</a></p>
    <form method="post" action="/jury/assign" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="round" value="{{id}}"><input type="hidden" name="action" value="repair"><button type="submit" class="secondary">{{repairLabel}}</button></form>{{/rounds}}
    <form method="post" action="/jury/move" class="card filters">
      <h3>{{moveHeading}}</h3>
      <input type="hidden" name="csrf" value="{{csrf}}">
      <div class="grid">
        <div><label for="m-round">{{roundLabel}}</label><select id="m-round" name="round">{{#rounds}}<option value="{{id}}">{{name}}</option>{{/rounds}}</select></div>
        <div><label for="m-entry">{{entryLabel}}</label><input id="m-entry" name="entry" required></div>
        <div><label for="m-from">{{fromLabel}}</label><input id="m-from" name="from" required></div>
        <div><label for="m-to">{{toLabel}}</label><input id="m-to" name="to" required></div>
      </div>
      <button type="submit">{{moveButton}}</button>
    </form>
    <h2>{{sheetsHeading}}</h2>
    <form method="post" action="/jury/sheets" class="card filters">
      <p class="hint">{{sheetHint}}</p>
      <input type="hidden" name="csrf" value="{{csrf}}">
      <div class="grid">
        <div><label for="s-round">{{roundLabel}}</label><select id="s-round" name="round">{{#rounds}}<option value="{{id}}">{{name}}</option>{{/rounds}}</select></div>
        <div><label for="s-judge">{{judgeLabel}}</label><input id="s-judge" name="judge" required></div>
        <div><label for="s-entry">{{entryLabel}}</label><input id="s-entry" name="entry" required></div>
        <div><label for="s-reason">{{reasonLabel}}</label><input id="s-reason" name="reason" maxlength="1000"></div>
      </div>
      <div class="actions">
        <button type="submit" name="action" value="void" class="secondary">{{voidButton}}</button>
        <button type="submit" name="action" value="restore" class="secondary">{{restoreButton}}</button>
        <button type="submit" name="action" value="reopen" class="secondary">{{reopenButton}}</button>
      </div>
    </form>
    <h2>{{backupHeading}}</h2>
    <form method="post" action="/jury/backup"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="secondary">{{backupLabel}}</button></form>
    """

  static let assign = """
    <p><a href="/jury">← {{back}}</a></p>
    <h1>{{heading}}</h1>
    <ul>{{#facts}}<li>{{.}}</li>{{/facts}}</ul>
    <div class="scroll"><table>
    <thead><tr>{{#loadHeaders}}<th scope="col">{{.}}</th>{{/loadHeaders}}</tr></thead>
    <tbody>{{#loads}}<tr><td class="code">{{judge}}</td><td class="n">{{load}}</td></tr>{{/loads}}</tbody>
    </table></div>
    <form method="post" action="/jury/assign">
      <input type="hidden" name="csrf" value="{{csrf}}">
      <input type="hidden" name="round" value="{{round}}">
      <button type="submit">{{confirm}}</button>
    </form>
    """
}
