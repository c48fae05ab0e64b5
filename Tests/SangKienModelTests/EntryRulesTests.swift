import Testing

@testable import SangKienModel

@Suite("Entry rules")
struct EntryRulesTests {
  static let contest = Contest(
    id: "t", name: "Test", organiser: "Org", documents: [], codePrefix: "SK",
    deadline: Day(year: 2019, month: 11, day: 15)!, categories: [.idea, .solution],
    groups: [EntrantGroup(name: "all", kinds: EntrantKind.allCases)], rounds: [], prizes: nil)

  static func draft(category: EntryCategory = .idea, day: Int = 15) -> EntryDraft {
    EntryDraft(
      title: "T", category: category, entrantKind: .individual, authors: [Author(name: "A")],
      unit: "U", receivedOn: Day(year: 2019, month: 11, day: day)!)
  }

  @Test(
    "categories and kinds accept ids and Vietnamese words",
    arguments: [
      ("idea", EntryCategory.idea), ("Sáng kiến", .idea), ("GIẢI PHÁP", .solution),
      ("mo hinh", .model), ("model", .model),
    ])
  func categories(pair: (String, EntryCategory)) {
    #expect(EntryCategory(parsing: pair.0) == pair.1)
  }

  @Test(
    "entrant kinds",
    arguments: [
      ("cá nhân", EntrantKind.individual), ("Tập thể", .collective), ("tổ chức", .organisation),
      ("organization", .organisation), ("Doanh nghiệp", .business), ("cơ quan", .agency),
    ])
  func kinds(pair: (String, EntrantKind)) {
    #expect(EntrantKind(parsing: pair.0) == pair.1)
  }

  @Test("unknown words are refused")
  func unknown() {
    #expect(EntryCategory(parsing: "ý tưởng") == nil)
    #expect(EntrantKind(parsing: "hộ gia đình") == nil)
  }

  @Test("codes carry the prefix and at least four digits")
  func codes() {
    #expect(Self.contest.entryCode(7) == "SK-0007")
    #expect(Self.contest.entryCode(12345) == "SK-12345")
    #expect(Self.contest.sequence(ofCode: "SK-0042") == 42)
    #expect(Self.contest.sequence(ofCode: "XX-0042") == nil)
    #expect(Self.contest.sequence(ofCode: "SK-12a") == nil)
  }

  @Test("the deadline day is accepted, the day after is not unless allowed")
  func deadline() {
    #expect(Self.contest.problems(with: Self.draft(day: 15), lateAllowed: false).isEmpty)
    let late = Self.contest.problems(with: Self.draft(day: 16), lateAllowed: false)
    #expect(late.map(\.column) == ["received_on"])
    #expect(Self.contest.problems(with: Self.draft(day: 16), lateAllowed: true).isEmpty)
  }

  @Test("a category the contest does not run is refused")
  func category() {
    let problems = Self.contest.problems(with: Self.draft(category: .model), lateAllowed: false)
    #expect(problems.map(\.column) == ["category"])
  }

  @Test("likely duplicates share a key regardless of case and diacritics")
  func duplicateKey() {
    var a = Self.draft()
    a.title = "Một cửa điện tử"
    a.unit = "Sở Tư pháp"
    var b = a
    b.title = "MOT CUA DIEN TU"
    b.unit = "so tu phap"
    #expect(a.duplicateKey == b.duplicateKey)
    b.unit = "Sở Nội vụ"
    #expect(a.duplicateKey != b.duplicateKey)
  }

  @Test("authors read with optional units")
  func authors() {
    let authors = Author.parseList("Nguyễn Văn An (Sở Tư pháp); Trần Thị Bình ;; ")
    #expect(
      authors == [Author(name: "Nguyễn Văn An", unit: "Sở Tư pháp"), Author(name: "Trần Thị Bình")])
    #expect(Author.formatList(authors) == "Nguyễn Văn An (Sở Tư pháp); Trần Thị Bình")
  }
}

@Suite("Conflict detection")
struct ConflictDetectionTests {
  @Test("the indexed search finds exactly what the pair-by-pair rule finds")
  func indexedMatchesPairwise() {
    let judges = [
      Judge(id: "a", name: "Lê Văn An", unit: "Sở Tư pháp"),
      Judge(id: "b", name: "Trần Bình", unit: "so noi vu"),
      Judge(id: "c", name: "Đỗ Chi", unit: ""),
    ]
    func entry(_ code: String, unit: String, authors: [Author]) -> Entry {
      Entry(
        code: code,
        draft: EntryDraft(
          title: code, category: .idea, entrantKind: .individual, authors: authors, unit: unit,
          receivedOn: Day(year: 2019, month: 10, day: 1)!))
    }
    let entries = [
      entry("E1", unit: "SỞ TƯ PHÁP", authors: [Author(name: "X")]),
      entry(
        "E2", unit: "UBND",
        authors: [Author(name: "le van an"), Author(name: "Y", unit: "Sở Nội vụ")]),
      entry("E3", unit: "", authors: [Author(name: "Đỗ Chi", unit: "")]),
      entry("E4", unit: "Khác", authors: [Author(name: "Z")]),
    ]
    let pairwise = judges.flatMap { judge in
      entries.flatMap { entry in
        ConflictRules.detect(judge: judge, entry: entry).map {
          ConflictRules.Detected(judge: judge.id, entry: entry.code, source: $0)
        }
      }
    }
    let indexed = ConflictRules.detectAll(judges: judges, entries: entries)
    #expect(indexed == pairwise)
    #expect(indexed.count == 4)
  }
}
