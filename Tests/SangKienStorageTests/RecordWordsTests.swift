import SangKienModel
import SangKienStorage
import Testing

@Suite("what the machine stores, in words")
struct RecordWordsTests {
  @Test("every audit action has its words in both languages, and no word names a gone action")
  func everyAction() {
    let stored = Set(AuditAction.allCases.map(\.rawValue))
    #expect(Set(RecordWords.actions.keys) == stored)
    for action in stored {
      let vi = RecordWords.action(action, language: .vi)
      #expect(vi != action && !vi.contains("."), "\(action) → \(vi)")
      #expect(RecordWords.action(action, language: .en) != action)
    }
  }

  @Test("moments in the contest's time zone, media types by the names people use")
  func momentsAndTypes() {
    #expect(RecordWords.moment(iso: "2019-12-07T09:40:12.788Z") == "16:40 07/12/2019")
    #expect(RecordWords.moment(iso: "2019-12-07T17:05:00Z", seconds: true) == "00:05:00 08/12/2019")
    #expect(RecordWords.moment(iso: "không phải ngày") == "không phải ngày")
    #expect(
      RecordWords.mediaType(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document") == "Word")
    #expect(RecordWords.mediaType("image/jpeg", language: .vi) == "ảnh JPEG")
    #expect(RecordWords.mediaType("application/x-unknown", language: .vi) == "tệp khác")
  }
}
