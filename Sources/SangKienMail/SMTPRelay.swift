import Foundation
import SangKienModel

/// The deployment's SMTP relay, from `SANGKIEN_SMTP_URL`
/// (`smtp://[user:pass@]host:port[?starttls=required]`, or `smtps://` for TLS from the
/// first byte) and `SANGKIEN_MAIL_FROM` (`Ban tổ chức <bantochuc@hanoi.gov.vn>` or a bare
/// address).
public struct SMTPRelay: Sendable, Hashable {
  /// `smtp://host:port` or `smtps://host:port`, without the credentials.
  public var url: String
  /// The user and password, when the relay asks for them.
  public var user: String?
  /// See `user`.
  public var password: String?
  /// STARTTLS must succeed (`?starttls=required`); otherwise it is used when offered.
  public var requireTLS: Bool
  /// The sender's address and the name shown with it.
  public var from: String
  /// See `from`.
  public var fromName: String
  /// Check the relay's certificate (off only for a test relay on loopback,
  /// `?verify=false`).
  public var verifyCertificate: Bool

  /// Why a relay setting cannot be used.
  public struct Problem: Error, Sendable, CustomStringConvertible {
    /// The message for a person.
    public var description: String
  }

  /// The relay the environment names, nil when `SANGKIEN_SMTP_URL` is not set.
  public static func fromEnvironment(
    _ environment: [String: String] = ProcessInfo.processInfo
      .environment
  ) throws(Problem) -> SMTPRelay? {
    guard let url = environment["SANGKIEN_SMTP_URL"], !url.isEmpty else { return nil }
    return try SMTPRelay(url: url, from: environment["SANGKIEN_MAIL_FROM"] ?? "")
  }

  /// Reads `url` and `from`; every problem is named.
  public init(url text: String, from sender: String) throws(Problem) {
    guard let parts = URLComponents(string: text), let scheme = parts.scheme?.lowercased(),
      scheme == "smtp" || scheme == "smtps", let host = parts.host, !host.isEmpty
    else {
      throw Problem(
        description: Language.text(
          vi:
            "SANGKIEN_SMTP_URL '\(Self.hidden(text))' không đọc được: dạng smtp://[user:pass@]host:port[?starttls=required]",
          en:
            "SANGKIEN_SMTP_URL '\(Self.hidden(text))' cannot be read: smtp://[user:pass@]host:port[?starttls=required]"
        ))
    }
    let port = parts.port ?? (scheme == "smtps" ? 465 : 25)
    url = "\(scheme)://\(host.contains(":") ? "[\(host)]" : host):\(port)"
    user = parts.user?.removingPercentEncoding
    password = parts.password?.removingPercentEncoding
    let query = Dictionary(
      (parts.queryItems ?? []).map { ($0.name.lowercased(), ($0.value ?? "").lowercased()) },
      uniquingKeysWith: { a, _ in a })
    requireTLS = query["starttls"] == "required"
    verifyCertificate = query["verify"] != "false"
    let (name, address) = Self.mailbox(sender)
    guard MailAddress.isValid(address) else {
      throw Problem(
        description: Language.text(
          vi:
            "SANGKIEN_MAIL_FROM '\(sender)' không phải một địa chỉ gửi (dạng 'Ban tổ chức <bantochuc@donvi.gov.vn>')",
          en:
            "SANGKIEN_MAIL_FROM '\(sender)' is not a sender's address ('Organisers <office@unit.gov.vn>')"
        ))
    }
    from = address
    fromName = name
  }

  /// `Name <address>` or a bare address, as (name, address).
  static func mailbox(_ text: String) -> (String, String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let open = trimmed.lastIndex(of: "<"), trimmed.hasSuffix(">") {
      let name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
      return (
        name, String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
      )
    }
    return ("", trimmed)
  }

  /// The URL with its password hidden, for messages.
  static func hidden(_ text: String) -> String {
    guard var parts = URLComponents(string: text), parts.password != nil else { return text }
    parts.password = "***"
    return parts.string ?? text
  }
}
