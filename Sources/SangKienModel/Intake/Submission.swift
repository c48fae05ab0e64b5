import Foundation

/// What an entrant types into the form of a submission: the fields of an entry, as text,
/// kept as typed while a draft (the checks of `entry add` run when it is submitted).
public struct SubmissionFields: Hashable, Sendable, Codable {
  /// The title.
  public var title: String = ""
  /// idea | solution | model (or the Vietnamese word).
  public var category: String = ""
  /// individual | collective | organisation | business | agency (or the Vietnamese word).
  public var entrantKind: String = ""
  /// The authors, in order.
  public var authors: [Author] = []
  /// The submitting unit.
  public var unit: String = ""
  /// The field of administrative procedure.
  public var field: String = ""
  /// A short summary.
  public var summary: String = ""
  /// A telephone or e-mail address.
  public var contact: String = ""

  /// Empty fields.
  public init() {}

  /// Creates fields.
  public init(
    title: String, category: String, entrantKind: String, authors: [Author], unit: String,
    field: String = "", summary: String = "", contact: String = ""
  ) {
    self.title = title
    self.category = category
    self.entrantKind = entrantKind
    self.authors = authors
    self.unit = unit
    self.field = field
    self.summary = summary
    self.contact = contact
  }

  enum CodingKeys: String, CodingKey {
    case title, category, entrantKind = "entrant_kind", authors, unit, field, summary, contact
  }

  /// Decodes, every key optional (a draft is saved half filled in).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
    category = try c.decodeIfPresent(String.self, forKey: .category) ?? ""
    entrantKind = try c.decodeIfPresent(String.self, forKey: .entrantKind) ?? ""
    authors = try c.decodeIfPresent([Author].self, forKey: .authors) ?? []
    unit = try c.decodeIfPresent(String.self, forKey: .unit) ?? ""
    field = try c.decodeIfPresent(String.self, forKey: .field) ?? ""
    summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
    contact = try c.decodeIfPresent(String.self, forKey: .contact) ?? ""
  }
}

/// Where a submission stands, from the entrant's side.
public enum SubmissionState: String, Sendable, Hashable, Codable {
  /// Being written: never seen by the secretariat, never lost.
  case draft
  /// Submitted: an entry with its code.
  case submitted
}

/// A file of a submission's dossier.
public struct SubmissionFile: Hashable, Sendable, Codable {
  /// Its id (the dossier file's).
  public var id: Int64
  /// The file's name.
  public var name: String
  /// Its media type, found from its bytes.
  public var mediaType: String
  /// Its size in bytes.
  public var size: Int64
  /// Its SHA-256 (hex).
  public var sha256: String
  /// Whether the entrant gives it to the judges (blind: no names).
  public var forJudges: Bool
  /// Whether the secretariat confirmed it blind (the judges see it).
  public var blind: Bool

  /// Creates a file.
  public init(
    id: Int64, name: String, mediaType: String, size: Int64, sha256: String, forJudges: Bool,
    blind: Bool
  ) {
    self.id = id
    self.name = name
    self.mediaType = mediaType
    self.size = size
    self.sha256 = sha256
    self.forJudges = forJudges
    self.blind = blind
  }
}

/// The secretariat's request for more: the reason, and until when the entrant may edit.
public struct SupplementRequest: Hashable, Sendable, Codable {
  /// What is missing.
  public var reason: String
  /// The last day the entrant may add to the entry.
  public var until: Day
  /// When it was asked (ISO, as stored).
  public var askedAt: String

  /// Creates a request.
  public init(reason: String, until: Day, askedAt: String) {
    self.reason = reason
    self.until = until
    self.askedAt = askedAt
  }
}

/// A submission as its entrant sees it.
public struct Submission: Hashable, Sendable {
  /// Its id.
  public var id: Int64
  /// Draft or submitted.
  public var state: SubmissionState
  /// The fields (as typed; once submitted, the entry's).
  public var fields: SubmissionFields
  /// The files.
  public var files: [SubmissionFile]
  /// Counts every save, so a stale tab is refused.
  public var version: Int
  /// When it was begun (ISO, as stored).
  public var createdAt: String
  /// When it was last changed.
  public var updatedAt: String
  /// The entry's code, once submitted.
  public var code: String?
  /// When it was submitted.
  public var submittedAt: String?
  /// The entry's status, once submitted.
  public var status: EntryStatus?
  /// Why it was rejected or withdrawn.
  public var statusReason: String?
  /// An open request for a supplement.
  public var supplement: SupplementRequest?

  /// Creates a submission.
  public init(
    id: Int64, state: SubmissionState, fields: SubmissionFields, files: [SubmissionFile],
    version: Int, createdAt: String, updatedAt: String
  ) {
    self.id = id
    self.state = state
    self.fields = fields
    self.files = files
    self.version = version
    self.createdAt = createdAt
    self.updatedAt = updatedAt
  }
}

/// An account of an entrant.
public struct EntrantAccount: Hashable, Sendable {
  /// Its id.
  public var id: Int64
  /// The e-mail address, the login (lower case).
  public var email: String
  /// The person's name.
  public var name: String
  /// A telephone, when given.
  public var phone: String
  /// When the address was verified; nil: not yet (cannot submit).
  public var verifiedAt: String?

  /// Creates an account.
  public init(id: Int64, email: String, name: String, phone: String, verifiedAt: String?) {
    self.id = id
    self.email = email
    self.name = name
    self.phone = phone
    self.verifiedAt = verifiedAt
  }
}

/// Where a registered entry came from.
public enum EntrySource: String, Sendable, Hashable, Codable, CaseIterable {
  /// Registered by the secretariat (by hand or from a file).
  case desk
  /// Submitted online by its entrant.
  case online

  /// The word in the register ("trực tuyến").
  public var vietnamese: String {
    switch self {
    case .desk: "tại bộ phận"
    case .online: "trực tuyến"
    }
  }
}
