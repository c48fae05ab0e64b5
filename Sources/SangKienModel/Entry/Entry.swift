/// A person named as an author of an entry.
public struct Author: Hashable, Sendable, Codable {
  /// Full name, family name first (Nguyễn Văn An).
  public var name: String
  /// The author's unit when it differs from the entry's; nil means the entry's unit.
  public var unit: String?

  /// Creates an author.
  public init(name: String, unit: String? = nil) {
    self.name = name
    self.unit = unit
  }

  /// Parses the authors column: names separated by `;`, each optionally followed by its
  /// unit in parentheses ("Nguyễn Văn An (Sở Tư pháp); Trần Thị Bình").
  public static func parseList(_ text: String) -> [Author] {
    // Split and searched as UTF-8 bytes (';', '(' and ')' are ASCII, so never part of
    // another character's bytes): splitting by Character was a twentieth of an import.
    text.utf8.split(separator: UInt8(ascii: ";")).compactMap { part in
      let item = VietnameseText.clean(String(Substring(part)))
      guard !item.isEmpty else { return nil }
      if item.utf8.last == UInt8(ascii: ")"), let open = item.utf8.lastIndex(of: UInt8(ascii: "("))
      {
        let name = VietnameseText.clean(String(item[..<open]))
        let unit = VietnameseText.clean(
          String(item[item.index(after: open)..<item.index(before: item.endIndex)]))
        if !name.isEmpty { return Author(name: name, unit: unit.isEmpty ? nil : unit) }
      }
      return Author(name: item)
    }
  }

  /// Writes a list back in the form `parseList` reads.
  public static func formatList(_ authors: [Author]) -> String {
    authors.map { author in
      author.unit.map { "\(author.name) (\($0))" } ?? author.name
    }.joined(separator: "; ")
  }
}

/// The fields of an entry as the secretariat fills them in, before it has a code.
public struct EntryDraft: Hashable, Sendable, Codable {
  /// A code carried by an import, or nil to be given the next one.
  public var code: String?
  /// The title.
  public var title: String
  /// Idea, solution or model.
  public var category: EntryCategory
  /// Who submitted it.
  public var entrantKind: EntrantKind
  /// One or more authors.
  public var authors: [Author]
  /// The submitting unit (department, district, ward, business).
  public var unit: String
  /// The field of administrative procedure (lĩnh vực), e.g. "Đất đai".
  public var field: String
  /// The office that received it.
  public var receivedBy: String
  /// The day it was received.
  public var receivedOn: Day
  /// A short summary.
  public var summary: String
  /// A phone number or e-mail address.
  public var contact: String

  /// Creates a draft; text is stored as given, so pass it cleaned (NFC).
  public init(
    code: String? = nil, title: String, category: EntryCategory, entrantKind: EntrantKind,
    authors: [Author], unit: String, field: String = "", receivedBy: String = "",
    receivedOn: Day, summary: String = "", contact: String = ""
  ) {
    self.code = code
    self.title = title
    self.category = category
    self.entrantKind = entrantKind
    self.authors = authors
    self.unit = unit
    self.field = field
    self.receivedBy = receivedBy
    self.receivedOn = receivedOn
    self.summary = summary
    self.contact = contact
  }

  /// The key under which two entries count as likely duplicates: the same title and unit,
  /// compared without case and diacritics, with the usual administrative short forms
  /// written out (`UBND Q. Cầu Giấy` is `Ủy ban nhân dân quận Cầu Giấy`).
  public var duplicateKey: String {
    AdministrativeNames.key(title) + "\u{1F}" + AdministrativeNames.key(unit)
  }

  /// The version of `duplicateKey`: stored keys of an older version are worked out again
  /// when a database is opened.
  public static let duplicateKeyVersion = 2
}

/// A registered entry.
public struct Entry: Hashable, Sendable, Codable {
  /// The code given at registration (SK-0001).
  public var code: String
  /// The fields as registered or last updated.
  public var draft: EntryDraft
  /// Where it stands.
  public var status: EntryStatus
  /// Why it was rejected or withdrawn, if it was.
  public var statusReason: String?
  /// Why it was accepted after the deadline, if it was.
  public var lateReason: String?

  /// Creates an entry.
  public init(
    code: String, draft: EntryDraft, status: EntryStatus = .received,
    statusReason: String? = nil, lateReason: String? = nil
  ) {
    self.code = code
    self.draft = draft
    self.status = status
    self.statusReason = statusReason
    self.lateReason = lateReason
  }
}

/// How long the free text people type may be, wherever they type it: what is typed is kept
/// in the audit log for good, so a comment of the whole request body is refused, not stored.
public enum TextLimits {
  /// A judge's comment on a sheet.
  public static let comment = 4_000
  /// A reason (for a refusal, a reopening, a removal, a late entry …).
  public static let reason = 1_000
}

/// The limits the secretariat's data must keep, in characters.
public enum EntryLimits {
  /// Title.
  public static let title = 500
  /// Summary.
  public static let summary = 20_000
  /// Any other text field.
  public static let other = 1_000
  /// A code.
  public static let code = 40
}
