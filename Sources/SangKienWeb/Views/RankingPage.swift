import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienWorkflow

/// What `ranking.mustache` shows: a round's ranking, a page of rows at a time, with its
/// filters, each entry's judges' totals and what its flags mean.
struct RankingPage {
  /// One row.
  struct Line {
    var rank: String
    var code: String
    var href: String
    var title: String
    var score: String
    var judges: Int
    var flags: String
    var prize: String
    var totals: String
  }

  /// A flag that appears, and what it means.
  struct Flag {
    var label: String
    var explanation: String
  }

  /// Rows a page shows: organisers refresh it, and 10,000 rows a refresh cost the server
  /// more than every judge's saves together (measured with `sangkien-bench serve`).
  static let rowsPerPage = 200

  let t = WebWords.words(for: .ranking)
  var heading: String
  var roundsLabel = Words.round
  var rounds: [RoundLink]
  var round: String
  var methods: [Option]
  var categories: [Option]
  var groups: [Option]
  var methodLine: String
  var headers = Words.rankingColumns
  var pages: [PageLink]
  var pageLine: String
  var entries: [Line]
  var flagsExplained: [Flag]
  var hasFlagsExplained: Bool

  /// Page `asked` (from 1) of `ranking`, filtered by `filter`.
  init(_ ranking: Ranking, contest: Contest, filter: RankingFilter, page asked: Int?) {
    let name = contest.rounds.first { $0.id == ranking.round }?.name ?? ranking.round
    let count = ranking.entries.count
    let pageCount = max(1, (count + Self.rowsPerPage - 1) / Self.rowsPerPage)
    let page = min(max(1, asked ?? 1), pageCount)
    let shown = ((page - 1) * Self.rowsPerPage)..<min(page * Self.rowsPerPage, count)
    let base = Self.link(round: ranking.round, filter: filter)
    heading = WebText.rankingHeading(name)
    rounds = RoundLink.all(contest.rounds, current: ranking.round, path: "/ranking")
    round = ranking.round
    methods = Option.all(
      Aggregation.allCases.map { ($0.rawValue, $0.label) }, selected: filter.method?.rawValue)
    categories = Option.all(
      EntryCategory.allCases.map { ($0.rawValue, $0.localized) },
      selected: filter.category?.rawValue)
    groups = Option.all(
      contest.groups.map { ($0.name, EntrantKind.groupTitle($0.name)) }, selected: filter.group)
    methodLine = WebText.rankingMethod(ranking.method.label, entries: count)
    pages =
      pageCount > 1
      ? (1...pageCount).map { PageLink(label: $0, href: base + "&page=\($0)", current: $0 == page) }
      : []
    pageLine =
      pageCount > 1 ? WebText.rankingPages(page, of: pageCount, rows: Self.rowsPerPage) : ""
    entries = ranking.entries[shown].map { line in
      Line(
        rank: line.rank.map(String.init) ?? "—", code: line.entry.code,
        href: "/entries/\(line.entry.code)", title: line.entry.title,
        score: line.score.map { NumberFormat.format($0, places: 2) } ?? "—",
        judges: line.judgeCount, flags: line.flags.sorted().map(\.label).joined(separator: ", "),
        prize: line.prize ?? "",
        totals: line.judgeTotals.keys.sorted().map {
          "\($0): \(NumberFormat.shown(line.judgeTotals[$0]!.decimal))"
        }
        .joined(separator: " · "))
    }
    flagsExplained = Set(ranking.entries.flatMap(\.flags)).sorted().map {
      Flag(label: $0.label, explanation: $0.explanation)
    }
    hasFlagsExplained = !flagsExplained.isEmpty
  }

  /// The page's address with the filters, for the page links.
  static func link(round: String, filter: RankingFilter) -> String {
    var base = "/ranking?round=\(round)"
    if let method = filter.method { base += "&method=\(method.rawValue)" }
    if let category = filter.category { base += "&category=\(category.rawValue)" }
    if let group = filter.group {
      base +=
        "&group=\(group.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? group)"
    }
    return base
  }
}
