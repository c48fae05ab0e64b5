import Foundation
import SangKienModel
import SangKienScoring
internal import SangKienStorage

/// A round's progress as the secretariat's page shows it: per judge assigned, drafts and
/// submitted, per entry the sheets missing, and who is late with what.
public struct DeskProgress: Sendable {
  /// One judge's line.
  public struct JudgeLine: Sendable {
    /// The judge's id.
    public var judge: String
    /// Their name.
    public var name: String
    /// Their unit.
    public var unit: String
    /// Entries assigned (for them to score) in the round.
    public var assigned: Int
    /// Entries with a draft and no submitted sheet.
    public var drafts: Int
    /// Sheets submitted.
    public var submitted: Int
    /// The entries still without their sheet, in code order, with titles.
    public var missing: [(code: String, title: String)]
  }

  /// The round.
  public var round: Round
  /// Open or closed.
  public var state: RoundState
  /// The progress as `score progress` has it (per entry: sheets in, judges missing).
  public var progress: RoundProgress
  /// Per judge, in id order.
  public var judges: [JudgeLine]
  /// Titles of the entries in the round, by code.
  public var titles: [String: String]

  /// The judges with sheets still to submit: the reminder list.
  public var late: [JudgeLine] { judges.filter { !$0.missing.isEmpty } }
}

extension Workflow {
  /// The round's progress for the secretariat's page (the default round unless named).
  public func deskProgress(round id: String?, by person: Person) throws(WorkflowError)
    -> DeskProgress
  {
    let progress = try progress(round: id, by: person)
    return try attempt {
      try database.snapshot {
        let contest = try database.contest()
        let states = try database.roundStates()
        let round = try RoundContext.round(progress.round, of: contest, states: states)
        let drafts = try database.draftCounts(round: round.id)
        let judges = Dictionary(
          try database.judges(includeRemoved: true).map { ($0.id, $0) }
        ) { a, _ in a }
        let titles = Dictionary(
          try database.entries(codes: progress.entries.map(\.entry)).map {
            ($0.code, $0.draft.title)
          }
        ) { a, _ in a }
        var missing: [String: [(code: String, title: String)]] = [:]
        for line in progress.entries {
          for judge in line.missing {
            missing[judge, default: []].append((line.entry, titles[line.entry] ?? ""))
          }
        }
        let lines = progress.judges.map { line in
          DeskProgress.JudgeLine(
            judge: line.judge, name: line.name, unit: judges[line.judge]?.unit ?? "",
            assigned: line.assigned, drafts: drafts[line.judge] ?? 0, submitted: line.done,
            missing: (missing[line.judge] ?? []).sorted { $0.code < $1.code })
        }
        return DeskProgress(
          round: round, state: states[round.id] ?? .open, progress: progress, judges: lines,
          titles: titles)
      }
    }
  }
}

/// What the secretariat looks for in the register: words anywhere in an entry (without
/// accents, đ = d, `UBND` = `Ủy ban nhân dân`), and filters.
public struct EntryQuery: Sendable, Hashable {
  /// Words, all of which must appear in the code, title, authors, unit, field or summary.
  public var text: String
  /// Only this status.
  public var status: EntryStatus?
  /// Only this category.
  public var category: EntryCategory?
  /// Only this field (compared folded).
  public var field: String?
  /// Only this unit (compared as administrative names are).
  public var unit: String?

  /// Creates a query.
  public init(
    text: String = "", status: EntryStatus? = nil, category: EntryCategory? = nil,
    field: String? = nil, unit: String? = nil
  ) {
    self.text = text
    self.status = status
    self.category = category
    self.field = field
    self.unit = unit
  }

  /// Whether `entry` answers the query.
  public func matches(_ entry: Entry) -> Bool {
    if let status, entry.status != status { return false }
    if let category, entry.draft.category != category { return false }
    if let field, !field.isEmpty,
      VietnameseText.fold(entry.draft.field) != VietnameseText.fold(field)
    {
      return false
    }
    if let unit, !unit.isEmpty,
      AdministrativeNames.key(entry.draft.unit) != AdministrativeNames.key(unit)
    {
      return false
    }
    let words = AdministrativeNames.key(text).split(separator: " ")
    guard !words.isEmpty else { return true }
    let draft = entry.draft
    let haystack = AdministrativeNames.key(
      ([entry.code, draft.title, draft.unit, draft.field, draft.summary]
        + draft.authors.flatMap { [$0.name, $0.unit ?? ""] }).joined(separator: " "))
    return words.allSatisfy { haystack.contains($0) }
  }
}

/// The register as the secretariat's page lists it.
public struct EntrySearch: Sendable {
  /// The entries found, in code order.
  public var entries: [Entry]
  /// How many entries the register holds.
  public var total: Int
  /// The fields and units the register holds, each spelt as first registered, in Vietnamese
  /// order: the filters' choices.
  public var fields: [String]
  /// See `fields`.
  public var units: [String]
}

extension Workflow {
  /// The register, searched (staff).
  public func searchEntries(_ query: EntryQuery, by person: Person) throws(WorkflowError)
    -> EntrySearch
  {
    let all = try entries(by: person)
    func distinct(_ texts: [String], key: (String) -> String) -> [String] {
      var seen: [String: String] = [:]
      for text in texts where !text.isEmpty && seen[key(text)] == nil { seen[key(text)] = text }
      return seen.values.sorted { VietnameseText.compare($0, $1) == .orderedAscending }
    }
    return EntrySearch(
      entries: all.filter(query.matches).sorted { $0.code < $1.code }, total: all.count,
      fields: distinct(all.map(\.draft.field), key: VietnameseText.fold),
      units: distinct(all.map(\.draft.unit), key: AdministrativeNames.key))
  }
}

extension Workflow {
  /// How long the audit log is: it grows with every change to the contest, from any front
  /// end, so a value worked out at one length is right until it grows.
  public func changeMark() throws(WorkflowError) -> Int64 {
    try attempt { try database.nextAuditId() }
  }

  /// `desk` with its drafts read again (drafts are saved as judges type, not audited).
  public func freshDrafts(_ desk: DeskProgress) throws(WorkflowError) -> DeskProgress {
    let drafts = try attempt { try database.draftCounts(round: desk.round.id) }
    var fresh = desk
    for index in fresh.judges.indices {
      fresh.judges[index].drafts = drafts[fresh.judges[index].judge] ?? 0
    }
    return fresh
  }
}
