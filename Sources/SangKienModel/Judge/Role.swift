/// What a person may do in the contest.
public enum Role: String, Sendable, CaseIterable, Codable {
  /// Tổ thư ký: registers entries, judges, conflicts and assignments, collects sheets.
  case secretariat
  /// Ban tổ chức: opens and closes rounds, advances the shortlist, allocates prizes.
  case organiser
  /// A member of the jury: enters their own scores and reads their own worklist.
  case judge
  /// Người dự thi: an entrant with an account, who submits online and reads only their own
  /// submissions and entries.
  case entrant

  /// The role in Vietnamese.
  public var vietnamese: String {
    switch self {
    case .secretariat: "Tổ thư ký"
    case .organiser: "Ban tổ chức"
    case .judge: "giám khảo"
    case .entrant: "người dự thi"
    }
  }

  /// The role in the current language (the id in English, as the command line takes it).
  public var localized: String { Language.current == .vi ? vietnamese : rawValue }

  /// Whether the role is the secretariat's or the organisers' (the staff).
  public var isStaff: Bool { self == .secretariat || self == .organiser }

  /// Reads the id or the Vietnamese name.
  public init?(parsing text: String) {
    switch VietnameseText.fold(text) {
    case "secretariat", "to thu ky", "thu ky": self = .secretariat
    case "organiser", "organizer", "ban to chuc", "to chuc": self = .organiser
    case "judge", "giam khao": self = .judge
    case "entrant", "nguoi du thi": self = .entrant
    default: return nil
    }
  }
}

/// Who is acting: a member of staff, a judge, or an entrant.
public struct Actor: Hashable, Sendable {
  /// The name written in the audit log.
  public var name: String
  /// Their role.
  public var role: Role
  /// The judge's id, when the actor is a judge.
  public var judgeId: String?
  /// The person's full name where `name` is a login (a judge's `gk02`): what a page's
  /// header shows.
  public var fullName: String?
  /// The entrant's account, when the actor is an entrant (whose `name` is their e-mail).
  public var entrantId: Int64?

  /// Creates an actor.
  public init(
    name: String, role: Role, judgeId: String? = nil, fullName: String? = nil,
    entrantId: Int64? = nil
  ) {
    self.name = name
    self.role = role
    self.judgeId = judgeId
    self.fullName = fullName
    self.entrantId = entrantId
  }

  /// The name people read: the full name when known, else the name.
  public var shownName: String { fullName ?? name }
}
