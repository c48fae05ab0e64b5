import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
internal import SangKienStorage

/// An entry's place in a ranking: rank, score, prize.
public struct RankPlace: Sendable, Hashable {
  /// Its rank, nil when unranked.
  public var rank: Int?
  /// Its score in hundredths, nil when none.
  public var hundredths: Int64?
  /// Its prize, if any.
  public var prize: String?

  /// Creates a place.
  public init(rank: Int?, hundredths: Int64?, prize: String?) {
    self.rank = rank
    self.hundredths = hundredths
    self.prize = prize
  }

  /// `3 · 84,50 · Giải Nhì` for people.
  public var text: String {
    [
      rank.map(String.init) ?? "–",
      hundredths.map { NumberFormat.format(Decimal(hundredths: $0), places: 2) } ?? "–",
      prize ?? "–",
    ].joined(separator: " · ")
  }
}

/// The organisers' decision on a complaint, worked out before it is confirmed: the
/// re-markers' totals, and the round's ranking and prizes as published beside what they
/// become.
public struct ComplaintDecision: Sendable {
  /// One entry whose place changes (and the complained entry, always).
  public struct Line: Sendable, Hashable {
    /// The entry.
    public var code: String
    /// Its title.
    public var title: String
    /// Its place as published (or as ranked now, when no ranking file was kept).
    public var before: RankPlace?
    /// Its place after the decision.
    public var after: RankPlace?

    /// Whether its rank changes.
    public var moves: Bool { before?.rank != after?.rank }
    /// Whether its prize changes hands.
    public var prizeChanges: Bool { before?.prize != after?.prize }
  }

  /// A re-marker and their total.
  public struct Remarker: Sendable, Hashable {
    /// The judge's id.
    public var judge: String
    /// Their name.
    public var name: String
    /// Their total.
    public var total: Points
  }

  /// The complaint (decided, once written).
  public var complaint: Complaint
  /// The entry's title.
  public var title: String
  /// The outcome.
  public var outcome: ComplaintOutcome
  /// The reason.
  public var reason: String
  /// How an amended score is worked out.
  public var method: ComplaintMethod
  /// The re-markers who stand, with their totals.
  public var remarkers: [Remarker]
  /// The earlier judges' totals that count, by judge.
  public var earlier: [String: Points]
  /// The publication compared against, when one kept its ranking.
  public var publication: Int64?
  /// The complained entry first, then every entry whose place changes, in rank order.
  public var lines: [Line]
  /// The entry's score after the decision (the amended one; the same when upheld).
  public var score: Int64?
  /// When the round sent entries on and the next round's list is chosen: that round, and
  /// the entries the round's rule would now send on that the list lacks (`enters`) or holds
  /// no more (`leaves`). The decision does not change the list: the organisers do.
  public var nextRound: String?
  /// See `nextRound`.
  public var enters: [String] = []
  /// See `nextRound`.
  public var leaves: [String] = []
  /// The audit head the preview was worked out on: a confirmation names it, and is refused
  /// when anything was written since.
  public var auditHead: String
  /// Whether the decision was recorded.
  public var written: Bool

  /// The entries whose rank changes.
  public var moved: [Line] { lines.filter(\.moves) }
  /// The entries whose prize changes hands.
  public var prizesChanged: [Line] { lines.filter(\.prizeChanges) }
}

extension Workflow {
  /// The organisers' decision on accepted complaint `id`, once every re-marker's sheet is
  /// in: `upheld` (the result stands) or `amended` (the entry's score follows the contest's
  /// `method` — the mean of the re-marks, or of every sheet — and the round's ranking and
  /// prizes are worked out again). Without `confirm` nothing is written: the ranking and
  /// prizes as published are shown beside what they would become. With it the decision is
  /// recorded (audited, the entrant told by mail when the entry came online); when
  /// `expecting` names the audit head the preview was worked out on, anything written since
  /// refuses it. The next publication of the round names it and adds its papers.
  public func decideComplaint(
    id: Int64, outcome: ComplaintOutcome, reason: String, confirm: Bool,
    expecting head: String? = nil, site: String? = nil, by person: Person
  ) throws(WorkflowError) -> ComplaintDecision {
    try authorize(.complaintDecide, person)
    let why = try Self.reason(reason)
    let (contest, settings) = try complaintSettings()
    let work = { () throws -> ComplaintDecision in
      guard let complaint = try database.complaint(id: id) else {
        throw WorkflowError.notFound(WorkflowText.noComplaint(id))
      }
      guard complaint.state == .accepted else {
        throw WorkflowError.wrongState(WorkflowText.complaintNotAccepted(id, complaint.state))
      }
      let current = try database.auditHead()
      if confirm, let head, head != current {
        throw WorkflowError.wrongState(WorkflowText.changedSincePreview)
      }
      let remarks = try database.remarks(complaint: id).filter(\.stands)
      let submitted = remarks.filter(\.isSubmitted)
      if submitted.count < settings.remarkingJudges || submitted.count < remarks.count {
        throw WorkflowError.wrongState(
          WorkflowText.remarkingNotDone(
            id, submitted: submitted.count, wanted: max(settings.remarkingJudges, remarks.count)))
      }
      var round = try RoundContext.load(database, round: complaint.round)
      let before = round.awarded(round.ranking()).ranking
      if outcome == .amended {
        round.amendments[complaint.code] = RoundContext.amendment(
          complaint, method: settings.method, remarks: remarks, scorer: round.scorer,
          roundSheets: round.scoredSheets)
      }
      let after = round.awarded(round.ranking()).ranking
      // The places as published: the latest publication of the round that kept its ranking.
      var published: [String: RankPlace]? = nil
      var publication: Int64? = nil
      for record in try database.publications().reversed() where record.round == complaint.round {
        if let bytes = try database.publishedFile(publication: record.id, name: "ranking.json"),
          let places = Self.rankPlaces(bytes)
        {
          published = places
          publication = record.id
          break
        }
      }
      let was =
        published
        ?? Dictionary(
          before.entries.map { ($0.entry.code, Self.place($0)) }, uniquingKeysWith: { a, _ in a })
      var lines: [ComplaintDecision.Line] = []
      for entry in after.entries {
        let code = entry.entry.code
        let line = ComplaintDecision.Line(
          code: code, title: entry.entry.title, before: was[code], after: Self.place(entry))
        if code == complaint.code {
          lines.insert(line, at: 0)
        } else if line.before != line.after {
          lines.append(line)
        }
      }
      let scorer = round.scorer
      let remarkers = submitted.map { remark in
        ComplaintDecision.Remarker(
          judge: remark.judge, name: round.judges[remark.judge]?.name ?? remark.judge,
          total: (try? scorer.sheet(
            judge: remark.judge, entry: complaint.code, points: remark.points
          )
          .get().total) ?? .zero)
      }
      var earlier: [String: Points] = [:]
      for sheet in round.scoredSheets where sheet.entry == complaint.code {
        earlier[sheet.judge] = sheet.total
      }
      let score = after.entries.first { $0.entry.code == complaint.code }?.hundredths
      var decision = ComplaintDecision(
        complaint: complaint, title: round.entries[complaint.code]?.draft.title ?? "",
        outcome: outcome, reason: why, method: settings.method, remarkers: remarkers,
        earlier: earlier, publication: publication, lines: lines, score: score,
        auditHead: current, written: false)
      // A round that sent entries on: its rule on the new ranking, against the list chosen.
      if let rule = round.round.advance,
        let index = contest.rounds.firstIndex(where: { $0.id == round.round.id }),
        index + 1 < contest.rounds.count,
        let list = try database.shortlist(round: contest.rounds[index + 1].id)
      {
        var applied = rule
        if applied.top == nil && applied.minScore == nil { applied.minScore = 0 }
        let now = Advancer.advance(round.ranking(), rule: applied, tieBreak: round.round.tieBreak)
          .advancing
        decision.nextRound = contest.rounds[index + 1].id
        decision.enters = now.filter { !list.contains($0) }
        decision.leaves = list.filter { !now.contains($0) }
      }
      guard confirm else { return decision }
      let account = try database.entrant(ofEntry: complaint.code)
      let submission = try database.submission(ofEntry: complaint.code)
      var decided = complaint
      decided.outcome = outcome
      decided.reason = why
      decision.complaint = try database.decideComplaint(
        id: id, outcome: outcome, method: outcome == .amended ? settings.method : nil,
        amendedHundredths: outcome == .amended ? score : nil, reason: why,
        mail: account.map {
          [
            MailTemplates.complaintDecided(
              to: $0, complaint: decided, title: decision.title,
              before: decision.lines.first?.before, after: decision.lines.first?.after,
              contest: contest, site: site, submission: submission)
          ]
        } ?? [], context: context(person))
      decision.written = true
      return decision
    }
    if confirm {
      return try transaction(person) { try work() }
    }
    return try attempt { try database.snapshot { try work() } }
  }

  static func place(_ entry: RankedEntry) -> RankPlace {
    RankPlace(rank: entry.rank, hundredths: entry.hundredths, prize: entry.prize)
  }

  /// Each entry's place as a published `ranking.json` gives it.
  static func rankPlaces(_ bytes: [UInt8]) -> [String: RankPlace]? {
    rankingEntries(bytes)?.mapValues { e in
      var place = RankPlace(rank: nil, hundredths: nil, prize: nil)
      if case .number(let rank)? = e["rank"] { place.rank = Int(rank) }
      if case .number(let score)? = e["score"],
        let value = Decimal(string: score, locale: Locale(identifier: "en_US_POSIX"))
      {
        place.hundredths = NSDecimalNumber(decimal: value * 100).int64Value
      }
      if case .string(let prize)? = e["prize"] { place.prize = prize }
      return place
    }
  }

  /// The complaints of `round` decided that no publication has answered yet, oldest first.
  func unansweredDecisions(round: String) throws -> [Complaint] {
    let answered = Set(try database.publications().flatMap(\.complaints))
    return try database.complaints(state: .decided).reversed().filter {
      $0.round == round && !answered.contains($0.id)
    }
  }
}

extension Workflow {
  /// What the papers of a publication say of the complaints it answers: each one's
  /// re-marking, and (when a result changed) every entry whose place moved since `previous`.
  func complaintPapers(
    _ answered: [Complaint], _ context: RoundContext, previous: PublicationRecord?
  ) throws -> ([ComplaintPaper], [PlaceChange]) {
    guard !answered.isEmpty else { return ([], []) }
    let now = context.awarded(context.ranking()).ranking
    let after = Dictionary(
      now.entries.map { ($0.entry.code, Self.place($0)) }, uniquingKeysWith: { a, _ in a })
    func published(_ id: Int64?) throws -> [String: RankPlace] {
      guard let id, let bytes = try database.publishedFile(publication: id, name: "ranking.json")
      else { return [:] }
      return Self.rankPlaces(bytes) ?? [:]
    }
    func name(_ judge: String) -> String { context.judges[judge]?.name ?? judge }
    let scorer = context.scorer
    let papers = try Language.$current.withValue(.vi) {
      try answered.map { complaint -> ComplaintPaper in
        let remarks = try database.remarks(complaint: complaint.id)
        let marks = remarks.filter { $0.stands && $0.isSubmitted }.map { remark in
          ComplaintPaper.Mark(
            judge: remark.judge, name: name(remark.judge),
            total: (try? scorer.sheet(
              judge: remark.judge, entry: complaint.code, points: remark.points
            )
            .get().total) ?? .zero)
        }
        let earlier = context.scoredSheets.filter { $0.entry == complaint.code }
          .sorted { $0.judge < $1.judge }
          .map { ComplaintPaper.Mark(judge: $0.judge, name: name($0.judge), total: $0.total) }
        return ComplaintPaper(
          complaint: complaint, title: context.entries[complaint.code]?.draft.title ?? "",
          earlier: earlier, remarks: marks,
          replaced: remarks.compactMap { r in r.released.map { (r.judge, $0) } },
          before: try published(complaint.publication)[complaint.code]?.text ?? "–",
          after: after[complaint.code]?.text ?? "–")
      }
    }
    let amended = Dictionary(
      answered.filter { $0.outcome == .amended }.map { ($0.code, $0.id) },
      uniquingKeysWith: { _, b in b })
    guard !amended.isEmpty else { return (papers, []) }
    let before = try published(previous?.id)
    let changes = Language.$current.withValue(.vi) {
      now.entries.compactMap { entry -> PlaceChange? in
        let code = entry.entry.code
        let was = before[code]
        let place = Self.place(entry)
        guard was != place || amended[code] != nil else { return nil }
        return PlaceChange(
          code: code, title: entry.entry.title, before: was?.text ?? "–", after: place.text,
          complaint: amended[code])
      }
    }
    return (papers, changes)
  }
}
