import SangKienInterchange
import SangKienModel
import SangKienStorage

/// A judge to add, as a form or the command line gives it.
public struct JudgeInput: Sendable, Hashable {
  /// A short id used on sheets (`gk01`).
  public var id: String
  /// The judge's post (chức vụ).
  public var title: String
  /// Full name.
  public var name: String
  /// Unit (for conflicts of interest).
  public var unit: String
  /// Fields of expertise.
  public var fields: [String]
  /// `chair` or `member` (or the Vietnamese words).
  public var role: String

  /// Creates the input.
  public init(
    id: String, name: String, unit: String = "", fields: [String] = [], role: String = "member",
    title: String = ""
  ) {
    self.title = title
    self.id = id
    self.name = name
    self.unit = unit
    self.fields = fields
    self.role = role
  }
}

/// What changes in a judge: only the fields given.
public struct JudgeChanges: Sendable, Hashable {
  /// Full name.
  public var name: String?
  /// Unit.
  public var unit: String?
  /// Fields of expertise (replacing the list).
  public var fields: [String]?
  /// `chair` or `member`.
  public var role: String?
  /// The judge's post.
  public var title: String?

  /// Creates changes.
  public init(
    name: String? = nil, unit: String? = nil, fields: [String]? = nil, role: String? = nil,
    title: String? = nil
  ) {
    self.name = name
    self.unit = unit
    self.fields = fields
    self.role = role
    self.title = title
  }
}

/// A judge changed, and how their conflicts of interest changed with it.
public struct JudgeUpdate: Sendable {
  /// The judge as stored.
  public var judge: Judge
  /// Whether anything changed.
  public var changed: Bool
  /// Conflicts detected now that were not before (sheets already scored are set aside).
  public var newConflicts: [ConflictRecord]
  /// Conflicts detected before that are gone.
  public var goneConflicts: [ConflictRecord]
}

/// A declared conflict, with the assignments it took away and the sheets it set aside.
public struct ConflictDeclared: Sendable {
  /// Unscored assignments of the pair that were removed.
  public var removedAssignments: Int
  /// Sheets the judge had already entered for the entry: they no longer count, and their
  /// places are free for `assign repair`.
  public var setAside: [RoundPair]
}

extension Workflow {
  /// Adds a member of staff.
  public func addStaff(name: String, role: Role, by person: Person) throws(WorkflowError)
    -> String
  {
    try authorize(.staffAdd, person)
    var problems: [Problem] = []
    if role == .judge { problems.append(Problem(field: "role", message: WorkflowText.staffRole)) }
    let cleaned = VietnameseText.clean(name)
    if cleaned.isEmpty { problems.append(Problem(field: "name", message: WorkflowText.empty)) }
    try WorkflowError.check(problems)
    try attempt { try database.addStaff(name: cleaned, role: role, context: context(person)) }
    return cleaned
  }

  /// The staff.
  public func staff(by person: Person) throws(WorkflowError) -> [(name: String, role: Role)] {
    try authorize(.staffList, person)
    return try attempt { try database.staff() }
  }

  /// Adds one judge.
  public func addJudge(_ input: JudgeInput, by person: Person) throws(WorkflowError) -> Judge {
    try authorize(.judgeAdd, person)
    let judge = try Self.judge(from: input)
    try attempt { try database.addJudges([judge], context: context(person)) }
    return judge
  }

  /// The judge `input` describes, checked: every problem named by its field.
  static func judge(from input: JudgeInput) throws(WorkflowError) -> Judge {
    let clean = { (text: String) in VietnameseText.clean(text) }
    let (role, problems) = JudgeFields.check(id: input.id, name: input.name, role: input.role)
    try WorkflowError.check(problems.map { Problem(field: $0.field, message: $0.message) })
    return Judge(
      id: input.id, name: clean(input.name), unit: clean(input.unit),
      fields: input.fields.map(clean).filter { !$0.isEmpty }, role: role ?? .member,
      title: clean(input.title))
  }

  /// Changes a judge's name, unit, fields, role or post (the id stays); conflicts of interest
  /// are detected again and the differences returned.
  public func updateJudge(id: String, changes: JudgeChanges, by person: Person)
    throws(WorkflowError) -> JudgeUpdate
  {
    try authorize(.judgeUpdate, person)
    return try transaction(person) {
      guard let current = try database.judge(id: id) else {
        throw StorageError.judgeNotFound(id: id)
      }
      let input = JudgeInput(
        id: id, name: changes.name ?? current.name, unit: changes.unit ?? current.unit,
        fields: changes.fields ?? current.fields, role: changes.role ?? current.role.rawValue)
      var judge = try Self.judge(from: input)
      judge.title = VietnameseText.clean(changes.title ?? current.title)
      judge.active = current.active
      guard judge != current else {
        return JudgeUpdate(judge: current, changed: false, newConflicts: [], goneConflicts: [])
      }
      let entries = try database.entries().filter(\.status.isEligible)
      let notes = try database.conflictNotes(judge: id)
      let before = Set(
        Conflicts.records(judges: [current], entries: entries, notes: notes).filter(\.isActive))
      let stored = try database.updateJudge(judge, context: context(person))
      let after = Set(
        Conflicts.records(judges: [stored], entries: entries, notes: notes).filter(\.isActive))
      let pairs = { (records: Set<ConflictRecord>) in Set(records.map(\.pair)) }
      return JudgeUpdate(
        judge: stored, changed: true,
        newConflicts: after.filter { !pairs(before).contains($0.pair) }.sorted {
          $0.entry < $1.entry
        },
        goneConflicts: before.filter { !pairs(after).contains($0.pair) }.sorted {
          $0.entry < $1.entry
        })
    }
  }

  /// Adds the judges of a file, all or none; returns them and the file's warnings.
  /// A workbook is read from `sheet`, or the first worksheet with an id and a name column.
  /// With `dryRun`, everything is checked and nothing written.
  public func importJudges(
    _ source: FileSource, encoding: LegacyEncoding? = nil, sheet: String? = nil,
    dryRun: Bool = false, by person: Person
  ) throws(WorkflowError) -> (judges: [Judge], warnings: [Problem]) {
    try authorize(.judgeImport, person)
    var table = try tabular(source, sheet: sheet, kind: .judges)
    table.source = try attempt { try encoding.map(table.source.decoded) ?? table.source }
    let result = try importing(table, dryRun: dryRun) { (dryRun) throws(WorkflowError) in
      try importJudges(read: table.source, commit: !dryRun, by: person)
    }
    return (result.judges, Self.locate(result.warnings, table.map))
  }

  private func importJudges(read source: FileSource, commit: Bool, by person: Person)
    throws(WorkflowError) -> (judges: [Judge], warnings: [Problem])
  {
    try transaction(person, commit: commit) {
      let (rows, warnings) = try JudgeCSV.rows(source)
      // An id already on the jury is a problem of its row, named with its line.
      var collector = DiagnosticCollector()
      for row in rows where try database.judge(id: row.judge.id) != nil {
        collector.add(
          Diagnostic(
            file: source.name, line: row.line, column: "id",
            message: WorkflowText.judgeIdTaken(row.judge.id)))
      }
      try collector.check()
      let judges = rows.map(\.judge)
      try database.addJudges(judges, context: context(person), note: source.name)
      return (judges, warnings.map(Problem.init))
    }
  }

  /// The judges, removed ones too when asked.
  public func judges(includeRemoved: Bool = false, by person: Person) throws(WorkflowError)
    -> [Judge]
  {
    try authorize(.judgeList, person)
    return try attempt { try database.judges(includeRemoved: includeRemoved) }
  }

  /// Removes a judge: their unscored assignments go; their sheets stay unless `dropScores`.
  public func removeJudge(id: String, dropScores: Bool, by person: Person) throws(WorkflowError)
    -> ContestDatabase.JudgeRemoval
  {
    try authorize(.judgeRemove, person)
    return try attempt {
      try database.removeJudge(id: id, dropScores: dropScores, context: context(person))
    }
  }

  /// Declares a conflict of interest; the pair's unscored assignments go.
  public func declareConflict(judge: String, entry: String, reason: String, by person: Person)
    throws(WorkflowError) -> ConflictDeclared
  {
    try authorize(.conflictAdd, person)
    let entry = try attempt { try database.canonicalCode(entry) }
    let why = try Self.reason(reason)
    return try transaction(person) {
      let removed = try database.addConflictNote(
        ConflictNote(judge: judge, entry: entry, kind: .declared, reason: why),
        context: context(person))
      let scored = try database.sheets(judge: judge, entry: entry).filter { $0.voided == nil }
      return ConflictDeclared(removedAssignments: removed, setAside: scored.map(\.key))
    }
  }

  /// A judge declares their own conflict of interest with an entry they were given, from
  /// its page: the entry leaves their worklist at once, as `conflict add` does it.
  public func declareOwnConflict(judge: String, entry: String, reason: String, by person: Person)
    throws(WorkflowError) -> ConflictDeclared
  {
    try authorize(.conflictDeclare, person, judge: judge)
    let entry = try attempt { try database.canonicalCode(entry) }
    let why = try Self.reason(reason)
    return try transaction(person) {
      let assigned = try database.contest().rounds.contains { round in
        try database.assignedJudges(round: round.id, entry: entry).contains(judge)
          || round.judgesPerEntry == .all
      }
      guard assigned else {
        throw WorkflowError.notPermitted(WorkflowText.notYourEntry(judge, entry))
      }
      let removed = try database.addConflictNote(
        ConflictNote(judge: judge, entry: entry, kind: .declared, reason: why),
        context: context(person))
      let scored = try database.sheets(judge: judge, entry: entry).filter { $0.voided == nil }
      return ConflictDeclared(removedAssignments: removed, setAside: scored.map(\.key))
    }
  }

  /// Dismisses a detected conflict, with the reason; there must be one to dismiss.
  public func dismissConflict(judge: String, entry: String, reason: String, by person: Person)
    throws(WorkflowError)
  {
    try authorize(.conflictDismiss, person)
    let entry = try attempt { try database.canonicalCode(entry) }
    let why = try Self.reason(reason)
    try transaction(person) {
      let detected = Conflicts.records(
        judges: try database.judges(), entries: [try database.entry(code: entry)], notes: []
      ).filter { $0.judge == judge }
      guard !detected.isEmpty else {
        throw WorkflowError.wrongState(WorkflowText.nothingToDismiss(judge, entry))
      }
      try database.addConflictNote(
        ConflictNote(judge: judge, entry: entry, kind: .dismissed, reason: why),
        context: context(person))
    }
  }

  /// Every conflict of interest, dismissed ones only when asked.
  public func conflicts(includeDismissed: Bool = false, by person: Person) throws(WorkflowError)
    -> [ConflictRecord]
  {
    try authorize(.conflictList, person)
    return try attempt {
      try database.snapshot {
        Conflicts.records(
          judges: try database.judges(),
          entries: try database.entries().filter(\.status.isEligible),
          notes: try database.conflictNotes()
        ).filter { includeDismissed || $0.isActive }
      }
    }
  }

  /// A reason, cleaned; an empty one is refused.
  static func reason(_ text: String) throws(WorkflowError) -> String {
    let cleaned = VietnameseText.clean(text)
    guard !cleaned.isEmpty else {
      throw .invalid([Problem(field: "reason", message: WorkflowText.reasonRequired)])
    }
    return cleaned
  }
}
