import ArgumentParser
import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienWorkflow

extension SangKienCommand {
  /// `sangkien score`: judges' score sheets.
  struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "score", abstract: CLIHelp.t(.enterImportFollow),
      subcommands: [
        Enter.self, Import.self, Sheet.self, List.self, Progress.self, Void.self, Restore.self,
        Reopen.self,
      ])
  }
}

extension SangKienCommand.ScoreCommand {
  /// `sangkien score enter`.
  struct Enter: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "enter",
      abstract: CLIHelp.t(.enterJudgesPoints),
      discussion: CLIHelp.t(.pointsCriterionValue))
    @Option(help: ArgumentHelp(CLIHelp.t(.judgesId2))) var judge: String
    @Option(help: ArgumentHelp(CLIHelp.t(.entrysCode2))) var entry: String
    @Argument(
      help: ArgumentHelp(
        CLIHelp.t(.criterionPointsEvery), valueName: "id=points"))
    var points: [String] = []
    @Option(help: ArgumentHelp(CLIHelp.t(.judgesComment2))) var comment: String = ""
    @Flag(
      help: ArgumentHelp(CLIHelp.t(.replaceJudgesExisting)))
    var replace = false
    @OptionGroup var round: RoundOption
    @OptionGroup var common: CommonOptions

    /// The points given, by criterion.
    func values() throws -> [String: Decimal] { try Self.values(points) }

    /// `id=points` arguments by criterion (a re-marking sheet takes them too).
    static func values(_ points: [String]) throws -> [String: Decimal] {
      var values: [String: Decimal] = [:]
      for pair in points {
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let value = DecimalText.parse(parts[1]) else {
          throw ValidationError(CLIText.pointsSyntax(pair))
        }
        values[parts[0].trimmingCharacters(in: .whitespaces)] = value
      }
      return values
    }

    func run() throws {
      try common.run(Invocation(command: "score enter")) { cli in
        let saved = try cli.workflow.enterSheet(
          round: round.round, judge: judge, entry: entry, points: try values(), comment: comment,
          replace: replace, by: cli.person)
        let code = saved.sheet.entry
        guard !saved.unchanged else {
          return Console.current.line(CLIText.sheetUnchanged(judge, code))
        }
        Console.current.line(CLIText.sheetRecorded(judge, code, saved))
        for line in SheetOutput.criteria(saved.sheet, rubric: saved.rubric) {
          Console.current.line(line)
        }
      }
    }
  }

  /// `sangkien score import FILE.csv`.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract:
        CLIHelp.t(.importScoreSheets)
    )
    @Argument(
      help: ArgumentHelp(
        CLIHelp.t(.scoresFileCsv), valueName: "file"))
    var file: String
    @Flag(help: ArgumentHelp(CLIHelp.t(.replaceExistingSheets)))
    var replace = false
    @Flag(
      name: .customLong("dry-run"),
      help: ArgumentHelp(CLIHelp.t(.onlyCheckFileWrite))) var dryRun =
      false
    @OptionGroup var round: RoundOption
    @OptionGroup var sheet: SheetOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "score import")) { cli in
        let result = try cli.workflow.importSheets(
          .path(file), round: round.round, replace: replace, dryRun: dryRun, sheet: sheet.sheet,
          by: cli.person)
        Output.warnings(result.warnings, source: file)
        Console.current.line(CLIText.sheetsImported(result, file: file))
        for tally in result.judges { Console.current.line("  " + tally.sentence) }
      }
    }
  }

  /// `sangkien score sheet --judge J` and `--all`.
  struct Sheet: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "sheet",
      abstract: CLIHelp.t(.judgesBlankScore),
      discussion: CLIHelp.t(.fillCriterionColumns))
    @Option(help: ArgumentHelp(CLIHelp.t(.judgesId2))) var judge: String?
    @Flag(
      help: ArgumentHelp(
        CLIHelp.t(.everyJudgeEntries)))
    var all = false
    @Option(help: ArgumentHelp(CLIHelp.t(.csvDefaultXlsx))) var format: OutputFormat = .csv
    @Option(
      help: ArgumentHelp(
        CLIHelp.t(.writeFileAll), valueName: "path"))
    var out: String?
    @Flag(
      name: .customLong("missing-only"),
      help: ArgumentHelp(CLIHelp.t(.onlyEntriesNot)))
    var missingOnly = false
    @OptionGroup var round: RoundOption
    @OptionGroup var common: CommonOptions

    func validate() throws {
      if format == .md { throw ValidationError(CLIText.sheetFormats) }
      if (judge == nil) == !all { throw ValidationError(CLIText.judgeOrAll) }
      if all && (out == nil || !(format == .xlsx || format == .csv)) {
        throw ValidationError(CLIText.allNeedsFolder)
      }
    }

    func run() throws {
      try common.run(Invocation(command: "score sheet")) { cli in
        guard let judge else { return try writeAll(cli) }
        switch format {
        case .xlsx:
          guard let out else { throw CLIError.refused(CLIText.xlsxNeedsOut) }
          let book = try cli.workflow.scoreWorkbook(
            round: round.round, judge: judge, missingOnly: missingOnly, by: cli.person)
          try Output.write(try book.bytes(), to: out)
          Console.current.warn(CLIText.wroteSheet(judge, entries: book.lines.count, to: out))
          return
        default: break
        }
        let sheet = try cli.workflow.blankSheet(
          round: round.round, judge: judge, missingOnly: missingOnly, by: cli.person)
        switch format {
        case .table: try Output.list(sheet, format: .table, layout: .init(flexible: [1: 1]))
        case .json: try Output.write(Array(sheet.json.prettyText.utf8), to: out)
        case .csv, .md, .xlsx: try Output.write(CSVDocument.bytes(sheet), to: out)
        }
        if let out, format != .table {
          Console.current.warn(CLIText.wroteSheet(judge, entries: sheet.lines.count, to: out))
        }
      }
    }

    /// One file per judge, all made before any is written.
    func writeAll(_ cli: Session) throws {
      guard let out else { return }
      let books = try cli.workflow.scoreWorkbooks(
        round: round.round, missingOnly: missingOnly, by: cli.person)
      let files: [(name: String, bytes: [UInt8], book: ScoreWorkbook)] = try books.map { book in
        format == .xlsx
          ? (book.fileName, try book.bytes(), book)
          : (
            String(book.fileName.dropLast(5)) + ".csv", CSVDocument.bytes(book.blindSheet), book
          )
      }
      do {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      } catch {
        throw InterchangeError.cannotWrite(path: out)
      }
      for file in files {
        let path = (out as NSString).appendingPathComponent(file.name)
        try Output.write(file.bytes, to: path)
        Console.current.line(
          CLIText.wroteSheet(file.book.stamp.judge, entries: file.book.lines.count, to: path))
      }
      Console.current.warn(CLIText.wroteSheets(files.count, to: out))
    }
  }

  /// `sangkien score list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: CLIHelp.t(.listSheetsEntered))
    @Option(help: ArgumentHelp(CLIHelp.t(.onlyJudgesSheets))) var judge: String?
    @Option(help: ArgumentHelp(CLIHelp.t(.onlySheetsEntry))) var entry: String?
    @Flag(
      help: ArgumentHelp(CLIHelp.t(.includeSheetsSet)))
    var all = false
    @OptionGroup var report: ReportOptions

    func run() throws {
      try report.common.run(Invocation(command: "score list")) { cli in
        let sheets = try cli.workflow.sheets(
          round: report.round, judge: judge, entry: entry, includeSetAside: all, by: cli.person)
        let leaves = sheets.leaves.count
        try Output.list(
          sheets, format: report.format, out: report.out,
          layout: .init(flexible: [leaves + 3: 1], rightAligned: Set(2..<(leaves + 3))))
        if report.format == .table, report.out == nil, !sheets.lines.isEmpty {
          Console.current.line()
          Console.current.line(sheets.legend)
        }
      }
    }
  }

  /// `sangkien score progress`.
  struct Progress: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "progress",
      abstract:
        CLIHelp.t(.howFarJudges))
    @OptionGroup var report: ReportOptions

    func run() throws {
      try report.common.run(Invocation(command: "score progress")) { cli in
        let progress = try cli.workflow.progress(round: report.round, by: cli.person)
        let document = ProgressDocument(progress)
        let console = Console.current
        guard report.format != .json else { return console.out(document.json.prettyText) }
        console.line(CLIText.progressJudges(progress.round))
        try Output.list(
          document.judges, format: report.format, out: report.out,
          layout: .init(flexible: [1: 1], rightAligned: [2, 3, 4]))
        console.line()
        console.line(CLIText.progressEntries(progress.completeEntries, of: progress.entries.count))
        try Output.list(
          document.missing, format: report.format, out: report.out,
          layout: .init(flexible: [3: 1], rightAligned: [1, 2]))
        if progress.unassignedPlaces > 0 && report.format == .table {
          console.line(CLIText.repairFills(progress.unassignedPlaces))
        }
      }
    }
  }
}

extension SangKienCommand.ScoreCommand {
  /// `sangkien score void --judge J --entry CODE --reason …`.
  struct Void: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "void",
      abstract: CLIHelp.t(.setSheetAside),
      discussion: CLIHelp.t(.judgesPlaceEntry))
    @Option(help: ArgumentHelp(CLIHelp.t(.judgesId2))) var judge: String
    @Option(help: ArgumentHelp(CLIHelp.t(.entrysCode2))) var entry: String
    @Option(help: ArgumentHelp(CLIHelp.t(.whyJurySets)))
    var reason: String
    @OptionGroup var round: RoundOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "score void", style: .usage)) { cli in
        let sheet = try cli.workflow.voidSheet(
          round: round.round, judge: judge, entry: entry, reason: reason, by: cli.person)
        Console.current.line(CLIText.voided(sheet.key))
      }
    }
  }

  /// `sangkien score restore --judge J --entry CODE`.
  struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "restore", abstract: CLIHelp.t(.countVoidedSheet))
    @Option(help: ArgumentHelp(CLIHelp.t(.judgesId2))) var judge: String
    @Option(help: ArgumentHelp(CLIHelp.t(.entrysCode2))) var entry: String
    @OptionGroup var round: RoundOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "score restore")) { cli in
        let sheet = try cli.workflow.restoreSheet(
          round: round.round, judge: judge, entry: entry, by: cli.person)
        Console.current.line(CLIText.restoredSheet(sheet.key))
      }
    }
  }
}

extension SangKienCommand.ScoreCommand {
  /// `sangkien score reopen --judge J --entry CODE --reason …`.
  struct Reopen: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "reopen",
      abstract: CLIHelp.t(.reopenSubmittedSheet),
      discussion: CLIHelp.t(.onlyRoundsLock))
    @Option(help: ArgumentHelp(CLIHelp.t(.judgesId2))) var judge: String
    @Option(help: ArgumentHelp(CLIHelp.t(.entrysCode2))) var entry: String
    @Option(help: ArgumentHelp(CLIHelp.t(.whyReopenedRequired)))
    var reason: String
    @OptionGroup var round: RoundOption
    @OptionGroup var common: CommonOptions

    func run() throws {
      try common.run(Invocation(command: "score reopen", style: .usage)) { cli in
        let sheet = try cli.workflow.reopenSheet(
          round: round.round, judge: judge, entry: entry, reason: reason, by: cli.person)
        Console.current.line(CLIText.reopenedSheet(sheet.key))
      }
    }
  }
}

/// A sheet as the judge checks it: each criterion with the band its points fall in.
enum SheetOutput {
  static func criteria(_ sheet: ScoreSheet, rubric: Rubric) -> [String] {
    let scorer = SheetScorer(rubric: rubric)
    return rubric.allCriteria.compactMap { criterion in
      guard let points = sheet.points[criterion.id] else { return nil }
      let name = criterion.localizedName
      let indent = criterion.isLeaf && !rubric.criteria.contains(criterion) ? "    " : "  "
      let band = scorer.band(of: criterion.id, points: points).map { " — \($0.label)" } ?? ""
      return
        "\(indent)\(criterion.id) (\(name)): \(points)/\(DecimalFormat.plain(criterion.max))\(band)"
    }
  }
}
