import SangKienInterchange
import SangKienModel
internal import SangKienStorage

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
  /// E-mail address, for mail.
  public var email: String
  /// Telephone.
  public var phone: String

  /// Creates the input.
  public init(
    id: String, name: String, unit: String = "", fields: [String] = [], role: String = "member",
    title: String = "", email: String = "", phone: String = ""
  ) {
    self.email = email
    self.phone = phone
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
  /// E-mail address.
  public var email: String?
  /// Telephone.
  public var phone: String?

  /// Creates changes.
  public init(
    name: String? = nil, unit: String? = nil, fields: [String]? = nil, role: String? = nil,
    title: String? = nil, email: String? = nil, phone: String? = nil
  ) {
    self.email = email
    self.phone = phone
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
  public func addStaff(
    name: String, role: Role, email: String = "", phone: String = "", by person: Person
  ) throws(WorkflowError) -> String {
    try authorize(.staffAdd, person)
    var problems: [Problem] = []
    if role == .judge { problems.append(Problem(field: "role", message: WorkflowText.staffRole)) }
    let cleaned = VietnameseText.clean(name)
    if cleaned.isEmpty { problems.append(Problem(field: "name", message: WorkflowText.empty)) }
    let address = VietnameseText.clean(email)
    if !address.isEmpty && !MailAddress.isValid(address) {
      problems.append(Problem(field: "email", message: WorkflowText.badAddress(address)))
    }
    let telephone = VietnameseText.clean(phone)
    if !telephone.isEmpty && !JudgeFields.isPhone(telephone) {
      problems.append(Problem(field: "phone", message: WorkflowText.badPhone(telephone)))
    }
    try WorkflowError.check(problems)
    try attempt {
      try database.addStaff(
        name: cleaned, role: role, email: address, phone: telephone, context: context(person))
    }
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
    let (email, phone) = (clean(input.email), clean(input.phone))
    let (role, problems) = JudgeFields.check(
      id: input.id, name: input.name, role: input.role, email: email, phone: phone)
    try WorkflowError.check(problems.map { Problem(field: $0.field, message: $0.message) })
    return Judge(
      id: input.id, name: clean(input.name), unit: clean(input.unit),
      fields: input.fields.map(clean).filter { !$0.isEmpty }, role: role ?? .member,
      title: clean(input.title), email: email, phone: phone)
  }

  /// Changes a judge's name, unit, fields, role or post (the id stays); conflicts of interest
  /// are detected again and the differences returned.
  public func updateJudge(id: String, changes: JudgeChanges, by person: Person)
    throws(WorkflowError) -> JudgeUpdate
  {
    try authorize(.judgeUpdate, person)
    // A new unit can bring a conflict that sets aside a closed round's sheet.
    return try keepingClosedRounds(.judgeUpdate, person) {
      guard let current = try database.judge(id: id) else {
        throw StorageError.judgeNotFound(id: id)
      }
      let input = JudgeInput(
        id: id, name: changes.name ?? current.name, unit: changes.unit ?? current.unit,
        fields: changes.fields ?? current.fields, role: changes.role ?? current.role.rawValue,
        email: changes.email ?? current.email, phone: changes.phone ?? current.phone)
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
    return (result.judges, Self.locate(result.warnings, table.map) + table.footerWarnings)
  }

  /// The file is read before any transaction; the write lock is held only to check the ids
  /// against the jury and store the judges, and a dry run checks on a snapshot.
  private func importJudges(read source: FileSource, commit: Bool, by person: Person)
    throws(WorkflowError) -> (judges: [Judge], warnings: [Problem])
  {
    let (rows, warnings) = try attempt { try JudgeCSV.rows(source) }
    // An id already on the jury is a problem of its row, named with its line.
    func check() throws {
      var collector = DiagnosticCollector()
      for row in rows where try database.judge(id: row.judge.id) != nil {
        collector.add(
          Diagnostic(
            file: source.name, line: row.line, column: "id",
            message: WorkflowText.judgeIdTaken(row.judge.id)))
      }
      try collector.check()
    }
    let judges = rows.map(\.judge)
    guard commit else {
      try attempt { try database.snapshot { try check() } }
      return (judges, warnings.map(Problem.init))
    }
    return try transaction(person) {
      try check()
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

  /// Removes a judge, for `reason` (audited): their unscored assignments go; their sheets
  /// stay unless `dropScores`. Refused when it would change a closed round.
  public func removeJudge(id: String, dropScores: Bool, reason: String, by person: Person)
    throws(WorkflowError) -> JudgeRemoval
  {
    try authorize(.judgeRemove, person)
    let why = try Self.reason(reason)
    return try keepingClosedRounds(.judgeRemove, person) {
      // A removed judge is removed again only to delete the sheets kept at the removal.
      guard let judge = try database.judge(id: id), judge.active || dropScores else {
        throw StorageError.judgeNotFound(id: id)
      }
      return try database.removeJudge(
        id: id, dropScores: dropScores, reason: why, context: context(person))
    }
  }

  /// Puts a removed judge back on the jury, for `reason` (audited): they may be assigned and
  /// sign in again, and the sheets kept at the removal are theirs to change; their assignments are not given back (`assign repair` offers
  /// them). Refused when it would change a closed round.
  public func reinstateJudge(id: String, reason: String, by person: Person)
    throws(WorkflowError) -> Judge
  {
    try authorize(.judgeReinstate, person)
    let why = try Self.reason(reason)
    return try keepingClosedRounds(.judgeReinstate, person) {
      guard let judge = try database.judge(id: id) else {
        throw WorkflowError.notFound(WorkflowText.noJudgeToReinstate(id))
      }
      guard !judge.active else {
        throw WorkflowError.wrongState(WorkflowText.judgeStillOnJury(id))
      }
      return try database.reinstateJudge(id: id, reason: why, context: context(person))
    }
  }

  /// Declares a conflict of interest, for every round or, with `round`, for that round
  /// only; the pair's unscored assignments go. Refused when it would set aside a sheet of a
  /// closed round.
  public func declareConflict(
    judge: String, entry: String, reason: String, round: String? = nil, by person: Person
  ) throws(WorkflowError) -> ConflictDeclared {
    try authorize(.conflictAdd, person)
    let entry = try attempt { try database.canonicalCode(entry) }
    let why = try Self.reason(reason)
    return try keepingClosedRounds(.conflictAdd, person) {
      if let round {
        guard try database.contest().round(round) != nil else {
          throw StorageError.roundNotFound(id: round)
        }
        if try database.roundStates()[round] == .closed {
          throw WorkflowError.wrongState(WorkflowText.roundClosed(round))
        }
      }
      let removed = try database.addConflictNote(
        ConflictNote(judge: judge, entry: entry, kind: .declared, reason: why, round: round),
        context: context(person))
      let scored = try database.sheets(judge: judge, entry: entry).filter {
        $0.voided == nil && (round == nil || $0.round == round)
      }
      return ConflictDeclared(removedAssignments: removed, setAside: scored.map(\.key))
    }
  }

  /// A judge declares their own conflict of interest with an entry of their worklist in the
  /// open round `round`, from its page: the entry leaves their worklist at once. It acts on
  /// that round only (a sheet of another round still counts) and only on a pair assigned to
  /// the judge in it; a closed round refuses it.
  ///
  /// The secretariat's members who gave an address are told by mail (queued with the
  /// declaration; with a link to the progress page when `site` is known).
  public func declareOwnConflict(
    round id: String, judge: String, entry: String, reason: String, site: String? = nil,
    by person: Person
  ) throws(WorkflowError) -> ConflictDeclared {
    try authorize(.conflictDeclare, person, judge: judge)
    let entry = try entryCode(entry, for: person)
    let why = try Self.reason(reason)
    return try keepingClosedRounds(.conflictDeclare, person) {
      let contest = try database.contest()
      guard let round = contest.round(id) else { throw StorageError.roundNotFound(id: id) }
      if try database.roundStates()[round.id] == .closed {
        throw WorkflowError.wrongState(WorkflowText.roundClosed(round.id))
      }
      // Assigned in this round: by the assignment, or in a round every judge scores, by the
      // entry being on that round's list.
      let assigned: Bool
      switch round.judgesPerEntry {
      case .all:
        let listed =
          try database.isShortlisted(round: round.id, code: entry)
          ?? (round.id == contest.rounds.first?.id)
        let active = try database.judge(id: judge)?.active == true
        let eligible = try database.entry(code: entry).status.isEligible
        assigned = listed && active && eligible
      case .count:
        assigned = try database.assignedJudges(round: round.id, entry: entry).contains(judge)
      }
      guard assigned else {
        throw WorkflowError.notPermitted(WorkflowText.notYourEntry(judge, entry))
      }
      if let existing = try database.conflictNotes(judge: judge).first(where: {
        $0.entry == entry && $0.kind == .declared
      }), existing.round == nil || existing.round == round.id {
        throw WorkflowError.wrongState(WorkflowText.conflictAlreadyDeclared(judge, entry))
      }
      let declarer = try database.judge(id: judge)
      let title = try database.entry(code: entry).draft.title
      let mail = try database.staffAddresses(role: .secretariat).map { member in
        MailTemplates.conflictDeclared(
          to: member, judge: declarer?.name ?? judge, id: judge, entry: entry, title: title,
          reason: why, round: round, site: site.flatMap(MailTemplates.siteAddress),
          at: clock(), contest: contest)
      }
      let removed = try database.addConflictNote(
        ConflictNote(judge: judge, entry: entry, kind: .declared, reason: why, round: round.id),
        mail: mail, context: context(person))
      let scored = try database.sheets(round: round.id, judge: judge, entry: entry).filter {
        $0.voided == nil
      }
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
    try keepingClosedRounds(.conflictDismiss, person) {
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

  /// A reason, cleaned; an empty one, or one past `TextLimits.reason`, is refused.
  static func reason(_ text: String) throws(WorkflowError) -> String {
    let cleaned = VietnameseText.clean(text)
    guard !cleaned.isEmpty else {
      throw .invalid([Problem(field: "reason", message: WorkflowText.reasonRequired)])
    }
    try bounded(cleaned, field: "reason", limit: TextLimits.reason)
    return cleaned
  }

  /// Refuses `text` longer than `limit` characters, naming `field` and the limit.
  static func bounded(_ text: String, field: String, limit: Int) throws(WorkflowError) {
    if text.count > limit {
      throw .invalid([
        Problem(field: field, message: WorkflowText.tooLong(text.count, limit: limit))
      ])
    }
  }
}
