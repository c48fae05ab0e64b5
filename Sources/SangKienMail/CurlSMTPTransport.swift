import CCurl
import Foundation
import SangKienModel

/// Delivers messages to the relay through libcurl's SMTP (STARTTLS when offered, required
/// with `?starttls=required`; TLS from the first byte with `smtps://`). One connection per
/// message, each bounded: 15 s to connect, 60 s in all. Never called holding the database's
/// write lock.
public struct CurlSMTPTransport: MailTransport {
  /// The relay.
  public let relay: SMTPRelay

  /// A transport to `relay`; libcurl is set up once per process.
  public init(relay: SMTPRelay) {
    CurlGlobal.start()
    self.relay = relay
  }

  /// One attempt.
  public func deliver(_ message: OutboxMessage) -> MailOutcome {
    guard let curl = curl_easy_init() else {
      return .failed("libcurl: curl_easy_init", permanent: false)
    }
    defer { curl_easy_cleanup(curl) }
    let body = Body(bytes: MIMEMessage.render(message, from: relay.from, fromName: relay.fromName))
    let context = Unmanaged.passRetained(body)
    defer { context.release() }
    var recipients: UnsafeMutablePointer<curl_slist>? = nil
    recipients = curl_slist_append(recipients, "<\(message.recipient)>")
    defer { curl_slist_free_all(recipients) }
    var error = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    let code: CURLcode = error.withUnsafeMutableBufferPointer { buffer in
      _ = sk_curl_set_string(curl, CURLOPT_URL, relay.url)
      _ = sk_curl_set_string(curl, CURLOPT_MAIL_FROM, "<\(relay.from)>")
      _ = sk_curl_set_list(curl, CURLOPT_MAIL_RCPT, recipients)
      if let user = relay.user { _ = sk_curl_set_string(curl, CURLOPT_USERNAME, user) }
      if let password = relay.password {
        _ = sk_curl_set_string(curl, CURLOPT_PASSWORD, password)
      }
      _ = sk_curl_set_long(
        curl, CURLOPT_USE_SSL,
        Int(relay.requireTLS ? CURLUSESSL_ALL.rawValue : CURLUSESSL_TRY.rawValue))
      if !relay.verifyCertificate {
        _ = sk_curl_set_long(curl, CURLOPT_SSL_VERIFYPEER, 0)
        _ = sk_curl_set_long(curl, CURLOPT_SSL_VERIFYHOST, 0)
      }
      _ = sk_curl_set_long(curl, CURLOPT_UPLOAD, 1)
      _ = sk_curl_set_function(curl, CURLOPT_READFUNCTION, readBody)
      _ = sk_curl_set_pointer(curl, CURLOPT_READDATA, context.toOpaque())
      _ = sk_curl_set_long(curl, CURLOPT_CONNECTTIMEOUT, 15)
      _ = sk_curl_set_long(curl, CURLOPT_TIMEOUT, 60)
      _ = sk_curl_set_long(curl, CURLOPT_NOSIGNAL, 1)
      _ = sk_curl_set_pointer(curl, CURLOPT_ERRORBUFFER, buffer.baseAddress)
      return curl_easy_perform(curl)
    }
    var response = 0
    _ = sk_curl_get_long(curl, CURLINFO_RESPONSE_CODE, &response)
    if code == CURLE_OK {
      return .delivered(response > 0 ? "\(response)" : "250")
    }
    let detail = String(
      decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let said = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
    let answer = (response > 0 ? "\(response) " : "") + said
    // 5xx on a recipient or the message: trying again will not help; anything else might.
    return .failed(answer, permanent: (500..<600).contains(response) && response != 552)
  }
}

/// The message's bytes, read by libcurl in pieces.
final class Body {
  let bytes: [UInt8]
  var offset = 0
  init(bytes: [UInt8]) { self.bytes = bytes }
}

/// libcurl's read callback: the next piece of the message.
private let readBody: sk_curl_io = { buffer, size, count, context in
  guard let buffer, let context else { return 0 }
  let body = Unmanaged<Body>.fromOpaque(context).takeUnretainedValue()
  let room = size * count
  let left = body.bytes.count - body.offset
  let taken = min(room, left)
  guard taken > 0 else { return 0 }
  body.bytes.withUnsafeBufferPointer { source in
    UnsafeMutableRawPointer(buffer).copyMemory(
      from: source.baseAddress! + body.offset, byteCount: taken)
  }
  body.offset += taken
  return taken
}

/// `curl_global_init`, once per process.
enum CurlGlobal {
  private static let started: Bool = {
    curl_global_init(Int(CURL_GLOBAL_DEFAULT))
    return true
  }()

  static func start() { _ = started }
}
