import Foundation

/// How an amended entry's score is worked out after a re-marking.
public enum ComplaintMethod: String, Hashable, Sendable, Codable, CaseIterable {
  /// The mean of the re-markers' totals alone.
  case meanRemarks = "mean-remarks"
  /// The mean of every sheet, the earlier ones and the re-marks.
  case meanAll = "mean-all"
}

/// Complaints about a published result (khiếu nại, phúc khảo): `complaints: {days: 10,
/// answer_days: 30, remarking_judges: 2, method: mean-remarks | mean-all}`.
public struct ComplaintSettings: Hashable, Sendable, Codable {
  /// Days after a round's publication a complaint may be filed (the day of publication
  /// not counted).
  public var days: Int
  /// Days the contest has to answer one, from the day it was received.
  public var answerDays: Int
  /// How many judges re-mark an entry.
  public var remarkingJudges: Int
  /// How an amended score is worked out.
  public var method: ComplaintMethod

  /// The rules of Vietnamese practice when the contest file says nothing else: 10 days to
  /// complain, 30 to answer, two re-markers, the mean of the re-marks.
  public init(
    days: Int = 10, answerDays: Int = 30, remarkingJudges: Int = 2,
    method: ComplaintMethod = .meanRemarks
  ) {
    self.days = days
    self.answerDays = answerDays
    self.remarkingJudges = remarkingJudges
    self.method = method
  }
}

/// Where a complaint stands.
public enum ComplaintState: String, Hashable, Sendable, Codable, CaseIterable {
  /// Filed, not yet looked at.
  case filed
  /// Accepted by the secretariat: to be re-marked and decided.
  case accepted
  /// Rejected by the secretariat, with the reason.
  case rejected
  /// Decided by the organisers.
  case decided

  /// The state in Vietnamese.
  public var vietnamese: String {
    switch self {
    case .filed: "đã nhận"
    case .accepted: "đã thụ lý"
    case .rejected: "không thụ lý"
    case .decided: "đã giải quyết"
    }
  }

  /// The state in the current language.
  public var localized: String { Language.current == .vi ? vietnamese : rawValue }

  /// Whether it still waits for an answer.
  public var isOpen: Bool { self == .filed || self == .accepted }
}

/// What the organisers decided on a re-marked complaint.
public enum ComplaintOutcome: String, Hashable, Sendable, Codable, CaseIterable {
  /// The published result stands.
  case upheld
  /// The entry's score is amended by the re-marking, and the ranking with it.
  case amended

  /// The outcome in Vietnamese.
  public var vietnamese: String {
    switch self {
    case .upheld: "giữ nguyên kết quả"
    case .amended: "điều chỉnh kết quả"
    }
  }

  /// The outcome in the current language.
  public var localized: String {
    Language.current == .vi ? vietnamese : (self == .upheld ? "result upheld" : "result amended")
  }
}

/// A complaint about an entry's published result.
public struct Complaint: Hashable, Sendable {
  /// Its number.
  public var id: Int64
  /// The entry.
  public var code: String
  /// The round whose result it is about.
  public var round: String
  /// The publication it is about (its audit record's number).
  public var publication: Int64
  /// What the entrant says.
  public var text: String
  /// The day it was received.
  public var receivedOn: Day
  /// The last day to answer it (`answer_days` after it was received).
  public var dueOn: Day
  /// Who filed it: the entrant's address, or the member of staff on their behalf.
  public var filedBy: String
  /// When it was recorded (ISO).
  public var filedAt: String
  /// Where it stands.
  public var state: ComplaintState
  /// The reason given with a rejection or a decision.
  public var reason: String?
  /// Who answered.
  public var answeredBy: String?
  /// When it was answered (ISO).
  public var answeredAt: String?
  /// The organisers' decision, once decided.
  public var outcome: ComplaintOutcome?
  /// How an amended score was worked out (the contest's method when decided).
  public var method: ComplaintMethod?
  /// The entry's score after the decision, in hundredths (an amended one; nil when upheld).
  public var amendedHundredths: Int64?

  /// Creates a complaint.
  public init(
    id: Int64, code: String, round: String, publication: Int64, text: String, receivedOn: Day,
    dueOn: Day, filedBy: String, filedAt: String, state: ComplaintState
  ) {
    self.id = id
    self.code = code
    self.round = round
    self.publication = publication
    self.text = text
    self.receivedOn = receivedOn
    self.dueOn = dueOn
    self.filedBy = filedBy
    self.filedAt = filedAt
    self.state = state
  }
}

/// One re-marker of a complaint and their sheet: a draft while they work, the points once
/// submitted. Kept apart from the round's sheets: nothing ranks by it until the decision.
public struct Remark: Hashable, Sendable {
  /// The complaint.
  public var complaint: Int64
  /// The entry re-marked.
  public var code: String
  /// The re-marker.
  public var judge: String
  /// The submitted points (empty until submitted).
  public var points: [String: Points]
  /// The submitted comment.
  public var comment: String
  /// What the re-marker last saved without submitting.
  public var draftPoints: [String: Points]
  /// The draft's comment.
  public var draftComment: String
  /// How many saves it has had: a save names the version it started from.
  public var version: Int
  /// When it was submitted (ISO); nil while a draft.
  public var submittedAt: String?
  /// Why the re-marker was replaced (a conflict declared, removed from the jury); nil while
  /// they stand.
  public var released: String?

  /// Creates a re-marker's place, nothing scored.
  public init(complaint: Int64, code: String, judge: String) {
    self.complaint = complaint
    self.code = code
    self.judge = judge
    points = [:]
    comment = ""
    draftPoints = [:]
    draftComment = ""
    version = 0
  }

  /// Whether the sheet is in.
  public var isSubmitted: Bool { submittedAt != nil }
  /// Whether the re-marker still stands (not replaced).
  public var stands: Bool { released == nil }
}
