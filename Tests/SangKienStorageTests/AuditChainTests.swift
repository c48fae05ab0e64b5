import Testing

@testable import SangKienStorage

@Suite("Audit chain format")
struct AuditChainTests {
  @Test("a record's content and hash are exactly the documented bytes")
  func pinnedBytes() {
    // Worked out independently (Python's json.dumps and hashlib): a change here would make
    // every existing database fail `audit verify`, so the bytes are pinned.
    let content = AuditChain.content(
      at: "2026-11-27T00:00:00.000Z", actor: "Thư ký", action: "entry.import",
      subject: "SK-0001", before: nil, after: #"{"title":"Đường \"mới\""}"#,
      note: "dòng 1\ndòng 2\t\u{01}")
    #expect(
      String(decoding: content, as: UTF8.self)
        == #"{"action":"entry.import","actor":"Thư ký","after":"{\"title\":\"Đường \\\"mới\\\"\"}","at":"2026-11-27T00:00:00.000Z","before":null,"note":"dòng 1\ndòng 2\t\u0001","subject":"SK-0001"}"#
    )
    #expect(
      AuditChain.hash(previous: "abc", content: content)
        == "2e5b08220310062d022b2dc40ce76c6408e43c0955a08fcb0a270a6071188db4")
  }
}
