import Foundation
import SangKienInterchange
import SangKienModel
import Testing

@testable import SangKienWorkflow

/// Near-duplicate entries within a contest and across editions (`entry similar`): the
/// Vietnamese folding, the labelled set's precision and recall, and a resubmission found in
/// last year's database in the same folder.
@Suite("near-duplicate entries")
struct NearDuplicateTests {
  @Test("folded, abbreviations written out, function words dropped")
  func words() {
    #expect(
      SimilarityIndex.words("UBND quận Đống Đa") == [
        "uy", "ban", "nhan", "dan", "quan", "dong", "da",
      ])
    #expect(
      SimilarityIndex.words("Giảm TTHC cho người dân") == [
        "giam", "thu", "tuc", "hanh", "chinh", "nguoi", "dan",
      ])
    // NFD input folds as NFC does.
    #expect(
      SimilarityIndex.words("Hộ tịch".decomposedStringWithCanonicalMapping) == ["ho", "tich"])
  }

  @Test("the labelled set: every near-duplicate flagged, no unrelated pair of a field")
  func labelled() throws {
    var reader = try CSVReader(path: packageRoot + "/Tests/Fixtures/similar/pairs.csv")
    _ = reader.next()
    var base: [String: SimilarityDocument] = [:]
    var variants: [SimilarityDocument] = []
    var pairs: [(label: Bool, kind: String, a: String, b: (String, String))] = []
    while let record = reader.next() {
      let f = record.fields
      let names = { (text: String) in
        text.split(separator: ";").map {
          String($0.split(separator: "(")[0]).trimmingCharacters(in: .whitespaces)
        }
      }
      base[f[2]] = SimilarityDocument(
        contest: "2019", code: f[2], title: f[3], summary: f[4], unit: f[5], authors: names(f[6]))
      if f[7].isEmpty {
        variants.append(
          SimilarityDocument(
            contest: "2025", code: "V\(variants.count)", title: f[8], summary: f[9], unit: f[10],
            authors: names(f[11])))
        pairs.append((f[1] == "1", f[0], f[2], ("2025", "V\(variants.count - 1)")))
      } else {
        pairs.append((f[1] == "1", f[0], f[2], ("2019", f[7])))
      }
    }
    let index = SimilarityIndex(base.values.sorted { $0.code < $1.code } + variants)
    var missed: [String] = []
    var wrong: [String] = []
    for pair in pairs {
      let score = index.match(("2019", pair.a), pair.b)?.score ?? 0
      if pair.label && score < SimilarityIndex.threshold {
        missed.append("\(pair.kind) \(pair.a) \(score)")
      }
      if !pair.label && score >= SimilarityIndex.threshold {
        wrong.append("\(pair.kind) \(pair.a) \(score)")
      }
    }
    #expect(pairs.filter(\.label).count == 40 && pairs.count > 80)
    #expect(missed.isEmpty, "\(missed)")
    #expect(wrong.isEmpty, "\(wrong)")
    // A resubmission says why: title, summary, unit, authors.
    let same = try #require(index.match(("2019", "SK-0001"), ("2025", "V0")))
    #expect(same.reasons == [.title, .summary, .unit, .authors] && same.score > 0.99)
  }

  @Test("a resubmission found in last year's database in the same folder, with its figure")
  func acrossEditions() throws {
    let last = try ContestFixture()
    let next = last.folder + "/hanoi-2025.sqlite"
    _ = try Workflow.createEdition(
      at: next, from: try EditionTests.nextYear(last.folder), last: last.path, by: "Thư ký 2025",
      now: Date())
    let w = try Workflow.open(path: next)
    let staff = try w.person(named: "Thư ký 2025")
    let old = try last.workflow.entry(code: "SK-0007", by: last.secretariat).entry.draft
    var fields: [EntryColumn: String] = [
      .title: old.title, .summary: old.summary, .unit: old.unit,
      .authors: old.authors.map(\.name).joined(separator: "; "), .category: "solution",
      .entrantKind: "individual", .receivedOn: "2025-10-01",
    ]
    let added = try w.addEntry(fields, by: staff)
    fields[.title] = "Chuyển đổi số thư viện trường học"
    fields[.summary] = "Mượn sách bằng thẻ học sinh điện tử."
    fields[.unit] = "Trường THCS (minh hoạ)"
    fields[.authors] = "Người Khác"
    _ = try w.addEntry(fields, by: staff)
    let alone = try w.similarEntries(code: added.entry.code, by: staff)
    #expect(alone.matches.isEmpty && alone.editions.isEmpty)
    let found = try w.similarEntries(code: added.entry.code, folder: last.folder, by: staff)
    #expect(found.editions == ["hanoi-cchc-2019"] && found.compared == 41)
    let first = try #require(found.matches.first)
    #expect(first.document.contest == "hanoi-cchc-2019" && first.document.code == "SK-0007")
    #expect(first.score > 0.99 && first.reasons.contains(.title), "\(first)")
    #expect(found.matches.count == 1, "\(found.matches.map(\.document.code))")
    // A judge may not look.
    guard
      case .notPermitted = refusal({
        try last.workflow.similarEntries(code: "SK-0007", by: try last.judge("gk01"))
      })
    else {
      Issue.record("a judge listed similar entries")
      return
    }
  }
}
