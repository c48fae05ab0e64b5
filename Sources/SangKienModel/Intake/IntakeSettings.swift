import Foundation

/// Entries submitted online (toàn trình): `intake: {online: true, opens: DATE, closes:
/// DATETIME, max_drafts: 5, declaration: "…", contact: "…"}` in the contest file. Times are
/// the contest's (Asia/Ho_Chi_Minh).
public struct IntakeSettings: Hashable, Sendable, Codable {
  /// Whether entrants may sign up and submit online.
  public var online: Bool
  /// The first day submissions are taken (the call is shown before it); nil: at once.
  public var opens: Day?
  /// The last moment a submission is taken, in the contest's time zone.
  public var closes: LocalMoment
  /// How many drafts an account may have open at once.
  public var maxDrafts: Int
  /// What the entrant declares on submitting (their own work, true, …).
  public var declaration: String
  /// Who to ask (the secretariat's telephone and address), shown on the call.
  public var contact: String

  /// The declaration when the contest file gives none.
  public static let standardDeclaration =
    "Tôi cam đoan sáng kiến là của tác giả có tên trong hồ sơ, các thông tin kê khai là đúng sự thật, và đồng ý để Ban Tổ chức sử dụng hồ sơ cho việc chấm, xét giải."

  /// Creates the settings.
  public init(
    online: Bool = true, opens: Day? = nil, closes: LocalMoment, maxDrafts: Int = 5,
    declaration: String = IntakeSettings.standardDeclaration, contact: String = ""
  ) {
    self.online = online
    self.opens = opens
    self.closes = closes
    self.maxDrafts = maxDrafts
    self.declaration = declaration
    self.contact = contact
  }

  /// Where the call stands at `now`.
  public func phase(at now: Date, in timeZone: TimeZone = RecordWords.timeZone) -> IntakePhase {
    guard online else { return .offline }
    if let opens, now < LocalMoment(day: opens, minutes: 0).date(in: timeZone) {
      return .notYetOpen
    }
    // Taken at 17:00:00 exactly; from 17:00:01 on, refused.
    if now > closes.date(in: timeZone) { return .closed }
    return .open
  }
}

/// Where an online call stands.
public enum IntakePhase: String, Sendable, Hashable {
  /// The contest takes no entries online.
  case offline
  /// Shown, not yet taking submissions.
  case notYetOpen = "not-yet-open"
  /// Taking submissions.
  case open
  /// Past its deadline: drafts are kept, nothing is submitted.
  case closed
}
