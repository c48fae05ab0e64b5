import ArgumentParser
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienStorage

extension SangKienCommand {
  /// `sangkien round`.
  struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "round", abstract: "Open, close and advance rounds.",
      subcommands: [Open.self, Close.self, Advance.self])
  }
}

extension SangKienCommand.RoundCommand {
  /// `sangkien round open R`.
  struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "open", abstract: "Open a round to score changes.")
    @Argument(help: ArgumentHelp("The round id.", valueName: "round")) var round: String
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        try database.open(.organiser, command: "round open").setRoundState(
          round, to: .open, context: try database.context())
        Console.current.line(
          Language.text(vi: "Đã mở vòng \(round).", en: "Round \(round) is open."))
      }
    }
  }

  /// `sangkien round close R`.
  struct Close: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "close",
      abstract: "Close a round: every score change is refused from then on.")
    @Argument(help: ArgumentHelp("The round id.", valueName: "round")) var round: String
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        try database.open(.organiser, command: "round close").setRoundState(
          round, to: .closed, context: try database.context())
        Console.current.line(
          Language.text(vi: "Đã đóng vòng \(round).", en: "Round \(round) is closed."))
      }
    }
  }

  /// `sangkien round advance --from R1 --to R2`.
  struct Advance: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "advance",
      abstract: "Put the best entries of one round on the next round's shortlist.",
      discussion: """
        Defaults come from the contest file's 'advance'. Entries tied at the cut all go \
        through and are listed; incomplete entries are listed and held back.
        """)
    @Option(help: "The round ranked.") var from: String
    @Option(help: "The round the shortlist is for.") var to: String
    @Option(help: "How many advance (ties at the cut all go through).") var top: Int?
    @Option(name: .customLong("min-score"), help: "The lowest score that advances.")
    var minScore: String?
    @Flag(name: .customLong("per-category"), help: "Apply --top within each category.")
    var perCategory = false
    @Flag(name: .customLong("dry-run"), help: "Show who would advance; write nothing.")
    var dryRun = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let db = try database.open(.organiser, command: "round advance")
        let context = try RoundContext.load(db, round: from)
        guard context.contest.round(to) != nil, to != from else {
          throw ValidationError(
            Language.text(vi: "--to: không có vòng '\(to)'", en: "--to: no round '\(to)'"))
        }
        let defaults = context.round.advance
        var rule = Advancement(
          top: top ?? defaults?.top,
          minScore: try minScore.map { text in
            guard let value = DecimalText.parse(text) else {
              throw ValidationError("--min-score: '\(text)'")
            }
            return value
          } ?? defaults?.minScore,
          perCategory: perCategory || (defaults?.perCategory ?? false))
        if rule.top == nil && rule.minScore == nil { rule.minScore = 0 }
        let result = Advancer.advance(
          context.ranking(), rule: rule, tieBreak: context.round.tieBreak)
        let console = Console.current
        let vi = Language.current == .vi
        if !dryRun {
          guard !result.advancing.isEmpty else {
            throw CLIError.refused(
              Language.text(
                vi: "không có sáng kiến nào đủ điều kiện vào vòng sau", en: "no entry qualifies"))
          }
          try db.setShortlist(
            round: to, codes: result.advancing, context: try database.context(),
            note:
              "from \(from): top \(rule.top.map(String.init) ?? "-"), min \(rule.minScore.map { DecimalFormat.plain($0) } ?? "-")\(rule.perCategory ? ", per category" : "")"
          )
        }
        console.line(
          (dryRun ? (vi ? "(thử) " : "(dry run) ") : "")
            + (vi
              ? "\(result.advancing.count) sáng kiến vào vòng \(to): \(result.advancing.joined(separator: ", "))"
              : "\(result.advancing.count) entries advance to \(to): \(result.advancing.joined(separator: ", "))")
        )
        if !result.tiedAtCut.isEmpty {
          console.line(
            vi
              ? "Đồng hạng ở ngưỡng, cùng được vào: \(result.tiedAtCut.joined(separator: ", "))"
              : "Tied at the cut, all advance: \(result.tiedAtCut.joined(separator: ", "))")
        }
        if !result.flagged.isEmpty {
          console.line(
            vi
              ? "Vào vòng nhưng giám khảo chênh lệch lớn (đề nghị xem lại): \(result.flagged.joined(separator: ", "))"
              : "Advancing with a disagreement flag (for the jury to look at): \(result.flagged.joined(separator: ", "))"
          )
        }
        if !result.incomplete.isEmpty {
          console.line(
            vi
              ? "Chưa đủ phiếu, không được xét: \(result.incomplete.joined(separator: ", "))"
              : "Incomplete, held back: \(result.incomplete.joined(separator: ", "))")
        }
      }
    }
  }
}
