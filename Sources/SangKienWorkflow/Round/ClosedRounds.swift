import Foundation
import SangKienModel
import SangKienScoring
internal import SangKienStorage

/// What a closed round's result rests on, so that no change — whichever use case makes it,
/// and however indirectly (a conflict, a judge's unit, an entry's status) — alters a closed
/// round's counted sheets, assignment or results until an organiser reopens it.
enum ClosedRounds {
  /// One line per fact a closed round's result rests on, by round: its counted sheets with
  /// their points, the sheets set aside and why, its assignment, and every ranked entry's
  /// rank, score, flags and prize.
  static func facts(_ database: ContestDatabase) throws -> [String: [String]] {
    let states = try database.roundStates()
    var result: [String: [String]] = [:]
    for (id, state) in states where state == .closed {
      let context = try RoundContext.load(database, round: id)
      var lines: [String] = []
      for sheet in context.sheets.sorted(by: { $0.key < $1.key }) {
        let points = sheet.points.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let aside = context.setAside[sheet.key].map { " aside:" + Workflow.describe($0) } ?? ""
        lines.append("sheet \(sheet.judge) \(sheet.entry) \(points.joined(separator: ","))\(aside)")
      }
      for pair in try database.assignments(round: id) {
        lines.append("assigned \(pair.judge) \(pair.entry)")
      }
      for entry in context.awarded(context.ranking()).ranking.entries {
        let flags = entry.flags.map(\.rawValue).sorted().joined(separator: ",")
        lines.append("ranked \(entry.entry.code) \(Workflow.line(entry)) \(flags)")
      }
      result[id] = lines
    }
    return result
  }

  /// The closed rounds whose facts differ between `before` and `after`, with the first
  /// difference of each in words.
  static func changed(before: [String: [String]], after: [String: [String]]) -> [String] {
    before.keys.sorted().compactMap { id in
      let old = before[id] ?? []
      let new = after[id] ?? []
      guard old != new else { return nil }
      return id
    }
  }
}

/// Thrown inside the transaction so that the refusal is audited after the rollback.
private struct ClosedRoundRefusal: Error {
  var rounds: [String]
}

extension Workflow {
  /// Runs `body` as one transaction of `person`'s and refuses it — rolled back, the refusal
  /// audited — when it changed what a closed round's result rests on.
  func keepingClosedRounds<T>(
    _ useCase: UseCase, _ person: Person, commit: Bool = true, _ body: () throws -> T
  ) throws(WorkflowError) -> T {
    do {
      return try database.transaction(context(person), commit: commit) {
        let before = try ClosedRounds.facts(database)
        let result = try body()
        // Nothing closed, nothing to keep (the common case costs one read of the states).
        guard !before.isEmpty else { return result }
        let changed = ClosedRounds.changed(before: before, after: try ClosedRounds.facts(database))
        if !changed.isEmpty { throw ClosedRoundRefusal(rounds: changed) }
        return result
      }
    } catch let refusal as ClosedRoundRefusal {
      let reason = WorkflowText.closedRoundWouldChange(refusal.rounds)
      try? database.recordRefusal(
        command: useCase.rawValue, reason: reason, context: context(person))
      throw .wrongState(reason)
    } catch {
      throw WorkflowError(error)
    }
  }
}
