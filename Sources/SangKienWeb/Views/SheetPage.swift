import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// What `sheet.mustache` shows: a judge's sheet for one entry, as a form built from the
/// rubric (criteria, bands, the live total), with what was typed kept and every problem by
/// its field when the form was refused.
struct SheetPage {
  /// A file of the entry's dossier the judge may open.
  struct File {
    var name: String
    var href: String
    var size: String
  }

  /// One of a leaf criterion's bands, to choose before the points.
  struct Band {
    var min: String
    var max: String
    var text: String
    /// The value in the field falls in this band (the first that holds it).
    var selected: Bool
  }

  /// The entry to score after this one.
  struct Next {
    var href: String
    var code: String
    var title: String
  }

  /// A leaf criterion: its field, its range, its bands and what it holds.
  struct Leaf {
    var id: String
    var anchor: String
    var name: String
    var rangeText: String
    var max: String
    var step: String
    var value: String
    var message: String
    var invalid: Bool
    var bandLabel: String
    var hasBands: Bool
    var bands: [Band]
  }

  /// A criterion and the leaves scored under it.
  struct Group {
    var name: String
    var maxText: String
    var leaves: [Leaf]
  }

  /// A problem, linked to its field.
  struct FieldError {
    var anchor: String
    var message: String
  }

  let t = WebWords.words(for: .sheet)
  var round: String
  var code: String
  var title: String
  var summary: String
  var files: [File]
  var hasFiles: Bool
  var csrf: String
  var version: Int
  var groups: [Group]
  var total: String
  var maximum: String
  var comment: String
  var readOnly: Bool
  var stateLine: String
  var notice: String?
  var error: String?
  var stored: String?
  var fieldErrors: [FieldError]
  var hasFieldErrors: Bool
  /// Just submitted: the next entry to score (nil when none is left) and the list.
  var afterSubmit: Bool
  var next: Next?
  /// Whose sheet: the key under which the page's script keeps what is typed on the device.
  var owner: String
  /// Where the form posts (and `…/conflict` the declaration), where the script saves the
  /// draft as the judge types, and where "back" goes: a round's sheet or a re-marking one.
  var action: String
  var api: String
  var backHref: String
  /// On a re-marking sheet: which complaint, and that the earlier marks are not shown.
  var remarkLine: String?

  /// The page of `view` for `identity`; `typed`: the form as sent, when it was refused with
  /// `error`.
  init(
    _ view: SheetView, identity: WebIdentity, typed: [String: String]? = nil,
    error: WorkflowError? = nil, notice: String? = nil, submitted next: Worklist.Item?? = nil
  ) {
    let readOnly = !view.editable || identity.person.actor?.judgeId != view.judge
    var messages: [String: String] = [:]
    for problem in error?.problems ?? [] {
      if let field = problem.field { messages[field] = problem.message }
    }
    func leaf(_ criterion: Criterion) -> Leaf {
      let field = "points.\(criterion.id)"
      let value =
        typed?[field] ?? view.points[criterion.id].map { NumberFormat.shown($0.decimal) } ?? ""
      // The band of the value shown, so a reload or a refused form keeps the choice.
      let held = DecimalText.parse(value)
      let chosen = held.flatMap { v in criterion.bands.firstIndex { $0.min <= v && v <= $0.max } }
      return Leaf(
        id: criterion.id, anchor: "p-\(criterion.id)", name: criterion.name,
        rangeText: WebText.range(max: criterion.max, step: criterion.step ?? 1),
        max: DecimalFormat.plain(criterion.max), step: DecimalFormat.plain(criterion.step ?? 1),
        value: value,
        message: messages[field] ?? "", invalid: messages[field] != nil,
        bandLabel: WebText.bandOf(criterion.name), hasBands: !criterion.bands.isEmpty,
        bands: criterion.bands.enumerated().map { index, band in
          Band(
            min: DecimalFormat.plain(band.min), max: DecimalFormat.plain(band.max),
            text: "\(NumberFormat.shown(band.min))–\(NumberFormat.shown(band.max)): \(band.label)",
            selected: index == chosen)
        })
    }
    round = view.round.id
    code = view.item.code
    title = view.item.title
    summary = view.item.summary
    files = view.item.files.map(Self.file)
    hasFiles = !files.isEmpty
    csrf = identity.csrf
    version = view.version
    groups = view.rubric.criteria.map { criterion in
      Group(
        name: criterion.name, maxText: WebText.maximum(criterion.max),
        leaves: (criterion.isLeaf ? [criterion] : criterion.flattened.filter(\.isLeaf)).map(leaf))
    }
    total = NumberFormat.shown(view.total.decimal)
    maximum = NumberFormat.shown(view.rubric.total)
    comment = typed?["comment"] ?? view.comment
    self.readOnly = readOnly
    stateLine = WebText.sheetState(view)
    self.notice = notice
    // When the form was refused (a stale version above all), what is stored is shown beside
    // what was typed, which the form keeps.
    stored = typed != nil && error != nil ? WebText.stored(view) : nil
    self.error = error.map { $0.problems.isEmpty ? $0.description : WebText.sheetNotSaved }
    fieldErrors = (error?.problems ?? []).map {
      FieldError(
        anchor: "p-" + ($0.field ?? "").replacingOccurrences(of: "points.", with: ""),
        message: $0.message)
    }
    hasFieldErrors = !fieldErrors.isEmpty
    owner = view.judge
    action = "/sheets/\(view.round.id)/\(view.item.code)"
    api = "/api/v1/rounds/\(view.round.id)/sheets/\(view.item.code)"
    backHref = "/worklist?round=\(view.round.id)"
    afterSubmit = next != nil
    self.next = (next ?? nil).map {
      Next(href: "/sheets/\(view.round.id)/\($0.code)", code: $0.code, title: $0.title)
    }
  }

  /// The page of a re-marker's sheet for complaint `remark.complaint`: posted to
  /// `/remarks/ID`, saved as typed to `/api/v1/remarks/ID`, back to the worklist.
  init(
    remark: RemarkView, identity: WebIdentity, typed: [String: String]? = nil,
    error: WorkflowError? = nil, notice: String? = nil
  ) {
    self.init(remark.sheet, identity: identity, typed: typed, error: error, notice: notice)
    let id = remark.complaint.id
    action = "/remarks/\(id)"
    api = "/api/v1/remarks/\(id)"
    backHref = "/worklist"
    remarkLine = WebText.remarkLine(id, due: remark.complaint.dueOn)
    // A submitted re-marking sheet is final.
    stateLine = WebText.remarkState(remark.sheet.state)
  }

  /// A dossier file's link.
  static func file(_ file: Attachment) -> File {
    File(
      name: file.name, href: "/files/\(file.entry)/\(file.id)", size: Attachment.sizeText(file.size)
    )
  }
}
