import Crypto
import Foundation
import SangKienModel

/// The hash chain over the audit log: each record's hash is the SHA-256 of the previous
/// record's hash and the record's own canonical content, so editing, removing or
/// reordering any record changes every hash after it.
public enum AuditChain {
  /// The canonical content of a record: its fields as canonical JSON (sorted keys).
  static func content(
    at: String, actor: String, action: String, subject: String, before: String?,
    after: String?, note: String?
  ) -> String {
    // before/after are already canonical JSON texts; they are embedded as strings so the
    // content is defined by exactly the bytes stored.
    var text = "{"
    func field(_ key: String, _ value: String?, last: Bool = false) {
      text += "\"\(key)\":"
      if let value {
        JSONValue.writeString(value, to: &text)
      } else {
        text += "null"
      }
      if !last { text += "," }
    }
    field("action", action)
    field("actor", actor)
    field("after", after)
    field("at", at)
    field("before", before)
    field("note", note)
    field("subject", subject, last: true)
    return text + "}"
  }

  /// The hash of a record, as lowercase hex.
  static func hash(previous: String, content: String) -> String {
    var hasher = SHA256()
    hasher.update(data: Data(previous.utf8))
    hasher.update(data: Data([0x0A]))
    hasher.update(data: Data(content.utf8))
    let digits = Array("0123456789abcdef".utf8)
    var hex = [UInt8]()
    hex.reserveCapacity(64)
    for byte in hasher.finalize() {
      hex.append(digits[Int(byte >> 4)])
      hex.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: hex, as: UTF8.self)
  }
}
