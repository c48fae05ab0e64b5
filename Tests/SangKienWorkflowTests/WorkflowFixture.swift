import Foundation
import SangKienInterchange
import SangKienModel
import SangKienStorage
import Testing

@testable import SangKienWorkflow

/// The package's root, for the shipped seeds.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().path

/// A fixed clock: the day entries closed.
let fixedNow = Date(timeIntervalSince1970: 1_573_776_000)

/// A contest database in a temporary folder, with the workflow and the people acting on it.
struct ContestFixture {
  let folder: String
  let workflow: Workflow
  let secretariat: Person
  let organiser: Person

  var path: String { folder + "/sangkien.sqlite" }

  /// The Hanoi 2019 contest; with `demo`, its 40 fictional entries and 9 judges, and the
  /// preliminary round assigned.
  /// `contestExtra` is YAML appended to the contest file (its rubric paths made absolute);
  /// `lockFirstRound` makes the preliminary round lock submitted sheets.
  /// `resolution` is the preliminary round's further marking (`{extra_judges: 1, method: …}`).
  init(
    demo: Bool = true, contestExtra: String? = nil, lockFirstRound: Bool = false,
    resolution: String? = nil, firstRoundExtra: String? = nil, finalPerEntry: Int? = nil
  ) throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "sangkien-workflow-\(UUID().uuidString)"
      ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/sangkien.sqlite"
    var contestFile = packageRoot + "/Seeds/hanoi-2019/contest.yaml"
    if contestExtra != nil || lockFirstRound || resolution != nil || firstRoundExtra != nil
      || finalPerEntry != nil
    {
      var text = try String(contentsOfFile: contestFile, encoding: .utf8)
        .replacingOccurrences(of: "../../Rubrics/", with: packageRoot + "/Rubrics/")
      if let finalPerEntry {
        text = text.replacingOccurrences(
          of: "judges_per_entry: all", with: "judges_per_entry: \(finalPerEntry)")
      }
      if lockFirstRound {
        text = text.replacingOccurrences(
          of: "advance: {top: 20, min_score: 50}\n",
          with: "advance: {top: 20, min_score: 50}\n    lock_submitted: true\n")
      }
      if let firstRoundExtra {
        text = text.replacingOccurrences(
          of: "advance: {top: 20, min_score: 50}\n",
          with: "advance: {top: 20, min_score: 50}\n    \(firstRoundExtra)\n")
      }
      if let resolution {
        text = text.replacingOccurrences(
          of: "advance: {top: 20, min_score: 50}\n",
          with: "advance: {top: 20, min_score: 50}\n    resolution: \(resolution)\n")
      }
      contestFile = folder + "/contest.yaml"
      try (text + "\n" + (contestExtra ?? "") + "\n").write(
        toFile: contestFile, atomically: true, encoding: .utf8)
    }
    _ = try Workflow.createContest(
      at: path, from: contestFile, by: "Thư ký Test", now: fixedNow)
    workflow = try Workflow.open(path: path, clock: { fixedNow })
    secretariat = try workflow.person(named: "Thư ký Test")
    _ = try workflow.addStaff(name: "Phạm Tổ Chức", role: .organiser, by: secretariat)
    organiser = try workflow.person(named: "Phạm Tổ Chức")
    if demo {
      _ = try workflow.importEntries(
        .path(packageRoot + "/Seeds/demo/entries.csv"), by: secretariat)
      _ = try workflow.importJudges(.path(packageRoot + "/Seeds/demo/judges.csv"), by: secretariat)
      _ = try workflow.assign(round: "so-khao", by: secretariat)
    }
  }

  /// A judge, as the workflow knows them.
  func judge(_ id: String) throws -> Person { try workflow.person(named: id) }

  /// The code of the first entry on a judge's worklist (the preliminary round's).
  func firstCode(judge: String = "gk01") throws -> String {
    try workflow.worklist(round: nil, judge: judge, by: secretariat).items[0].code
  }

  /// A second, independent connection to the same file (another process, another desk).
  func otherDesk() throws -> Workflow { try Workflow.open(path: path, clock: { fixedNow }) }

  /// Points for every leaf criterion of the default rubric.
  static let points: [String: Decimal] = [
    "novelty": 20, "feasibility": 15, "time": 8, "cost": 8, "steps": 8, "replicability": 10,
    "presentation": 8,
  ]

  /// How many audit records there are.
  func auditCount() throws -> Int { try workflow.auditLog(by: secretariat).count }

  /// A file in the folder.
  func write(_ name: String, _ text: String) throws -> String {
    let path = folder + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }
}

/// The error `body` throws, if it is a `WorkflowError`.
func refusal<T>(_ body: () throws -> T) -> WorkflowError? {
  do {
    _ = try body()
    return nil
  } catch let error as WorkflowError {
    return error
  } catch {
    return .failed("not a workflow error: \(error)")
  }
}

/// The fields named by an `.invalid` error.
func fields(_ error: WorkflowError?) -> [String] {
  error?.problems.compactMap(\.field) ?? []
}
