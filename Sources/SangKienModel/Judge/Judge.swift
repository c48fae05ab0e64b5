/// A member of the jury.
public struct Judge: Hashable, Sendable {
  /// A short stable id (`gk01`), used in files and on sheets.
  public var id: String
  /// Full name.
  public var name: String
  /// The judge's unit, for conflicts of interest.
  public var unit: String
  /// Fields of expertise (lĩnh vực).
  public var fields: [String]
  /// Chair or member.
  public var role: JudgeRole
  /// The judge's post (chức vụ, chức danh: "Phó Giám đốc Sở"), not their role on the jury.
  public var title: String
  /// False once removed while keeping the sheets they already scored.
  public var active: Bool
  /// Where mail reaches them (invitations, reminders); empty when not known.
  public var email: String
  /// Their telephone, for the secretariat; empty when not known.
  public var phone: String

  /// Creates a judge.
  public init(
    id: String, name: String, unit: String = "", fields: [String] = [],
    role: JudgeRole = .member, title: String = "", active: Bool = true, email: String = "",
    phone: String = ""
  ) {
    self.email = email
    self.phone = phone
    self.title = title
    self.id = id
    self.name = name
    self.unit = unit
    self.fields = fields
    self.role = role
    self.active = active
  }

  /// The judge as JSON, for audit records and `--format json`.
  public var jsonValue: JSONValue {
    var members: [String: JSONValue] = [
      "id": .string(id), "name": .string(name), "unit": .string(unit),
      "fields": .array(fields.map(JSONValue.string)), "role": .string(role.rawValue),
      "active": .bool(active),
    ]
    // Only a judge with a post carries the key, so earlier records read as they always have.
    if !title.isEmpty { members["title"] = .string(title) }
    if !email.isEmpty { members["email"] = .string(email) }
    if !phone.isEmpty { members["phone"] = .string(phone) }
    return .object(members)
  }
}

/// A judge's role on the jury.
public enum JudgeRole: String, Sendable, CaseIterable, Codable {
  /// Trưởng ban giám khảo.
  case chair
  /// Thành viên.
  case member

  /// Reads the id or the Vietnamese word (trưởng ban, thành viên).
  public init?(parsing text: String) {
    switch VietnameseText.fold(text) {
    case "chair", "truong ban", "truong ban giam khao", "chu tich": self = .chair
    case "member", "thanh vien", "giam khao", "": self = .member
    default: return nil
    }
  }

  /// The role as every page, table and paper names it: "trưởng ban" / "thành viên".
  public var localized: String {
    switch self {
    case .chair: Language.text(vi: "trưởng ban", en: "chair")
    case .member: Language.text(vi: "thành viên", en: "member")
    }
  }
}
