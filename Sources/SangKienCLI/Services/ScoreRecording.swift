import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienStorage

/// Entering and importing score sheets: every rule checked before anything is stored.
struct ScoreRecording {
  let database: ContestDatabase
  let context: AuditContext

  /// Checks one sheet against the round and the rubric; returns the problems (empty: good).
  static func problems(
    in round: RoundContext, judge: String, entry: String, values: [String: Decimal],
    replace: Bool
  ) -> [(column: String?, message: String)] {
    if let refusal = round.refusal(judge: judge, entry: entry) { return [(nil, refusal)] }
    var result: [(String?, String)] = []
    if case .failure(let problems) = round.scorer.sheet(judge: judge, entry: entry, values: values)
    {
      result += problems.problems.map { ($0.criterion, $0.description) }
    }
    if !replace && round.sheets.contains(where: { $0.judge == judge && $0.entry == entry }) {
      result.append(
        (
          nil,
          Language.text(
            vi: "giám khảo \(judge) đã có phiếu chấm \(entry); dùng --replace để thay",
            en: "judge \(judge) already has a sheet for \(entry); use --replace to replace it")
        ))
    }
    return result
  }

  /// Enters one sheet from the command line.
  func enter(
    round id: String?, judge: String, entry: String, values: [String: Decimal], comment: String,
    replace: Bool
  ) throws -> (round: RoundContext, sheet: ScoreSheet) {
    let round = try RoundContext.load(database, round: id)
    let problems = Self.problems(
      in: round, judge: judge, entry: entry, values: values, replace: replace)
    guard problems.isEmpty else {
      throw DiagnosticsError(
        problems.map { Diagnostic(file: "score enter", column: $0.column, message: $0.message) })
    }
    let sheet = StoredSheet(
      round: round.round.id, judge: judge, entry: entry,
      points: values.compactMapValues(Points.init),
      comment: comment)
    _ = try database.saveSheets([sheet], replace: replace, context: context, note: nil)
    let scored = try round.scorer.sheet(judge: judge, entry: entry, values: values).get()
    return (round, scored)
  }

  /// Imports a scores CSV: all rows or none.
  ///
  /// `onlyJudge`: when a judge imports, every row must be theirs.
  ///
  /// `skipUnassigned`: rows for pairs that are not assigned in the round (or conflict) are
  /// passed over instead of refused — for a file of every judge's opinion of every entry, as
  /// the demo has.
  func importFile(
    path: String, round id: String?, replace: Bool, dryRun: Bool, onlyJudge: String? = nil,
    skipUnassigned: Bool = false
  ) throws -> (added: Int, replaced: Int, warnings: [Diagnostic]) {
    let round = try RoundContext.load(database, round: id)
    var reader = try ScoreCSVReader(path: path, criteria: round.scorer.leafIds)
    var collector = DiagnosticCollector()
    for problem in reader.readHeader() { collector.add(problem) }
    try collector.check()
    var sheets: [StoredSheet] = []
    var seen: [String: Int] = [:]
    while let row = reader.next() {
      for problem in row.diagnostics { collector.add(problem) }
      guard row.diagnostics.isEmpty else { continue }
      func problem(_ column: String?, _ message: String) {
        collector.add(Diagnostic(file: path, line: row.line, column: column, message: message))
      }
      if let named = row.round, named != round.round.id {
        problem(
          "round",
          Language.text(
            vi: "dòng của vòng '\(named)', đang nhập cho vòng '\(round.round.id)' (dùng --round)",
            en: "row for round '\(named)', importing into round '\(round.round.id)' (use --round)"))
        continue
      }
      if let onlyJudge, row.judge != onlyJudge {
        problem(
          "judge",
          Language.text(
            vi: "\(onlyJudge) chỉ được nhập điểm của chính mình, không phải của \(row.judge)",
            en: "\(onlyJudge) may enter only their own scores, not \(row.judge)'s"))
        continue
      }
      if skipUnassigned
        && (!round.roster.isAssigned(judge: row.judge, entry: row.entry)
          || round.excluded.contains([row.judge, row.entry]))
      {
        continue
      }
      let key = row.judge + "\u{1F}" + row.entry
      if let first = seen[key] {
        problem(
          nil,
          Language.text(
            vi: "phiếu của \(row.judge) cho \(row.entry) đã có ở dòng \(first)",
            en: "\(row.judge)'s sheet for \(row.entry) is also on line \(first)"))
        continue
      }
      seen[key] = row.line
      let issues = Self.problems(
        in: round, judge: row.judge, entry: row.entry, values: row.values, replace: replace)
      for issue in issues { problem(issue.column, issue.message) }
      if issues.isEmpty {
        sheets.append(
          StoredSheet(
            round: round.round.id, judge: row.judge, entry: row.entry,
            points: row.values.compactMapValues(Points.init),
            comment: row.comment))
      }
    }
    if seen.isEmpty && !collector.hasErrors {
      collector.add(
        Diagnostic(
          file: path, line: 2,
          message: Language.text(
            vi: "tệp chỉ có dòng tiêu đề, không có phiếu chấm nào",
            en: "the file has a header row and no sheets")))
    }
    try collector.check()
    let counts = try database.saveSheets(
      sheets, replace: replace, context: context, note: path, commit: !dryRun)
    return (counts.added, counts.replaced, collector.warnings)
  }
}
