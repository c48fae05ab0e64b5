import Foundation
import SangKienModel

/// A message as the relay takes it (RFC 5322 with MIME): UTF-8 headers as RFC 2047 encoded
/// words, a `multipart/alternative` of the plain text and the HTML, each base64 in UTF-8,
/// lines of CRLF, a Message-ID fixed by the outbox number so a message sent twice (the relay
/// took it, its answer was lost) reads as one to the mail programs that compare it.
public enum MIMEMessage {
  /// The message's bytes.
  public static func render(
    _ message: OutboxMessage, from: String, fromName: String, date: Date = Date(),
    domain: String? = nil
  ) -> [UInt8] {
    let host = domain ?? from.split(separator: "@").last.map(String.init) ?? "sangkien.invalid"
    let boundary = "sangkien-\(message.id)-\(Self.short(message.subject + message.recipient))"
    var lines = [
      "From: " + mailbox(fromName, from),
      "To: " + mailbox(message.recipientName, message.recipient),
      "Subject: " + encodedWord(message.subject),
      "Date: " + rfc5322(date),
      "Message-ID: <outbox-\(message.id).\(Self.short(message.createdAt))@\(host)>",
      "MIME-Version: 1.0",
      "Auto-Submitted: auto-generated",
      "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
      "",
      "--\(boundary)",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: base64",
      "",
    ]
    lines += base64Lines(message.text)
    lines += [
      "--\(boundary)",
      "Content-Type: text/html; charset=utf-8",
      "Content-Transfer-Encoding: base64",
      "",
    ]
    lines += base64Lines(message.html)
    lines += ["--\(boundary)--", ""]
    return Array(lines.joined(separator: "\r\n").utf8)
  }

  /// A short stable tag of `text` (FNV-1a, hex): boundaries and Message-IDs need to be
  /// unique, not secret.
  static func short(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }

  /// `"Name" <address>`, the name as an encoded word when it is not plain ASCII.
  static func mailbox(_ name: String, _ address: String) -> String {
    guard !name.isEmpty else { return "<\(address)>" }
    return encodedWord(name) + " <\(address)>"
  }

  /// RFC 2047: text that is not printable ASCII as `=?UTF-8?B?…?=` words of at most 75
  /// characters, split between characters (never inside one's bytes).
  public static func encodedWord(_ text: String) -> String {
    let plain = text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
    if plain && !text.contains("=?") { return text }
    var words: [String] = []
    var chunk: [UInt8] = []
    for character in text {
      let bytes = Array(String(character).utf8)
      // 45 bytes of UTF-8 make 60 of base64: with `=?UTF-8?B?` and `?=`, 72 characters.
      if chunk.count + bytes.count > 45 {
        words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=")
        chunk = []
      }
      chunk += bytes
    }
    if !chunk.isEmpty { words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=") }
    return words.joined(separator: "\r\n ")
  }

  static func base64Lines(_ text: String) -> [String] {
    let encoded = Data(text.utf8).base64EncodedString(options: [.lineLength76Characters])
    return encoded.components(separatedBy: "\r\n")
  }

  /// `Mon, 07 Dec 2026 16:40:12 +0700`, in the contest's time zone.
  static func rfc5322(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = RecordWords.timeZone
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
    return formatter.string(from: date)
  }
}
