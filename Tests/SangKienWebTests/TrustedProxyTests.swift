import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienWorkflow
import Testing

@testable import SangKienWeb

/// `serve --trusted-proxy ADDR`: the client's address and scheme from `X-Forwarded-For` and
/// `X-Forwarded-Proto` only when the request comes from ADDR; a forged header from anyone
/// else changes nothing.
@Suite("a reverse proxy's forwarded address, believed only from the proxy")
struct TrustedProxyTests {
  @Test("the rightmost address not itself a proxy is the client's; the left is the client's word")
  func chain() {
    let trusted: Set<String> = ["127.0.0.1", "10.0.0.2"]
    let cases: [([String], String?, WebContext.Forwarded?)] = [
      (["203.0.113.9"], "https", .init(address: "203.0.113.9", https: true)),
      // A client's forged entry stays on the left; nginx appends the real peer.
      (["1.2.3.4, 203.0.113.9"], "http", .init(address: "203.0.113.9", https: false)),
      // Two proxies: the nearest appended the first's peer.
      (["203.0.113.9, 10.0.0.2"], nil, .init(address: "203.0.113.9", https: false)),
      (["198.51.100.1", "203.0.113.9"], "HTTPS", .init(address: "203.0.113.9", https: true)),
      ([], "https", .init(address: nil, https: true)),
      ([], nil, nil),
    ]
    for (values, proto, expected) in cases {
      #expect(
        TrustedProxyMiddleware.forwarded(values, proto: proto, trusted: trusted) == expected,
        "\(values) \(proto ?? "-")")
    }
  }

  /// Signs `login` in over a real socket (the peer is 127.0.0.1) with `headers`; the
  /// address the audit log recorded for the session, and the cookie's attributes.
  static func signIn(
    trusted: Set<String>, headers: HTTPFields
  ) async throws -> (address: String, cookie: String) {
    let fixture = try WebFixture()
    var config = fixture.app.config
    config.trustedProxies = trusted
    let app = WebApp(workflow: fixture.workflow, config: config)
    let code = try fixture.workflow.invite("gk01", by: fixture.secretariat).code
    let application = Application(router: app.router())
    let cookie = try await application.test(.live) { client in
      var fields = headers
      fields[.contentType] = "application/json"
      return try await client.execute(
        uri: "/api/v1/sign-in", method: .post, headers: fields,
        body: ByteBuffer(string: "{\"login\":\"gk01\",\"code\":\"\(code)\"}")
      ) { response -> String in
        #expect(response.status == .ok, "\(String(buffer: response.body))")
        return response.headers[.setCookie] ?? ""
      }
    }
    let record = try #require(
      try fixture.workflow.auditLog(by: fixture.secretariat).last { $0.action == "access.sign-in" })
    guard case .object(let m)? = record.after.flatMap({ JSONValue(parsing: $0) }),
      case .string(let address)? = m["address"]
    else {
      Issue.record("the sign-in record has no address: \(String(describing: record.after))")
      return ("", cookie)
    }
    return (address, cookie)
  }

  @Test(
    "from the trusted proxy the forwarded client is recorded, and HTTPS makes the cookie Secure")
  func believed() async throws {
    let (address, cookie) = try await Self.signIn(
      trusted: ["127.0.0.1", "::1"],
      headers: [
        HTTPField.Name("X-Forwarded-For")!: "6.6.6.6, 203.0.113.9",
        HTTPField.Name("X-Forwarded-Proto")!: "https",
      ])
    #expect(address == "203.0.113.9")
    #expect(cookie.contains("Secure"), "\(cookie)")
  }

  @Test("from anyone else the headers are ignored: the real peer is recorded, no Secure cookie")
  func ignored() async throws {
    let (address, cookie) = try await Self.signIn(
      trusted: ["10.9.9.9"],
      headers: [
        HTTPField.Name("X-Forwarded-For")!: "203.0.113.9",
        HTTPField.Name("X-Forwarded-Proto")!: "https",
      ])
    #expect(address == "127.0.0.1" || address == "::1", "\(address)")
    #expect(!cookie.contains("Secure"), "\(cookie)")
    // Without any proxy trusted, the same.
    let (plain, _) = try await Self.signIn(
      trusted: [], headers: [HTTPField.Name("X-Forwarded-For")!: "203.0.113.9"])
    #expect(plain == "127.0.0.1" || plain == "::1", "\(plain)")
  }
}
