import Foundation
import SangKienInterchange
import SangKienModel
import Testing

@testable import SangKienWorkflow

@Suite("registering entries through the workflow")
struct EntryWorkflowTests {
  static let good: [EntryColumn: String] = [
    .title: "Trả kết quả tại nhà", .category: "sáng kiến", .entrantKind: "cá nhân",
    .authors: "Nguyễn Văn An (Phường Cửa Nam); Trần Thị Bình", .unit: "UBND phường Cửa Nam",
    .receivedOn: "01/10/2019",
  ]

  @Test("an entry is registered, cleaned to NFC, with its audit record")
  func add() throws {
    let contest = try ContestFixture(demo: false)
    var input = Self.good
    input[.title] = "  Tra\u{0309} kê\u{0301}t qua\u{0309}  tại nhà "
    let change = try contest.workflow.addEntry(input, by: contest.secretariat)
    #expect(change.entry.code == "SK-0001")
    #expect(change.entry.draft.title == "Trả kết quả tại nhà")
    #expect(change.entry.draft.authors.count == 2)
    let detail = try contest.workflow.entry(code: "SK-0001", by: contest.secretariat)
    #expect(detail.history.map(\.action) == ["entry.add"])
  }

  struct Bad: Sendable, CustomTestStringConvertible {
    var change: [EntryColumn: String]
    var field: String
    var testDescription: String { field }
  }

  @Test(
    "each bad field is named by its id, and nothing is written",
    arguments: [
      Bad(change: [.title: " "], field: "title"),
      Bad(change: [.category: "bài thơ"], field: "category"),
      Bad(change: [.entrantKind: "robot"], field: "entrant_kind"),
      Bad(change: [.authors: ""], field: "authors"),
      Bad(change: [.receivedOn: "31/02/2019"], field: "received_on"),
      Bad(change: [.receivedOn: "20/11/2019"], field: "received_on"),
      Bad(change: [.code: "SK 1"], field: "code"),
      Bad(change: [.title: String(repeating: "a", count: 501)], field: "title"),
    ])
  func badField(bad: Bad) throws {
    let contest = try ContestFixture(demo: false)
    var input = Self.good
    for (column, value) in bad.change { input[column] = value }
    let before = try contest.auditCount()
    let error = refusal { try contest.workflow.addEntry(input, by: contest.secretariat) }
    #expect(fields(error) == [bad.field], "\(String(describing: error))")
    #expect(try contest.auditCount() == before)
    #expect(try contest.workflow.entries(by: contest.secretariat).isEmpty)
  }

  @Test("a late entry needs a reason, kept with it; a likely duplicate needs allowing")
  func allowances() throws {
    let contest = try ContestFixture(demo: false)
    var late = Self.good
    late[.receivedOn] = "2019-11-16"
    let entry = try contest.workflow.addEntry(
      late, allowances: Allowances(lateReason: "Dấu bưu điện 15/11"), by: contest.secretariat
    ).entry
    #expect(entry.lateReason == "Dấu bưu điện 15/11")
    var twin = Self.good
    twin[.title] = "TRẢ KẾT QUẢ TẠI NHÀ"
    #expect(
      fields(refusal { try contest.workflow.addEntry(twin, by: contest.secretariat) }) == ["title"])
    let allowed = try contest.workflow.addEntry(
      twin, allowances: Allowances(duplicates: true), by: contest.secretariat)
    #expect(allowed.warnings.map(\.field) == ["title"])
  }

  @Test("an update merges the changed fields into the current ones, by field")
  func update() throws {
    let contest = try ContestFixture(demo: false)
    _ = try contest.workflow.addEntry(Self.good, by: contest.secretariat)
    let change = try contest.workflow.updateEntry(
      code: "SK-0001", changes: [.summary: "Dòng một\nDòng hai", .field: "Hộ tịch"],
      by: contest.secretariat)
    #expect(change.changed)
    #expect(change.entry.draft.summary == "Dòng một\nDòng hai")
    #expect(change.entry.draft.field == "Hộ tịch")
    #expect(change.entry.draft.title == "Trả kết quả tại nhà")
    #expect(change.entry.draft.authors.map(\.name) == ["Nguyễn Văn An", "Trần Thị Bình"])
    let same = try contest.workflow.updateEntry(
      code: "SK-0001", changes: [.field: "Hộ tịch"], by: contest.secretariat)
    #expect(!same.changed)
    #expect(
      fields(
        refusal {
          try contest.workflow.updateEntry(
            code: "SK-0001", changes: [.code: "SK-0009"], by: contest.secretariat)
        }) == ["code"])
    guard
      case .notFound = refusal({
        try contest.workflow.updateEntry(code: "SK-0404", changes: [:], by: contest.secretariat)
      })
    else {
      Issue.record("an unknown entry should be not found")
      return
    }
  }

  @Test("statuses: a reason is required to reject or withdraw; a wrong move is wrong state")
  func statuses() throws {
    let contest = try ContestFixture(demo: false)
    _ = try contest.workflow.addEntry(Self.good, by: contest.secretariat)
    #expect(
      fields(
        refusal {
          try contest.workflow.setStatus(
            code: "SK-0001", to: .rejected, reason: " ", by: contest.secretariat)
        })
        == ["reason"])
    _ = try contest.workflow.setStatus(
      code: "SK-0001", to: .withdrawn, reason: "Tác giả xin rút", by: contest.secretariat)
    guard
      case .wrongState = refusal({
        try contest.workflow.setStatus(
          code: "SK-0001", to: .rejected, reason: "x", by: contest.secretariat)
      })
    else {
      Issue.record("withdrawn → rejected should be refused as wrong state")
      return
    }
  }

  @Test("an import from bytes (an upload) is all or nothing, problems by line and column")
  func importBytes() throws {
    let contest = try ContestFixture(demo: false)
    let good =
      "title,category,entrant_kind,authors,unit,received_on\n"
      + "Một,idea,individual,An,U,2019-10-01\n"
    let text = good + ",idea,individual,An,U,2019-10-01\n"
    let error = refusal {
      try contest.workflow.importEntries(
        .bytes(Array(text.utf8), name: "upload.csv"), by: contest.secretariat)
    }
    #expect(
      error?.problems.map { "\($0.file ?? ""):\($0.line ?? 0):\($0.field ?? "")" } == [
        "upload.csv:3:title"
      ])
    #expect(try contest.workflow.entries(by: contest.secretariat).isEmpty)
    let dry = try contest.workflow.importEntries(
      .bytes(Array(good.utf8), name: "upload.csv"), dryRun: true, by: contest.secretariat)
    #expect(dry.count == 1 && dry.dryRun)
    #expect(try contest.workflow.entries(by: contest.secretariat).isEmpty)
  }
}

@Suite("likely duplicates know administrative names; stored keys follow the rule")
struct DuplicateKeyTests {
  @Test("UBND Q. Cầu Giấy and Ủy ban nhân dân quận Cầu Giấy are one unit")
  func abbreviations() throws {
    let contest = try ContestFixture(demo: false)
    var first = EntryWorkflowTests.good
    first[.unit] = "UBND Q. Cầu Giấy"
    _ = try contest.workflow.addEntry(first, by: contest.secretariat)
    var second = EntryWorkflowTests.good
    second[.unit] = "Ủy ban nhân dân quận Cầu Giấy."
    #expect(
      fields(refusal { try contest.workflow.addEntry(second, by: contest.secretariat) }) == [
        "title"
      ])
  }

  @Test("keys stored under an older rule are worked out again when the database is opened")
  func refresh() throws {
    let contest = try ContestFixture(demo: false)
    var first = EntryWorkflowTests.good
    first[.unit] = "UBND Q. Cầu Giấy"
    _ = try contest.workflow.addEntry(first, by: contest.secretariat)
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [
      contest.path,
      "UPDATE entry SET duplicate_key = 'old'; UPDATE meta SET value = '1' WHERE key = 'duplicate_key_version';",
    ]
    try process.run()
    process.waitUntilExit()
    let reopened = try contest.otherDesk()
    var second = EntryWorkflowTests.good
    second[.unit] = "Ủy ban nhân dân quận Cầu Giấy"
    #expect(fields(refusal { try reopened.addEntry(second, by: contest.secretariat) }) == ["title"])
    #expect(try reopened.verifyAudit(by: contest.secretariat).isIntact)
  }
}

@Suite("days in an entries file")
struct EntryDaysTests {
  static let header = "title,category,entrant_kind,authors,unit,received_on\n"

  static func file(_ days: [String]) -> FileSource {
    let rows = days.enumerated().map {
      "Sáng kiến \($0.offset),idea,individual,An,U\($0.offset),\($0.element)"
    }
    return .bytes(Array((header + rows.joined(separator: "\n") + "\n").utf8), name: "days.csv")
  }

  @Test("a file that is all month/day is read so, and says so")
  func monthDay() throws {
    let contest = try ContestFixture(demo: false)
    let report = try Language.$current.withValue(.en) {
      try contest.workflow.importEntries(
        Self.file(["10/15/2019", "11/02/2019"]), by: contest.secretariat)
    }
    #expect(report.warnings.contains { $0.line == 2 && $0.message.contains("month/day/year") })
    let days = try contest.workflow.entries(by: contest.secretariat).map(\.draft.receivedOn.iso)
    #expect(days == ["2019-10-15", "2019-11-02"])
  }

  @Test("mixed orders are refused naming both lines; nothing is written")
  func mixed() throws {
    let contest = try ContestFixture(demo: false)
    let error = Language.$current.withValue(.en) {
      refusal {
        try contest.workflow.importEntries(
          Self.file(["01/01/2019", "10/15/2019", "20/10/2019"]), by: contest.secretariat)
      }
    }
    #expect(
      error?.problems.contains {
        $0.message.contains("line 3 reads only as month/day, line 4 only as day/month")
      } == true,
      "\(String(describing: error))")
    #expect(try contest.workflow.entries(by: contest.secretariat).isEmpty)
  }

  @Test("a time of day is dropped with a warning; an Excel serial is refused with its day")
  func timeAndSerial() throws {
    let contest = try ContestFixture(demo: false)
    let report = try Language.$current.withValue(.en) {
      try contest.workflow.importEntries(
        Self.file(["15/10/2019 08:30", "15/10/19"]), by: contest.secretariat)
    }
    #expect(report.count == 2)
    #expect(
      report.warnings.contains { $0.message == "the time 08:30 is dropped; the day is 2019-10-15" })
    let error = Language.$current.withValue(.en) {
      refusal { try contest.workflow.importEntries(Self.file(["43752"]), by: contest.secretariat) }
    }
    #expect(
      error?.problems.first?.message.contains("looks like an Excel date serial (2019-10-14)")
        == true, "\(String(describing: error))")
  }
}

@Suite("problems name the spreadsheet row")
struct SpreadsheetRowTests {
  @Test("a cell with a line break is still one row")
  func rows() throws {
    let contest = try ContestFixture(demo: false)
    let text =
      "title,category,entrant_kind,authors,unit,received_on,summary\n"
      + "Một,idea,individual,An,U1,2019-10-01,\"dòng một\ndòng hai\ndòng ba\"\n"
      + ",idea,individual,An,U2,2019-10-01,\n"
    let error = refusal {
      try contest.workflow.importEntries(
        .bytes(Array(text.utf8), name: "r.csv"), by: contest.secretariat)
    }
    // Row 3 of the spreadsheet, though it starts on the file's fifth line.
    #expect(error?.problems.map(\.line) == [3], "\(String(describing: error))")
  }

  @Test("a closed round refuses a file once, not row by row")
  func closedOnce() throws {
    let contest = try ContestFixture()
    try contest.workflow.setRoundState("so-khao", to: .closed, by: contest.organiser)
    let codes = try contest.workflow.worklist(
      round: "so-khao", judge: "gk01", by: contest.secretariat
    )
    .items.prefix(5).map(\.code)
    let leaves = "novelty,feasibility,time,cost,steps,replicability,presentation"
    let rows = codes.map { "so-khao,gk01,\($0),20,15,8,8,8,10,8," }
    let file = try contest.write(
      "c.csv", "round,judge,entry,\(leaves),comment\n" + rows.joined(separator: "\n") + "\n")
    let error = refusal {
      try contest.workflow.importSheets(.path(file), round: "so-khao", by: contest.secretariat)
    }
    #expect(error?.problems.count == 1)
  }
}

@Suite("one message per fault")
struct OneMessageTests {
  @Test("a garbled or over-long title is not also said to be empty")
  func single() throws {
    let contest = try ContestFixture(demo: false)
    let long = String(repeating: "a", count: 501)
    let text =
      "title,category,entrant_kind,authors,unit,received_on\n"
      + "NhËn hå s¬ ®Êt ®ai,idea,individual,An,U1,2019-10-01\n"
      + "\(long),idea,individual,An,U2,2019-10-01\n"
    let error = Language.$current.withValue(.en) {
      refusal {
        try contest.workflow.importEntries(
          .bytes(Array(text.utf8), name: "g.csv"), by: contest.secretariat)
      }
    }
    let problems = error?.problems ?? []
    #expect(problems.map(\.line) == [2, 3], "\(problems)")
    #expect(!problems.contains { $0.message == "must not be empty" })
  }
}

@Suite("honest messages")
struct HonestMessageTests {
  @Test("too many decimals is one problem, not also 'no points'")
  func decimals() throws {
    let contest = try ContestFixture()
    let code = try contest.firstCode()
    var points = ContestFixture.points
    points["novelty"] = Decimal(string: "0.5000000000000000000000000000000000001")!
    let error = refusal {
      try contest.workflow.enterSheet(
        round: nil, judge: "gk01", entry: code, points: points, comment: "", by: contest.secretariat
      )
    }
    #expect(fields(error) == ["points.novelty"], "\(String(describing: error))")
  }

  @Test("a 2 MB comment is a field too long, not a quoting problem")
  func longComment() throws {
    let contest = try ContestFixture()
    let code = try contest.firstCode()
    let leaves = "novelty,feasibility,time,cost,steps,replicability,presentation"
    let text =
      "round,judge,entry,\(leaves),comment\nso-khao,gk01,\(code),20,15,8,8,8,10,8,"
      + String(repeating: "x", count: 2_000_000) + "\n"
    let error = Language.$current.withValue(.en) {
      refusal {
        try contest.workflow.importSheets(
          .bytes(Array(text.utf8), name: "l.csv"), round: nil, by: contest.secretariat)
      }
    }
    #expect(
      error?.problems.map(\.message) == ["field too long (over 1024 KB)"],
      "\(String(describing: error))")
  }

  @Test("a code whose number does not fit is refused, and numbering goes on")
  func hugeCode() throws {
    let contest = try ContestFixture(demo: false)
    var fields = EntryWorkflowTests.good
    fields[.code] = "SK-99999999999999999999"
    let error = refusal { try contest.workflow.addEntry(fields, by: contest.secretariat) }
    #expect(SangKienWorkflowTests.fields(error) == ["code"])
    fields[.code] = nil
    #expect(try contest.workflow.addEntry(fields, by: contest.secretariat).entry.code == "SK-0001")
  }
}

/// The fields an error names (for suites whose own names shadow the helper).
enum SangKienWorkflowTests {
  static func fields(_ error: WorkflowError?) -> [String] {
    error?.problems.compactMap(\.field) ?? []
  }
}
