import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien assign`: which judge scores which entry.
  struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "assign",
      abstract: CLIHelp.t(.assignJudgesEntries),
      subcommands: [
        Run.self, Show.self, Export.self, Import.self, Move.self, Repair.self, Extra.self,
        Remark.self,
      ],
      defaultSubcommand: Run.self)
  }
}

/// `--max-load`, `--seed` and `--dry-run` of an assignment run or repair.
struct SolverOptions: ParsableArguments {
  @Option(
    name: .customLong("max-load"),
    help: ArgumentHelp(CLIHelp.t(.mostEntriesAny)))
  var maxLoad: Int?
  @Option(help: ArgumentHelp(CLIHelp.t(.seedTieBreaking))) var seed: UInt64 = 1
  @Flag(
    name: .customLong("dry-run"), help: ArgumentHelp(CLIHelp.t(.showResultWrite)))
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
        CLIHelp.t(.assignJudgesEvery),
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
      help: ArgumentHelp(CLIHelp.t(.judgesPerEntry)))
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
      abstract: CLIHelp.t(.writeRoundsAssignments))
    @Option(help: ArgumentHelp(CLIHelp.t(.writeFile2), valueName: "file")) var out: String?
    @Option(help: ArgumentHelp(CLIHelp.t(.csvXlsxOut))) var format: OutputFormat =
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
      abstract: CLIHelp.t(.giveEntryAnother))
    @Argument(help: ArgumentHelp(CLIHelp.t(.entrysCode2))) var entry: String
    @Option(help: ArgumentHelp(CLIHelp.t(.judgeWhoHas))) var from: String
    @Option(help: ArgumentHelp(CLIHelp.t(.judgeWhoTakes))) var to: String
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
        CLIHelp.t(.fillPlacesLeft)
    )
    @OptionGroup var solver: SolverOptions
    @OptionGroup var round: RoundOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "assign repair")) { cli in
        let plan = try cli.workflow.repairAssignments(
          round: round.round, options: solver.options(), by: cli.person)
        if plan.perEntry != nil || plan.remarks.isEmpty {
          Console.current.line(CLIText.repair(plan))
        }
        for remarks in plan.remarks {
          for line in CLIText.remarkers(remarks) { Console.current.line(line) }
        }
      }
    }
  }

  /// `sangkien assign extra [--round R] [--dry-run]`.
  struct Extra: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "extra",
      abstract: CLIHelp.t(.giveEntriesJudges),
      discussion: CLIHelp.t(.entryFlaggedDisagreement))
    @Flag(
      name: .customLong("dry-run"), help: ArgumentHelp(CLIHelp.t(.workOutWrite)))
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

  /// `sangkien assign remark COMPLAINT [--dry-run]`.
  struct Remark: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "remark", abstract: CLIHelp.t(.assignRemark))
    @Argument(help: ArgumentHelp(CLIHelp.t(.complaintId), valueName: "complaint"))
    var complaint: Int64
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(CLIHelp.t(.workOutWrite)))
    var dryRun = false
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "assign remark")) { cli in
        let result = try cli.workflow.assignRemark(
          complaint: complaint, dryRun: dryRun, by: cli.person)
        for line in CLIText.remarkers(result) { Console.current.line(line) }
      }
    }
  }

  /// `sangkien assign import FILE.csv`.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: CLIHelp.t(.registerAssignmentsCsv))
    @Argument(
      help: ArgumentHelp(
        CLIHelp.t(.assignmentsFileCsv), valueName: "file"))
    var file: String
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(CLIHelp.t(.onlyCheckFile)))
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
      commandName: "show", abstract: CLIHelp.t(.judgesWorklist2))
    @Option(help: ArgumentHelp(CLIHelp.t(.onlyJudge2))) var judge: String?
    @OptionGroup var report: ReportOptions

    func run() throws {
      try report.common.run(Invocation(command: "assign show")) { cli in
        let lists = try cli.workflow.worklists(round: report.round, judge: judge, by: cli.person)
        try Output.list(lists, format: report.format, layout: .init(flexible: [3: 1]))
      }
    }
  }
}
