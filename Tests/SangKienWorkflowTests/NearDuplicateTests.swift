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

/// Near-duplicates flagged by themselves: at registration (against last year's edition in
/// the folder), at online submission (on the intake queue), and marked "not a duplicate" by
/// the secretariat (audited, replayed by `audit verify`).
@Suite("near-duplicates flagged and marked distinct")
struct NearDuplicateFlagTests {
  /// Last year's contest (the demo's 40) and this year's beside it with SK-0007 sent again.
  static func editions() throws -> (last: ContestFixture, next: Workflow, staff: Person) {
    let last = try ContestFixture()
    let next = last.folder + "/hanoi-2025.sqlite"
    _ = try Workflow.createEdition(
      at: next, from: try EditionTests.nextYear(last.folder), last: last.path, by: "Thư ký 2025",
      now: Date())
    let w = try Workflow.open(path: next)
    let staff = try w.person(named: "Thư ký 2025")
    let old = try last.workflow.entry(code: "SK-0007", by: last.secretariat).entry.draft
    _ = try w.addEntry(
      [
        .title: old.title + " (bản nâng cấp)", .summary: old.summary, .unit: old.unit,
        .authors: old.authors.map(\.name).joined(separator: "; "), .category: "solution",
        .entrantKind: "individual", .receivedOn: "2025-10-01",
      ], by: staff)
    return (last, w, staff)
  }

  @Test("a registration is flagged against last year's edition in the folder, never refused")
  func registration() throws {
    let (_, w, staff) = try Self.editions()
    let flags = try w.nearDuplicates(by: staff)
    #expect(flags.count == 1, "\(flags.map { "\($0.code) \($0.match.document.code)" })")
    let flag = try #require(flags.first)
    #expect(flag.code == "SK-0001" && flag.match.document.contest == "hanoi-cchc-2019")
    #expect(flag.match.document.code == "SK-0007" && flag.match.score > 0.8)
    #expect(flag.match.reasons.contains(.title) && flag.match.reasons.contains(.unit))
    #expect(flag.distinct == nil)
    // Asked about another entry only: nothing.
    #expect(try w.nearDuplicates(codes: ["SK-9999"], by: staff).isEmpty)
  }

  @Test("marked not a duplicate: flagged no more, audited, replayed, a changed reason found")
  func distinct() throws {
    let (last, w, staff) = try Self.editions()
    let before = try w.auditLog(by: staff).count
    // Not a look-alike of it: refused, nothing written.
    guard
      case .invalid(let problems, _) = refusal({
        try w.markDistinct(
          code: "SK-0001", other: "hanoi-cchc-2019/SK-0008", reason: "khác", by: staff)
      })
    else {
      Issue.record("a pair that is not flagged was marked")
      return
    }
    #expect(problems.first?.field == "other")
    guard
      case .invalid(let empty, _) = refusal({
        try w.markDistinct(
          code: "SK-0001", other: "hanoi-cchc-2019/SK-0007", reason: " ", by: staff)
      })
    else {
      Issue.record("no reason was taken")
      return
    }
    #expect(empty.first?.field == "reason")
    #expect(try w.auditLog(by: staff).count == before)
    // A judge of last year may not; here nobody of the jury is carried in this test, so
    // last year's judge is asked there.
    guard
      case .notPermitted = refusal({
        try last.workflow.markDistinct(
          code: "SK-0001", other: "SK-0002", reason: "khác", by: try last.judge("gk01"))
      })
    else {
      Issue.record("a judge marked a pair")
      return
    }
    let marked = try w.markDistinct(
      code: "sk-0001", other: "hanoi-cchc-2019/sk-0007",
      reason: "Đơn vị xác nhận là bản nâng cấp, nộp lại có chủ đích", by: staff)
    #expect(marked.distinct?.reason == "Đơn vị xác nhận là bản nâng cấp, nộp lại có chủ đích")
    #expect(try w.nearDuplicates(by: staff).isEmpty)
    let shown = try w.nearDuplicates(includeDistinct: true, by: staff)
    #expect(shown.count == 1 && shown[0].distinct?.by == "Thư ký 2025")
    let records = try w.auditLog(by: staff)
    #expect(records.count == before + 1)
    #expect(records.last?.action == "entry.distinct" && records.last?.subject == "SK-0001")
    #expect(try w.verifyAudit(by: staff).isIntact)
    // The reason changed behind the log's back: found.
    guard PublicationTests.hasSQLite else { return }
    try PublicationTests.sqlite(
      last.folder + "/hanoi-2025.sqlite", "UPDATE similar_distinct SET reason = 'sửa lén'")
    let report = try w.verifyAudit(by: staff)
    #expect(!report.isIntact)
    #expect(
      report.dataProblems.contains { $0.contains("SK-0001 không trùng hanoi-cchc-2019/SK-0007") },
      "\(report.dataProblems)")
  }

  @Test("an online submission is flagged on the intake queue")
  func submission() throws {
    let f = try IntakeFixture()
    let w = f.workflow
    let person = try f.entrant("lai@example.vn")
    let old = try w.entry(code: "SK-0002", by: f.contest.secretariat).entry.draft
    let draft = try w.createSubmission(
      SubmissionFields(
        title: old.title, category: "solution", entrantKind: "individual",
        authors: old.authors.map { Author(name: $0.name) }, unit: old.unit, field: old.field,
        summary: old.summary), by: person)
    _ = try w.addSubmissionFile(
      draft.id, path: try f.pdf("mo-ta.pdf"), forJudges: false, by: person)
    let receipt = try w.submit(draft.id, declaration: true, by: person)
    let queue = try w.intakeQueue(by: f.contest.secretariat)
    let item = try #require(queue.items.first { $0.entry.code == receipt.code })
    #expect(item.similar.map(\.match.document.code) == ["SK-0002"], "\(item.similar)")
    #expect(item.similar.first?.match.score ?? 0 > 0.9)
    // The entrant sees nothing of it.
    #expect(try w.submission(draft.id, by: person).code == receipt.code)
  }
}
