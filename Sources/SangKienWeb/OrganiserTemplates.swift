/// The organisers' templates: the rounds, the preview of who advances, the prizes with
/// the jury's decisions, and a publication checked.
enum OrganiserTemplates {
  static let settings = """
    <h1>{{heading}}</h1>
    <p>{{name}}</p>
    <dl class="card fields">{{#facts}}<dt>{{label}}</dt><dd>{{value}}</dd>{{/facts}}</dl>
    <p class="hint">{{hint}}</p>
    <div class="scroll"><table class="settings">
    <thead><tr><th scope="col">{{keyHeader}}</th><th scope="col">{{valueHeader}}</th></tr></thead>
    <tbody>{{#keys}}<tr><td class="code">{{key}}</td><td>{{value}}</td></tr>{{/keys}}</tbody>
    </table></div>
    """

  static let rounds = """
    <h1>{{heading}}</h1>
    <p><a href="/contest">{{settingsLabel}}</a></p>
    {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
    {{#rounds}}
    <section class="card round">
      <h2>{{name}} <span class="badge">{{state}}</span></h2>
      <p><a href="{{rankingHref}}">{{rankingLabel}}</a>{{#hasNext}} · <a href="{{advanceHref}}">{{advanceLabel}}</a>{{/hasNext}}</p>
      {{#hasPending}}<div class="warning" role="status"><p>{{pendingLine}}</p><ul>{{#pending}}<li><span class="code">{{judge}}</span> · <span class="code">{{entry}}</span>: {{text}}</li>{{/pending}}</ul></div>{{/hasPending}}
      {{#lastPublication}}<p class="hint">{{lastPublication}}</p>{{/lastPublication}}
      <div class="actions">
        {{#open}}<form method="post" action="/rounds/{{id}}/state"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="state" value="closed">
          {{#hasPending}}<label class="check"><input type="checkbox" name="discard_pending" value="on"> {{discardLabel}}</label>{{/hasPending}}
          <button type="submit" class="secondary">{{toggle}}</button></form>{{/open}}
        {{^open}}<form method="post" action="/rounds/{{id}}/state"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="state" value="open">
          <label for="reopen-{{id}}">{{reopenReasonLabel}}</label><input id="reopen-{{id}}" name="reason" required maxlength="1000">
          <button type="submit" class="secondary">{{toggle}}</button></form>{{/open}}
        <form method="post" action="/publish"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="round" value="{{id}}"><button type="submit">{{publishLabel}}</button></form>
      </div>
    </section>
    {{/rounds}}
    <p><a href="{{prizesHref}}">{{prizesLabel}}</a></p>
    {{#hasPublications}}<h2>{{publishedHeading}}</h2>
    <ul>{{#publications}}<li><strong>{{code}}</strong> {{describe}} {{#files}}<a href="{{href}}" download>{{name}}</a> {{/files}}</li>{{/publications}}</ul>{{/hasPublications}}
    <h2>{{checkHeading}}</h2>
    <form method="post" action="/check-publication" enctype="multipart/form-data" class="card">
      <p class="hint">{{checkHint}}</p>
      <input type="hidden" name="csrf" value="{{csrf}}">
      <label for="check-file">{{fileLabel}}</label>
      <input id="check-file" name="file" type="file" multiple required>
      <button type="submit">{{checkButton}}</button>
    </form>
    """

  static let advance = """
    <p><a href="/rounds">← {{back}}</a></p>
    <h1>{{heading}}</h1>
    <form method="get" action="/rounds/{{from}}/advance" class="card filters">
      <input type="hidden" name="to" value="{{to}}">
      <div class="grid">
        <div><label for="top">{{topLabel}}</label><input id="top" name="top" inputmode="numeric" value="{{top}}"></div>
        <div><label for="min_score">{{minLabel}}</label><input id="min_score" name="min_score" inputmode="decimal" value="{{minScore}}"></div>
        <div><label class="check"><input type="checkbox" name="per_category" value="on"{{#perCategory}} checked{{/perCategory}}> {{perCategoryLabel}}</label></div>
      </div>
      <button type="submit" class="secondary">{{again}}</button>
    </form>
    <h2>{{advancingHeading}}</h2>
    <ol>{{#advancing}}<li><a class="code" href="{{href}}">{{code}}</a> {{title}}</li>{{/advancing}}</ol>
    {{#hasTied}}<h2>{{tiedHeading}}</h2><ul>{{#tied}}<li><span class="code">{{code}}</span> {{title}}</li>{{/tied}}</ul>{{/hasTied}}
    {{#hasIncomplete}}<h2>{{incompleteHeading}}</h2><ul>{{#incomplete}}<li><span class="code">{{code}}</span> {{title}}</li>{{/incomplete}}</ul>{{/hasIncomplete}}
    {{#hasFlagged}}<h2>{{flaggedHeading}}</h2><ul>{{#flagged}}<li><span class="code">{{code}}</span> {{title}}</li>{{/flagged}}</ul>{{/hasFlagged}}
    <form method="post" action="/rounds/{{from}}/advance">
      <input type="hidden" name="csrf" value="{{csrf}}">
      <input type="hidden" name="to" value="{{to}}">
      <input type="hidden" name="top" value="{{top}}">
      <input type="hidden" name="min_score" value="{{minScore}}">
      {{#perCategory}}<input type="hidden" name="per_category" value="on">{{/perCategory}}
      <button type="submit">{{confirm}}</button>
    </form>
    """

  static let prizes = """
    <p><a href="/rounds">← {{back}}</a></p>
    <h1>{{heading}}</h1>
    {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
    {{#groups}}
    <h2>{{groupLabel}} {{groupName}}</h2>
    {{#hasAwards}}<div class="scroll"><table>
    <thead><tr>{{#awardsHeaders}}<th scope="col">{{.}}</th>{{/awardsHeaders}}</tr></thead>
    <tbody>{{#awards}}<tr><td>{{prize}}</td><td class="code">{{code}}</td><td>{{title}}</td><td class="n">{{rank}}</td><td class="n">{{score}}</td><td>{{decided}}</td></tr>{{/awards}}</tbody>
    </table></div>{{/hasAwards}}
    {{#pending}}
    <form method="post" action="/prizes/decide" class="card pending">
      <p><strong>{{line}}</strong></p>
      <input type="hidden" name="csrf" value="{{csrf}}">
      <input type="hidden" name="round" value="{{round}}">
      <input type="hidden" name="group" value="{{group}}">
      <input type="hidden" name="prize" value="{{prize}}">
      <fieldset><legend>{{prize}}</legend>
      {{#among}}<label class="check"><input type="checkbox" name="{{field}}" value="on"> <span class="code">{{code}}</span> {{title}}</label>{{/among}}
      </fieldset>
      <label for="reason-{{group}}-{{prize}}">{{reasonLabel}}</label>
      <textarea id="reason-{{group}}-{{prize}}" name="reason" rows="2" required maxlength="1000"></textarea>
      <button type="submit">{{decide}}</button>
    </form>
    {{/pending}}
    <ul>{{#unfilled}}<li>{{text}}</li>{{/unfilled}}</ul>
    {{/groups}}
    """

  static let check = """
    <p><a href="/rounds">← {{back}}</a></p>
    <h1>{{heading}}</h1>
    <p class="{{#genuine}}notice{{/genuine}}{{^genuine}}error{{/genuine}}" role="status"><strong>{{verdict}}</strong></p>
    <ul>{{#findings}}<li>{{#ok}}✓{{/ok}}{{^ok}}✗{{/ok}} {{text}}</li>{{/findings}}</ul>
    <ul class="error">{{#problems}}<li>{{.}}</li>{{/problems}}</ul>
    <p>{{since}}</p>
    """
}
