import ArgumentParser
import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring

extension SangKienCommand {
  /// `sangkien stats`.
  struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stats",
      abstract: "Judge statistics, inter-rater reliability, disagreements and prize stability.")
    @Option(help: "table, json or md.") var format: OutputFormat = .table
    @Option(help: "Bootstrap resamples for prize stability.") var replicates: Int = 1000
    @Option(help: "The bootstrap's seed.") var seed: UInt64 = 1
    @OptionGroup var round: RoundOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let context = try RoundContext.load(
          try database.open(.staff, command: "stats"), round: round.round)
        let plain = context.ranking()
        let stats = RoundStatistics.compute(
          context, plain: plain, ranked: RankingService.withPrizes(plain, context).ranking,
          replicates: replicates, seed: seed)
        let console = Console.current
        if format == .json {
          console.out(stats.json.prettyText)
          return
        }
        let vi = Language.current == .vi
        let f = { (value: Double?) in value.map { String(format: "%.2f", $0) } ?? "–" }
        console.line(vi ? "Vòng \(stats.round) — giám khảo:" : "Round \(stats.round) — judges:")
        let rows = stats.profiles.map { p in
          [
            p.judge, String(p.count), f(p.mean), f(p.standardDeviation),
            p.severity.map { String(format: "%+.2f", $0) } ?? "–",
          ]
        }
        Output.table(
          headers: vi
            ? ["Giám khảo", "Số phiếu", "Trung bình", "Độ lệch chuẩn", "Độ khắt khe"]
            : ["Judge", "Sheets", "Mean", "SD", "Severity"],
          rows: rows, csvHeaders: [], csvRows: [], json: .null,
          format: format == .md ? .md : .table,
          rightAligned: [1, 2, 3, 4])
        console.line(
          vi
            ? "(Độ khắt khe: chênh lệch trung bình so với các giám khảo cùng chấm một sáng kiến; âm là chấm chặt hơn.)"
            : "(Severity: mean difference from the co-judges on the same entries; negative is harsher.)"
        )
        console.line()
        console.line(
          "\(stats.reliability.name) = \(f(stats.reliability.value)): \(stats.reliability.meaning)."
        )
        if let w = stats.kendallW {
          console.line(
            vi
              ? "Kendall's W = \(f(w)) (0: không thống nhất thứ tự, 1: hoàn toàn thống nhất)."
              : "Kendall's W = \(f(w)) (0: no agreement on the order, 1: complete agreement).")
        }
        if !stats.disagreements.isEmpty {
          console.line()
          console.line(vi ? "Sáng kiến chênh lệch lớn:" : "Entries the judges disagree on:")
          for d in stats.disagreements {
            console.line(
              "  \(d.code): " + d.totals.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
          }
        }
        if !stats.stability.isEmpty {
          console.line()
          console.line(
            vi
              ? "Độ vững của giải (lấy mẫu lại giám khảo \(replicates) lần):"
              : "Prize stability (judges resampled \(replicates) times):")
          for s in stats.stability {
            console.line("  \(s.code) \(s.prize): \(String(format: "%.0f", s.probability * 100))%")
          }
        }
      }
    }
  }
}
