import SangKienInterchange
import SangKienModel
import SangKienScoring
internal import SangKienStorage

extension Workflow {
  /// A judge's score workbook for the round: the entries of their blank sheet, the rubric's
  /// columns, and the stamp naming contest, round, judge and the rubric's version.
  public func scoreWorkbook(
    round id: String?, judge: String, missingOnly: Bool = false, by person: Person
  ) throws(WorkflowError) -> ScoreWorkbook {
    let (list, lines) = try blankLines(
      round: id, judge: judge, missingOnly: missingOnly, by: person)
    let (contest, prints) = try attempt {
      (try database.contest(), try database.rubricFingerprints())
    }
    let stamp = ScoreWorkbook.Stamp(
      contest: contest.id, contestName: contest.name, round: list.round.id,
      roundName: list.round.name, judge: list.judge.id, judgeName: list.judge.name,
      rubric: list.rubric.id, rubricSHA256: prints[list.rubric.id] ?? "",
      criteria: SheetScorer(rubric: list.rubric).leafIds, made: AuditContext.format(clock()))
    return ScoreWorkbook(stamp: stamp, rubric: list.rubric, lines: lines)
  }

  /// The score workbooks of every active judge with entries to score in the round (a judge
  /// gets only their own), in judge id order.
  public func scoreWorkbooks(round id: String?, missingOnly: Bool = false, by person: Person)
    throws(WorkflowError) -> [ScoreWorkbook]
  {
    try authorize(.scoreSheet, person)
    let lists = try worklists(round: id, judge: nil, by: person)
    var judges: [String] = []
    for line in lists.lines where judges.last != line.pair.judge {
      judges.append(line.pair.judge)
    }
    var books: [ScoreWorkbook] = []
    for judge in judges {
      let book = try scoreWorkbook(round: id, judge: judge, missingOnly: missingOnly, by: person)
      if !book.lines.isEmpty { books.append(book) }
    }
    return books
  }

  /// A score workbook's stamp against the database and the round being imported into:
  /// refused, saying which, when it was made for another contest, round, judge or version of
  /// the rubric. Returns the round and the judge it was made for.
  func checkStamp(_ stamp: WorkbookStamp, file: String, round id: String?, by person: Person)
    throws(WorkflowError) -> (round: String, judge: String)
  {
    func refusal(_ key: String, _ message: String) -> Problem {
      Problem(
        Diagnostic(
          file: file, column: key, message: message + WorkflowText.wholeFile,
          cell: stamp.cells[key] ?? stamp.sheet))
    }
    let value = { (key: String) in stamp.values[key] ?? "" }
    guard value("format") == ScoreWorkbook.format else {
      throw .invalid([refusal("format", WorkflowText.notOurWorkbook(value("format")))])
    }
    let facts = try attempt { () throws -> (Contest, [String: String]) in
      (try database.contest(), try database.rubricFingerprints())
    }
    let (contest, prints) = facts
    var problems: [Problem] = []
    if value("contest") != contest.id {
      problems.append(
        refusal("contest", WorkflowText.workbookFor("contest", value("contest"), not: contest.id)))
    }
    let roundId = id ?? value("round")
    guard let round = contest.rounds.first(where: { $0.id == roundId }) else {
      let known = contest.rounds.map(\.id).joined(separator: ", ")
      problems.append(
        refusal(
          "round",
          StorageError.roundNotFound(id: roundId).description
            + Language.text(vi: " (cuộc thi có: \(known))", en: " (the contest has: \(known))")))
      throw .invalid(problems)
    }
    if value("round") != round.id {
      problems.append(
        refusal("round", WorkflowText.workbookFor("round", value("round"), not: round.id)))
    }
    if value("rubric") != round.rubricId {
      problems.append(
        refusal("rubric", WorkflowText.workbookFor("rubric", value("rubric"), not: round.rubricId)))
    } else if let print = prints[round.rubricId], value("rubric_sha256") != print {
      problems.append(
        refusal(
          "rubric_sha256",
          WorkflowText.otherRubricVersion(round.rubricId, made: value("rubric_sha256"), now: print))
      )
    }
    if let actor = person.actor, actor.role == .judge, let own = actor.judgeId,
      value("judge") != own
    {
      problems.append(refusal("judge", WorkflowText.workbookFor("judge", value("judge"), not: own)))
    }
    if !problems.isEmpty { throw .invalid(problems) }
    return (round.id, value("judge"))
  }
}
