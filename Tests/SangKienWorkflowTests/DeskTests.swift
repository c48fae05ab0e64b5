import Foundation
import SangKienModel
import Testing

@testable import SangKienWorkflow

@Suite("the secretariat's desk: the register searched, the round's progress with drafts")
struct DeskTests {
  @Test("search without accents, đ = d, UBND = Ủy ban nhân dân; filters by status, field, unit")
  func search() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let staff = contest.secretariat
    func codes(_ query: EntryQuery) throws -> [String] {
      try w.searchEntries(query, by: staff).entries.map(\.code)
    }
    let all = try w.searchEntries(EntryQuery(), by: staff)
    #expect(all.entries.count == 40 && all.total == 40)
    // The same entry by its accents, without them, in capitals, by đ as d.
    let sms = try codes(EntryQuery(text: "tin nhắn SMS"))
    #expect(sms == ["SK-0002"])
    #expect(try codes(EntryQuery(text: "TIN NHAN sms")) == sms)
    #expect(try codes(EntryQuery(text: "dat dai sms")) == sms, "đất đai written dat dai")
    // A unit by its long name finds those registered with the short one.
    let short = try codes(EntryQuery(text: "UBND quận Cầu Giấy"))
    let long = try codes(EntryQuery(text: "uy ban nhan dan quan cau giay"))
    #expect(!short.isEmpty && short == long)
    #expect(short.contains("SK-0002"))
    // Filters: a unit spelt another way, a field, a status.
    let unit = try codes(EntryQuery(unit: "Ủy ban nhân dân Q. Cầu Giấy"))
    #expect(unit.contains("SK-0002") && Set(unit).isSubset(of: Set(short)), "\(unit) \(short)")
    #expect(
      try w.entries(by: staff).filter { unit.contains($0.code) }.allSatisfy {
        $0.draft.unit == "UBND quận Cầu Giấy"
      })
    let land = try codes(EntryQuery(field: "dat dai"))
    #expect(land.contains("SK-0001") && land.contains("SK-0002") && !land.contains("SK-0004"))
    _ = try w.setStatus(
      code: "SK-0002", to: .rejected, reason: "Trùng với sáng kiến khác", by: staff)
    #expect(try codes(EntryQuery(status: .rejected)) == ["SK-0002"])
    #expect(try codes(EntryQuery(text: "sms", status: .valid)).isEmpty)
    // The filters' choices: each field once, in Vietnamese order.
    #expect(all.fields.contains("Đất đai") && Set(all.fields).count == all.fields.count)
    // A judge may not read the register.
    guard
      case .notPermitted? = refusal({ try w.searchEntries(EntryQuery(), by: contest.judge("gk01")) }
      )
    else {
      Issue.record("a judge searched the register")
      return
    }
  }

  @Test("per judge assigned, drafts and submitted; who is late with which entries")
  func progress() throws {
    let contest = try ContestFixture()
    let w = contest.workflow
    let judge = try contest.judge("gk01")
    let mine = try w.worklist(round: nil, judge: "gk01", by: judge).items.map(\.code)
    _ = try w.enterSheet(
      round: nil, judge: "gk01", entry: mine[0], points: ContestFixture.points, comment: "",
      by: judge)
    _ = try w.saveSheet(
      round: nil, judge: "gk01", entry: mine[1], points: ["novelty": 10], comment: "",
      version: 0, submit: false, by: judge)
    let desk = try w.deskProgress(round: nil, by: contest.secretariat)
    let line = try #require(desk.judges.first { $0.judge == "gk01" })
    #expect(line.assigned == mine.count && line.submitted == 1 && line.drafts == 1)
    #expect(line.missing.map(\.code) == Array(mine.dropFirst()))
    #expect(line.missing.first?.title.isEmpty == false)
    #expect(desk.late.count == desk.judges.count, "every judge has sheets to submit")
    // The draft of a submitted sheet is not counted as a draft.
    _ = try w.saveSheet(
      round: nil, judge: "gk01", entry: mine[0], points: ["novelty": 10], comment: "",
      version: 0, submit: false, by: judge)
    #expect(try w.deskProgress(round: nil, by: contest.secretariat).judges[0].drafts == 1)
    guard case .notPermitted? = refusal({ try w.deskProgress(round: nil, by: judge) }) else {
      Issue.record("a judge read the round's progress")
      return
    }
  }
}
