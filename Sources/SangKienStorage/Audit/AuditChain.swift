import Crypto
import Foundation
import SangKienModel

/// The hash chain over the audit log: each record's hash is the SHA-256 of the previous
/// record's hash and the record's own canonical content, so editing, removing or
/// reordering any record changes every hash after it.
public enum AuditChain {
  /// The canonical content of a record: its fields as canonical JSON (sorted keys), as
  /// UTF-8 bytes (written straight into bytes and hashed from there: every import writes
  /// one record per row).
  static func content(
    at: String, actor: String, action: String, subject: String, before: String?,
    after: String?, note: String?
  ) -> [UInt8] {
    // before/after are already canonical JSON texts; they are embedded as strings so the
    // content is defined by exactly the bytes stored.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(128 + (before?.utf8.count ?? 0) + (after?.utf8.count ?? 0) * 5 / 4)
    bytes.append(UInt8(ascii: "{"))
    func field(_ key: StaticString, _ value: String?, last: Bool = false) {
      bytes.append(UInt8(ascii: "\""))
      bytes.append(
        contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
      bytes.append(UInt8(ascii: "\""))
      bytes.append(UInt8(ascii: ":"))
      if let value {
        JSONValue.writeString(value, into: &bytes)
      } else {
        bytes.append(contentsOf: "null".utf8)
      }
      if !last { bytes.append(UInt8(ascii: ",")) }
    }
    field("action", action)
    field("actor", actor)
    field("after", after)
    field("at", at)
    field("before", before)
    field("note", note)
    field("subject", subject, last: true)
    bytes.append(UInt8(ascii: "}"))
    return bytes
  }

  /// The hash of a record, as lowercase hex.
  static func hash(previous: String, content: [UInt8]) -> String {
    var hasher = SHA256()
    hasher.update(data: Array(previous.utf8))
    hasher.update(data: [0x0A] as [UInt8])
    hasher.update(data: content)
    return Hex.lowercase(hasher.finalize())
  }
}

/// Bytes as lowercase hex digits, the form every hash here is written in.
enum Hex {
  private static let digits = Array("0123456789abcdef".utf8)

  /// `bytes` in lowercase hex (`String(format: "%02x")` per byte cost 5 % of the web
  /// server's time, hashing a session id on every request).
  static func lowercase<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
    var hex = [UInt8]()
    hex.reserveCapacity(64)
    for byte in bytes {
      hex.append(digits[Int(byte >> 4)])
      hex.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: hex, as: UTF8.self)
  }
}

/// SHA-256 fingerprints of files, as publications record them.
public enum Fingerprint {
  /// The SHA-256 of `bytes`, in lowercase hex.
  public static func sha256(_ bytes: [UInt8]) -> String {
    Hex.lowercase(SHA256.hash(data: bytes))
  }
}
