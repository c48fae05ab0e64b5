/// What an entry is: an idea (sáng kiến), a solution (giải pháp) or a model (mô hình).
public enum EntryCategory: String, Sendable, CaseIterable, Codable, Comparable {
  /// Sáng kiến.
  case idea
  /// Giải pháp.
  case solution
  /// Mô hình.
  case model

  /// The Vietnamese word.
  public var vietnamese: String {
    switch self {
    case .idea: "sáng kiến"
    case .solution: "giải pháp"
    case .model: "mô hình"
    }
  }

  /// The category named by its id or its Vietnamese word, any case, with or without
  /// diacritics ("model", "Mô hình", "mo hinh").
  public init?(parsing text: String) {
    let key = VietnameseText.fold(text)
    guard
      let found = Self.allCases.first(where: {
        $0.rawValue == key || VietnameseText.fold($0.vietnamese) == key
      })
    else { return nil }
    self = found
  }

  /// Orders categories as the contest lists them.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  /// The word in the current language.
  public var localized: String { Language.current == .vi ? vietnamese : rawValue }
}

/// Who submitted an entry.
public enum EntrantKind: String, Sendable, CaseIterable, Codable {
  /// Cá nhân: one person.
  case individual
  /// Tập thể: a group of people.
  case collective
  /// Tổ chức: an organisation.
  case organisation
  /// Doanh nghiệp: a business.
  case business
  /// Cơ quan: a state agency.
  case agency

  /// The Vietnamese word.
  public var vietnamese: String {
    switch self {
    case .individual: "cá nhân"
    case .collective: "tập thể"
    case .organisation: "tổ chức"
    case .business: "doanh nghiệp"
    case .agency: "cơ quan"
    }
  }

  /// The kind named by its id or its Vietnamese word ("organization" is accepted too).
  public init?(parsing text: String) {
    let key = VietnameseText.fold(text)
    if key == "organization" {
      self = .organisation
      return
    }
    guard
      let found = Self.allCases.first(where: {
        $0.rawValue == key || VietnameseText.fold($0.vietnamese) == key
      })
    else { return nil }
    self = found
  }

  /// The word in the current language.
  public var localized: String { Language.current == .vi ? vietnamese : rawValue }
}

/// Where an entry stands with the secretariat.
public enum EntryStatus: String, Sendable, CaseIterable, Codable {
  /// Registered, not yet checked.
  case received
  /// Checked and admitted to judging.
  case valid
  /// Refused by the secretariat, with a reason.
  case rejected
  /// Withdrawn by its authors, with a reason.
  case withdrawn

  /// The Vietnamese word.
  public var vietnamese: String {
    switch self {
    case .received: "đã tiếp nhận"
    case .valid: "hợp lệ"
    case .rejected: "bị loại"
    case .withdrawn: "đã rút"
    }
  }

  /// The status in the current language.
  public var localized: String { Language.current == .vi ? vietnamese : rawValue }

  /// Whether the entry takes part in judging and ranking.
  public var isEligible: Bool { self == .received || self == .valid }
}

extension EntrantKind {
  /// A prize group as people call it: the entrant kind's word, capitalised, when the group is
  /// named after one (`individual` → Cá nhân); any other group as named.
  public static func groupTitle(_ group: String, vietnamese: Bool = Language.current == .vi)
    -> String
  {
    let word = groupWord(group, vietnamese: vietnamese)
    return word.prefix(1).uppercased() + word.dropFirst()
  }

  /// A prize group as a sentence names it: `tập thể` (`Giải Nhất nhóm tập thể`); any other
  /// group as named.
  public static func groupWord(_ group: String, vietnamese: Bool = Language.current == .vi)
    -> String
  {
    guard let kind = EntrantKind(parsing: group) else { return group }
    return vietnamese ? kind.vietnamese : kind.rawValue
  }
}
