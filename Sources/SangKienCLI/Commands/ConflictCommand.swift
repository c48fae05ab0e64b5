import ArgumentParser
import SangKienModel
import SangKienStorage

extension SangKienCommand {
  /// `sangkien conflict`: conflicts of interest.
  struct ConflictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "conflict", abstract: "Declare, list and dismiss conflicts of interest.",
      discussion: """
        Detected automatically: a judge whose unit is the entry's unit or an author's unit, \
        or who is an author (compared without case and accents). A judge never gets, sees \
        or scores an entry they conflict with.
        """,
      subcommands: [Add.self, List.self, Dismiss.self])
  }
}

extension SangKienCommand.ConflictCommand {
  /// `sangkien conflict add JUDGE ENTRY --reason …`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Declare a conflict of interest.")
    @Argument(help: "The judge's id.") var judge: String
    @Argument(help: "The entry's code.") var entry: String
    @Option(help: "Why (required; recorded).") var reason: String
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let why = VietnameseText.clean(reason)
        guard !why.isEmpty else { throw ValidationError("--reason") }
        let removed = try database.open(.secretariat, command: "conflict add").addConflictNote(
          ConflictNote(judge: judge, entry: entry, kind: .declared, reason: why),
          context: try database.context())
        Console.current.line(
          Language.text(
            vi: "Đã ghi xung đột lợi ích: \(judge) – \(entry).",
            en: "Recorded a conflict of interest: \(judge) – \(entry)."))
        if removed > 0 {
          Console.current.line(
            Language.text(
              vi:
                "Đã bỏ \(removed) lượt phân công chưa chấm của cặp này; chạy 'sangkien assign repair'.",
              en:
                "Removed \(removed) unscored assignment(s) of this pair; run 'sangkien assign repair'."
            ))
        }
      }
    }
  }

  /// `sangkien conflict list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List conflicts of interest with where each comes from.")
    @Flag(help: "Include dismissed ones.") var all = false
    @Option(help: "table, csv, json or md.") var format: OutputFormat = .table
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let db = try database.open(.staff, command: "conflict list")
        let records = Conflicts.all(
          judges: try db.judges(), entries: try db.entries().filter(\.status.isEligible),
          notes: try db.conflictNotes()
        ).filter { all || $0.isActive }
        let vi = Language.current == .vi
        let rows = records.map { r in
          [
            r.judge, r.entry, r.source.explanation, r.reason,
            r.dismissed.map { (vi ? "đã bỏ qua: " : "dismissed: ") + $0 } ?? "",
          ]
        }
        Output.table(
          headers: vi
            ? ["Giám khảo", "Sáng kiến", "Nguồn", "Chi tiết", "Trạng thái"]
            : ["Judge", "Entry", "Source", "Detail", "Status"],
          rows: rows, csvHeaders: ["judge", "entry", "source", "detail", "dismissed"],
          csvRows: records.map {
            [$0.judge, $0.entry, $0.source.rawValue, $0.reason, $0.dismissed ?? ""]
          },
          json: .array(
            records.map { r in
              .object([
                "judge": .string(r.judge), "entry": .string(r.entry),
                "source": .string(r.source.rawValue),
                "detail": .string(r.reason), "dismissed": .optional(r.dismissed),
              ])
            }), format: format, flexible: [3: 1, 4: 1])
      }
    }
  }

  /// `sangkien conflict dismiss JUDGE ENTRY --reason …`.
  struct Dismiss: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "dismiss",
      abstract: "Dismiss a detected conflict (e.g. a large department), with the reason.")
    @Argument(help: "The judge's id.") var judge: String
    @Argument(help: "The entry's code.") var entry: String
    @Option(help: "Why it does not count (required; recorded).") var reason: String
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let db = try database.open(.secretariat, command: "conflict dismiss")
        let why = VietnameseText.clean(reason)
        guard !why.isEmpty else { throw ValidationError("--reason") }
        let detected = Conflicts.all(
          judges: try db.judges(), entries: [try db.entry(code: entry)], notes: []
        ).filter { $0.judge == judge }
        guard !detected.isEmpty else {
          throw CLIError.refused(
            Language.text(
              vi: "không có xung đột tự phát hiện giữa \(judge) và \(entry) để bỏ qua",
              en: "there is no detected conflict between \(judge) and \(entry) to dismiss"))
        }
        try db.addConflictNote(
          ConflictNote(judge: judge, entry: entry, kind: .dismissed, reason: why),
          context: try database.context())
        Console.current.line(
          Language.text(
            vi: "Đã bỏ qua xung đột \(judge) – \(entry).",
            en: "Dismissed the conflict \(judge) – \(entry)."))
      }
    }
  }
}
