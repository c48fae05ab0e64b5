import Foundation
import SangKienInterchange
import SangKienModel
import SangKienStorage
import Testing

@testable import SangKienWorkflow

/// The judge's score workbook: written by `scoreWorkbook`, read back by `importSheets`.
@Suite("score workbooks")
struct ScoreWorkbookTests {
  /// The workbook for `judge`, with `fill` applied to its lines, written into the fixture's
  /// folder.
  static func written(
    _ contest: ContestFixture, judge: String = "gk01", name: String = "phieu.xlsx",
    change: (inout ScoreWorkbook) -> Void = { _ in }
  ) throws -> (path: String, book: ScoreWorkbook) {
    var book = try contest.workflow.scoreWorkbook(
      round: nil, judge: judge, by: contest.secretariat)
    change(&book)
    let path = contest.folder + "/" + name
    try Data(try book.bytes()).write(to: URL(fileURLWithPath: path))
    return (path, book)
  }

  static func points(_ values: [String: Decimal]) -> [String: Points] {
    values.compactMapValues(Points.init)
  }

  @Test("one row per entry assigned, blind; the stamp names contest, round, judge and rubric")
  func contents() throws {
    let contest = try ContestFixture()
    let (path, book) = try Self.written(contest)
    let worklist = try contest.workflow.worklist(round: nil, judge: "gk01", by: contest.secretariat)
    #expect(book.lines.map(\.entry) == worklist.items.map(\.code))
    let table = try FileSource.path(path).workbookTable(sheet: nil, kind: .scores())
    defer { table?.remove() }
    let stamp = try #require(table?.stamp)
    #expect(stamp.values["format"] == ScoreWorkbook.format)
    #expect(stamp.values["contest"] == "hanoi-cchc-2019")
    #expect(stamp.values["round"] == "so-khao" && stamp.values["judge"] == "gk01")
    #expect(stamp.values["rubric"] == "cchc-2019")
    let prints = try ContestDatabase.open(path: contest.path).rubricFingerprints()
    #expect(stamp.values["rubric_sha256"] == prints["cchc-2019"])
    #expect(stamp.cells["round"] == "sangkien!B4")
    // The form: its header below the title block, no author, unit or contact anywhere.
    let csv = try String(contentsOfFile: try #require(table?.csvPath), encoding: .utf8)
    let header = csv.split(separator: "\n")[0]
    #expect(header.contains("Tính mới, sáng tạo (tối đa 25)"))
    #expect(header.contains("Giảm chi phí cho người dân, doanh nghiệp (tối đa 10)"))
    let entry = try #require(
      try contest.workflow.entries(by: contest.secretariat).first {
        $0.code == book.lines[0].entry
      })
    for author in entry.draft.authors { #expect(!csv.contains(author.name)) }
    #expect(table?.map.sheet == "Phiếu chấm")
    #expect(book.fileName == "gk01-nguyen-van-bach.xlsx")
  }

  @Test("filled in: the scored rows land, the blank ones wait, nothing is asked twice")
  func roundTrip() throws {
    let contest = try ContestFixture()
    let (path, book) = try Self.written(contest) { book in
      for index in 0..<3 {
        book.lines[index].points = Self.points(ContestFixture.points)
        book.lines[index].comment = index == 0 ? "Tốt\ncó số liệu" : ""
      }
    }
    let result = try contest.workflow.importSheets(
      .path(path), round: nil, by: contest.secretariat)
    #expect(result.added == 3 && result.notScored == book.lines.count - 3)
    let sheet = try contest.workflow.sheet(
      round: nil, judge: "gk01", entry: book.lines[0].entry, by: contest.secretariat)
    #expect(sheet.item.points == Self.points(ContestFixture.points))
    #expect(sheet.item.comment == "Tốt\ncó số liệu")
    // The judge's next workbook holds what is in: imported again, nothing changes.
    let (again, _) = try Self.written(contest, name: "lan-2.xlsx")
    let second = try contest.workflow.importSheets(
      .path(again), round: nil, by: try contest.judge("gk01"))
    #expect(second.added == 0 && second.unchanged == 3)
  }

  @Test("whose sheets: the judge named with counts; a deleted row and empty rows said")
  func judgeTally() throws {
    let contest = try ContestFixture()
    var deleted = ""
    let (path, book) = try Self.written(contest) { book in
      for index in 0..<3 { book.lines[index].points = Self.points(ContestFixture.points) }
      deleted = book.lines.remove(at: 3).entry
    }
    let name = try #require(
      try contest.workflow.judges(by: contest.secretariat).first { $0.id == "gk01" }?.name)
    let result = try contest.workflow.importSheets(
      .path(path), round: nil, by: contest.secretariat)
    let tally = try #require(result.judges.first)
    #expect(result.judges.count == 1 && tally.judge == "gk01" && tally.name == name)
    #expect(tally.added == 3 && tally.replaced == 0 && tally.unchanged == 0)
    #expect(tally.empty == book.lines[3...].map(\.entry) && tally.emptyKept.isEmpty)
    #expect(tally.missing == [deleted])
    #expect(tally.sentence.hasPrefix("gk01 \(name): 3 phiếu mới"), "\(tally.sentence)")
    let warning = try #require(result.warnings.first { $0.message.contains(deleted) })
    #expect(warning.message.contains("dòng bị xoá") && warning.message.contains("chưa có phiếu"))
    // Sent again with a scored row emptied: the stored sheet stays and is said to stay.
    let (again, full) = try Self.written(contest, name: "lan-2.xlsx") { book in
      book.lines[0].points = [:]
    }
    let second = try contest.workflow.importSheets(
      .path(again), round: nil, replace: true, by: contest.secretariat)
    let kept = try #require(second.judges.first)
    #expect(kept.emptyKept == [book.lines[0].entry] && kept.unchanged == 2 && kept.missing.isEmpty)
    #expect(second.notScored == full.lines.count - 3, "the emptied row is not 'not scored'")
    #expect(
      try contest.workflow.sheet(
        round: nil, judge: "gk01", entry: book.lines[0].entry, by: contest.secretariat
      ).item.points == Self.points(ContestFixture.points))
  }

  @Test("a value over the maximum or off the step is named by its cell; nothing is written")
  func badValues() throws {
    let contest = try ContestFixture()
    let (path, _) = try Self.written(contest) { book in
      book.lines[0].points = Self.points(ContestFixture.points)
      var over = ContestFixture.points
      over["novelty"] = 26
      book.lines[1].points = Self.points(over)
      var offStep = ContestFixture.points
      offStep["feasibility"] = Decimal(string: "7.3")!
      book.lines[2].points = Self.points(offStep)
    }
    let error = refusal {
      try contest.workflow.importSheets(.path(path), round: nil, by: contest.secretariat)
    }
    let cells = error?.problems.compactMap(\.cell) ?? []
    let first = ScoreWorkbook.firstRow
    #expect(cells == ["Phiếu chấm!F\(first + 1)", "Phiếu chấm!G\(first + 2)"], "\(cells)")
    #expect(
      try contest.workflow.sheets(round: nil, judge: "gk01", entry: nil, by: contest.secretariat)
        .lines.isEmpty)
  }

  @Test("a workbook for another contest, round or rubric version is refused, saying which")
  func stampRefusals() throws {
    let contest = try ContestFixture()
    let cases: [(String, (inout ScoreWorkbook) -> Void)] = [
      ("contest", { $0.stamp.contest = "hanoi-cchc-2020" }),
      ("round", { $0.stamp.round = "vong-3" }),
      ("rubric", { $0.stamp.rubric = "cchc-2018" }),
      ("rubric_sha256", { $0.stamp.rubricSHA256 = String(repeating: "0", count: 64) }),
    ]
    for (field, change) in cases {
      let (path, _) = try Self.written(contest) { book in
        book.lines[0].points = Self.points(ContestFixture.points)
        change(&book)
      }
      let error = refusal {
        try contest.workflow.importSheets(.path(path), round: nil, by: contest.secretariat)
      }
      #expect(fields(error) == [field], "\(String(describing: error))")
      #expect(error?.problems.first?.cell?.hasPrefix("sangkien!B") == true)
    }
    // Imported into another round than the one it was made for.
    let (path, _) = try Self.written(contest) { book in
      book.lines[0].points = Self.points(ContestFixture.points)
    }
    let error = refusal {
      try contest.workflow.importSheets(.path(path), round: "chung-khao", by: contest.secretariat)
    }
    #expect(fields(error) == ["round"])
    #expect(error?.description.contains("so-khao") == true)
    #expect(
      try contest.workflow.sheets(round: nil, judge: nil, entry: nil, by: contest.secretariat)
        .lines.isEmpty)
  }

  @Test("another judge's workbook is refused to a judge; a row for another judge is named")
  func otherJudge() throws {
    let contest = try ContestFixture()
    let (path, _) = try Self.written(contest) { book in
      book.lines[0].points = Self.points(ContestFixture.points)
    }
    let error = refusal {
      try contest.workflow.importSheets(.path(path), round: nil, by: try contest.judge("gk02"))
    }
    #expect(fields(error) == ["judge"])
    #expect(error?.problems.first?.cell == "sangkien!B6")
    // A workbook whose rows name gk01 under a stamp for gk02 (a stamp sheet copied from
    // another judge's): each row is named.
    let (_, book) = try Self.written(contest)
    let s = book.stamp
    let stamp: [[String]] = [
      ["format", ScoreWorkbook.format], ["contest", s.contest], ["contest_name", s.contestName],
      ["round", s.round], ["round_name", s.roundName], ["judge", "gk02"],
      ["judge_name", "Trần Thị Khánh Linh"], ["rubric", s.rubric],
      ["rubric_sha256", s.rubricSHA256],
    ]
    let leaves = "novelty,feasibility,time,cost,steps,replicability,presentation"
    let mixed = contest.folder + "/mixed.xlsx"
    try Data(
      try XLSXWriter.bytes([
        XLSXWriter.Sheet(
          name: "Phiếu",
          header: ["round", "judge", "entry"] + leaves.split(separator: ",").map(String.init),
          rows: [["so-khao", "gk01", book.lines[0].entry, "20", "15", "8", "8", "8", "10", "8"]]),
        XLSXWriter.Sheet(
          name: ScoreWorkbook.stampSheet, header: stamp[0], rows: Array(stamp.dropFirst())),
      ])
    ).write(to: URL(fileURLWithPath: mixed))
    let rows = refusal {
      try contest.workflow.importSheets(.path(mixed), round: nil, by: contest.secretariat)
    }
    #expect(fields(rows) == ["judge"])
    #expect(rows?.problems.first?.cell == "Phiếu!B2")
  }

  @Test("a stamp sheet that is not sangkien's is refused, not guessed at")
  func unknownFormat() throws {
    let contest = try ContestFixture()
    let (path, _) = try Self.written(contest) { book in
      book.lines[0].points = Self.points(ContestFixture.points)
    }
    let table = try FileSource.path(path).workbookTable(sheet: nil, kind: .scores())
    table?.remove()
    var stamp = try #require(table?.stamp)
    stamp.values["format"] = "other-tool/3"
    let error = refusal {
      try contest.workflow.checkStamp(
        stamp, file: "phieu.xlsx", round: nil, by: contest.secretariat)
    }
    #expect(fields(error) == ["format"])
  }

  @Test("every judge's workbook, for mailing; a judge gets only their own")
  func all() throws {
    let contest = try ContestFixture()
    let books = try contest.workflow.scoreWorkbooks(round: nil, by: contest.secretariat)
    #expect(books.map(\.stamp.judge) == (1...9).map { "gk0\($0)" })
    #expect(Set(books.map(\.fileName)).count == 9)
    let own = try contest.workflow.scoreWorkbooks(round: nil, by: try contest.judge("gk03"))
    #expect(own.map(\.stamp.judge) == ["gk03"])
    guard
      case .notPermitted = refusal({
        try contest.workflow.scoreWorkbook(round: nil, judge: "gk01", by: try contest.judge("gk03"))
      })
    else {
      Issue.record("a judge read another judge's workbook")
      return
    }
  }

  @Test("the input message lists the bands within Excel's 255 characters")
  func prompt() throws {
    let long = Criterion(
      id: "x", name: "Tiêu chí có tên rất dài để thử giới hạn của Excel", max: 10, step: 0.5,
      bands: (0..<6).map {
        Band(
          min: Decimal($0), max: Decimal($0) + 1,
          label: String(repeating: "Mức điểm mô tả khá dài ", count: 3))
      })
    let rubric = Rubric(id: "r", name: "R", criteria: [long])
    let book = ScoreWorkbook(
      stamp: .init(
        contest: "c", contestName: "C", round: "r1", roundName: "R1", judge: "j", judgeName: "J",
        rubric: "r", rubricSHA256: "", criteria: ["x"], made: ""), rubric: rubric, lines: [])
    let text = book.inputMessage(long)
    #expect(text.utf16.count <= 255)
    #expect(text.split(separator: "\n").count == 7, "\(text)")
    #expect(book.errorMessage(long).utf16.count <= 225)
  }
}
