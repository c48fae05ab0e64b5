import Foundation
import SangKienModel
import SangKienScoring
internal import SangKienStorage

/// Where a judge's sheet for an entry stands, as their page shows it.
public enum SheetProgress: String, Sendable, Hashable {
  /// Nothing saved yet.
  case todo
  /// A draft, not submitted (or changes to a submitted sheet, not yet submitted).
  case draft
  /// Submitted, and the draft holds nothing more.
  case submitted
}

/// A judge's sheet for one entry as the web shows it: the entry (blind), the points and
/// comment of the draft or the submitted sheet, its state and its version.
public struct SheetView: Sendable {
  /// The round.
  public var round: Round
  /// Its rubric.
  public var rubric: Rubric
  /// The judge.
  public var judge: String
  /// The entry, blind, with the sheet as submitted (if it is).
  public var item: Worklist.Item
  /// The points shown: the draft's, else the submitted sheet's.
  public var points: [String: Points]
  /// The comment shown.
  public var comment: String
  /// Todo, draft or submitted.
  public var state: SheetProgress
  /// How many saves the sheet has had: a save must name the version it started from.
  public var version: Int
  /// The sum of the points shown (the total once every criterion has its points).
  public var total: Points
  /// Whether the round is open (a closed round's sheet is read-only).
  public var open: Bool
  /// The total of the submitted sheet, which counts until another submission replaces it
  /// (nil before the first submission).
  public var submittedTotal: Points?

  /// Whether changes typed over a submitted sheet are waiting to be submitted: the
  /// submitted sheet still counts.
  public var pending: Bool {
    item.state == .submitted && state == .draft
      && (points != item.points || comment != item.comment)
  }

  /// Whether the judge may change the sheet: the round open and the sheet not locked.
  public var editable: Bool { open && !item.locked }
}

extension Workflow {
  /// The judge's sheet for an entry, draft or submitted; refused as every read of a sheet
  /// is when the judge is not to score the entry.
  public func sheetView(round id: String?, judge: String, entry: String, by person: Person)
    throws(WorkflowError) -> SheetView
  {
    let (round, rubric, item) = try sheet(round: id, judge: judge, entry: entry, by: person)
    let key = RoundPair(round: round.id, judge: judge, entry: item.code)
    let (draft, states) = try attempt {
      (try database.draft(key), try database.roundStates())
    }
    let pending = draft?.pending == true
    let points =
      pending ? draft?.points ?? [:] : item.state == .submitted ? item.points : draft?.points ?? [:]
    let comment =
      pending
      ? draft?.comment ?? "" : item.state == .submitted ? item.comment : draft?.comment ?? ""
    let state: SheetProgress =
      pending ? .draft : item.state == .submitted ? .submitted : (draft == nil ? .todo : .draft)
    return SheetView(
      round: round, rubric: rubric, judge: judge, item: item, points: points, comment: comment,
      state: state, version: draft?.version ?? 0,
      total: points.values.reduce(Points.zero) { $0 + $1 },
      open: states[round.id] != .closed,
      submittedTotal: item.state == .submitted ? item.total : nil)
  }

  /// Saves a judge's sheet from their page: a draft (each value given checked against its
  /// criterion, missing ones allowed; not audited, never counted) or, with `submit`, the
  /// sheet itself with every check of `score enter` (audited; a change to a submitted sheet
  /// is audited before and after). `version` is the one the page started from: when
  /// another tab saved since, the save is refused and nothing changes.
  public func saveSheet(
    round id: String?, judge: String, entry: String, points: [String: Decimal], comment: String,
    version: Int, submit: Bool, by person: Person
  ) throws(WorkflowError) -> SheetView {
    let actor = try authorize(.scoreEnter, person, judge: judge)
    // A judge's working copy is theirs: the secretariat enters a sheet by submitting it
    // (audited), never by writing a draft the judge might then submit as their own.
    if actor.role != .judge && !submit {
      throw WorkflowError.notPermitted(WorkflowText.staffDraft(judge))
    }
    let code = try entryCode(entry, for: person)
    let cleaned = VietnameseText.clean(comment, keepLineBreaks: true)
    try Self.bounded(cleaned, field: "comment", limit: TextLimits.comment)
    return try transaction(person) {
      let current = try sheetView(round: id, judge: judge, entry: code, by: person)
      guard current.open else {
        throw WorkflowError.wrongState(WorkflowText.roundClosed(current.round.id))
      }
      if current.item.locked {
        throw WorkflowError.wrongState(
          WorkflowText.sheetLocked(judge, code, round: current.round.id))
      }
      if version != current.version {
        throw WorkflowError.wrongState(WorkflowText.staleSheet(version, now: current.version))
      }
      // `sheetView` ran every rule of the pair but the round's state, checked above: the
      // pair is not read again.
      try Self.checkValues(
        points, rubric: current.rubric, judge: judge, entry: code, complete: submit)
      var saved = current
      let kept = points.compactMapValues(Points.init)
      if submit {
        let entered = try enterSheet(
          round: current.round.id, judge: judge, entry: code, points: points, comment: cleaned,
          replace: current.item.state == .submitted, by: person)
        saved.item.state = .submitted
        saved.item.points = kept
        saved.item.comment = cleaned
        saved.item.total = entered.sheet.total
        saved.item.locked = current.round.lockSubmitted
        saved.submittedTotal = entered.sheet.total
      }
      try database.putDraft(
        StoredDraft(
          key: RoundPair(round: current.round.id, judge: judge, entry: code),
          points: kept, comment: cleaned, pending: !submit,
          version: current.version + 1, updatedAt: AuditContext.format(clock())))
      // What `sheetView` would now read, without reading it.
      saved.points = kept
      saved.comment = cleaned
      saved.state = submit ? .submitted : .draft
      saved.version = current.version + 1
      saved.total = kept.values.reduce(Points.zero) { $0 + $1 }
      return saved
    }
  }
}

extension Workflow {
  /// Refuses values a judge's page sent that their criteria do not allow, each by its field
  /// (`points.ID`); missing ones only when the sheet is to be `complete` (submitted).
  static func checkValues(
    _ points: [String: Decimal], rubric: Rubric, judge: String, entry code: String,
    complete: Bool
  ) throws(WorkflowError) {
    let scorer = SheetScorer(rubric: rubric)
    guard case .failure(let problems) = scorer.sheet(judge: judge, entry: code, values: points)
    else { return }
    let found = problems.problems.filter {
      if case .missing = $0 { return complete }
      return true
    }
    if !found.isEmpty {
      throw WorkflowError.invalid(
        found.map {
          Problem(field: "points." + $0.criterion, message: Self.message($0, scorer: scorer))
        })
    }
  }
}

extension Workflow {
  /// A judge's worklist with where each sheet stands (todo, draft, submitted), as their
  /// page shows it.
  public func worklistProgress(round id: String?, judge: String, by person: Person)
    throws(WorkflowError) -> (worklist: Worklist, states: [String: SheetProgress])
  {
    let list = try worklist(round: id, judge: judge, by: person)
    let drafts = try attempt { try database.drafts(round: list.round.id, judge: judge) }
    var states: [String: SheetProgress] = [:]
    for item in list.items {
      let draft = drafts[item.code]
      states[item.code] =
        draft?.pending == true
        ? .draft : item.state == .submitted ? .submitted : draft == nil ? .todo : .draft
    }
    return (list, states)
  }

  /// One dossier file's bytes, for a download: every file for the staff, a blind file of an
  /// entry they score for a judge (any other refused and audited, as `extract` is).
  public func attachmentFile(_ code: String, id: Int64, by person: Person) throws(WorkflowError)
    -> (Attachment, [UInt8])
  {
    let files = try attachments(of: code, by: person)
    guard let file = files.first(where: { $0.id == id }) else {
      throw .notFound(StorageError.attachmentNotFound(id: id, entry: code).description)
    }
    let bytes = try attempt { try database.attachmentBytes(id: id) }
    guard Fingerprint.sha256(bytes) == file.sha256 else {
      throw .failed(WorkflowText.extractedWrong(file, found: Fingerprint.sha256(bytes)))
    }
    return (file, bytes)
  }
}
