import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
internal import SangKienStorage

/// A ranking, ready to show or write.
public struct RankingResult: Sendable {
  /// The round's context it was ranked from (kept so a front end may choose when to free it).
  public var context: RoundContext
  /// The ranking, with prizes in the prize round.
  public var ranking: Ranking
  /// As the files people keep.
  public var document: RankingDocument
}

/// A file the organisers publish.
public struct PublishedFile: Sendable, Hashable {
  /// Its name (`ranking.html`).
  public var name: String
  /// Its bytes.
  public var bytes: [UInt8]

  /// Creates a file.
  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }
}

/// A publication: its files and the audit record that holds their fingerprints.
public struct Publication: Sendable {
  /// The audit record's number: the code printed on every file.
  public var id: Int64
  /// The round published.
  public var round: String
  /// The audit head the files were computed from.
  public var auditHead: String
  /// The files.
  public var files: [PublishedFile]
  /// The earlier publication of the round this one replaces, if any.
  public var supersedes: Int64? = nil
  /// Why the result changed since (the reasons the round was reopened with).
  public var because: [String] = []
  /// The complaints whose decisions it answers.
  public var complaints: [Int64] = []
}

/// Which part of a ranking to show.
public struct RankingFilter: Sendable, Hashable {
  /// Aggregate by this method instead of the round's.
  public var method: Aggregation?
  /// Only entries of this category (ranks worked out among them).
  public var category: EntryCategory?
  /// Only entries of this prize group (ranks worked out among them).
  public var group: String?

  /// Creates a filter.
  public init(method: Aggregation? = nil, category: EntryCategory? = nil, group: String? = nil) {
    self.method = method
    self.category = category
    self.group = group
  }
}

extension Workflow {
  /// A round's ranking (with prizes in the prize round).
  public func rank(round id: String?, filter: RankingFilter = RankingFilter(), by person: Person)
    throws(WorkflowError) -> RankingResult
  {
    try authorize(.rank, person)
    return try attempt {
      let context = try RoundContext.load(database, round: id)
      var filter = filter
      filter.group = filter.group.map { Self.group($0, of: context.contest) }
      if let group = filter.group, !context.contest.groups.contains(where: { $0.name == group }) {
        throw WorkflowError.invalid([
          Problem(
            field: "group",
            message: WorkflowText.unknownGroup(group, known: context.contest.groups.map(\.name)))
        ])
      }
      var ranking = context.awarded(context.ranking(method: filter.method)).ranking
      let tieBreak = context.round.tieBreak
      if let category = filter.category {
        ranking = ranking.keeping({ $0.entry.category == category }, tieBreak: tieBreak)
      }
      if let group = filter.group {
        ranking = ranking.keeping({ $0.entry.group == group }, tieBreak: tieBreak)
      }
      let document = RankingDocument(
        contest: context.contest.id, ranking: ranking,
        generatedAt: AuditContext.format(clock()), auditHead: try database.auditHead())
      return RankingResult(context: context, ranking: ranking, document: document)
    }
  }

  /// The prizes of the prize round (or `round`).
  public func prizes(round id: String?, by person: Person) throws(WorkflowError) -> PrizeDocument {
    try authorize(.prizes, person)
    return try attempt {
      try requireIntact()
      let contest = try database.contest()
      guard let rules = contest.prizes else {
        throw WorkflowError.wrongState(WorkflowText.noPrizes)
      }
      let context = try RoundContext.load(database, round: id ?? rules.round)
      let outcomes = PrizeAllocator.allocate(
        context.ranking(), rules: rules, groups: contest.groups, tieBreak: context.round.tieBreak,
        decisions: context.decisions)
      return PrizeDocument(
        contest: contest.id, round: context.round.id, auditHead: try database.auditHead(),
        outcomes: outcomes, titles: context.entries.mapValues(\.draft.title))
    }
  }

  /// A round's statistics: judges' profiles, reliability, disagreements, prize stability.
  public func statistics(
    round id: String?, replicates: Int = 1000, seed: UInt64 = 1, by person: Person
  )
    throws(WorkflowError) -> RoundStatistics
  {
    try authorize(.stats, person)
    return try attempt {
      let context = try RoundContext.load(database, round: id)
      let (update, finish) = report(WorkflowText.resampling, total: replicates)
      defer { finish() }
      return Self.statistics(context, replicates: replicates, seed: seed, progress: update)
    }
  }

  static func statistics(
    _ context: RoundContext, replicates: Int, seed: UInt64, progress: ((Int) -> Void)? = nil
  ) -> RoundStatistics {
    let plain = context.ranking()
    return RoundStatistics.compute(
      sheets: context.scoredSheets.filter { context.roster.contains(entry: $0.entry) },
      plain: plain,
      ranked: context.awarded(plain).ranking, round: context.round, rules: context.contest.prizes,
      groups: context.contest.groups, replicates: replicates, seed: seed, progress: progress)
  }

  /// Publishes a round: checks first that the data is what the audit log replays to
  /// (refusing, with the first difference, when it is not), then writes `ranking.html` (A4,
  /// in the current language), `ranking.csv`, `ranking.json`, `ranking.xlsx` and, in the
  /// prize round,
  /// `prizes.csv`, and records the publication with every file's SHA-256. The code the
  /// files carry is that record's number.
  ///
  /// A prize cannot go out on an aggregate the judges' totals disagree about without the
  /// jury saying why it accepts it: while a prize-winning entry carries an unsettled
  /// disagreement, publishing is refused, naming the entries, unless `acceptingDisagreements`
  /// gives the jury's reason — kept in the publication's record and written in the minutes.
  /// (A further marking, where the round has one, settles the disagreement instead.)
  public func publish(
    round id: String?, acceptingDisagreements reason: String? = nil, site: String? = nil,
    by person: Person
  ) throws(WorkflowError) -> Publication {
    try authorize(.publish, person)
    let accepted = reason.map { VietnameseText.clean($0) }.flatMap { $0.isEmpty ? nil : $0 }
    try Self.bounded(accepted ?? "", field: "reason", limit: TextLimits.reason)
    return try transaction(person) {
      try requireIntact()
      let context = try RoundContext.load(database, round: id)
      let unsettled = context.awarded(context.ranking()).ranking.entries.filter {
        $0.prize != nil && $0.flags.contains(.disagreement)
      }
      if !unsettled.isEmpty && accepted == nil {
        throw WorkflowError.wrongState(
          WorkflowText.unsettledPrizes(unsettled.map { ($0.entry.code, $0.prize ?? "") }))
      }
      let code = try database.nextAuditId()
      let head = try database.auditHead()
      // A new publication of the round supersedes the last one, and says why: the reasons
      // the round was reopened with since, and the complaints decided since.
      let previous = try database.publications().last { $0.round == context.round.id }
      let because =
        try previous.map {
          try database.reopenReasons(round: context.round.id, since: $0.id)
        } ?? []
      let answered = try unansweredDecisions(round: context.round.id)
      let (papers, changes) = try complaintPapers(answered, context, previous: previous)
      let files = try Self.files(
        context, head: head, publication: code, now: clock(),
        acceptedDisagreements: unsettled.isEmpty ? nil : accepted, complaints: papers,
        changes: changes, supersedes: previous?.id)
      let recorded = try database.recordPublication(
        round: context.round.id, auditHead: head, files: files.map { ($0.name, $0.bytes) },
        supersedes: previous?.id, because: because,
        acceptedDisagreements: unsettled.isEmpty ? nil : accepted,
        complaints: answered.map(\.id), context: self.context(person))
      guard recorded == code else {
        throw WorkflowError.failed(WorkflowText.publicationNumber(expected: code, got: recorded))
      }
      // Entrants who submitted online are told their result, with the publication's code.
      let mails = try resultMails(context, publication: code, site: site)
      if !mails.isEmpty { try database.queueMail(mails, context: self.context(person)) }
      return Publication(
        id: code, round: context.round.id, auditHead: head, files: files,
        supersedes: previous?.id, because: because, complaints: answered.map(\.id))
    }
  }

  /// The prize-winning entries of `round` whose judges' totals disagree with nothing to
  /// settle it: publishing them needs the jury's reason (see `publish`). Empty for a round
  /// that gives no prizes.
  public func unsettledPrizes(round id: String, by person: Person) throws(WorkflowError)
    -> [(code: String, prize: String)]
  {
    try authorize(.rank, person)
    return try attempt {
      try database.snapshot {
        guard try database.contest().prizes?.round == id else { return [] }
        let context = try RoundContext.load(database, round: id)
        return context.awarded(context.ranking()).ranking.entries.filter {
          $0.prize != nil && $0.flags.contains(.disagreement)
        }.map { ($0.entry.code, $0.prize ?? "") }
      }
    }
  }

  /// The data matches the audit log, or the first difference is thrown.
  func requireIntact() throws {
    let verification = try database.verifyAudit()
    if let first =
      (verification.integrityProblems + verification.chainProblems
      + verification.dataProblems).first
    {
      throw WorkflowError.wrongState(WorkflowText.notIntact(first))
    }
  }

  /// The published files of `context`'s round.
  static func files(
    _ context: RoundContext, head: String, publication: Int64?, now: Date,
    acceptedDisagreements: String? = nil, complaints: [ComplaintPaper] = [],
    changes: [PlaceChange] = [], supersedes: Int64? = nil
  ) throws -> [PublishedFile] {
    let timestamp = AuditContext.format(now)
    let day = Day(parsing: String(timestamp.prefix(10))) ?? context.contest.deadline
    let plain = context.ranking()
    let (ranking, outcomes) = context.awarded(plain)
    let document = RankingDocument(
      contest: context.contest.id, ranking: ranking, generatedAt: timestamp, auditHead: head,
      publication: publication)
    let stats = RoundStatistics.compute(
      sheets: context.scoredSheets.filter { context.roster.contains(entry: $0.entry) },
      plain: plain, ranked: ranking, round: context.round, rules: context.contest.prizes,
      groups: context.contest.groups, replicates: 0, seed: 1)
    let scored = Set(context.sheets.map(\.judge))
    let panel = context.judges.values.filter { scored.contains($0.id) }
      .sorted { ($0.role == .chair ? 0 : 1, $0.id) < ($1.role == .chair ? 0 : 1, $1.id) }
      .map { ResultReport.PanelMember(id: $0.id, name: $0.name, unit: $0.unit, role: $0.role) }
    let reliability = stats.reliability
    let prizes =
      context.contest.prizes?.round == context.round.id
      ? PrizeDocument(
        contest: context.contest.id, round: context.round.id, auditHead: head,
        outcomes: outcomes, titles: context.entries.mapValues(\.draft.title)) : nil
    let report = ResultReport(
      contest: context.contest, round: context.round, ranking: ranking, panel: panel,
      judgeTotals: stats.profiles.map { ($0.judge, $0.totals) },
      reliability:
        "\(reliability.name) = \(reliability.value.map { NumberFormat.format($0, places: 2) } ?? "–"): \(reliability.meaning).",
      day: day, auditHead: head,
      maximum: NSDecimalNumber(decimal: context.rubric.total).doubleValue,
      notes: context.setAside.sorted { $0.key < $1.key }.map { key, reason in
        WorkflowText.setAsideNote(key, Self.describe(reason))
      }, prizes: prizes, publication: publication)
    var files = [
      PublishedFile(name: "ranking.html", bytes: Array(try report.html().utf8)),
      PublishedFile(
        name: "ranking.csv",
        bytes: CSVDocument.bytes(
          header: RankingDocument.publishedColumns, rows: document.publishedRows(numbers: .text))),
      PublishedFile(name: "ranking.json", bytes: Array(document.json.prettyText.utf8)),
    ]
    if let prizes {
      files.append(
        PublishedFile(
          name: "prizes.csv",
          bytes: CSVDocument.bytes(header: prizes.tableHeaders, rows: prizes.tableRows)))
    }
    files.append(
      PublishedFile(
        name: "ranking.xlsx",
        bytes: try XLSXWriter.bytes([
          XLSXWriter.Sheet(
            name: Language.text(vi: "Xếp hạng", en: "Ranking"),
            header: RankingDocument.publishedColumns, rows: document.publishedRows(numbers: .cells))
        ])))
    // The papers the secretariat signs: always in Vietnamese.
    var facts = paperFacts(
      context, ranking: ranking, outcomes: outcomes, head: head, publication: publication,
      day: day)
    facts.acceptedDisagreements = acceptedDisagreements
    try Language.$current.withValue(.vi) {
      files.append(
        PublishedFile(name: "bang-tong-hop.xlsx", bytes: try JuryPapers.summary(facts)))
      files.append(
        PublishedFile(name: "bien-ban.docx", bytes: try JuryPapers.minutes(facts).bytes()))
      if prizes != nil {
        files.append(
          PublishedFile(name: "quyet-dinh.docx", bytes: try JuryPapers.decision(facts).bytes()))
      }
      // The complaints this publication answers: the re-marking minutes, and the amending
      // decision when a result changed.
      if !complaints.isEmpty {
        files.append(
          PublishedFile(
            name: "bien-ban-phuc-khao.docx",
            bytes: try JuryPapers.remarkingMinutes(facts, complaints: complaints).bytes()))
      }
      if complaints.contains(where: { $0.complaint.outcome == .amended }) {
        files.append(
          PublishedFile(
            name: "quyet-dinh-dieu-chinh.docx",
            bytes: try JuryPapers.amendingDecision(
              facts, complaints: complaints.filter { $0.complaint.outcome == .amended },
              changes: changes, supersedes: supersedes
            ).bytes()))
      }
    }
    return files
  }

  /// What the papers of `context`'s round are made from.
  static func paperFacts(
    _ context: RoundContext, ranking: Ranking, outcomes: [PrizeOutcome], head: String,
    publication: Int64?, day: Day
  ) -> PaperFacts {
    let scorer = context.scorer
    var sheets: [String: [PaperFacts.SheetTotal]] = [:]
    for stored in context.sheets where context.roster.contains(entry: stored.entry) {
      guard
        let total = try? scorer.sheet(
          judge: stored.judge, entry: stored.entry, points: stored.points
        ).get().total
      else { continue }
      sheets[stored.entry, default: []].append(
        PaperFacts.SheetTotal(
          judge: stored.judge, total: total,
          setAside: context.setAside[stored.key].map(Self.describe)))
    }
    let scored = Set(context.sheets.map(\.judge))
    let members = context.judges.values.filter { $0.active || scored.contains($0.id) }
      .sorted { ($0.role == .chair ? 0 : 1, $0.id) < ($1.role == .chair ? 0 : 1, $1.id) }
      .map {
        PaperFacts.Member(
          id: $0.id, name: $0.name, title: $0.title, unit: $0.unit, chair: $0.role == .chair,
          scored: scored.contains($0.id))
      }
    let conflicts = context.conflicts
      .filter { $0.isActive && context.roster.contains(entry: $0.entry) }
      .sorted { ($0.judge, $0.entry) < ($1.judge, $1.entry) }
      .map { record in
        (
          judge: "\(record.judge) \(context.judges[record.judge]?.name ?? "")",
          entry: record.entry,
          reason: record.source == .declared
            ? record.reason : record.source.explanation + " (\(record.reason))"
        )
      }
    var facts = PaperFacts(
      contest: context.contest, round: context.round, rubricName: context.rubric.name,
      rubricTotal: context.rubric.total, ranking: ranking, outcomes: outcomes,
      entries: context.entries, sheets: sheets, members: members, conflicts: conflicts,
      decisions: context.decisions, publication: publication, auditHead: head, day: day)
    for id in context.round.tieBreak {
      if let criterion = context.rubric.criterion(id) { facts.criteria[id] = criterion.name }
    }
    return facts
  }
}

extension Workflow {
  /// Records what the jury decided for the places of a prize left to it by a tie: only for
  /// places pending because of that tie, to as many of the tied entries as there are
  /// places. Checked against the ranking in the transaction that writes it.
  public func decidePrize(
    round id: String?, group: String, prize: String, award codes: [String], reason: String,
    by person: Person
  ) throws(WorkflowError) -> PrizeDocument {
    try authorize(.prizesDecide, person)
    let why = try Self.reason(reason)
    let group = try attempt { Self.group(group, of: try database.contest()) }
    let award = try attempt {
      try codes.map { try database.canonicalCode(VietnameseText.clean($0)) }
    }
    return try transaction(person) {
      let contest = try database.contest()
      guard let rules = contest.prizes else {
        throw WorkflowError.wrongState(WorkflowText.noPrizes)
      }
      let round = try RoundContext.load(database, round: id ?? rules.round)
      // A closed round's prizes stay as they were until an organiser reopens it.
      if round.state == .closed {
        throw WorkflowError.wrongState(WorkflowText.roundClosed(round.round.id))
      }
      guard rules.round == round.round.id else {
        throw WorkflowError.wrongState(WorkflowText.notPrizeRound(round.round.id, rules.round))
      }
      guard contest.groups.contains(where: { $0.name == group }) else {
        throw WorkflowError.invalid([
          Problem(
            field: "group",
            message: WorkflowText.unknownGroup(group, known: contest.groups.map(\.name)))
        ])
      }
      let outcome = round.awarded(round.ranking()).outcomes.first { $0.group == group }
      guard let pending = outcome?.pending.first(where: { $0.prize == prize }) else {
        throw WorkflowError.wrongState(WorkflowText.nothingPending(prize, group: group))
      }
      var problems: [Problem] = []
      if award.count != pending.places || Set(award).count != award.count {
        problems.append(
          Problem(
            field: "award",
            message: WorkflowText.placesToDecide(pending.places, among: pending.among)))
      }
      for code in award where !pending.among.contains(code) {
        problems.append(
          Problem(field: "award", message: WorkflowText.notAmongTied(code, pending.among)))
      }
      try WorkflowError.check(problems)
      try database.addPrizeDecision(
        PrizeDecision(group: group, prize: prize, award: award, reason: why),
        round: round.round.id, context: context(person))
      let decided = try RoundContext.load(database, round: round.round.id)
      return PrizeDocument(
        contest: contest.id, round: decided.round.id, auditHead: try database.auditHead(),
        outcomes: decided.awarded(decided.ranking()).outcomes,
        titles: decided.entries.mapValues(\.draft.title))
    }
  }
}

extension Workflow {
  /// The prize group `given` names: its id, or the Vietnamese word of the entrant kind a
  /// group is named after (`cá nhân` is `individual`).
  static func group(_ given: String, of contest: Contest) -> String {
    let key = VietnameseText.fold(given)
    return contest.groups.first { group in
      group.name == given
        || EntrantKind(rawValue: group.name).map { VietnameseText.fold($0.vietnamese) == key }
          == true
    }?.name ?? given
  }
}
