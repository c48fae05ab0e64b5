import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien rubric`: show or check a rubric.
  struct RubricCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rubric", abstract: CLIHelp.t(.showRoundsRubric),
      subcommands: [Show.self, Check.self])
  }
}

extension SangKienCommand.RubricCommand {
  /// `sangkien rubric show [--round R]`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: CLIHelp.t(.showRubricRound))

    @Option(help: ArgumentHelp(CLIHelp.t(.roundId2), valueName: "round"))
    var round: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "rubric show", style: .usage)) { cli in
        let (chosen, rubric) = try cli.workflow.rubric(round: round, by: cli.person)
        Console.current.line(CLIText.rubricOf(chosen))
        Console.current.out(RubricReport.text(rubric))
      }
    }
  }

  /// `sangkien rubric check FILE`.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: CLIHelp.t(.checkRubricFile))

    @Argument(help: ArgumentHelp(CLIHelp.t(.rubricFileYaml), valueName: "file"))
    var file: String

    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply(Invocation(command: "rubric check")) {
        let rubric = try Workflow.checkRubric(file)
        Console.current.out(RubricReport.text(rubric))
        Console.current.line(CLIText.rubricValid(rubric))
      }
    }
  }
}

/// A rubric as an indented table.
enum RubricReport {
  static func text(_ rubric: Rubric) -> String {
    var rows: [[String]] = []
    func add(_ criterion: Criterion, depth: Int) {
      let indent = String(repeating: "  ", count: depth)
      let name = criterion.localizedName
      let bands = criterion.bands.map {
        "\(NumberFormat.shown($0.min))–\(NumberFormat.shown($0.max)): \($0.label)"
      }.joined(separator: "; ")
      rows.append([
        indent + criterion.id, indent + name, NumberFormat.shown(criterion.max),
        criterion.step.map { NumberFormat.shown($0) } ?? "", bands,
      ])
      for child in criterion.children { add(child, depth: depth + 1) }
    }
    for criterion in rubric.criteria { add(criterion, depth: 0) }
    rows.append(["", Words.total, NumberFormat.shown(rubric.total), "", ""])
    let table = TextTable(
      headers: CLIText.rubricColumns,
      rows: rows, flexible: [1: 1, 4: 1], rightAligned: [2, 3])
    let console = Console.current
    return "\(rubric.id): \(rubric.name)\n"
      + table.render(width: console.isTerminal ? console.width : nil)
  }
}
