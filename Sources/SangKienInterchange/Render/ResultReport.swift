import Foundation
import Mustache
import SangKienModel
import SangKienScoring

/// The published result of a round: an A4-printable HTML page rendered from a Mustache
/// template (every value escaped by the template engine, the CSS inline, no outside assets).
public struct ResultReport {
  /// A judge on the panel.
  public struct PanelMember: Sendable {
    /// Id.
    public var id: String
    /// Full name.
    public var name: String
    /// Unit.
    public var unit: String
    /// Chair or member.
    public var role: JudgeRole

    /// Creates a panel member.
    public init(id: String, name: String, unit: String, role: JudgeRole) {
      self.id = id
      self.name = name
      self.unit = unit
      self.role = role
    }
  }

  /// The contest.
  public var contest: Contest
  /// The round's name and id.
  public var round: Round
  /// The ranking, prizes filled in.
  public var ranking: Ranking
  /// The judges who scored.
  public var panel: [PanelMember]
  /// Each judge's totals, for the strip plot.
  public var judgeTotals: [(judge: String, totals: [Double])]
  /// The reliability sentence.
  public var reliability: String
  /// The day of publication.
  public var day: Day
  /// The audit head the result was computed from.
  public var auditHead: String
  /// The rubric's maximum.
  public var maximum: Double
  /// Notes for the reader: the sheets set aside and why.
  public var notes: [String]
  /// The prizes, group by group: awarded, decided by the jury, pending, empty.
  public var prizes: PrizeDocument?
  /// The audit record of this publication: the code printed on the page.
  public var publication: Int64?

  /// Creates a report.
  public init(
    contest: Contest, round: Round, ranking: Ranking, panel: [PanelMember],
    judgeTotals: [(judge: String, totals: [Double])], reliability: String, day: Day,
    auditHead: String, maximum: Double, notes: [String] = [], prizes: PrizeDocument? = nil,
    publication: Int64? = nil
  ) {
    self.publication = publication
    self.notes = notes
    self.prizes = prizes
    self.contest = contest
    self.round = round
    self.ranking = ranking
    self.panel = panel
    self.judgeTotals = judgeTotals
    self.reliability = reliability
    self.day = day
    self.auditHead = auditHead
    self.maximum = maximum
  }

  /// The page.
  public func html() throws -> String {
    let template = try SafeMustache.template(Self.template)
    return template.render(context)
  }

  var context: [String: Any] {
    let vi = Language.current == .vi
    func label(_ vietnamese: String, _ english: String) -> String { vi ? vietnamese : english }
    let methods: [Aggregation: (String, String)] = [
      .mean: ("trung bình cộng điểm các giám khảo", "mean of the judges' totals"),
      .median: ("trung vị điểm các giám khảo", "median of the judges' totals"),
      .trimmed: (
        "trung bình sau khi bỏ điểm cao nhất và thấp nhất (từ \(round.trimMinJudges) giám khảo)",
        "mean after dropping the highest and lowest total (from \(round.trimMinJudges) judges)"
      ),
      .zscore: (
        "điểm chuẩn hoá theo từng giám khảo (z-score)", "totals standardised per judge (z-score)"
      ),
    ]
    let method = methods[ranking.method].map { vi ? $0.0 : $0.1 } ?? ranking.method.rawValue
    let rows: [[String: Any]] = ranking.entries.map { entry in
      [
        "rank": entry.rank.map(String.init) ?? "–", "code": entry.entry.code,
        "title": entry.entry.title,
        "category": vi ? entry.entry.category.vietnamese : entry.entry.category.rawValue,
        "score": entry.score.map { NumberFormat.format($0, places: 2) } ?? "–",
        "judges": String(entry.judgeCount),
        "flags": RankingDocument.flagsText(entry, separator: ", "),
        "prize": entry.prize ?? "", "hasPrize": entry.prize != nil,
      ]
    }
    let present = Set(ranking.entries.flatMap(\.flags)).sorted()
    let top = ranking.entries.prefix(10).map { entry in
      (
        label: entry.entry.code,
        score: entry.score.map { NSDecimalNumber(decimal: $0).doubleValue },
        totals: entry.judgeTotals.sorted { $0.key < $1.key }.map(\.value.double)
      )
    }
    return [
      "lang": vi ? "vi" : "en",
      "contestName": contest.name, "organiser": contest.organiser,
      "documents": contest.documents.map {
        ["ref": $0.ref, "date": vi ? $0.date.vietnamese : $0.date.iso, "title": $0.title]
      },
      "hasDocuments": !contest.documents.isEmpty,
      "roundName": round.name, "roundId": round.id,
      "titleLabel": label("KẾT QUẢ XẾP HẠNG", "RANKING"),
      "basisLabel": label("Căn cứ", "Documents"),
      "roundLabel": label("Vòng thi", "Round"),
      "methodLabel": label("Cách tính điểm", "Score"), "method": method,
      "dateLabel": label("Ngày công bố", "Published"),
      "date": vi ? day.vietnamese : day.iso,
      "headers": vi
        ? [
          "Hạng", "Mã", "Tên sáng kiến, giải pháp, mô hình", "Loại", "Điểm", "Số GK", "Lưu ý",
          "Giải",
        ]
        : ["Rank", "Code", "Title", "Category", "Score", "Judges", "Flags", "Prize"],
      "rows": rows,
      "flagsLabel": label("Giải thích các lưu ý", "What the flags mean"),
      "flags": present.map { ["flag": $0.label, "explanation": $0.explanation] },
      "hasFlags": !present.isEmpty,
      "panelLabel": label("Ban giám khảo", "The jury"),
      "panel": panel.map {
        [
          "id": $0.id, "name": $0.name, "unit": $0.unit,
          "role": $0.role == .chair ? label("Trưởng ban", "Chair") : label("Thành viên", "Member"),
        ]
      },
      "reliabilityLabel": label("Mức thống nhất giữa các giám khảo", "Agreement between judges"),
      "reliability": reliability,
      "chartsLabel": label("Phân bố điểm", "How the judges scored"),
      "judgeChartLabel": label(
        "Tổng điểm của từng giám khảo (chấm đỏ: trung bình)", "Each judge's totals (red tick: mean)"
      ),
      // Each named judge's spread of totals stays internal (the staff's statistics page,
      // `sangkien stats`) unless the contest file publishes it.
      "showsJudgeChart": contest.publishesJudgeStatistics,
      "judgeChart": contest.publishesJudgeStatistics
        ? Charts.judgeStrips(judgeTotals.map { ($0.judge, $0.totals) }, maximum: maximum) : "",
      "entryChartLabel": label(
        "10 sáng kiến đầu: điểm từng giám khảo và điểm xếp hạng (vạch đỏ)",
        "Top 10 entries: each judge's total and the ranking score (red bar)"),
      "entryChart": Charts.entrySpread(Array(top), maximum: maximum),
      "auditLabel": label(
        "Mã kiểm chứng (đầu chuỗi nhật ký, đối chiếu bằng 'sangkien audit head')",
        "Verification code (audit head; compare with 'sangkien audit head')"),
      "auditHead": auditHead,
      "publicationLabel": label(
        "Mã công bố (bản ghi nhật ký; kiểm tra bằng 'sangkien audit check-publication')",
        "Publication code (its audit record; check with 'sangkien audit check-publication')"),
      "publication": publication.map { "#\($0)" } ?? "", "hasPublication": publication != nil,
      "notesLabel": label("Ghi chú", "Notes"), "notes": notes, "hasNotes": !notes.isEmpty,
      "prizesLabel": label("Giải thưởng", "Prizes"), "hasPrizes": prizes != nil,
      "prizeHeaders": Words.prizeColumns,
      "prizeRows": (prizes?.tableRows ?? []).map { ["cells": $0] },
    ]
  }

  static let template = """
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{titleLabel}} — {{roundName}}</title>
    <style>
    @page { size: A4; margin: 16mm 14mm; }
    body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10pt; color: #111; margin: 0; }
    header { text-align: center; margin-bottom: 10pt; }
    .organiser { text-transform: uppercase; font-weight: bold; font-size: 10pt; }
    h1 { font-size: 14pt; margin: 8pt 0 4pt; }
    .contest { font-size: 11pt; font-weight: bold; margin: 0 0 6pt; }
    .meta { font-size: 9.5pt; margin: 2pt 0; }
    table { border-collapse: collapse; width: 100%; margin: 8pt 0; }
    th, td { border: 0.5pt solid #666; padding: 3pt 4pt; vertical-align: top; }
    th { background: #eee; font-weight: bold; }
    td.num { text-align: right; white-space: nowrap; }
    td.code { white-space: nowrap; }
    tr { page-break-inside: avoid; }
    tr.prize td { font-weight: bold; }
    h2 { font-size: 11pt; margin: 12pt 0 4pt; }
    .small { font-size: 8.5pt; color: #333; }
    .audit { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; word-break: break-all; }
    .chart { break-inside: avoid; page-break-inside: avoid; }
    svg { display: block; margin: 4pt 0 10pt; max-width: 100%; height: auto; }
    .scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
    @media screen {
      body { font-size: 15px; line-height: 1.45; margin: 0 auto; padding: 12px; max-width: 1100px; }
      .organiser, .meta, .small { font-size: 13px; }
      h1 { font-size: 22px; } .contest { font-size: 16px; } h2 { font-size: 18px; }
      th, td { padding: 6px 8px; }
      .audit { font-size: 12px; }
    }
    @media screen and (max-width: 640px) {
      body { font-size: 14px; padding: 8px; }
      th, td { padding: 5px 4px; }
      /* On a phone: rank, code, title, score and prize; the category, the judge count and
         the flags on wider screens and on paper. */
      table.ranking th:nth-child(4), table.ranking td:nth-child(4),
      table.ranking th:nth-child(6), table.ranking td:nth-child(6),
      table.ranking th:nth-child(7), table.ranking td:nth-child(7) { display: none; }
      table.ranking th { font-size: 12px; }
    }
    </style>
    </head>
    <body>
    <header>
    <div class="organiser">{{organiser}}</div>
    <h1>{{titleLabel}}</h1>
    <p class="contest">{{contestName}}</p>
    <p class="meta">{{roundLabel}}: {{roundName}} — {{methodLabel}}: {{method}} — {{dateLabel}}: {{date}}</p>
    </header>
    {{#hasDocuments}}<p class="small">{{basisLabel}}:</p><ul class="small">
    {{#documents}}<li>{{ref}} ({{date}}): {{title}}</li>{{/documents}}
    </ul>{{/hasDocuments}}
    <div class="scroll"><table class="ranking">
    <thead><tr>{{#headers}}<th scope="col">{{.}}</th>{{/headers}}</tr></thead>
    <tbody>
    {{#rows}}<tr{{#hasPrize}} class="prize"{{/hasPrize}}><td class="num">{{rank}}</td><td class="code">{{code}}</td><td>{{title}}</td><td>{{category}}</td><td class="num">{{score}}</td><td class="num">{{judges}}</td><td>{{flags}}</td><td>{{prize}}</td></tr>
    {{/rows}}
    </tbody>
    </table></div>
    {{#hasPrizes}}<h2>{{prizesLabel}}</h2>
    <div class="scroll"><table>
    <thead><tr>{{#prizeHeaders}}<th scope="col">{{.}}</th>{{/prizeHeaders}}</tr></thead>
    <tbody>
    {{#prizeRows}}<tr>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>
    {{/prizeRows}}
    </tbody>
    </table></div>
    {{/hasPrizes}}
    {{#hasFlags}}<h2>{{flagsLabel}}</h2><ul>{{#flags}}<li><b>{{flag}}</b>: {{explanation}}</li>{{/flags}}</ul>{{/hasFlags}}{{#hasNotes}}
    <h2>{{notesLabel}}</h2><ul>{{#notes}}<li>{{.}}</li>{{/notes}}</ul>{{/hasNotes}}
    <h2>{{reliabilityLabel}}</h2>
    <p>{{reliability}}</p>
    <h2>{{chartsLabel}}</h2>
    {{#showsJudgeChart}}<div class="chart"><p class="small">{{judgeChartLabel}}</p>
    {{{judgeChart}}}</div>{{/showsJudgeChart}}
    <div class="chart"><p class="small">{{entryChartLabel}}</p>
    {{{entryChart}}}</div>
    <h2>{{panelLabel}}</h2>
    <div class="scroll"><table><tbody>
    {{#panel}}<tr><td>{{name}}</td><td>{{unit}}</td><td>{{role}}</td></tr>
    {{/panel}}
    </tbody></table></div>
    {{#hasPublication}}<p class="small">{{publicationLabel}}:</p>
    <p class="audit" id="publication">{{publication}}</p>
    {{/hasPublication}}
    <p class="small">{{auditLabel}}:</p>
    <p class="audit">{{auditHead}}</p>
    </body>
    </html>
    """
}
