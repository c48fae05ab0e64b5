import Foundation

/// A paper the contest rests on, e.g. Kế hoạch 34/KH-UBND.
public struct ContestDocument: Hashable, Sendable, Codable {
  /// Its reference number (34/KH-UBND).
  public var ref: String
  /// The day it was signed.
  public var date: Day
  /// What it is.
  public var title: String

  /// Creates a document reference.
  public init(ref: String, date: Day, title: String) {
    self.ref = ref
    self.date = date
    self.title = title
  }
}

/// How a round turns judges' totals into one score.
public enum Aggregation: String, Sendable, CaseIterable, Codable {
  /// The mean of the totals.
  case mean
  /// The mean after dropping the highest and lowest, from `trim_min_judges` judges up.
  case trimmed
  /// The median of the totals.
  case median
  /// Each judge's totals standardised, mapped back to the round's scale, then averaged.
  case zscore

  /// The method's name in the current language.
  public var label: String {
    switch self {
    case .mean: Language.text(vi: "trung bình", en: "mean")
    case .trimmed: Language.text(vi: "trung bình bỏ cao nhất và thấp nhất", en: "trimmed mean")
    case .median: Language.text(vi: "trung vị", en: "median")
    case .zscore: Language.text(vi: "chuẩn hoá z", en: "z-score")
    }
  }
}

/// How many judges score each entry in a round.
public enum JudgesPerEntry: Hashable, Sendable, Codable, CustomStringConvertible {
  /// This many distinct judges per entry.
  case count(Int)
  /// Every judge without a conflict.
  case all

  /// `3` or `all`.
  public var description: String {
    switch self {
    case .count(let n): String(n)
    case .all: "all"
    }
  }
}

/// Which entries go on to the next round.
public struct Advancement: Hashable, Sendable, Codable {
  /// At most this many, ties at the cut all going through or listed for the jury.
  public var top: Int?
  /// Only entries with at least this score.
  public var minScore: Decimal?
  /// Apply `top` within each category.
  public var perCategory: Bool

  /// Creates a rule.
  public init(top: Int? = nil, minScore: Decimal? = nil, perCategory: Bool = false) {
    self.top = top
    self.minScore = minScore
    self.perCategory = perCategory
  }
}

/// How the further marking of an entry the judges disagree on settles its score.
public enum ResolutionMethod: String, Hashable, Sendable, Codable, CaseIterable {
  /// Every sheet counts: the mean of all of them.
  case meanAll = "mean-all"
  /// The mean of the two closest totals among the sheets (of pairs equally close, the
  /// higher pair).
  case meanClosestTwo = "mean-closest-two"
}

/// A round's third marking: when an entry's judges disagree by the round's threshold or
/// more, `extraJudges` more judges score it independently, and `method` settles its score.
public struct Resolution: Hashable, Sendable, Codable {
  /// How many more judges an entry flagged for disagreement gets.
  public var extraJudges: Int
  /// How its sheets then make its score.
  public var method: ResolutionMethod

  /// Creates a rule.
  public init(extraJudges: Int = 1, method: ResolutionMethod = .meanAll) {
    self.extraJudges = extraJudges
    self.method = method
  }
}

/// One judging round with its rules.
public struct Round: Hashable, Sendable, Codable {
  /// A stable id (`so-khao`).
  public var id: String
  /// Its Vietnamese name (Sơ khảo).
  public var name: String
  /// The id of the rubric judges score against.
  public var rubricId: String
  /// How many judges per entry.
  public var judgesPerEntry: JudgesPerEntry
  /// How totals are combined.
  public var aggregation: Aggregation
  /// From how many judges up `trimmed` drops the highest and lowest.
  public var trimMinJudges: Int
  /// Flag an entry whose judges' totals spread by this many points or more.
  public var disagreement: Decimal
  /// Criterion ids that break ties, in order.
  public var tieBreak: [String]
  /// Who goes on to the next round, if anyone.
  public var advance: Advancement?
  /// Whether a submitted sheet stays as it is until the secretariat reopens it (with a
  /// reason); otherwise a judge may change it while the round is open.
  public var lockSubmitted: Bool
  /// The further marking of entries the judges disagree on, if the round has one.
  public var resolution: Resolution?
  /// When the judges' sheets are due (`scoring_deadline`), in the contest's time zone:
  /// shown on their worklists and the reason for reminders.
  public var scoringDeadline: LocalMoment?
  /// How many days before the deadline judges with sheets missing are reminded (and on the
  /// day itself): `remind_days`, `[3, 1]` by default.
  public var remindDays: [Int] = [3, 1]

  /// The judges each entry is due before any further marking (nil: every judge).
  public var basePerEntry: Int? {
    if case .count(let n) = judgesPerEntry { return n }
    return nil
  }

  /// Creates a round.
  public init(
    id: String, name: String, rubricId: String, judgesPerEntry: JudgesPerEntry,
    aggregation: Aggregation = .mean, trimMinJudges: Int = 5, disagreement: Decimal = 20,
    tieBreak: [String] = [], advance: Advancement? = nil, lockSubmitted: Bool = false,
    resolution: Resolution? = nil
  ) {
    self.id = id
    self.name = name
    self.rubricId = rubricId
    self.judgesPerEntry = judgesPerEntry
    self.aggregation = aggregation
    self.trimMinJudges = trimMinJudges
    self.disagreement = disagreement
    self.tieBreak = tieBreak
    self.advance = advance
    self.lockSubmitted = lockSubmitted
    self.resolution = resolution
  }

  private enum CodingKeys: String, CodingKey {
    case id, name, rubricId, judgesPerEntry, aggregation, trimMinJudges, disagreement, tieBreak
    case advance, lockSubmitted, resolution, scoringDeadline, remindDays
  }

  /// Reads a round as stored; a contest stored before rounds could lock submitted sheets
  /// reads as not locking them.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    rubricId = try c.decode(String.self, forKey: .rubricId)
    judgesPerEntry = try c.decode(JudgesPerEntry.self, forKey: .judgesPerEntry)
    aggregation = try c.decode(Aggregation.self, forKey: .aggregation)
    trimMinJudges = try c.decode(Int.self, forKey: .trimMinJudges)
    disagreement = try c.decode(Decimal.self, forKey: .disagreement)
    tieBreak = try c.decode([String].self, forKey: .tieBreak)
    advance = try c.decodeIfPresent(Advancement.self, forKey: .advance)
    lockSubmitted = try c.decodeIfPresent(Bool.self, forKey: .lockSubmitted) ?? false
    resolution = try c.decodeIfPresent(Resolution.self, forKey: .resolution)
    scoringDeadline = try c.decodeIfPresent(LocalMoment.self, forKey: .scoringDeadline)
    remindDays = try c.decodeIfPresent([Int].self, forKey: .remindDays) ?? [3, 1]
  }

  /// Writes a round; `lockSubmitted` and `resolution` only when set, so a round without
  /// them is stored exactly as before.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(name, forKey: .name)
    try c.encode(rubricId, forKey: .rubricId)
    try c.encode(judgesPerEntry, forKey: .judgesPerEntry)
    try c.encode(aggregation, forKey: .aggregation)
    try c.encode(trimMinJudges, forKey: .trimMinJudges)
    try c.encode(disagreement, forKey: .disagreement)
    try c.encode(tieBreak, forKey: .tieBreak)
    try c.encodeIfPresent(advance, forKey: .advance)
    if lockSubmitted { try c.encode(true, forKey: .lockSubmitted) }
    try c.encodeIfPresent(resolution, forKey: .resolution)
    // Only when set, so a round without a deadline is stored exactly as before.
    if let scoringDeadline {
      try c.encode(scoringDeadline, forKey: .scoringDeadline)
      try c.encode(remindDays, forKey: .remindDays)
    }
  }
}

/// A moment as a contest file writes it: a day and a time of the contest's time zone
/// (`2019-12-20 17:00`), stored as written.
public struct LocalMoment: Hashable, Sendable, Codable, Comparable {
  /// The day.
  public var day: Day
  /// Minutes after midnight.
  public var minutes: Int

  /// Creates a moment.
  public init(day: Day, minutes: Int) {
    self.day = day
    self.minutes = minutes
  }

  /// Reads `2019-12-20 17:00`, `2019-12-20T17:00`, `20/12/2019 17:00`, or a day alone (its
  /// end, 23:59); nil otherwise.
  public init?(parsing text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
    guard (1...2).contains(parts.count), let day = Day(parsing: parts[0]) else { return nil }
    var minutes = 23 * 60 + 59
    if parts.count == 2 {
      let time = parts[1].split(separator: ":")
      guard time.count == 2, let h = Int(time[0]), let m = Int(time[1]), (0..<24).contains(h),
        (0..<60).contains(m)
      else { return nil }
      minutes = h * 60 + m
    }
    self.init(day: day, minutes: minutes)
  }

  /// The moment in time, in `timeZone`.
  public func date(in timeZone: TimeZone = RecordWords.timeZone) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let components = DateComponents(
      year: day.year, month: day.month, day: day.day, hour: minutes / 60, minute: minutes % 60)
    return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
  }

  /// `17:00 20/12/2019`.
  public var shown: String {
    String(format: "%02d:%02d ", minutes / 60, minutes % 60) + day.vietnamese
  }

  /// Earlier first.
  public static func < (a: LocalMoment, b: LocalMoment) -> Bool {
    (a.day, a.minutes) < (b.day, b.minutes)
  }
}

/// One prize of a group: its name, how many, and the score it needs.
public struct Prize: Hashable, Sendable, Codable {
  /// The prize's name (Giải Nhất).
  public var name: String
  /// How many entries may get it.
  public var count: Int
  /// The lowest score that can win it.
  public var minScore: Decimal

  /// Creates a prize.
  public init(name: String, count: Int, minScore: Decimal) {
    self.name = name
    self.count = count
    self.minScore = minScore
  }
}

/// The prize rules: which round decides, and the prizes of each entrant group.
public struct PrizeRules: Hashable, Sendable, Codable {
  /// The round whose ranking gives the prizes.
  public var round: String
  /// Whether unfilled places pass to the next prize down.
  public var rollDown: Bool
  /// Prizes per group, highest first, in the order of `Contest.groups`.
  public var groups: [String: [Prize]]

  /// Creates prize rules.
  public init(round: String, rollDown: Bool = false, groups: [String: [Prize]]) {
    self.round = round
    self.rollDown = rollDown
    self.groups = groups
  }
}

/// A contest definition, as loaded from its contest file.
public struct Contest: Hashable, Sendable, Codable {
  /// A stable id (`hanoi-cchc-2019`).
  public var id: String
  /// The full Vietnamese name.
  public var name: String
  /// Who runs it.
  public var organiser: String
  /// The papers it rests on.
  public var documents: [ContestDocument]
  /// The prefix of entry codes (`SK` gives SK-0001).
  public var codePrefix: String
  /// The last day entries are received.
  public var deadline: Day
  /// The categories entries may be in.
  public var categories: [EntryCategory]
  /// Prize groups: a name and the entrant kinds in it, in file order.
  public var groups: [EntrantGroup]
  /// The rounds, in order.
  public var rounds: [Round]
  /// The prize rules, if the contest gives prizes.
  public var prizes: PrizeRules?
  /// The limits on entries' dossiers, when the contest file sets them.
  public var attachments: AttachmentLimits?

  /// The limits on entries' dossiers: the contest file's, else 25 MB a file, 100 MB an entry.
  public var attachmentLimits: AttachmentLimits { attachments ?? .standard }
  /// How long web sessions last, when the contest file says.
  public var sessions: SessionLimits?

  /// How long web sessions last: the contest file's, else 30 minutes idle and 12 hours.
  public var sessionLimits: SessionLimits { sessions ?? .standard }
  /// What the jury's papers say of who issues and signs them, when the contest file says.
  public var papers: PaperSettings?

  /// The papers' settings: the contest file's, else the defaults for its organiser.
  public var paperSettings: PaperSettings { papers ?? .standard(organiser: organiser) }
  /// What the published report shows, when the contest file says (`publish:`).
  public var publishing: PublishSettings?

  /// Whether the published report shows each named judge's totals: only when the contest
  /// file says `publish: {judge_statistics: public}`; juries keep them internal.
  public var publishesJudgeStatistics: Bool { publishing?.judgeStatistics == .public }
  /// Entries submitted online, when the contest file opens the call (`intake:`).
  public var intake: IntakeSettings?
  /// Complaints about published results and their re-marking (`complaints:`).
  public var complaints: ComplaintSettings?

  /// Creates a contest.
  public init(
    id: String, name: String, organiser: String, documents: [ContestDocument],
    codePrefix: String, deadline: Day, categories: [EntryCategory], groups: [EntrantGroup],
    rounds: [Round], prizes: PrizeRules?, attachments: AttachmentLimits? = nil,
    sessions: SessionLimits? = nil, papers: PaperSettings? = nil
  ) {
    self.papers = papers
    self.attachments = attachments
    self.sessions = sessions
    self.id = id
    self.name = name
    self.organiser = organiser
    self.documents = documents
    self.codePrefix = codePrefix
    self.deadline = deadline
    self.categories = categories
    self.groups = groups
    self.rounds = rounds
    self.prizes = prizes
  }

  /// The round with this id.
  public func round(_ id: String) -> Round? { rounds.first { $0.id == id } }

  /// The code of the `sequence`-th entry: prefix, dash, at least four digits (SK-0007).
  public func entryCode(_ sequence: Int) -> String {
    let digits = String(sequence)
    return codePrefix + "-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// The sequence number in a code of this contest's form, or nil for any other code.
  public func sequence(ofCode code: String) -> Int? {
    let head = codePrefix + "-"
    guard code.hasPrefix(head) else { return nil }
    let digits = code.dropFirst(head.count)
    guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    return Int(digits)
  }

  /// The group an entrant kind belongs to.
  public func group(of kind: EntrantKind) -> String? {
    groups.first { $0.kinds.contains(kind) }?.name
  }
}

/// A prize group: a name and the entrant kinds that compete in it.
public struct EntrantGroup: Hashable, Sendable, Codable {
  /// The group's id (`individual`).
  public var name: String
  /// The kinds in it.
  public var kinds: [EntrantKind]

  /// Creates a group.
  public init(name: String, kinds: [EntrantKind]) {
    self.name = name
    self.kinds = kinds
  }
}

/// What the published report shows: `publish: {judge_statistics: internal|public}`.
public struct PublishSettings: Hashable, Sendable, Codable {
  /// Whether each named judge's spread of totals is published.
  public enum JudgeStatistics: String, Hashable, Sendable, Codable, CaseIterable {
    /// Kept to the staff's statistics page and `sangkien stats` (the default).
    case `internal`
    /// Shown in the published report too.
    case `public`
  }

  /// See `JudgeStatistics`.
  public var judgeStatistics: JudgeStatistics

  /// Creates the settings.
  public init(judgeStatistics: JudgeStatistics = .internal) {
    self.judgeStatistics = judgeStatistics
  }
}
