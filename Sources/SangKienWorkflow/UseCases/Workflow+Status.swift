import Foundation
import SangKienModel
import SangKienScoring
internal import SangKienStorage

/// Where the contest stands before a round is closed or published.
public struct RoundStatus: Sendable {
  /// One round in a line.
  public struct Summary: Sendable, Hashable {
    /// The round.
    public var round: Round
    /// Open or closed.
    public var state: RoundState
    /// Entries in the round.
    public var entries: Int
    /// Sheets that count.
    public var sheets: Int
    /// Sheets still due (places without a judge included).
    public var missing: Int
    /// Sheets set aside.
    public var setAside: Int
  }

  /// A sheet that does not count, and why.
  public struct SetAsideSheet: Sendable, Hashable {
    /// Whose, for what.
    public var key: RoundPair
    /// Voided by the jury (with the reason), or in conflict.
    public var voided: Bool
    /// The reason in words.
    public var reason: String
  }

  /// A conflict of interest declared for the round: by whom and when, why, and whether the
  /// place it freed has a judge again.
  public struct Declared: Sendable, Hashable {
    /// The judge.
    public var judge: String
    /// Their name.
    public var judgeName: String
    /// The entry.
    public var entry: String
    /// Its title.
    public var title: String
    /// Why.
    public var reason: String
    /// When (nil when the log's moment cannot be read).
    public var at: Date?
    /// Who declared it: the judge on their page, or a member of staff.
    public var declaredBy: String
    /// Places of the entry still without a judge in the round (0: the place was filled).
    public var unfilled: Int
  }

  /// An entry of the round its judges would score from its title and summary alone: no
  /// file of its dossier is shown to them.
  public struct WithoutFiles: Sendable, Hashable {
    /// The entry's code.
    public var code: String
    /// Its title.
    public var title: String
  }

  /// Every round.
  public var rounds: [Summary]
  /// The round looked at closely.
  public var round: Round
  /// Its progress.
  public var progress: RoundProgress
  /// Its sheets set aside: voided, and found in conflict after scoring.
  public var setAside: [SetAsideSheet]
  /// Prize places waiting for the jury, in the prize round.
  public var pending: [(group: String, pending: PrizeOutcome.Pending)]
  /// Submitted sheets with changes typed over them and not submitted (the submitted sheet
  /// counts); closing the round is refused while there are any.
  public var pendingChanges: [PendingSheet] = []
  /// Conflicts declared for the round, oldest first.
  public var declared: [Declared] = []
  /// The round's entries whose judges can open no file, in code order.
  public var withoutFiles: [WithoutFiles] = []
  /// The round's complaints still to answer, the soonest due first.
  public var openComplaints: [Complaint] = []
}

/// A submitted sheet with changes typed over it and not submitted, as people are told of it.
public struct PendingSheet: Sendable, Hashable {
  /// The round, judge and entry.
  public var key: RoundPair
  /// The submitted sheet's total: what counts.
  public var counted: Points
  /// The total of what was typed since.
  public var typed: Points

  init(_ change: PendingChange) {
    key = change.key
    counted = change.submitted.points.values.reduce(Points.zero, +)
    typed = change.typed.points.values.reduce(Points.zero, +)
  }

  /// "đã nộp (được tính: 77) · thay đổi chưa nộp (75)".
  public var sentence: String { Self.sentence(counted: counted, typed: typed) }

  /// The words for a submitted total and the total typed over it.
  public static func sentence(counted: Points?, typed: Points) -> String {
    WorkflowText.pending(counted: counted, typed: typed)
  }
}

extension Workflow {
  /// Every round's state and sheets, and for one round (the default round unless named):
  /// what is missing (places without a judge included), the sheets set aside, and the
  /// prize places waiting for the jury.
  public func roundStatus(round id: String?, by person: Person) throws(WorkflowError)
    -> RoundStatus
  {
    try authorize(.roundStatus, person)
    return try attempt {
      try database.snapshot {
        let contest = try database.contest()
        let chosen = try RoundContext.round(id, of: contest, states: try database.roundStates())
        var summaries: [RoundStatus.Summary] = []
        var detail: (RoundContext, RoundProgress)? = nil
        for round in contest.rounds {
          let context = try RoundContext.load(database, round: round.id)
          let progress = Self.progress(context)
          summaries.append(
            RoundStatus.Summary(
              round: round, state: context.state, entries: context.roster.entries.count,
              sheets: context.scoredSheets.filter { context.roster.contains(entry: $0.entry) }
                .count,
              missing: progress.entries.reduce(0) { $0 + $1.missing.count + $1.unassigned },
              setAside: context.setAside.count))
          if round.id == chosen.id { detail = (context, progress) }
        }
        guard let (context, progress) = detail else {
          throw StorageError.roundNotFound(id: chosen.id)
        }
        let setAside = context.setAside.sorted { $0.key < $1.key }.map { key, reason in
          RoundStatus.SetAsideSheet(
            key: key, voided: reason.voided != nil, reason: Self.describe(reason))
        }
        let pending = context.awarded(context.ranking()).outcomes.flatMap { outcome in
          outcome.pending.map { (outcome.group, $0) }
        }
        let codes = context.roster.entries.map(\.self)
        let titles = context.entries.mapValues(\.draft.title)
        let unfilled = Dictionary(
          progress.entries.map { ($0.entry, $0.unassigned) }, uniquingKeysWith: { a, _ in a })
        let declared = try database.declaredConflicts(round: chosen.id).map {
          RoundStatus.Declared(
            judge: $0.judge, judgeName: context.judges[$0.judge]?.name ?? $0.judge,
            entry: $0.entry, title: titles[$0.entry] ?? "", reason: $0.reason,
            at: RecordWords.parseISO($0.at), declaredBy: $0.declaredBy,
            unfilled: unfilled[$0.entry] ?? 0)
        }
        let files = try database.judgeFileCounts(codes: codes)
        let withoutFiles = codes.filter { files[$0] == nil }.sorted().map {
          RoundStatus.WithoutFiles(code: $0, title: titles[$0] ?? "")
        }
        var status = RoundStatus(
          rounds: summaries, round: chosen, progress: progress, setAside: setAside,
          pending: pending,
          pendingChanges: try database.pendingChanges(round: chosen.id).map(PendingSheet.init),
          declared: declared, withoutFiles: withoutFiles)
        status.openComplaints = try database.complaints().filter {
          $0.round == chosen.id && $0.state.isOpen
        }.sorted { ($0.dueOn, $0.id) < ($1.dueOn, $1.id) }
        return status
      }
    }
  }

  /// The progress of a loaded round: only sheets that count are in.
  static func progress(_ context: RoundContext) -> RoundProgress {
    RoundProgress(
      roster: context.roster,
      done: Set(context.scoredSheets.map { Pair(judge: $0.judge, entry: $0.entry) }),
      judges: context.judges.values.sorted { $0.id < $1.id }.map { ($0.id, $0.name, $0.active) })
  }
}

extension Workflow {
  /// A round's submitted sheets with changes typed over them and not submitted: the
  /// submitted sheets count; closing is refused while there are any.
  public func pendingChanges(round: String, by person: Person) throws(WorkflowError)
    -> [PendingSheet]
  {
    try authorize(.roundStatus, person)
    return try attempt { try database.pendingChanges(round: round).map(PendingSheet.init) }
  }
}
