import Testing

@testable import SangKienModel

@Suite("administrative names compared as people mean them")
struct AdministrativeNamesTests {
  @Test("each short form is written out", arguments: AdministrativeNames.forms)
  func form(short: String, long: String) {
    #expect(AdministrativeNames.key("\(short) Cầu Giấy") == "\(long) cau giay")
    #expect(AdministrativeNames.key(short.uppercased() + " Cầu Giấy") == "\(long) cau giay")
  }

  @Test(
    "the same body, however it is written",
    arguments: [
      ("UBND quận Cầu Giấy", "Ủy ban nhân dân Q. Cầu Giấy"),
      ("UBND quận Cầu Giấy", "Uỷ ban nhân dân quận Cầu Giấy."),
      ("UBND Q.Cầu Giấy", "UBND - Quận Cầu Giấy"),
      ("Sở Tư pháp TP. Hà Nội", "Sở Tư pháp thành phố Hà Nội"),
      ("Sở Tư pháp TP Hà Nội", "sở tư pháp – thành phố hà nội"),
      ("HĐND huyện Sóc Sơn", "Hội đồng nhân dân H. Sóc Sơn"),
      ("UBND P. Láng Hạ", "Ủy ban nhân dân phường Láng Hạ"),
      ("\"Một cửa\" điện tử", "“Một cửa” điện tử"),
      ("Trả kết quả tại nhà — đợt 2", "Trả kết quả tại nhà - đợt 2"),
    ])
  func same(a: String, b: String) {
    #expect(AdministrativeNames.key(a) == AdministrativeNames.key(b))
  }

  @Test(
    "different bodies stay apart",
    arguments: [
      ("UBND quận Cầu Giấy", "UBND huyện Cầu Giấy"),
      ("Sở Tư pháp", "Sở Tư pháp Hà Nội"),
      ("UBND phường 1", "UBND phường 2"),
      ("Quận Ba Đình", "Phường Ba Đình"),
    ])
  func apart(a: String, b: String) {
    #expect(AdministrativeNames.key(a) != AdministrativeNames.key(b))
  }

  @Test("duplicates and conflicts use it")
  func used() {
    let draft = { (unit: String) in
      EntryDraft(
        code: nil, title: "Tra cứu hồ sơ", category: .idea, entrantKind: .individual,
        authors: [Author(name: "An", unit: nil)], unit: unit, field: "", receivedBy: "",
        receivedOn: Day(parsing: "2019-10-01")!, summary: "", contact: "")
    }
    #expect(
      draft("UBND Q. Cầu Giấy").duplicateKey == draft("Ủy ban nhân dân quận Cầu Giấy").duplicateKey)
    let entry = Entry(
      code: "SK-0001", draft: draft("Ủy ban nhân dân Q. Cầu Giấy"), status: .received)
    let judge = Judge(id: "gk01", name: "Bình", unit: "UBND quận Cầu Giấy")
    #expect(ConflictRules.detect(judge: judge, entry: entry) == [.sameUnit])
    #expect(ConflictRules.detectAll(judges: [judge], entries: [entry]).map(\.source) == [.sameUnit])
  }
}
