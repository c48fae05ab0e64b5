import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien assign`: which judge scores which entry.
  struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "assign",
      abstract: CLIHelp.t("Assign judges to entries, and show, move and repair assignments."),
      subcommands: [
        Run.self, Show.self, Export.self, Import.self, Move.self, Repair.self, Extra.self,
      ],
      defaultSubcommand: Run.self)
  }
}

/// `--max-load`, `--seed` and `--dry-run` of an assignment run or repair.
struct SolverOptions: ParsableArguments {
  @Option(
    name: .customLong("max-load"),
    help: ArgumentHelp(CLIHelp.t("The most entries any judge may take.")))
  var maxLoad: Int?
  @Option(help: ArgumentHelp(CLIHelp.t("The seed of the tie-breaking (default 1)."))) var seed:
    UInt64 = 1
  @Flag(
    name: .customLong("dry-run"), help: ArgumentHelp(CLIHelp.t("Show the result; write nothing.")))
  var dryRun = false

  func options(perEntry: Int? = nil) -> AssignmentOptions {
    AssignmentOptions(perEntry: perEntry, maxLoad: maxLoad, seed: seed, dryRun: dryRun)
  }
}

extension SangKienCommand.AssignCommand {
  /// `sangkien assign [--round R] …`: solve and store the round's assignment.
  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "run",
      abstract:
        CLIHelp.t(
          "Assign judges to every entry of a round: no conflicts, even loads, fields matched."),
      discussion: Language.text(
        vi: """
          Chính xác (luồng chi phí nhỏ nhất), nên tìm được phân công bất cứ khi nào có, và \
          nói rõ vì sao khi không có. Cặp đã chấm được giữ; cặp chưa chấm được thay. Cùng dữ liệu \
          và cùng --seed cho cùng một phân công.
          """,
        en: """
          Exact (a min-cost flow), so it finds an assignment whenever one exists, and says \
          why when none does. Scored pairs are kept; unscored ones are replaced. The same \
          data and --seed give the same assignment.
          """))
    @Option(
      name: .customLong("per-entry"),
      help: ArgumentHelp(CLIHelp.t("Judges per entry (default: the round's).")))
    var perEntry: Int?
    @OptionGroup var solver: SolverOptions
    @OptionGroup var round: RoundOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "assign")) { cli in
        let plan = try cli.workflow.assign(
          round: round.round, options: solver.options(perEntry: perEntry), by: cli.person)
        Console.current.line(CLIText.assignment(plan))
      }
    }
  }

  /// `sangkien assign export`.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: CLIHelp.t("Write the round's assignments as CSV (round, judge, entry)."))
    @Option(help: ArgumentHelp(CLIHelp.t("Write to this file."), valueName: "file")) var out:
      String?
    @Option(help: ArgumentHelp(CLIHelp.t("csv or xlsx (with --out)."))) var format: OutputFormat =
      .csv
    @OptionGroup var round: RoundOption
    @OptionGroup var common: CommonOptions

    func validate() throws {
      guard format == .csv || format == .xlsx else { throw ValidationError(CLIText.csvOrXLSX) }
      if format == .xlsx && out == nil { throw ValidationError(CLIText.xlsxNeedsOut) }
    }

    func run() throws {
      try common.run(Invocation(command: "assign export")) { cli in
        let pairs = try cli.workflow.assignments(round: round.round, by: cli.person)
        if format == .xlsx {
          try Output.write(
            try XLSXWriter.bytes([
              XLSXWriter.Sheet(
                name: CLIText.sheetName, header: ["round", "judge", "entry"],
                rows: pairs.map { [$0.round, $0.judge, $0.entry] })
            ]), to: out)
        } else {
          try Output.write(AssignmentCSV.bytes(pairs), to: out)
        }
        if let out { Console.current.warn(CLIText.wroteAssignments(pairs.count, to: out)) }
      }
    }
  }

  /// `sangkien assign move CODE --from J1 --to J2`.
  struct Move: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "move",
      abstract: CLIHelp.t(
        "Give one entry to another judge (not once the first judge has scored it)."))
    @Argument(help: ArgumentHelp(CLIHelp.t("The entry's code."))) var entry: String
    @Option(help: ArgumentHelp(CLIHelp.t("The judge who has it."))) var from: String
    @Option(help: ArgumentHelp(CLIHelp.t("The judge who takes it."))) var to: String
    @OptionGroup var round: RoundOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "assign move")) { cli in
        _ = try cli.workflow.moveAssignment(
          round: round.round, entry: entry, from: from, to: to, by: cli.person)
        Console.current.line(CLIText.moved(entry, from: from, to: to))
      }
    }
  }

  /// `sangkien assign repair`.
  struct Repair: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "repair",
      abstract:
        CLIHelp.t(
          "Fill the places left empty (a judge removed, a conflict declared); keeps every other assignment."
        )
    )
    @OptionGroup var solver: SolverOptions
    @OptionGroup var round: RoundOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "assign repair")) { cli in
        let plan = try cli.workflow.repairAssignments(
          round: round.round, options: solver.options(), by: cli.person)
        Console.current.line(CLIText.repair(plan))
      }
    }
  }

  /// `sangkien assign extra [--round R] [--dry-run]`.
  struct Extra: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "extra",
      abstract: CLIHelp.t(
        "Give the entries the judges disagree on their further judges (the round's resolution)."),
      discussion: CLIHelp.t(
        "Each entry flagged for disagreement, with every due sheet in, gets the round's extra_judges more: none in conflict with it nor already on it, the further work balanced. An entry no judge is free for is named with the reason. The ranking settles such an entry by the round's method once their sheets are in."
      ))
    @Flag(
      name: .customLong("dry-run"), help: ArgumentHelp(CLIHelp.t("Work it out; write nothing.")))
    var dryRun = false
    @OptionGroup var round: RoundOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "assign extra")) { cli in
        let result = try cli.workflow.assignExtra(
          round: round.round, dryRun: dryRun, by: cli.person)
        for line in CLIText.extra(result) { Console.current.line(line) }
        for unplaced in result.unplaced {
          Console.current.warn(CLIText.extraUnplaced(unplaced))
        }
      }
    }
  }

  /// `sangkien assign import FILE.csv`.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: CLIHelp.t("Register assignments from CSV (round, judge, entry), all or none."))
    @Argument(
      help: ArgumentHelp(
        CLIHelp.t("The assignments file: CSV or an Excel workbook (.xlsx)."), valueName: "file"))
    var file: String
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(CLIHelp.t("Only check the file.")))
    var dryRun = false
    @OptionGroup var round: RoundOption
    @OptionGroup var sheet: SheetOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "assign import")) { cli in
        let result = try cli.workflow.importAssignments(
          .path(file), round: round.round, dryRun: dryRun, sheet: sheet.sheet, by: cli.person)
        if let uneven = result.unevenLoads { Console.current.warn(CLIText.unevenLoads(uneven)) }
        Console.current.line(CLIText.assignmentsImported(result))
      }
    }
  }

  /// `sangkien assign show`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: CLIHelp.t("Each judge's worklist."))
    @Option(help: ArgumentHelp(CLIHelp.t("Only this judge."))) var judge: String?
    @OptionGroup var report: ReportOptions

    func run() throws {
      try report.common.run(Invocation(command: "assign show")) { cli in
        let lists = try cli.workflow.worklists(round: report.round, judge: judge, by: cli.person)
        try Output.list(lists, format: report.format, layout: .init(flexible: [3: 1]))
      }
    }
  }
}
