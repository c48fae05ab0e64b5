import ArgumentParser
import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienStorage

extension SangKienCommand {
  /// `sangkien score`: judges' score sheets.
  struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "score", abstract: "Enter, import and follow score sheets.",
      subcommands: [Enter.self, Import.self, Sheet.self, List.self, Progress.self])
  }
}

/// `--round`.
struct RoundOption: ParsableArguments {
  @Option(help: "The round id (default: the first open round, else the last).")
  var round: String?
}

extension SangKienCommand.ScoreCommand {
  /// `sangkien score enter`.
  struct Enter: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "enter",
      abstract: "Enter one judge's points for one entry.",
      discussion: "Points as criterion=value pairs, one per leaf criterion: novelty=22 time=8 …")
    @Option(help: "The judge's id.") var judge: String
    @Option(help: "The entry's code.") var entry: String
    @Argument(
      help: ArgumentHelp("criterion=points, for every leaf criterion.", valueName: "id=points"))
    var points: [String] = []
    @Option(help: "The judge's comment.") var comment: String = ""
    @Flag(help: "Replace the judge's existing sheet for this entry (audited).") var replace = false
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        var values: [String: Decimal] = [:]
        for pair in points {
          let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
          guard parts.count == 2, let value = DecimalText.parse(parts[1]) else {
            throw ValidationError(
              Language.text(
                vi: "'\(pair)': viết tiêu_chí=điểm, ví dụ novelty=22.5",
                en: "'\(pair)': write criterion=points, e.g. novelty=22.5"))
          }
          values[parts[0].trimmingCharacters(in: .whitespaces)] = value
        }
        let recording = ScoreRecording(
          database: try database.open(.judgeOrSecretariat(judge), command: "score enter"),
          context: try database.context())
        let result = try recording.enter(
          round: round.round, judge: judge, entry: entry, values: values,
          comment: VietnameseText.clean(comment, keepLineBreaks: true), replace: replace)
        let (context, sheet) = result
        let console = Console.current
        console.line(
          Language.text(
            vi:
              "Đã ghi phiếu của \(judge) cho \(entry) (vòng \(context.round.id)): tổng \(sheet.total) điểm.",
            en:
              "Recorded \(judge)'s sheet for \(entry) (round \(context.round.id)): \(sheet.total) points."
          ))
        // Each criterion with the band its points fall in, so the judge can check the sheet.
        let vi = Language.current == .vi
        for criterion in context.rubric.allCriteria {
          guard let points = sheet.points[criterion.id] else { continue }
          let name = vi || criterion.nameEn == nil ? criterion.name : criterion.nameEn!
          let indent =
            criterion.isLeaf && !context.rubric.criteria.contains(criterion) ? "    " : "  "
          let band =
            context.scorer.band(of: criterion.id, points: points).map { " — \($0.label)" } ?? ""
          console.line(
            "\(indent)\(criterion.id) (\(name)): \(points)/\(DecimalFormat.plain(criterion.max))\(band)"
          )
        }
      }
    }
  }

  /// `sangkien score import FILE.csv`.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract:
        "Import score sheets from CSV (round, judge, entry, a column per criterion, comment), all or none."
    )
    @Argument(help: ArgumentHelp("The scores CSV.", valueName: "file")) var file: String
    @Flag(help: "Replace existing sheets (each replacement audited).") var replace = false
    @Flag(name: .customLong("dry-run"), help: "Only check the file; write nothing.") var dryRun =
      false
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let (db, actor) = try database.authorize(.judgeOrSecretariat(nil), command: "score import")
        let recording = ScoreRecording(database: db, context: try database.context())
        let result = try recording.importFile(
          path: file, round: round.round, replace: replace, dryRun: dryRun,
          onlyJudge: actor.role == .judge ? actor.judgeId : nil)
        for warning in result.warnings { Console.current.warn(warning.description) }
        Console.current.line(
          dryRun
            ? Language.text(
              vi:
                "Kiểm tra xong \(file): \(result.added + result.replaced) phiếu hợp lệ; chưa ghi gì (--dry-run).",
              en:
                "Checked \(file): \(result.added + result.replaced) sheets are good; nothing written (--dry-run)."
            )
            : Language.text(
              vi: "Đã nhập \(result.added) phiếu mới, thay \(result.replaced) phiếu, từ \(file).",
              en:
                "Imported \(result.added) new sheets and replaced \(result.replaced) from \(file).")
        )
      }
    }
  }

  /// `sangkien score sheet --judge J`.
  struct Sheet: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "sheet",
      abstract: "A judge's blank score sheet for their entries: blind (code, title, summary only).",
      discussion: "Fill in the criterion columns and give it back with 'sangkien score import'.")
    @Option(help: "The judge's id.") var judge: String
    @Option(help: "csv (default) or table.") var format: OutputFormat = .csv
    @Option(help: ArgumentHelp("Write to this file.", valueName: "file")) var out: String?
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let context = try RoundContext.load(
          try database.open(.judgeOrStaff(judge), command: "score sheet"), round: round.round)
        guard context.judges[judge]?.active == true else {
          throw StorageError.judgeNotFound(id: judge)
        }
        let leaves = context.scorer.leafIds
        let header = ["round", "judge", "entry", "title", "summary"] + leaves + ["comment"]
        let rows = context.roster.entries(of: judge).compactMap { code -> [String]? in
          guard let entry = context.entries[code] else { return nil }
          let existing = context.sheets.first { $0.judge == judge && $0.entry == code }
          let points = leaves.map { id in existing?.points[id]?.description ?? ""
          }
          return [context.round.id, judge, code, entry.draft.title, entry.draft.summary] + points
            + [existing?.comment ?? ""]
        }
        if format == .table {
          let table = TextTable(
            headers: ["entry", "title"] + leaves,
            rows: rows.map { [$0[2], $0[3]] + $0[5..<(5 + leaves.count)] },
            flexible: [1: 1])
          Console.current.out(
            table.render(width: Console.current.isTerminal ? Console.current.width : nil))
          return
        }
        var bytes: [UInt8] = []
        var writer = CSVWriter { bytes += $0 }
        writer.write(header)
        for row in rows { writer.write(row) }
        writer.flush()
        if let out {
          do {
            try Data(bytes).write(to: URL(fileURLWithPath: out), options: .atomic)
          } catch {
            throw InterchangeError.cannotWrite(path: out)
          }
          Console.current.warn(
            Language.text(
              vi: "Đã ghi phiếu chấm của \(judge) (\(rows.count) sáng kiến) vào \(out).",
              en: "Wrote \(judge)'s sheet (\(rows.count) entries) to \(out)."))
        } else {
          Console.current.out(String(decoding: bytes, as: UTF8.self))
        }
      }
    }
  }

  /// `sangkien score list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the sheets entered.")
    @Option(help: "Only this judge's sheets.") var judge: String?
    @Option(help: "Only the sheets of this entry.") var entry: String?
    @Option(help: "table, csv, json or md.") var format: OutputFormat = .table
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let (db, actor) = try database.authorize(.judgeOrStaff(judge), command: "score list")
        let context = try RoundContext.load(db, round: round.round)
        // A judge sees only their own sheets.
        let judge = actor.role == .judge ? actor.judgeId : judge
        let leaves = context.scorer.leafIds
        let sheets = context.sheets.filter {
          (judge == nil || $0.judge == judge) && (entry == nil || $0.entry == entry)
        }
        let scorer = context.scorer
        let rows = sheets.map { s -> [String] in
          let total = (try? scorer.sheet(judge: s.judge, entry: s.entry, points: s.points).get())?
            .total
          return [s.entry, s.judge]
            + leaves.map { s.points[$0]?.description ?? "" }
            + [total?.description ?? "", s.comment]
        }
        Output.table(
          headers: ["entry", "judge"] + leaves + ["total", "comment"], rows: rows,
          csvHeaders: ["round", "judge", "entry"] + leaves + ["comment"],
          csvRows: sheets.map { s in
            [s.round, s.judge, s.entry]
              + leaves.map { s.points[$0]?.description ?? "" }
              + [s.comment]
          },
          json: .array(sheets.map(\.jsonValue)), format: format,
          flexible: [leaves.count + 3: 1], rightAligned: Set(2..<(leaves.count + 3)))
      }
    }
  }

  /// `sangkien score progress`.
  struct Progress: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "progress",
      abstract:
        "How far the judges are: per judge assigned and done, per entry sheets in and missing.")
    @Option(help: "table, csv, json or md.") var format: OutputFormat = .table
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let context = try RoundContext.load(
          try database.open(.staff, command: "score progress"), round: round.round)
        let done = Set(context.sheets.map { [$0.judge, $0.entry] })
        let vi = Language.current == .vi
        let console = Console.current
        let judgeRows = context.judges.values.sorted { $0.id < $1.id }.compactMap {
          judge -> [String]? in
          let assigned = context.roster.entries(of: judge.id)
          let scored = assigned.filter { done.contains([judge.id, $0]) }.count
          guard !assigned.isEmpty || judge.active else { return nil }
          return [
            judge.id, judge.name, String(assigned.count), String(scored),
            String(assigned.count - scored),
          ]
        }
        let entryRows = context.roster.entries.map { code -> [String] in
          let judges = context.roster.judges(of: code).sorted()
          let missing = judges.filter { !done.contains([$0, code]) }
          return [
            code, String(judges.count - missing.count), String(judges.count),
            missing.joined(separator: ", "),
          ]
        }
        if format == .json {
          console.out(
            JSONValue.object([
              "round": .string(context.round.id),
              "judges": .array(
                judgeRows.map { r in
                  .object([
                    "judge": .string(r[0]), "assigned": .number(r[2]), "done": .number(r[3]),
                  ])
                }),
              "entries": .array(
                entryRows.map { r in
                  .object([
                    "entry": .string(r[0]), "sheets": .number(r[1]), "assigned": .number(r[2]),
                    "missing": .array(
                      r[3].isEmpty ? [] : r[3].components(separatedBy: ", ").map(JSONValue.string)),
                  ])
                }),
            ]).prettyText)
          return
        }
        console.line(
          vi ? "Vòng \(context.round.id) — giám khảo:" : "Round \(context.round.id) — judges:")
        Output.table(
          headers: vi
            ? ["Mã", "Họ và tên", "Phân công", "Đã chấm", "Còn lại"]
            : ["Id", "Name", "Assigned", "Done", "Left"],
          rows: judgeRows, csvHeaders: ["judge", "name", "assigned", "done", "left"],
          csvRows: judgeRows,
          json: .null, format: format, flexible: [1: 1], rightAligned: [2, 3, 4])
        console.line()
        let complete = entryRows.filter { $0[3].isEmpty }.count
        console.line(
          vi
            ? "Sáng kiến: \(complete)/\(entryRows.count) đủ phiếu. Còn thiếu:"
            : "Entries: \(complete)/\(entryRows.count) complete. Missing:")
        let missingRows = entryRows.filter { !$0[3].isEmpty }
        Output.table(
          headers: vi
            ? ["Mã", "Đã có", "Cần", "Còn thiếu"] : ["Entry", "In", "Needed", "Missing"],
          rows: missingRows, csvHeaders: ["entry", "sheets", "assigned", "missing"],
          csvRows: missingRows,
          json: .null, format: format, flexible: [3: 1], rightAligned: [1, 2])
      }
    }
  }
}
