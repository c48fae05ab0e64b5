import Foundation
import SangKienModel
import Testing

@testable import SangKienInterchange

@Suite("Contest files")
struct ContestFileTests {
  @Test("the Hanoi 2019 contest loads with its facts and rules")
  func hanoi() throws {
    let loaded = try ContestFile.load(path: packageRoot + "/Seeds/hanoi-2019/contest.yaml")
    let contest = loaded.contest
    #expect(contest.id == "hanoi-cchc-2019")
    #expect(contest.codePrefix == "SK")
    #expect(contest.deadline.iso == "2019-11-15")
    #expect(contest.documents.map(\.ref) == ["34/KH-UBND", "88/QĐ-BTC"])
    #expect(contest.documents.map(\.date.iso) == ["2019-01-29", "2020-01-24"])
    #expect(contest.rounds.map(\.id) == ["so-khao", "chung-khao"])
    #expect(contest.rounds[0].judgesPerEntry == .count(3))
    #expect(contest.rounds[1].judgesPerEntry == .all)
    #expect(contest.rounds[1].aggregation == .trimmed)
    #expect(contest.rounds[0].tieBreak == ["effectiveness", "novelty"])
    #expect(contest.rounds[0].advance == Advancement(top: 20, minScore: 50))
    #expect(contest.group(of: .business) == "collective")
    #expect(contest.prizes?.groups["individual"]?.map(\.count) == [1, 2, 3, 5])
    #expect(loaded.rubrics.map(\.id) == ["cchc-2019"])
  }

  /// Writes a contest file (and the default rubric beside it) in a fresh folder.
  static func write(_ yaml: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("contest-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: packageRoot + "/Rubrics/cchc-2019.yaml", toPath: folder + "/rubric.yaml")
    try yaml.write(toFile: folder + "/contest.yaml", atomically: true, encoding: .utf8)
    return folder + "/contest.yaml"
  }

  static let good = """
    id: c
    name: C
    organiser: O
    code_prefix: SK
    deadline: 2019-11-15
    rounds:
      - id: r1
        name: R1
        rubric: rubric.yaml
        judges_per_entry: 3
        tie_break: [effectiveness]
    """

  @Test("a minimal contest loads, with defaults")
  func minimal() throws {
    let loaded = try ContestFile.load(path: Self.write(Self.good))
    #expect(loaded.contest.categories == EntryCategory.allCases)
    #expect(loaded.contest.rounds[0].aggregation == .mean)
    #expect(loaded.contest.rounds[0].disagreement == 20)
    #expect(loaded.contest.prizes == nil)
  }

  @Test("dossier limits and session lengths come from the contest file, with defaults")
  func limits() throws {
    let plain = try ContestFile.load(path: Self.write(Self.good)).contest
    #expect(plain.attachmentLimits == .standard && plain.sessionLimits == .standard)
    let set = try ContestFile.load(
      path: Self.write(
        Self.good
          + "\nattachments: {max_file_mb: 10, max_entry_mb: 40}\nweb: {idle_minutes: 15, max_hours: 8}\n"
      )
    ).contest
    #expect(set.attachmentLimits == AttachmentLimits(maxFileMB: 10, maxEntryMB: 40))
    #expect(set.sessionLimits == SessionLimits(idleMinutes: 15, maxHours: 8))
    for bad in [
      "attachments: {max_file_mb: 0}", "attachments: {max_file_mb: 50, max_entry_mb: 40}",
      "attachments: {size: 3}", "web: {idle_minutes: 600, max_hours: 1}",
      "web: {max_hours: many}",
    ] {
      do {
        _ = try ContestFile.load(path: Self.write(Self.good + "\n" + bad + "\n"))
        Issue.record("accepted \(bad)")
      } catch let error as DiagnosticsError {
        #expect(error.diagnostics.first?.line == 12, "\(bad): \(error)")
      }
    }
  }

  @Test("every problem is reported together with file:line:column")
  func problems() throws {
    let yaml = """
      id: c
      name: C
      organiser: O
      code_prefix: SK
      deadline: 2019-11-31
      colour: red
      rounds:
        - id: r1
          name: R1
          rubric: missing.yaml
          judges_per_entry: three
        - id: r2
          name: R2
          rubric: rubric.yaml
          judges_per_entry: 3
          aggregation: average
          tie_break: [effectiveness, speed]
      prizes:
        round: r9
        groups: {}
      """
    let path = try Self.write(yaml)
    Language.$current.withValue(.en) {
      do {
        _ = try ContestFile.load(path: path)
        Issue.record("accepted a bad contest")
      } catch let error as DiagnosticsError {
        let lines = error.diagnostics.map { "\($0.line ?? 0):\($0.column ?? "-") \($0.message)" }
        func has(_ line: Int, _ text: String) {
          #expect(
            error.diagnostics.contains { $0.line == line && $0.message.contains(text) },
            "missing \(line) \(text) in \(lines)")
        }
        has(5, "'deadline' = '2019-11-31' is not a date")
        has(6, "unknown key 'colour'")
        has(10, "rubric file 'missing.yaml' not found")
        has(11, "'judges_per_entry' must be a whole number")
        has(16, "unknown aggregation 'average'")
        has(17, "tie_break 'speed' names no criterion of rubric 'cchc-2019'")
        has(19, "prizes.round 'r9' names no round")
        #expect(error.diagnostics.count == 7, "\(lines)")
        #expect(error.diagnostics.allSatisfy { $0.file == path })
      } catch {
        Issue.record("unexpected error: \(error)")
      }
    }
  }

  @Test("problems in a rubric are reported under the rubric's file")
  func rubricProblems() throws {
    let path = try Self.write(Self.good)
    let rubricPath = (path as NSString).deletingLastPathComponent + "/rubric.yaml"
    try "id: r\nname: R\ncriteria:\n  - {id: a, name: A, max: 10, step: 4}\n"
      .write(toFile: rubricPath, atomically: true, encoding: .utf8)
    do {
      _ = try ContestFile.load(path: path)
      Issue.record("accepted a bad rubric")
    } catch {
      #expect(error.diagnostics.contains { $0.file.hasSuffix("rubric.yaml") && $0.line == 4 })
      // The tie-break cannot be checked against a rubric that failed; it is not blamed.
      #expect(!error.diagnostics.contains { $0.message.contains("tie_break") })
    }
  }
}
