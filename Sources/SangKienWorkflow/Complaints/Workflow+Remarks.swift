import Foundation
import SangKienAssignment
import SangKienModel
import SangKienScoring
internal import SangKienStorage

/// What `assign remark` (or the repair of a complaint's re-markers) found, and wrote unless
/// a dry run.
public struct RemarkAssignment: Sendable {
  /// A re-marker replaced, and why.
  public struct Released: Sendable, Hashable {
    /// The judge.
    public var judge: String
    /// Why they no longer re-mark it.
    public var reason: String
  }

  /// The complaint.
  public var complaint: Complaint
  /// How many re-markers the contest asks for.
  public var wanted: Int
  /// The re-markers already on it who stand.
  public var standing: [String]
  /// Re-markers replaced (in conflict, removed from the jury).
  public var released: [Released]
  /// The judges given it now.
  public var added: [String]
  /// Re-marking places per judge over every open complaint, after.
  public var loads: [String: Int]
  /// Whether nothing was written.
  public var dryRun: Bool
}

/// A re-marker's sheet as their page shows it: the entry as any judge sees it, never the
/// earlier marks.
public struct RemarkView: Sendable {
  /// The complaint (its text is not shown to the re-marker).
  public var complaint: Complaint
  /// The sheet, in the shape of a round's sheet: editable while the complaint waits for its
  /// decision and the sheet is not submitted.
  public var sheet: SheetView
}

/// One entry on a judge's re-marking list.
public struct RemarkItem: Sendable, Hashable {
  /// The complaint.
  public var complaint: Int64
  /// The entry.
  public var code: String
  /// Its title.
  public var title: String
  /// Where the sheet stands.
  public var state: SheetProgress
  /// The day the complaint must be answered by.
  public var dueOn: Day
}

extension Workflow {
  /// Gives complaint `id`'s entry the contest's number of re-markers: judges who have not
  /// scored it in any round, are not assigned to it and have no conflict with it; the
  /// re-marking work balanced by the solver over every open complaint (and fields matched
  /// where it can). A re-marker who now has a conflict or left the jury is replaced. Each
  /// new re-marker is told by mail. Refused, naming why, when too few judges are free.
  public func assignRemark(complaint id: Int64, dryRun: Bool = false, by person: Person)
    throws(WorkflowError) -> RemarkAssignment
  {
    try authorize(.assignRemark, person)
    let (_, settings) = try complaintSettings()
    return try transaction(person) {
      guard let complaint = try database.complaint(id: id) else {
        throw WorkflowError.notFound(WorkflowText.noComplaint(id))
      }
      guard complaint.state == .accepted else {
        throw WorkflowError.wrongState(WorkflowText.complaintNotAccepted(id, complaint.state))
      }
      return try staffRemarkers(complaint, settings: settings, dryRun: dryRun, by: person)
    }
  }

  /// The re-markers of every accepted complaint of `round`, replaced where one is in
  /// conflict or left the jury (what `assign repair` does besides the round's assignment).
  func repairRemarkers(round: String, dryRun: Bool, by person: Person) throws
    -> [RemarkAssignment]
  {
    guard let settings = try database.contest().complaints else { return [] }
    var done: [RemarkAssignment] = []
    for complaint in try database.complaints(state: .accepted).reversed()
    where complaint.round == round {
      let remarks = try database.remarks(complaint: complaint.id)
      // Only a complaint the secretariat has started re-marking is repaired.
      guard !remarks.isEmpty else { continue }
      let plan = try staffRemarkers(complaint, settings: settings, dryRun: dryRun, by: person)
      if !plan.released.isEmpty || !plan.added.isEmpty { done.append(plan) }
    }
    return done
  }

  /// Releases the re-markers of `complaint` who may no longer re-mark it and fills the
  /// places up to the contest's number; inside the caller's transaction.
  private func staffRemarkers(
    _ complaint: Complaint, settings: ComplaintSettings, dryRun: Bool, by person: Person
  ) throws -> RemarkAssignment {
    let round = try RoundContext.load(database, round: complaint.round)
    let code = complaint.code
    let all = try database.remarks(complaint: complaint.id)
    // Who may not re-mark it: in conflict with it, or no longer on the jury.
    func barred(_ judge: String) -> String? {
      guard round.judges[judge]?.active == true else { return WorkflowText.leftTheJury }
      if round.excluded.contains(Pair(judge: judge, entry: code)) {
        let reason =
          round.conflicts.first { $0.isActive && $0.judge == judge && $0.entry == code }?.reason
        return WorkflowText.remarkerConflict(reason)
      }
      return nil
    }
    var released: [RemarkAssignment.Released] = []
    var standing: [String] = []
    for remark in all where remark.stands {
      if let reason = barred(remark.judge) {
        released.append(.init(judge: remark.judge, reason: reason))
      } else {
        standing.append(remark.judge)
      }
    }
    // Everyone who has marked the entry in any round, or is to in its round.
    let scored = Set(try database.sheets(entry: code).map(\.judge))
      .union(round.roster.judges(of: code))
    let before = Set(all.map(\.judge))
    let free = round.judges.values.filter {
      $0.active && !scored.contains($0.id) && !before.contains($0.id) && barred($0.id) == nil
    }.map(\.id).sorted()
    let need = max(0, settings.remarkingJudges - standing.count)
    if free.count < need {
      throw WorkflowError.wrongState(
        WorkflowText.tooFewRemarkers(
          code, need: need, free: free.count, scored: scored.count,
          conflicted: round.conflicts
            .filter { $0.isActive && $0.entry == code }.count))
    }
    // Every open complaint's standing places, to balance the work over them.
    var loads: [String: Int] = [:]
    var fixed: Set<Pair> = []
    var entries: [AssignmentProblem.Entry] = []
    let field = VietnameseText.fold(round.entries[code]?.draft.field ?? "")
    entries.append(.init(code: "#\(complaint.id)", field: field))
    for judge in standing { fixed.insert(Pair(judge: judge, entry: "#\(complaint.id)")) }
    let standingByComplaint = Dictionary(grouping: try database.remarks().filter(\.stands)) {
      $0.complaint
    }
    for other in try database.complaints(state: .accepted) where other.id != complaint.id {
      let on = (standingByComplaint[other.id] ?? [])
        .filter { round.judges[$0.judge]?.active == true }.map(\.judge)
      for judge in on { loads[judge, default: 0] += 1 }
      // Only a complaint whose places are all filled balances against this one: the solver
      // must add nothing to it.
      guard on.count == settings.remarkingJudges else { continue }
      entries.append(.init(code: "#\(other.id)", field: ""))
      for judge in on { fixed.insert(Pair(judge: judge, entry: "#\(other.id)")) }
    }
    var added: [String] = []
    if need > 0 {
      let judges = round.judges.values.filter(\.active).sorted { $0.id < $1.id }
      let allowed = Set(free + standing)
      var conflicts: Set<Pair> = []
      for judge in judges where !allowed.contains(judge.id) {
        conflicts.insert(Pair(judge: judge.id, entry: "#\(complaint.id)"))
      }
      let problem = AssignmentProblem(
        entries: entries,
        judges: judges.map { .init(id: $0.id, fields: Set($0.fields.map(VietnameseText.fold))) },
        perEntry: settings.remarkingJudges, conflicts: conflicts, fixed: fixed, seed: 1)
      let solution = try AssignmentSolver.solve(problem).get()
      added = solution.pairs.filter { $0.entry == "#\(complaint.id)" && !fixed.contains($0) }
        .map(\.judge).sorted()
    }
    for judge in standing + added { loads[judge, default: 0] += 1 }
    if !dryRun {
      for gone in released {
        try database.releaseRemarker(
          complaint: complaint.id, judge: gone.judge, reason: gone.reason, context: context(person))
      }
      if !added.isEmpty {
        let mail = added.compactMap { id -> MailDraft? in
          guard let judge = round.judges[id], !judge.email.isEmpty else { return nil }
          return MailTemplates.remarkAssigned(
            to: judge, complaint: complaint, title: round.entries[code]?.draft.title ?? "",
            contest: round.contest)
        }
        try database.addRemarkers(
          complaint: complaint.id, code: code, judges: added, mail: mail,
          context: context(person))
      }
    }
    var after = complaint
    if !dryRun, let fresh = try database.complaint(id: complaint.id) { after = fresh }
    return RemarkAssignment(
      complaint: after, wanted: settings.remarkingJudges, standing: standing, released: released,
      added: added, loads: loads, dryRun: dryRun)
  }

  /// A judge's re-marking list: the complaints' entries they re-mark that wait for a
  /// decision, with where each sheet stands.
  public func remarkList(judge: String, by person: Person) throws(WorkflowError) -> [RemarkItem] {
    try authorize(.complaintRemark, person, judge: judge)
    return try attempt {
      try database.snapshot {
        let remarks = try database.remarks(judge: judge).filter(\.stands)
        guard !remarks.isEmpty else { return [] }
        let open = Dictionary(
          try database.complaints(state: .accepted).map { ($0.id, $0) },
          uniquingKeysWith: { a, _ in a })
        let titles = Dictionary(
          try database.entries(codes: remarks.map(\.code)).map { ($0.code, $0.draft.title) },
          uniquingKeysWith: { a, _ in a })
        return remarks.compactMap { remark in
          guard let complaint = open[remark.complaint] else { return nil }
          return RemarkItem(
            complaint: remark.complaint, code: remark.code, title: titles[remark.code] ?? "",
            state: remark.progress, dueOn: complaint.dueOn)
        }
      }
    }
  }

  /// A re-marker's sheet for complaint `id`: the entry blind, as any judge sees it, and
  /// their own points only. Anyone not re-marking it is told there is no such sheet.
  public func remarkView(complaint id: Int64, judge: String, by person: Person)
    throws(WorkflowError) -> RemarkView
  {
    try authorize(.complaintRemark, person, judge: judge)
    return try attempt {
      try database.snapshot {
        guard let complaint = try database.complaint(id: id),
          let remark = try database.remarks(complaint: id, judge: judge).first,
          remark.stands
        else { throw WorkflowError.notFound(WorkflowText.noRemark(id, judge)) }
        let contest = try database.contest()
        guard let round = contest.round(complaint.round),
          let rubric = try database.rubrics().first(where: { $0.id == round.rubricId })
        else { throw StorageError.roundNotFound(id: complaint.round) }
        let entry = try database.entry(code: complaint.code)
        let scorer = SheetScorer(rubric: rubric)
        let total =
          remark.isSubmitted
          ? try? scorer.sheet(judge: judge, entry: complaint.code, points: remark.points).get()
            .total : nil
        let item = Worklist.Item(
          code: complaint.code, title: entry.draft.title, summary: entry.draft.summary,
          state: remark.isSubmitted ? .submitted : .todo, points: remark.points,
          comment: remark.comment, total: total,
          files: (try database.attachments(codes: [complaint.code])[complaint.code] ?? [])
            .filter(\.blind).map(\.judgesView),
          locked: remark.isSubmitted)
        let shown = remark.isSubmitted ? remark.points : remark.draftPoints
        let sheet = SheetView(
          round: round, rubric: rubric, judge: judge, item: item, points: shown,
          comment: remark.isSubmitted ? remark.comment : remark.draftComment,
          state: remark.progress, version: remark.version,
          total: shown.values.reduce(Points.zero) { $0 + $1 },
          open: complaint.state == .accepted, submittedTotal: total)
        return RemarkView(complaint: complaint, sheet: sheet)
      }
    }
  }

  /// Saves a re-marker's sheet: a draft (not audited, never counted) or, with `submit`,
  /// the sheet itself, every criterion checked (audited; final). The secretariat may
  /// submit a judge's paper sheet, never write their draft. `version` is the one the page
  /// started from.
  public func saveRemark(
    complaint id: Int64, judge: String, points: [String: Decimal], comment: String,
    version: Int, submit: Bool, by person: Person
  ) throws(WorkflowError) -> RemarkView {
    let actor = try authorize(.complaintRemark, person, judge: judge)
    if actor.role != .judge && !submit {
      throw WorkflowError.notPermitted(WorkflowText.staffDraft(judge))
    }
    let cleaned = VietnameseText.clean(comment, keepLineBreaks: true)
    try Self.bounded(cleaned, field: "comment", limit: TextLimits.comment)
    return try transaction(person) {
      let current = try remarkView(complaint: id, judge: judge, by: person)
      guard current.complaint.state == .accepted else {
        throw WorkflowError.wrongState(
          WorkflowText.complaintAnswered(id, current.complaint.state))
      }
      if current.sheet.state == .submitted {
        throw WorkflowError.wrongState(WorkflowText.remarkSubmitted(id, judge))
      }
      if version != current.sheet.version {
        throw WorkflowError.wrongState(
          WorkflowText.staleSheet(version, now: current.sheet.version))
      }
      try Self.checkValues(
        points, rubric: current.sheet.rubric, judge: judge, entry: current.complaint.code,
        complete: submit)
      // The leaves as given, as a round's sheet keeps them (totals are worked out on read).
      let kept = points.compactMapValues(Points.init)
      if submit {
        _ = try database.submitRemark(
          complaint: id, judge: judge, points: kept, comment: cleaned, context: context(person))
      } else {
        try database.saveRemarkDraft(complaint: id, judge: judge, points: kept, comment: cleaned)
      }
      return try remarkView(complaint: id, judge: judge, by: person)
    }
  }

  /// A re-marker declares a conflict of interest with the entry: recorded as a conflict for
  /// the complaint's round (the secretariat told by mail), and their place released at
  /// once; `assign repair` gives it another judge.
  public func declareRemarkConflict(
    complaint id: Int64, judge: String, reason: String, site: String? = nil, by person: Person
  ) throws(WorkflowError) {
    try authorize(.conflictDeclare, person, judge: judge)
    let why = try Self.reason(reason)
    try transaction(person) {
      let view = try remarkView(complaint: id, judge: judge, by: person)
      guard view.complaint.state == .accepted else {
        throw WorkflowError.wrongState(WorkflowText.complaintAnswered(id, view.complaint.state))
      }
      let contest = try database.contest()
      let code = view.complaint.code
      let declarer = try database.judge(id: judge)
      let mail = try database.staffAddresses(role: .secretariat).map { member in
        MailTemplates.conflictDeclared(
          to: member, judge: declarer?.name ?? judge, id: judge, entry: code,
          title: view.sheet.item.title, reason: why, round: view.sheet.round,
          site: site.flatMap(MailTemplates.siteAddress), at: clock(), contest: contest)
      }
      _ = try database.addConflictNote(
        ConflictNote(
          judge: judge, entry: code, kind: .declared, reason: why, round: view.sheet.round.id),
        mail: mail, context: context(person))
      try database.releaseRemarker(
        complaint: id, judge: judge, reason: WorkflowText.remarkerConflict(why),
        context: context(person))
    }
  }

  /// Every re-marker of complaint `id`, or of every complaint (replaced ones too), with
  /// their sheets (staff).
  public func remarks(complaint id: Int64? = nil, by person: Person) throws(WorkflowError)
    -> [Remark]
  {
    try authorize(.complaintList, person)
    return try attempt { try database.remarks(complaint: id) }
  }

  /// The totals of complaint `id`'s submitted re-marking sheets, by judge (staff).
  public func remarkTotals(complaint id: Int64, by person: Person) throws(WorkflowError)
    -> [String: Points]
  {
    try authorize(.complaintList, person)
    return try attempt {
      try database.snapshot {
        guard let complaint = try database.complaint(id: id) else {
          throw WorkflowError.notFound(WorkflowText.noComplaint(id))
        }
        let contest = try database.contest()
        guard let round = contest.round(complaint.round),
          let rubric = try database.rubrics().first(where: { $0.id == round.rubricId })
        else { throw StorageError.roundNotFound(id: complaint.round) }
        let scorer = SheetScorer(rubric: rubric)
        var totals: [String: Points] = [:]
        for remark in try database.remarks(complaint: id) where remark.isSubmitted {
          totals[remark.judge] =
            try? scorer.sheet(judge: remark.judge, entry: complaint.code, points: remark.points)
            .get().total
        }
        return totals
      }
    }
  }
}

extension Remark {
  /// Where the sheet stands: submitted, a draft saved, or nothing yet.
  public var progress: SheetProgress {
    isSubmitted ? .submitted : version > 0 ? .draft : .todo
  }
}
