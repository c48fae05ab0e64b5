import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
internal import SangKienStorage

/// A sheet saved.
public struct SheetSaved: Sendable {
  /// The round.
  public var round: Round
  /// Its rubric.
  public var rubric: Rubric
  /// The sheet, with parents' points and the total worked out.
  public var sheet: ScoreSheet
  /// Whether it replaced one.
  public var replaced: Bool
  /// Whether it was the sheet already stored (nothing written).
  public var unchanged: Bool = false
}

/// What a sheet import did.
public struct SheetImport: Sendable {
  /// New sheets.
  public var added: Int
  /// Sheets replaced.
  public var replaced: Int
  /// Rows identical to the sheet already stored: nothing written, no audit record.
  public var unchanged: Int = 0
  /// Rows with neither points nor a comment for entries with no sheet yet: not scored yet,
  /// left for later. (An empty row over a stored sheet leaves the sheet as it is: see
  /// `judges`.)
  public var notScored: Int = 0
  /// Warnings, with their lines.
  public var warnings: [Problem]
  /// Whether nothing was written.
  public var dryRun: Bool
  /// Whose sheets they are: one line per judge named in the file (and the judge a score
  /// workbook is stamped for), in the order the file first names them.
  public var judges: [JudgeTally] = []
}

/// What an import did with one judge's rows.
public struct JudgeTally: Sendable, Hashable {
  /// The judge's id.
  public var judge: String
  /// Their name, when the contest knows the id.
  public var name: String?
  /// New sheets.
  public var added: Int = 0
  /// Sheets replaced.
  public var replaced: Int = 0
  /// Rows equal to the sheet already stored.
  public var unchanged: Int = 0
  /// Entries whose rows have neither points nor a comment and no sheet yet, in file order.
  public var empty: [String] = []
  /// Entries whose rows are empty though the judge's sheet is stored: the sheet stays as it
  /// is (an empty row withdraws nothing).
  public var emptyKept: [String] = []
  /// For a score workbook: entries of the judge's worklist in the round with no row in the
  /// workbook (a deleted row), in code order.
  public var missing: [String] = []

  /// "gk09 Bùi Quang Vinh: 15 phiếu mới, 0 phiếu thay, 0 phiếu không đổi; 2 dòng trống
  /// (chưa chấm): SK-0003, SK-0007". Missing rows are said once, as the import's warning.
  public var sentence: String { WorkflowText.judgeTally(self) }
}

/// Where a judge is with one entry.
public enum SheetState: String, Sendable, Hashable {
  /// No sheet yet.
  case todo
  /// The sheet is in.
  case submitted
}

/// One judge's worklist in a round: the entries they are to score, blind.
public struct Worklist: Sendable {
  /// One entry to score.
  public struct Item: Sendable, Hashable {
    /// The entry's code.
    public var code: String
    /// Its title.
    public var title: String
    /// Its summary.
    public var summary: String
    /// Whether the judge's sheet is in.
    public var state: SheetState
    /// The judge's points, by leaf criterion, when the sheet is in.
    public var points: [String: Points]
    /// The judge's comment.
    public var comment: String
    /// The judge's total, when the sheet is in.
    public var total: Points?
    /// The entry's blind dossier files: the only ones a judge sees.
    public var files: [Attachment] = []
    /// Whether the sheet is in and stays as it is: the round locks submitted sheets and the
    /// secretariat has not reopened this one.
    public var locked: Bool = false
  }

  /// The round.
  public var round: Round
  /// Its rubric.
  public var rubric: Rubric
  /// The judge.
  public var judge: Judge
  /// The entries, in code order.
  public var items: [Item]
}

/// The tallies of an import, in the order the file first names each judge.
struct JudgeTallies {
  let judges: [String: Judge]
  private(set) var list: [JudgeTally] = []
  private var index: [String: Int] = [:]

  init(judges: [String: Judge]) { self.judges = judges }

  mutating func note(_ judge: String) {
    if index[judge] == nil {
      index[judge] = list.count
      list.append(JudgeTally(judge: judge, name: judges[judge]?.name))
    }
  }

  subscript(judge: String) -> JudgeTally {
    get { index[judge].map { list[$0] } ?? JudgeTally(judge: judge, name: judges[judge]?.name) }
    set {
      note(judge)
      if let at = index[judge] { list[at] = newValue }
    }
  }
}

extension Workflow {
  /// Enters one judge's points for one entry. Checked and written in one transaction: the
  /// round open, the judge active, assigned and free of conflict, the entry eligible and in
  /// the round, every leaf criterion given and within its maximum and step.
  public func enterSheet(
    round id: String?, judge: String, entry: String, points: [String: Decimal], comment: String,
    replace: Bool = false, by person: Person
  ) throws(WorkflowError) -> SheetSaved {
    try authorize(.scoreEnter, person, judge: judge)
    let entry = try entryCode(entry, for: person)
    try Self.bounded(
      VietnameseText.clean(comment, keepLineBreaks: true), field: "comment",
      limit: TextLimits.comment)
    return try transaction(person) {
      let id = try sheetRound(id)
      let (facts, rubric) = try PairFacts.read(database, round: id, judge: judge, entry: entry)
      if let refusal = SheetRules.refusal(
        facts, judge: judge, entry: entry, blind: person.actor?.role == .judge)
      {
        throw refusal
      }
      let scorer = SheetScorer(rubric: rubric)
      let sheet: ScoreSheet
      switch scorer.sheet(judge: judge, entry: entry, values: points) {
      case .success(let scored): sheet = scored
      case .failure(let problems):
        throw WorkflowError.invalid(
          problems.problems.map {
            Problem(field: "points." + $0.criterion, message: Self.message($0, scorer: scorer))
          })
      }
      let existing = try database.sheets(round: facts.round.id, judge: judge, entry: entry)
      let cleaned = VietnameseText.clean(comment, keepLineBreaks: true)
      if let stored = existing.first, stored.points == points.compactMapValues(Points.init),
        stored.comment == cleaned
      {
        return SheetSaved(
          round: facts.round, rubric: rubric, sheet: sheet, replaced: false, unchanged: true)
      }
      if !existing.isEmpty && !replace {
        throw WorkflowError.wrongState(WorkflowText.sheetExists(judge, entry))
      }
      if existing.isEmpty && replace {
        throw WorkflowError.wrongState(
          WorkflowText.nothingToReplace(judge, entry, round: facts.round.id))
      }
      if let stored = existing.first, facts.round.lockSubmitted, stored.reopened == nil {
        throw WorkflowError.wrongState(
          WorkflowText.sheetLocked(judge, entry, round: facts.round.id))
      }
      _ = try database.saveSheets(
        [
          StoredSheet(
            round: facts.round.id, judge: judge, entry: entry,
            points: points.compactMapValues(Points.init),
            comment: VietnameseText.clean(comment, keepLineBreaks: true))
        ], replace: replace, context: context(person), note: nil)
      return SheetSaved(
        round: facts.round, rubric: rubric, sheet: sheet, replaced: !existing.isEmpty)
    }
  }

  /// Imports a file of sheets, all or none; every row is checked in the transaction that
  /// writes them. A judge may import only their own sheets.
  ///
  /// `skipUnassigned`: rows for pairs not assigned in the round (or in conflict) are passed
  /// over instead of refused — for a file of every judge's opinion of every entry, as the
  /// demo has.
  ///
  /// A workbook is read from `sheet`, or the first worksheet with a judge and an entry column;
  /// its problems name their cells.
  public func importSheets(
    _ source: FileSource, round id: String?, replace: Bool = false, dryRun: Bool = false,
    skipUnassigned: Bool = false, sheet: String? = nil, by person: Person
  ) throws(WorkflowError) -> SheetImport {
    try authorize(.scoreImport, person)
    var table = try tabular(source, sheet: sheet, kind: .scores())
    var id = id
    var workbookJudge: String?
    if let stamp = table.temporary?.stamp {
      // A score workbook: made for this contest, round, judge and rubric version, or refused.
      do {
        (id, workbookJudge) = try checkStamp(stamp, file: source.name, round: id, by: person)
      } catch {
        table.temporary?.remove()
        throw error
      }
    }
    if table.map != nil {
      // The round's criteria, to name a criterion's cell by its header.
      let round = try? RoundContext.load(database, round: sheetRound(id, file: table.source))
      table.map = table.map?.resolving(
        TableKind.scores(
          criteria: round?.scorer.leafIds ?? [],
          names: round.map { ScoreWorkbook.headerNames($0.rubric) } ?? [:]))
    }
    return try importing(table, dryRun: dryRun) { (dryRun) throws(WorkflowError) in
      try importSheets(
        read: table.source, round: id, replace: replace, dryRun: dryRun,
        skipUnassigned: skipUnassigned, workbookJudge: workbookJudge, by: person)
    }
  }

  /// A sheet file read and checked against the contest: the sheets to store and what the
  /// import says of the rest.
  struct SheetPlan {
    var sheets: [StoredSheet]
    var added: Int
    var replaced: Int
    var unchanged: Int
    var notScored: Int
    var warnings: [Problem]
    var judges: [JudgeTally]

    func result(added: Int, replaced: Int, dryRun: Bool) -> SheetImport {
      SheetImport(
        added: added, replaced: replaced, unchanged: unchanged, notScored: notScored,
        warnings: warnings, dryRun: dryRun, judges: judges)
    }
  }

  /// Imports a sheet file in two steps, so that reading it never holds the write lock: every
  /// row is read and checked on a snapshot of the database (a judge's save goes on
  /// meanwhile), then the sheets are stored in one short transaction — in which, if anything
  /// was written since the snapshot (the audit head moved), the file is checked again. A dry
  /// run never takes the write lock at all.
  private func importSheets(
    read source: FileSource, round id: String?, replace: Bool, dryRun: Bool,
    skipUnassigned: Bool, workbookJudge: String?, by person: Person
  ) throws(WorkflowError) -> SheetImport {
    let actor = try authorize(.scoreImport, person)
    let onlyJudge = actor.role == .judge ? actor.judgeId : nil
    func plan() throws -> SheetPlan {
      try planSheets(
        source, round: id, replace: replace, skipUnassigned: skipUnassigned,
        workbookJudge: workbookJudge, onlyJudge: onlyJudge)
    }
    let (planned, marker) = try attempt {
      try database.snapshot { (try plan(), try database.auditHead()) }
    }
    if dryRun {
      return planned.result(added: planned.added, replaced: planned.replaced, dryRun: true)
    }
    return try transaction(person) {
      let checked = try database.auditHead() == marker ? planned : try plan()
      let counts = try database.saveSheets(
        checked.sheets, replace: replace, context: context(person), note: source.name)
      return checked.result(added: counts.added, replaced: counts.replaced, dryRun: false)
    }
  }

  /// Reads and checks every row of a sheet file against the contest as it is.
  private func planSheets(
    _ source: FileSource, round id: String?, replace: Bool, skipUnassigned: Bool,
    workbookJudge: String?, onlyJudge: String?
  ) throws -> SheetPlan {
    let path = source.name
    let round = try RoundContext.load(database, round: try sheetRound(id, file: source))
    let names = ScoreWorkbook.headerNames(round.rubric)
    var reader = try ScoreCSVReader(
      source: source, criteria: round.scorer.leafIds, names: names)
    var collector = DiagnosticCollector()
    for problem in reader.readHeader() { collector.add(problem) }
    try collector.check()
    // A closed round refuses the whole file: said once, not on every row.
    if round.state == .closed {
      throw DiagnosticsError([
        Diagnostic(
          file: path, line: 2,
          message: WorkflowText.roundClosed(round.round.id) + WorkflowText.wholeFile)
      ])
    }
    var sheets: [StoredSheet] = []
    var unchanged = 0
    var notScored = 0
    var blank = 0
    var seen: [Pair: Int] = [:]
    var tallies = JudgeTallies(judges: round.judges)
    if let workbookJudge { tallies.note(workbookJudge) }
    var rowsOfStamped: Set<String> = []
    while let row = reader.next() {
      for problem in row.diagnostics { collector.add(problem) }
      guard row.diagnostics.isEmpty else { continue }
      // A row's problem names its entry, where the message does not already.
      func problem(_ column: String?, _ message: String) {
        let text =
          row.entry.isEmpty || message.contains(row.entry) ? message : "\(row.entry): \(message)"
        collector.add(Diagnostic(file: path, line: row.line, column: column, message: text))
      }
      if let named = row.round, named != round.round.id {
        problem("round", WorkflowText.rowForRound(named, importing: round.round.id))
        continue
      }
      if let onlyJudge, row.judge != onlyJudge {
        problem("judge", WorkflowText.onlyOwnScores(onlyJudge, not: row.judge))
        continue
      }
      if let workbookJudge, row.judge != workbookJudge {
        problem("judge", WorkflowText.notWorkbookJudge(row.judge, workbook: workbookJudge))
        continue
      }
      var row = row
      row.entry = round.code(row.entry)
      if row.comment.count > TextLimits.comment {
        problem("comment", WorkflowText.tooLong(row.comment.count, limit: TextLimits.comment))
        continue
      }
      if workbookJudge != nil { rowsOfStamped.insert(row.entry) }
      // A row with neither points nor a comment is an entry not scored yet (a blank sheet
      // or a score workbook sent back part-filled): left for later, not refused.
      if row.values.isEmpty && row.comment.isEmpty {
        blank += 1
        if round.sheet(judge: row.judge, entry: row.entry) == nil {
          notScored += 1
          tallies[row.judge].empty.append(row.entry)
        } else {
          tallies[row.judge].emptyKept.append(row.entry)
        }
        continue
      }
      let pair = Pair(judge: row.judge, entry: row.entry)
      if skipUnassigned
        && (!round.roster.isAssigned(judge: row.judge, entry: row.entry)
          || round.excluded.contains(pair))
      {
        continue
      }
      if let first = seen[pair] {
        problem(nil, WorkflowText.sheetOnLine(row.judge, row.entry, first))
        continue
      }
      seen[pair] = row.line
      if let refusal = round.refusal(judge: row.judge, entry: row.entry) {
        problem(nil, refusal.description)
        continue
      }
      var rowOK = true
      if case .failure(let problems) = round.scorer.sheet(
        judge: row.judge, entry: row.entry, values: row.values)
      {
        rowOK = false
        for issue in problems.problems {
          problem(issue.criterion, Self.message(issue, scorer: round.scorer))
        }
      }
      if rowOK, let stored = round.sheet(judge: row.judge, entry: row.entry),
        stored.points == row.values.compactMapValues(Points.init), stored.comment == row.comment
      {
        unchanged += 1
        tallies[row.judge].unchanged += 1
        continue
      }
      if let stored = round.sheet(judge: row.judge, entry: row.entry) {
        if !replace {
          rowOK = false
          problem(nil, WorkflowText.sheetExists(row.judge, row.entry))
        } else if round.round.lockSubmitted && stored.reopened == nil {
          rowOK = false
          problem(nil, WorkflowText.sheetLocked(row.judge, row.entry, round: round.round.id))
        }
      }
      if rowOK {
        if round.sheet(judge: row.judge, entry: row.entry) == nil {
          tallies[row.judge].added += 1
        } else {
          tallies[row.judge].replaced += 1
        }
        sheets.append(
          StoredSheet(
            round: round.round.id, judge: row.judge, entry: row.entry,
            points: row.values.compactMapValues(Points.init), comment: row.comment))
      }
    }
    if seen.isEmpty && !collector.hasErrors {
      collector.add(
        Diagnostic(
          file: path, line: 2,
          message: blank > 0
            ? WorkflowText.nothingScoredYet(blank) : WorkflowText.noSheetsInFile))
    }
    // A score workbook is one judge's worklist: a row deleted from it is said, not passed
    // over in silence (once the rows themselves are right).
    if let workbookJudge, !collector.hasErrors {
      let missing = round.roster.entries(of: workbookJudge).filter {
        !rowsOfStamped.contains($0)
          && !round.excluded.contains(Pair(judge: workbookJudge, entry: $0))
      }
      tallies[workbookJudge].missing = missing
      if !missing.isEmpty {
        collector.add(
          Diagnostic(
            file: path,
            message: WorkflowText.rowsMissing(
              missing, judge: workbookJudge, round: round.round.id,
              unscored: missing.filter { round.sheet(judge: workbookJudge, entry: $0) == nil }
                .count),
            severity: .warning))
      }
    }
    try collector.check()
    let added = sheets.filter { round.sheet(judge: $0.judge, entry: $0.entry) == nil }.count
    return SheetPlan(
      sheets: sheets, added: added, replaced: sheets.count - added, unchanged: unchanged,
      notScored: notScored, warnings: collector.warnings.map(Problem.init),
      judges: tallies.list)
  }

  /// A judge's worklist: the entries they are to score in the round, blind (code, title,
  /// summary), each with their sheet if it is in. Reads only that judge's data.
  public func worklist(round id: String?, judge: String, by person: Person)
    throws(WorkflowError) -> Worklist
  {
    try authorize(.worklist, person, judge: judge)
    return try attempt {
      try database.snapshot {
        let contest = try database.contest()
        let states = try database.roundStates()
        let round = try RoundContext.round(id, of: contest, states: states)
        guard let member = try database.judge(id: judge), member.active else {
          throw StorageError.judgeNotFound(id: judge)
        }
        guard let rubric = try database.rubrics().first(where: { $0.id == round.rubricId }) else {
          throw StorageError.roundNotFound(id: round.id)
        }
        let codes: [String]
        switch round.judgesPerEntry {
        case .count: codes = try database.assignments(round: round.id, judge: judge).map(\.entry)
        case .all:
          codes =
            try database.shortlist(round: round.id)
            ?? (round.id == contest.rounds.first?.id ? try database.eligibleCodes() : [])
        }
        var entries = try database.entries(codes: codes).filter(\.status.isEligible)
        if round.judgesPerEntry != .all {
          let shortlist = try database.shortlist(round: round.id)
          if let shortlist {
            let on = Set(shortlist)
            entries = entries.filter { on.contains($0.code) }
          } else if round.id != contest.rounds.first?.id {
            entries = []
          }
        }
        let excluded = Conflicts.excluded(
          Conflicts.records(
            judges: [member], entries: entries, notes: try database.conflictNotes(judge: judge)),
          in: round.id)
        let sheets = Dictionary(
          try database.sheets(round: round.id, judge: judge).map { ($0.entry, $0) }
        ) { a, _ in a }
        let scorer = SheetScorer(rubric: rubric)
        let files = try database.attachments(codes: entries.map(\.code))
        // A sheet set aside frees the judge's place: the entry leaves the worklist.
        let items = entries.filter {
          !excluded.contains(Pair(judge: judge, entry: $0.code)) && sheets[$0.code]?.voided == nil
        }.map {
          entry in
          let sheet = sheets[entry.code]
          return Worklist.Item(
            code: entry.code, title: entry.draft.title, summary: entry.draft.summary,
            state: sheet == nil ? .todo : .submitted, points: sheet?.points ?? [:],
            comment: sheet?.comment ?? "",
            total: sheet.flatMap {
              try? scorer.sheet(judge: judge, entry: entry.code, points: $0.points).get().total
            }, files: (files[entry.code] ?? []).filter(\.blind).map(\.judgesView),
            locked: round.lockSubmitted && sheet != nil && sheet?.reopened == nil)
        }
        return Worklist(round: round, rubric: rubric, judge: member, items: items)
      }
    }
  }

  /// One judge's sheet for one entry, as the judge sees it (blind), if the judge may score
  /// the entry.
  public func sheet(round id: String?, judge: String, entry: String, by person: Person)
    throws(WorkflowError) -> (round: Round, rubric: Rubric, item: Worklist.Item)
  {
    try authorize(.worklist, person, judge: judge)
    let entry = try entryCode(entry, for: person)
    return try attempt {
      try database.snapshot {
        let (facts, rubric) = try PairFacts.read(database, round: id, judge: judge, entry: entry)
        // A closed round's sheet can still be read; everything else the rule refuses.
        var readable = facts
        readable.state = .open
        if let refusal = SheetRules.refusal(
          readable, judge: judge, entry: entry, blind: person.actor?.role == .judge)
        {
          throw refusal
        }
        let stored = try database.sheets(round: facts.round.id, judge: judge, entry: entry).first
        let total = stored.flatMap {
          try? SheetScorer(rubric: rubric).sheet(judge: judge, entry: entry, points: $0.points)
            .get()
            .total
        }
        let item = Worklist.Item(
          code: entry, title: facts.entry?.draft.title ?? "",
          summary: facts.entry?.draft.summary ?? "",
          state: stored == nil ? .todo : .submitted, points: stored?.points ?? [:],
          comment: stored?.comment ?? "", total: total,
          files: (try database.attachments(codes: [entry])[entry] ?? []).filter(\.blind)
            .map(\.judgesView),
          locked: facts.round.lockSubmitted && stored != nil && stored?.reopened == nil)
        return (facts.round, rubric, item)
      }
    }
  }

  /// A judge's blank sheet: blind, to fill in and import back.
  public func blankSheet(
    round id: String?, judge: String, missingOnly: Bool = false, by person: Person
  ) throws(WorkflowError) -> BlindSheetDocument {
    let (list, lines) = try blankLines(
      round: id, judge: judge, missingOnly: missingOnly, by: person)
    return BlindSheetDocument(
      round: list.round.id, judge: judge, leaves: SheetScorer(rubric: list.rubric).leafIds,
      maxima: Dictionary(uniqueKeysWithValues: list.rubric.leaves.map { ($0.id, $0.max) }),
      lines: lines)
  }

  /// A judge's worklist as the lines of a blank sheet, for the blank sheet and the workbook.
  func blankLines(round id: String?, judge: String, missingOnly: Bool, by person: Person)
    throws(WorkflowError) -> (Worklist, [BlindSheetDocument.Line])
  {
    try authorize(.scoreSheet, person, judge: judge)
    var list = try worklist(round: id, judge: judge, by: person)
    if missingOnly { list.items.removeAll { $0.state == .submitted } }
    return (
      list,
      list.items.map {
        BlindSheetDocument.Line(
          entry: $0.code, title: $0.title, summary: $0.summary, points: $0.points,
          comment: $0.comment, files: $0.files.map(BlindSheetDocument.fileText))
      }
    )
  }

  /// The sheets entered in a round, optionally one judge's or one entry's (a judge sees only
  /// their own).
  public func sheets(
    round id: String?, judge: String?, entry: String?, includeSetAside: Bool = false,
    by person: Person
  ) throws(WorkflowError) -> SheetListDocument {
    try authorize(.scoreList, person, judge: judge)
    let judge = Policy.scope(of: person, asking: judge)
    let entry = try attempt { try entry.map(database.canonicalCode) }
    return try attempt {
      try database.snapshot {
        let contest = try database.contest()
        let round = try RoundContext.round(id, of: contest, states: try database.roundStates())
        guard let rubric = try database.rubrics().first(where: { $0.id == round.rubricId }) else {
          throw StorageError.roundNotFound(id: round.id)
        }
        let scorer = SheetScorer(rubric: rubric)
        let sheets = try database.sheets(round: round.id, judge: judge, entry: entry)
        let setAside = try Self.setAside(sheets, database: database)
        return SheetListDocument(
          leaves: scorer.leafIds,
          lines: sheets.compactMap { s in
            let reason = setAside[s.key].map(Self.describe)
            guard includeSetAside || reason == nil else { return nil }
            return SheetListDocument.Line(
              key: s.key, points: s.points,
              total: (try? scorer.sheet(judge: s.judge, entry: s.entry, points: s.points).get())?
                .total, comment: s.comment, setAside: reason)
          }, showsSetAside: includeSetAside,
          leafNames: rubric.leaves.map {
            "\($0.localizedName) (\(NumberFormat.shown($0.max)))"
          })
      }
    }
  }

  /// How far the judges of a round are. Reads the round's assignments and the keys of its
  /// sheets, not their points.
  public func progress(round id: String?, by person: Person) throws(WorkflowError)
    -> RoundProgress
  {
    try authorize(.scoreProgress, person)
    return try attempt {
      try database.snapshot {
        let contest = try database.contest()
        let round = try RoundContext.round(id, of: contest, states: try database.roundStates())
        let judges = try database.judges(includeRemoved: true)
        let eligible = try database.entries().filter(\.status.isEligible)
        let inRound: [String]
        if let shortlist = try database.shortlist(round: round.id) {
          let ok = Set(eligible.map(\.code))
          inRound = shortlist.filter(ok.contains)
        } else {
          inRound = round.id == contest.rounds.first?.id ? eligible.map(\.code) : []
        }
        let excluded = Conflicts.excluded(
          Conflicts.records(
            judges: judges.filter(\.active), entries: eligible, notes: try database.conflictNotes()),
          in: round.id)
        let keys = try database.sheetKeys(round: round.id)
        let voided = Set(keys.filter(\.voided).map(\.key.pair))
        let roster = RoundRoster(
          round: round, entries: inRound, activeJudges: judges.filter(\.active).map(\.id),
          assignments: try database.assignments(round: round.id).map(\.pair),
          excluded: excluded.union(voided))
        return RoundProgress(
          roster: roster,
          done: Set(keys.map(\.key.pair).filter { !excluded.contains($0) && !voided.contains($0) }),
          judges: judges.map { ($0.id, $0.name, $0.active) })
      }
    }
  }
}

extension Workflow {
  /// Sets a sheet aside for the jury's reason: it stays in the database and the log but no
  /// longer counts, and the judge's place on the entry is free for `repairAssignments`.
  public func voidSheet(
    round id: String?, judge: String, entry: String, reason: String, by person: Person
  )
    throws(WorkflowError) -> StoredSheet
  {
    try authorize(.scoreVoid, person)
    let entry = try attempt { try database.canonicalCode(entry) }
    let why = try Self.reason(reason)
    return try transaction(person) {
      let contest = try database.contest()
      let round = try RoundContext.round(
        try sheetRound(id), of: contest, states: try database.roundStates())
      let key = RoundPair(round: round.id, judge: judge, entry: entry)
      if try database.roundStates()[round.id] == .closed {
        throw WorkflowError.wrongState(WorkflowText.roundClosed(round.id))
      }
      guard let sheet = try database.sheets(round: round.id, judge: judge, entry: entry).first
      else {
        throw StorageError.sheetNotFound(round: round.id, judge: judge, entry: entry)
      }
      if sheet.voided != nil { throw WorkflowError.wrongState(WorkflowText.alreadyVoided) }
      return try database.setVoided(key, reason: why, context: context(person))
    }
  }

  /// Reopens a submitted sheet of a round that locks them, for the secretariat's reason
  /// (audited): its judge may change it once more; their next submission locks it again.
  public func reopenSheet(
    round id: String?, judge: String, entry: String, reason: String, by person: Person
  ) throws(WorkflowError) -> StoredSheet {
    try authorize(.scoreReopen, person)
    let entry = try attempt { try database.canonicalCode(entry) }
    let why = try Self.reason(reason)
    return try transaction(person) {
      let round = try RoundContext.round(
        try sheetRound(id), of: try database.contest(), states: try database.roundStates())
      if try database.roundStates()[round.id] == .closed {
        throw WorkflowError.wrongState(WorkflowText.roundClosed(round.id))
      }
      guard round.lockSubmitted else {
        throw WorkflowError.wrongState(WorkflowText.roundDoesNotLock(round.id))
      }
      guard let sheet = try database.sheets(round: round.id, judge: judge, entry: entry).first
      else {
        throw StorageError.sheetNotFound(round: round.id, judge: judge, entry: entry)
      }
      if sheet.voided != nil { throw WorkflowError.wrongState(WorkflowText.alreadyVoided) }
      if sheet.reopened != nil {
        throw WorkflowError.wrongState(WorkflowText.alreadyReopened(judge, entry))
      }
      return try database.setReopened(
        RoundPair(round: round.id, judge: judge, entry: entry), reason: why,
        context: context(person))
    }
  }

  /// Restores a voided sheet: it counts again. A sheet set aside by a conflict of interest
  /// cannot be restored.
  public func restoreSheet(round id: String?, judge: String, entry: String, by person: Person)
    throws(WorkflowError) -> StoredSheet
  {
    try authorize(.scoreRestore, person)
    let entry = try attempt { try database.canonicalCode(entry) }
    return try transaction(person) {
      let round = try RoundContext.load(database, round: try sheetRound(id))
      if round.state == .closed {
        throw WorkflowError.wrongState(WorkflowText.roundClosed(round.round.id))
      }
      let key = RoundPair(round: round.round.id, judge: judge, entry: entry)
      guard round.sheet(judge: judge, entry: entry) != nil else {
        throw StorageError.sheetNotFound(round: key.round, judge: judge, entry: entry)
      }
      switch round.setAside[key] {
      case .voided?: return try database.setVoided(key, reason: nil, context: context(person))
      case .conflict?: throw WorkflowError.wrongState(WorkflowText.setAsideByConflict(judge, entry))
      case nil: throw WorkflowError.wrongState(WorkflowText.notVoided(judge, entry))
      }
    }
  }

  /// Why each of `sheets` does not count, if it does not.
  static func setAside(_ sheets: [StoredSheet], database: ContestDatabase) throws -> [RoundPair:
    SetAside]
  {
    guard !sheets.isEmpty else { return [:] }
    let judges = try database.judges(includeRemoved: true).filter(\.active)
    let codes = Array(Set(sheets.map(\.entry))).sorted()
    let entries = try database.entries(codes: codes).filter(\.status.isEligible)
    let conflicts = Conflicts.records(
      judges: judges, entries: entries, notes: try database.conflictNotes())
    return SetAside.of(sheets, conflicts: conflicts)
  }

  /// A set-aside reason in words.
  static func describe(_ reason: SetAside) -> String {
    switch reason {
    case .voided(let why): why
    case .conflict(let record): WorkflowText.conflictSource + ": " + record.reason
    }
  }
}

extension Workflow {
  /// The round a change of sheets is for: the one named, else the one the file names on
  /// every row; with neither, the default round only while a single round has sheets,
  /// assignments or a shortlist — otherwise the round must be named, so that a sheet meant
  /// for a closed round never lands in the next one.
  func sheetRound(_ id: String?, file: FileSource? = nil) throws -> String? {
    if let id { return id }
    let inUse = try database.roundsInUse()
    guard inUse.count > 1 else { return nil }
    // Read the file for its round only when the default round is in doubt.
    if let file, let named = ScoreCSVReader.namedRound(in: file) { return named }
    guard inUse.count <= 1 else {
      throw WorkflowError.invalid([
        Problem(field: "round", message: WorkflowText.nameTheRound(inUse))
      ])
    }
    return nil
  }
}

extension Workflow {
  /// A sheet problem in words: the criterion by its id and its name in the session's
  /// language, numbers as that language writes them (14,5 in Vietnamese); an unknown
  /// criterion lists the ones the rubric scores.
  static func message(_ problem: SheetProblem, scorer: SheetScorer) -> String {
    let rubric = scorer.rubric
    let f = { (value: Decimal) in NumberFormat.format(value, places: Self.places(value)) }
    func named(_ id: String) -> String {
      guard let criterion = rubric.criterion(id) else { return "'\(id)'" }
      let name = Language.current == .en ? (criterion.nameEn ?? criterion.name) : criterion.name
      return "'\(id)' (\(name))"
    }
    switch problem {
    case .unknown:
      return problem.description + "; " + WorkflowText.criteria(scorer.leafIds)
    case .missing(let c): return WorkflowText.noPoints(named(c))
    case .negative(let c, let v): return WorkflowText.negative(named(c), f(v))
    case .aboveMaximum(let c, let v, let m): return WorkflowText.aboveMaximum(named(c), f(v), f(m))
    case .offStep(let c, let v, let step): return WorkflowText.offStep(named(c), f(v), f(step))
    }
  }

  /// The decimal places a value needs (at most four, as points have).
  static func places(_ value: Decimal) -> Int { NumberFormat.places(value) }
}
