import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienStorage

extension SangKienCommand {
  /// `sangkien audit`: the audit log.
  struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "audit", abstract: "Read and verify the audit log.",
      subcommands: [Log.self, Verify.self, Head.self])
  }
}

extension SangKienCommand.AuditCommand {
  /// `sangkien audit verify`.
  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify",
      abstract:
        "Check the audit chain, and that entries, assignments and scores are what the log replays to."
    )
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let result = try database.open(.staff, command: "audit verify").verifyAudit()
        let console = Console.current
        for problem in result.integrityProblems + result.chainProblems + result.dataProblems {
          console.warn(problem)
        }
        guard result.isIntact else {
          throw CLIError.refused(
            Language.text(
              vi:
                "nhật ký KHÔNG toàn vẹn: \(result.chainProblems.count) chỗ đứt chuỗi, \(result.dataProblems.count) chỗ dữ liệu khác nhật ký (xem trên)",
              en:
                "the audit log is NOT intact: \(result.chainProblems.count) chain break(s), \(result.dataProblems.count) difference(s) between the data and the log (above)"
            ))
        }
        console.line(
          Language.text(
            vi:
              "Nhật ký toàn vẹn: \(result.records) bản ghi, dữ liệu khớp nhật ký. Đầu chuỗi: \(result.head)",
            en:
              "The audit log is intact: \(result.records) records, and the data matches it. Head: \(result.head)"
          ))
      }
    }
  }

  /// `sangkien audit head`.
  struct Head: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "head",
      abstract: "Print the hash of the last audit record (what rankings and results carry).")
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        Console.current.line(try database.open(.staff, command: "audit head").auditHead())
      }
    }
  }

  /// `sangkien audit log`.
  struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "log",
      abstract: "List the audit records: who changed what, when, from what to what.")

    @Option(help: ArgumentHelp("Only records about this entry code or id.", valueName: "code"))
    var subject: String?
    @Option(help: "Only the newest so many records.") var limit: Int?
    @Option(help: "table, csv, json or md (json and csv carry before and after).")
    var format: OutputFormat = .table

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let records = try database.open(.staff, command: "audit log").auditLog(
          subject: subject, limit: limit)
        let console = Console.current
        let vi = Language.current == .vi
        let headers =
          vi
          ? ["Số", "Thời điểm (UTC)", "Người", "Thao tác", "Đối tượng", "Ghi chú"]
          : ["No.", "At (UTC)", "Actor", "Action", "Subject", "Note"]
        let rows = records.map {
          [String($0.id), $0.at, $0.actor, $0.action, $0.subject, $0.note ?? ""]
        }
        switch format {
        case .table:
          let table = TextTable(headers: headers, rows: rows, flexible: [5: 1], rightAligned: [0])
          console.out(table.render(width: console.isTerminal ? console.width : nil))
        case .md:
          console.out(MarkdownTable.render(headers: headers, rows: rows))
        case .csv:
          var writer = CSVWriter { console.out(String(decoding: $0, as: UTF8.self)) }
          writer.write(["id", "at", "actor", "action", "subject", "before", "after", "note"])
          for r in records {
            writer.write([
              String(r.id), r.at, r.actor, r.action, r.subject, r.before ?? "", r.after ?? "",
              r.note ?? "",
            ])
          }
          writer.flush()
        case .json:
          let items = records.map { r -> JSONValue in
            .object([
              "id": .number(String(r.id)), "at": .string(r.at), "actor": .string(r.actor),
              "action": .string(r.action), "subject": .string(r.subject),
              "before": r.before.flatMap(JSONValue.init(parsing:)) ?? .null,
              "after": r.after.flatMap(JSONValue.init(parsing:)) ?? .null,
              "note": .optional(r.note),
            ])
          }
          console.out(JSONValue.array(items).prettyText)
        }
      }
    }
  }
}
