import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienStorage

extension SangKienCommand {
  /// `sangkien assign`: which judge scores which entry.
  struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "assign", abstract: "Register and show which judges score which entries.",
      subcommands: [Import.self, Show.self])
  }
}

extension SangKienCommand.AssignCommand {
  /// `sangkien assign import FILE.csv`.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Register assignments from CSV (round, judge, entry), all or none.")
    @Argument(help: ArgumentHelp("The assignments CSV.", valueName: "file")) var file: String
    @Flag(name: .customLong("dry-run"), help: "Only check the file.") var dryRun = false
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let db = try database.open()
        let context = try RoundContext.load(db, round: round.round)
        let rows = try AssignmentCSV.read(path: file)
        var collector = DiagnosticCollector()
        var pairs: [Assignment] = []
        for row in rows {
          func problem(_ column: String?, _ message: String) {
            collector.add(Diagnostic(file: file, line: row.line, column: column, message: message))
          }
          let roundId = row.round ?? context.round.id
          if roundId != context.round.id {
            problem(
              "round",
              Language.text(
                vi:
                  "dòng của vòng '\(roundId)', đang nhập cho vòng '\(context.round.id)' (dùng --round)",
                en: "row for round '\(roundId)', importing into '\(context.round.id)' (use --round)"
              ))
            continue
          }
          guard context.judges[row.judge]?.active == true else {
            problem(
              "judge",
              Language.text(vi: "không có giám khảo '\(row.judge)'", en: "no judge '\(row.judge)'"))
            continue
          }
          guard let entry = context.entries[row.entry], entry.status.isEligible,
            context.roster.contains(entry: row.entry)
          else {
            problem(
              "entry",
              Language.text(
                vi: "'\(row.entry)' không phải sáng kiến đang dự thi ở vòng này",
                en: "'\(row.entry)' is not an entry in this round"))
            continue
          }
          pairs.append(Assignment(round: roundId, judge: row.judge, entry: row.entry))
        }
        try collector.check()
        let added = try db.addAssignments(
          pairs, context: try database.context(), note: file, commit: !dryRun)
        Console.current.line(
          dryRun
            ? Language.text(
              vi: "Kiểm tra xong: \(added) lượt phân công mới.",
              en: "Checked: \(added) new assignments.")
            : Language.text(
              vi: "Đã ghi \(added) lượt phân công mới (vòng \(context.round.id)).",
              en: "Registered \(added) new assignments (round \(context.round.id))."))
      }
    }
  }

  /// `sangkien assign show`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Each judge's worklist.")
    @Option(help: "Only this judge.") var judge: String?
    @Option(help: "table, csv, json or md.") var format: OutputFormat = .table
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let context = try RoundContext.load(try database.open(), round: round.round)
        let judges = context.judges.values.filter { $0.active && (judge == nil || $0.id == judge) }
          .sorted { $0.id < $1.id }
        let rows = judges.flatMap { j in
          context.roster.entries(of: j.id).map {
            [context.round.id, j.id, $0, context.entries[$0]?.draft.title ?? ""]
          }
        }
        Output.table(
          headers: Language.current == .vi
            ? ["Vòng", "Giám khảo", "Mã", "Tên sáng kiến"] : ["Round", "Judge", "Entry", "Title"],
          rows: rows, csvHeaders: ["round", "judge", "entry"],
          csvRows: rows.map { Array($0.prefix(3)) },
          json: .array(
            rows.map {
              .object(["round": .string($0[0]), "judge": .string($0[1]), "entry": .string($0[2])])
            }),
          format: format, flexible: [3: 1])
      }
    }
  }
}
