import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienStorage

extension SangKienCommand {
  /// `sangkien rubric`: show or check a rubric.
  struct RubricCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rubric", abstract: "Show a round's rubric, or check a rubric file.",
      subcommands: [Show.self, Check.self])
  }
}

extension SangKienCommand.RubricCommand {
  /// `sangkien rubric show [--round R]`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show the rubric of a round (the first round by default).")

    @Option(help: ArgumentHelp("The round id.", valueName: "round"))
    var round: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let db = try database.open(.anyone, command: "rubric show")
        let contest = try db.contest()
        guard let chosen = round.map({ contest.round($0) }) ?? contest.rounds.first else {
          throw ValidationError(
            Language.text(
              vi:
                "không có vòng '\(round ?? "")'; các vòng: \(contest.rounds.map(\.id).joined(separator: ", "))",
              en:
                "no round '\(round ?? "")'; rounds: \(contest.rounds.map(\.id).joined(separator: ", "))"
            ))
        }
        guard let rubric = try db.rubrics().first(where: { $0.id == chosen.rubricId }) else {
          throw CLIError.refused("rubric \(chosen.rubricId) missing from the database")
        }
        Console.current.line(
          Language.text(
            vi: "Vòng \(chosen.id) (\(chosen.name)) chấm theo bộ tiêu chí:",
            en: "Round \(chosen.id) (\(chosen.name)) is scored against:"))
        Console.current.out(RubricReport.text(rubric))
      }
    }
  }

  /// `sangkien rubric check FILE`.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Check a rubric file and show it; every problem is listed with file:line:column.")

    @Argument(help: ArgumentHelp("The rubric file (YAML).", valueName: "file"))
    var file: String

    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let rubric = try RubricFile.load(path: file)
        Console.current.out(RubricReport.text(rubric))
        Console.current.line(
          Language.text(
            vi:
              "Bộ tiêu chí hợp lệ: \(rubric.leaves.count) tiêu chí chấm, tổng \(DecimalText.format(rubric.total)) điểm.",
            en:
              "The rubric is valid: \(rubric.leaves.count) scored criteria, \(DecimalText.format(rubric.total)) points in all."
          ))
      }
    }
  }
}

/// A rubric as an indented table.
enum RubricReport {
  static func text(_ rubric: Rubric) -> String {
    let vi = Language.current == .vi
    var rows: [[String]] = []
    func add(_ criterion: Criterion, depth: Int) {
      let indent = String(repeating: "  ", count: depth)
      let name = vi || criterion.nameEn == nil ? criterion.name : criterion.nameEn!
      let bands = criterion.bands.map {
        "\(DecimalText.format($0.min))–\(DecimalText.format($0.max)): \($0.label)"
      }.joined(separator: "; ")
      rows.append([
        indent + criterion.id, indent + name, DecimalText.format(criterion.max),
        criterion.step.map(DecimalText.format) ?? "", bands,
      ])
      for child in criterion.children { add(child, depth: depth + 1) }
    }
    for criterion in rubric.criteria { add(criterion, depth: 0) }
    rows.append(["", vi ? "Tổng" : "Total", DecimalText.format(rubric.total), "", ""])
    let table = TextTable(
      headers: vi
        ? ["Mã", "Tiêu chí", "Tối đa", "Bước", "Khoảng điểm"]
        : ["Id", "Criterion", "Max", "Step", "Bands"],
      rows: rows, flexible: [1: 1, 4: 1], rightAligned: [2, 3])
    let console = Console.current
    return "\(rubric.id): \(rubric.name)\n"
      + table.render(width: console.isTerminal ? console.width : nil)
  }
}
