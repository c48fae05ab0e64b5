/// How big an entry's dossier may be, from the contest file's `attachments` key.
public struct AttachmentLimits: Hashable, Sendable, Codable {
  /// The largest file, in MB (2^20 bytes).
  public var maxFileMB: Int
  /// The largest dossier of one entry, all its files together, in MB.
  public var maxEntryMB: Int

  /// 25 MB a file, 100 MB an entry unless the contest file says otherwise.
  public static let standard = AttachmentLimits(maxFileMB: 25, maxEntryMB: 100)

  /// Creates limits.
  public init(maxFileMB: Int, maxEntryMB: Int) {
    self.maxFileMB = maxFileMB
    self.maxEntryMB = maxEntryMB
  }

  /// The largest file, in bytes.
  public var maxFileBytes: Int64 { Int64(maxFileMB) << 20 }
  /// The largest dossier, in bytes.
  public var maxEntryBytes: Int64 { Int64(maxEntryMB) << 20 }
}

/// One file of an entry's dossier, as stored: everything but its bytes.
public struct Attachment: Hashable, Sendable {
  /// Its number, unique in the contest.
  public var id: Int64
  /// The entry's code.
  public var entry: String
  /// The file's name (NFC, no folder part).
  public var name: String
  /// The media type found in its bytes (`application/pdf`).
  public var mediaType: String
  /// Its size in bytes.
  public var size: Int64
  /// The SHA-256 of its bytes, in lower-case hex.
  public var sha256: String
  /// Whether judges may see it (it names no author).
  public var blind: Bool
  /// Who added it, and when (ISO 8601).
  public var addedBy: String
  /// When it was added.
  public var addedAt: String

  /// Creates an attachment.
  public init(
    id: Int64, entry: String, name: String, mediaType: String, size: Int64, sha256: String,
    blind: Bool, addedBy: String, addedAt: String
  ) {
    self.id = id
    self.entry = entry
    self.name = name
    self.mediaType = mediaType
    self.size = size
    self.sha256 = sha256
    self.blind = blind
    self.addedBy = addedBy
    self.addedAt = addedAt
  }

  /// What an audit record carries: name, type, size, hash and blindness, never the bytes.
  public var jsonValue: JSONValue {
    .object([
      "id": .number(String(id)), "entry": .string(entry), "name": .string(name),
      "media_type": .string(mediaType), "size": .number(String(size)),
      "sha256": .string(sha256), "blind": .bool(blind),
    ])
  }

  /// The type as people call it: `PDF`, `Word`, `Excel 97–2003`, `ảnh JPEG`.
  public var typeLabel: String { RecordWords.mediaType(mediaType) }

  /// The size as people read it: `1,2 MB`, `830 KB`, `12 B`.
  public static func sizeText(_ bytes: Int64, language: Language = Language.current) -> String {
    if bytes < 1024 { return "\(bytes) B" }
    if bytes < 1 << 20 { return "\((bytes + 512) / 1024) KB" }
    let tenths = (bytes * 10 + (1 << 19)) >> 20
    let text = "\(tenths / 10)" + (language == .vi ? "," : ".") + "\(tenths % 10)"
    return text + " MB"
  }
}

extension String {
  /// A file name as an attachment keeps it: its last path component (either slash), NFC,
  /// without control characters or surrounding spaces; nil when nothing is left.
  public var attachmentName: String? {
    let last = split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    let kept = last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }
    let name = VietnameseText.clean(String(String.UnicodeScalarView(kept)))
    guard !name.isEmpty, name != ".", name != ".." else { return nil }
    return name
  }
}

/// How long a web session lasts, from the contest file's `sessions` key.
public struct SessionLimits: Hashable, Sendable, Codable {
  /// A session ends after this many minutes unused.
  public var idleMinutes: Int
  /// A session ends this many hours after it began, used or not.
  public var maxHours: Int

  /// 30 minutes idle, 12 hours at most unless the contest file says otherwise.
  public static let standard = SessionLimits(idleMinutes: 30, maxHours: 12)

  /// Creates limits.
  public init(idleMinutes: Int, maxHours: Int) {
    self.idleMinutes = idleMinutes
    self.maxHours = maxHours
  }
}

extension Attachment {
  /// The file as a judge is shown it: who added it left out (an entrant's e-mail address is
  /// their login, and a judge sees nothing of the account).
  public var judgesView: Attachment {
    var view = self
    view.addedBy = ""
    return view
  }
}
