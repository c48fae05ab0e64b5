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
