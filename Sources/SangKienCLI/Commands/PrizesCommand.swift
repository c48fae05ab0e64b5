import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienStorage

extension SangKienCommand {
  /// `sangkien prizes`.
  struct PrizesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "prizes", abstract: "Allocate the prizes from the prize round's ranking.")
    @Option(help: "table, csv, json or md.") var format: OutputFormat = .table
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let db = try database.open(.organiser, command: "prizes")
        let contest = try db.contest()
        guard let rules = contest.prizes else {
          throw CLIError.refused(
            Language.text(vi: "cuộc thi không có giải thưởng", en: "the contest gives no prizes"))
        }
        let context = try RoundContext.load(db, round: round.round ?? rules.round)
        let outcomes = PrizeAllocator.allocate(
          context.ranking(), rules: rules, groups: contest.groups, tieBreak: context.round.tieBreak)
        let rows = PrizeTable.rows(outcomes, titles: context.entries.mapValues(\.draft.title))
        let vi = Language.current == .vi
        let json = JSONValue.object([
          "contest": .string(contest.id), "round": .string(context.round.id),
          "audit_head": .string(try db.auditHead()),
          "groups": .array(
            outcomes.map { o in
              .object([
                "group": .string(o.group),
                "awards": .array(
                  o.awards.map { a in
                    .object([
                      "prize": .string(a.prize), "code": .string(a.code),
                      "rank": .number(String(a.rank)),
                      "score": .number(DecimalFormat.twoPlaces(a.score)),
                    ])
                  }),
                "pending": .array(
                  o.pending.map { p in
                    .object([
                      "prize": .string(p.prize), "places": .number(String(p.places)),
                      "among": .array(p.among.map(JSONValue.string)),
                    ])
                  }),
                "unfilled": .array(
                  o.unfilled.map { u in
                    .object(["prize": .string(u.prize), "places": .number(String(u.places))])
                  }),
              ])
            }),
        ])
        Output.table(
          headers: vi
            ? ["Nhóm", "Giải", "Mã", "Tên sáng kiến", "Hạng", "Điểm", "Ghi chú"]
            : ["Group", "Prize", "Code", "Title", "Rank", "Score", "Note"],
          rows: rows, csvHeaders: PrizeTable.csvHeader,
          csvRows: rows, json: json, format: format, flexible: [3: 2, 6: 1], rightAligned: [4, 5])
      }
    }
  }
}
