import Foundation
import SangKienModel
import SangKienScoring

/// What the jury's papers are made from: one round's ranking with its prizes, and what
/// the minutes must say of how it was reached. Everything comes from the database through
/// the workflow; nothing here reads a file.
public struct PaperFacts: Sendable {
  /// One judge's sheet for an entry, as the summary shows it.
  public struct SheetTotal: Sendable, Hashable {
    /// The judge's id.
    public var judge: String
    /// The sheet's total.
    public var total: Points
    /// Why it does not count (voided by the jury, a conflict declared), if it does not.
    public var setAside: String?

    /// Creates a line.
    public init(judge: String, total: Points, setAside: String?) {
      self.judge = judge
      self.total = total
      self.setAside = setAside
    }
  }

  /// A member of the jury, as the minutes list them.
  public struct Member: Sendable, Hashable {
    /// The judge's id.
    public var id: String
    /// Their full name.
    public var name: String
    /// Their post (Phó Giám đốc Sở).
    public var title: String
    /// Their unit.
    public var unit: String
    /// Whether they chair the jury.
    public var chair: Bool
    /// Whether they scored in the round (the minutes' "present").
    public var scored: Bool

    /// Creates a member.
    public init(id: String, name: String, title: String, unit: String, chair: Bool, scored: Bool) {
      self.id = id
      self.name = name
      self.title = title
      self.unit = unit
      self.chair = chair
      self.scored = scored
    }
  }

  /// The contest.
  public var contest: Contest
  /// The round.
  public var round: Round
  /// The rubric's criteria's names, by id (the tie-breaks are named by them).
  public var criteria: [String: String] = [:]
  /// The rubric's name and its total.
  public var rubricName: String
  /// See `rubricName`.
  public var rubricTotal: Decimal
  /// The ranking with prizes.
  public var ranking: Ranking
  /// The prize outcomes, when the round gives prizes.
  public var outcomes: [PrizeOutcome]
  /// Every entry of the round, by code.
  public var entries: [String: Entry]
  /// Every sheet of the round by entry, set-aside ones included, by judge id.
  public var sheets: [String: [SheetTotal]]
  /// The jury.
  public var members: [Member]
  /// Conflicts of interest in force, with the judge's name: (judge, entry, reason).
  public var conflicts: [(judge: String, entry: String, reason: String)]
  /// The jury's decisions on ties.
  public var decisions: [PrizeDecision]
  /// The publication's code and the audit head it was made from.
  public var publication: Int64?
  /// See `publication`.
  public var auditHead: String
  /// The day published.
  public var day: Day
  /// Why the jury accepted the aggregate score of prize-winning entries whose judges'
  /// totals stay far apart, as given when publishing; nil when there were none.
  public var acceptedDisagreements: String?

  /// Creates the facts.
  public init(
    contest: Contest, round: Round, rubricName: String, rubricTotal: Decimal, ranking: Ranking,
    outcomes: [PrizeOutcome], entries: [String: Entry], sheets: [String: [SheetTotal]],
    members: [Member], conflicts: [(judge: String, entry: String, reason: String)],
    decisions: [PrizeDecision], publication: Int64?, auditHead: String, day: Day
  ) {
    self.contest = contest
    self.round = round
    self.rubricName = rubricName
    self.rubricTotal = rubricTotal
    self.ranking = ranking
    self.outcomes = outcomes
    self.entries = entries
    self.sheets = sheets
    self.members = members
    self.conflicts = conflicts
    self.decisions = decisions
    self.publication = publication
    self.auditHead = auditHead
    self.day = day
  }
}

/// The papers the secretariat prints, edits in Word, signs and stamps: the score summary
/// (bảng tổng hợp điểm), the minutes of the jury's meeting (biên bản) and the draft
/// decision with its annexed list (quyết định, danh sách kèm theo), laid out as Nghị định
/// 30/2020/NĐ-CP lays out administrative documents. Always in Vietnamese: they are signed
/// in Vietnam.
public enum JuryPapers {
  typealias P = DocxDocument.Paragraph
  typealias Run = DocxDocument.Run

  /// The footer every paper carries: the publication and the audit head behind it.
  static func trace(_ facts: PaperFacts) -> String {
    let code = facts.publication.map { "Mã công bố #\($0)" } ?? "Bản xem trước (chưa công bố)"
    return "\(code) · mã kiểm chứng \(facts.auditHead.prefix(16))… · sangkien"
  }

  /// A judge's total as written on paper: `72,5`.
  static func points(_ value: Points) -> String {
    value.description.replacingOccurrences(of: ".", with: ",")
  }

  static func score(_ entry: RankedEntry) -> String {
    entry.score.map { NumberFormat.format($0, places: 2) } ?? "–"
  }

  /// The authors of an entry, as a list names them.
  static func authors(_ entry: Entry?) -> String {
    entry?.draft.authors.map(\.name).joined(separator: ", ") ?? ""
  }

  /// "Căn cứ Quyết định số 88/QĐ-BTC ngày 24/01/2020 về việc thành lập …": the kind of
  /// document read from its number (`/QĐ-` a decision, `/KH-` a plan, …).
  static func basis(_ document: ContestDocument) -> String {
    let kinds = [
      ("/QĐ-", "Quyết định"), ("/KH-", "Kế hoạch"), ("/TB-", "Thông báo"), ("/CV-", "Công văn"),
      ("/CT-", "Chỉ thị"), ("/NQ-", "Nghị quyết"), ("/NĐ-", "Nghị định"), ("/TT-", "Thông tư"),
    ]
    guard let kind = kinds.first(where: { document.ref.uppercased().contains($0.0) })?.1 else {
      return "Căn cứ \(document.title) số \(document.ref) ngày \(document.date.vietnamese);"
    }
    var rest = document.title
    if rest.lowercased().hasPrefix(kind.lowercased()) {
      rest = String(rest.dropFirst(kind.count)).trimmingCharacters(in: .whitespaces)
    }
    if let first = rest.first { rest = first.lowercased() + rest.dropFirst() }
    return "Căn cứ \(kind) số \(document.ref) ngày \(document.date.vietnamese)"
      + (rest.isEmpty ? ";" : " về việc \(rest);")
  }

  /// The round's rule for the score, in words.
  static func method(_ round: Round) -> String {
    switch round.aggregation {
    case .mean: "trung bình cộng tổng điểm của các giám khảo"
    case .median: "trung vị tổng điểm của các giám khảo"
    case .trimmed:
      "trung bình cộng sau khi bỏ một điểm cao nhất và một điểm thấp nhất (khi có từ \(round.trimMinJudges) giám khảo)"
    case .zscore: "điểm chuẩn hoá theo từng giám khảo (z-score)"
    }
  }

  /// The national title and motto beside the issuer, the number left blank and the place
  /// and date to be written by hand.
  static func heading(_ facts: PaperFacts, kind: String) -> DocxDocument.Block {
    let settings = facts.contest.paperSettings
    var left: [P] = []
    // Names broken between words as the decree's samples break them (ỦY BAN NHÂN DÂN /
    // THÀNH PHỐ HÀ NỘI), never inside a word by the cell's edge; a short rule under the
    // issuer and one under the motto.
    if let parent = settings.parentBody, !parent.isEmpty {
      for line in headingLines(parent.uppercased()) {
        left.append(P(line, size: 12, alignment: .center, after: 0))
      }
    }
    for line in headingLines(settings.issuer.uppercased()) {
      left.append(P(line, bold: true, size: 12, alignment: .center, after: 0))
    }
    left.append(P.rule(width: 2.2, inCell: 6.3))
    let right = [
      P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 12, alignment: .center, after: 0),
      P("Độc lập - Tự do - Hạnh phúc", bold: true, size: 13, alignment: .center, after: 0),
      P.rule(width: 5.6, inCell: 10.2),
    ]
    // The number and the place and date on one line, below the names.
    let number = [
      P("Số:        /\(kind)-\(settings.symbol)", size: 13, alignment: .center, after: 0)
    ]
    let date = [
      P(
        "\(settings.place), ngày      tháng      năm \(facts.day.year)", italic: true, size: 13,
        alignment: .center, after: 0)
    ]
    return .table(
      DocxDocument.Table(
        widths: [6.3, 10.2], rows: [[left, right], [number, date]], borders: false))
  }

  /// The words an administrative unit's name starts with: a line of a heading breaks before
  /// one of them rather than inside the name.
  static let unitWords = [
    "THÀNH PHỐ", "TỈNH", "QUẬN", "HUYỆN", "THỊ XÃ", "PHƯỜNG", "XÃ", "THỊ TRẤN", "SỞ", "BAN",
    "CUỘC THI",
  ]

  /// A heading's name in lines of at most `width` characters (the issuer's cell holds about
  /// 28 in 12 pt capitals), broken between words: before a unit's name when that fits
  /// (ỦY BAN NHÂN DÂN / THÀNH PHỐ HÀ NỘI), else where the lines come out most even.
  static func headingLines(_ text: String, width: Int = 28) -> [String] {
    let words = text.split(separator: " ").map(String.init)
    guard text.count > width, words.count > 1 else { return [text] }
    var best: (score: Int, lines: [String])?
    for cut in 1..<words.count {
      let first = words[..<cut].joined(separator: " ")
      let rest = words[cut...].joined(separator: " ")
      guard first.count <= width else { break }
      let tail = rest.count > width ? headingLines(rest, width: width) : [rest]
      let unit = unitWords.contains { rest.hasPrefix($0 + " ") || rest == $0 }
      let score = abs(first.count - tail[0].count) - (unit ? 100 : 0) + tail.count * 1000
      if best == nil || score < best!.score { best = (score, [first] + tail) }
    }
    return best?.lines ?? [text]
  }

  /// Two signature blocks side by side: (title, note, name) each; an empty title leaves its
  /// side blank.
  static func signatures(_ left: (String, String, String), _ right: (String, String, String))
    -> DocxDocument.Block
  {
    func block(_ side: (String, String, String)) -> [P] {
      guard !side.0.isEmpty else { return [P("", after: 0)] }
      return [
        P(side.0.uppercased(), bold: true, alignment: .center, after: 0),
        P(side.1, italic: true, size: 13, alignment: .center, after: 60),
        P(side.2, bold: true, alignment: .center, after: 0),
      ]
    }
    return .table(
      DocxDocument.Table(widths: [8, 8], rows: [[block(left), block(right)]], borders: false))
  }

  static func cell(_ text: String, bold: Bool = false, alignment: DocxDocument.Alignment = .left)
    -> [P]
  {
    [P(text, bold: bold, size: 12, alignment: alignment, after: 0)]
  }

  static func dataTable(_ header: [String], _ rows: [[String]], widths: [Double], numeric: Set<Int>)
    -> DocxDocument.Block
  {
    .table(
      DocxDocument.Table(
        widths: widths,
        rows: [header.map { cell($0, bold: true, alignment: .center) }]
          + rows.map { row in
            row.enumerated().map {
              cell($0.element, alignment: numeric.contains($0.offset) ? .right : .left)
            }
          },
        borders: true, headerRows: 1))
  }

  /// The entries given a prize, group by group, then prize by prize (Giải Nhất first, as
  /// the contest lists them), then by rank: a first prize the jury decided comes before the
  /// second prizes even when it ranks below them.
  static func awarded(_ facts: PaperFacts) -> [(group: String, entries: [RankedEntry])] {
    var result: [(String, [RankedEntry])] = []
    for group in facts.contest.groups.map(\.name) {
      let order = (facts.contest.prizes?.groups[group] ?? []).map(\.name)
      let list = facts.ranking.entries.filter { $0.prize != nil && $0.entry.group == group }
        .enumerated().sorted { a, b in
          let (pa, pb) = (
            order.firstIndex(of: a.element.prize ?? "") ?? order.count,
            order.firstIndex(of: b.element.prize ?? "") ?? order.count
          )
          return (pa, a.element.rank ?? Int.max, a.offset) < (
            pb, b.element.rank ?? Int.max, b.offset
          )
        }.map(\.element)
      if !list.isEmpty { result.append((group, list)) }
    }
    return result
  }

  /// Papers are Vietnamese whatever the session's language.
  static func groupName(_ group: String) -> String {
    EntrantKind.groupTitle(group, vietnamese: true)
  }

  /// What became of an entry's disagreement: settled by a further marking (said before),
  /// accepted by the jury when the entry takes a prize (with the jury's reason), or left
  /// for entries without a prize (their rank moves no prize).
  static func disagreementOutcome(_ entry: RankedEntry, _ facts: PaperFacts) -> String {
    if entry.flags.contains(.disagreementResolved) { return "" }
    if let prize = entry.prize {
      let why =
        facts.acceptedDisagreements.map { ": \($0)" + ($0.hasSuffix(".") ? "" : ".") } ?? "."
      return " Sáng kiến được \(prize); Ban Giám khảo chấp nhận điểm tổng hợp\(why)"
    }
    return " Sáng kiến không được giải; chênh lệch không làm thay đổi kết quả xét giải."
  }

  // MARK: The minutes

  /// `bien-ban.docx`: the minutes of the jury's meeting.
  public static func minutes(_ facts: PaperFacts) -> DocxDocument {
    let settings = facts.contest.paperSettings
    var blocks: [DocxDocument.Block] = [heading(facts, kind: "BB")]
    blocks.append(.paragraph(P("BIÊN BẢN", bold: true, alignment: .center, after: 0)))
    blocks.append(
      .paragraph(
        P(
          "Họp Ban Giám khảo chấm vòng \(facts.round.name)", bold: true, alignment: .center,
          after: 0)))
    blocks.append(.paragraph(P(facts.contest.name, bold: true, alignment: .center, after: 12)))
    for document in facts.contest.documents {
      blocks.append(.paragraph(P(basis(document), italic: true, indent: 1)))
    }
    blocks.append(
      .paragraph(
        P(
          "Vào hồi …… giờ …… ngày …… tháng …… năm \(facts.day.year), tại ……………………, Ban Giám khảo họp xét kết quả chấm vòng \(facts.round.name).",
          indent: 1)))
    func section(_ title: String) {
      blocks.append(.paragraph(P([Run(title, bold: true)], numbered: true, keepNext: true)))
    }
    func line(_ text: String) { blocks.append(.paragraph(P(text, indent: 1))) }

    section("Thành phần")
    let present = facts.members.filter(\.scored)
    let absent = facts.members.filter { !$0.scored }
    line("Có mặt (\(present.count) thành viên):")
    for member in present {
      line(
        "- \(member.name)" + (member.title.isEmpty ? "" : ", \(member.title)")
          + (member.unit.isEmpty ? "" : ", \(member.unit)")
          + (member.chair ? " — Trưởng Ban Giám khảo" : " — thành viên"))
    }
    line(
      absent.isEmpty
        ? "Vắng mặt: không."
        : "Vắng mặt (\(absent.count)): " + absent.map(\.name).joined(separator: ", ") + ".")

    section("Xung đột lợi ích")
    if facts.conflicts.isEmpty {
      line("Không thành viên nào có xung đột lợi ích với sáng kiến của vòng này.")
    } else {
      line(
        "Các thành viên sau không chấm sáng kiến mà mình có xung đột lợi ích (đã khai báo hoặc phát hiện):"
      )
      for conflict in facts.conflicts {
        line("- \(conflict.judge) với \(conflict.entry): \(conflict.reason).")
      }
    }

    section("Nguyên tắc chấm và xếp hạng")
    let perEntry = facts.round.basePerEntry.map { "\($0) giám khảo" } ?? "tất cả giám khảo"
    line(
      "Mỗi sáng kiến được \(perEntry) chấm độc lập theo \(facts.rubricName) (tối đa \(NumberFormat.format(facts.rubricTotal, places: 0)) điểm). Điểm của sáng kiến là \(method(facts.round)), làm tròn đến hai chữ số thập phân."
    )
    line(
      "Điểm của các giám khảo chênh nhau từ \(NumberFormat.format(facts.round.disagreement, places: 0)) điểm trở lên được coi là chênh lệch lớn"
        + (facts.round.resolution.map {
          "; khi đó sáng kiến được thêm \($0.extraJudges) giám khảo chấm độc lập và điểm tính là "
            + ($0.method == .meanAll
              ? "trung bình cộng của tất cả các phiếu"
              : "trung bình cộng của hai phiếu gần nhau nhất")
        } ?? "") + ".")
    if !facts.round.tieBreak.isEmpty {
      line(
        "Sáng kiến bằng điểm được xếp theo điểm trung bình của tiêu chí "
          + facts.round.tieBreak.map { "“\(facts.criteria[$0] ?? $0)”" }.joined(separator: ", rồi ")
          + "; vẫn bằng nhau thì đồng hạng.")
    }
    if let rules = facts.contest.prizes, rules.round == facts.round.id {
      for group in facts.contest.groups.map(\.name) {
        guard let prizes = rules.groups[group], !prizes.isEmpty else { continue }
        line(
          "Nhóm \(groupName(group)): "
            + prizes.map {
              "\($0.name) \($0.count) giải (từ \(NumberFormat.format($0.minScore, places: 0)) điểm)"
            }.joined(separator: "; ") + ".")
      }
    }

    section("Kết quả chấm")
    line(
      "\(facts.ranking.entries.count) sáng kiến được chấm ở vòng \(facts.round.name); kết quả theo từng nhóm (hạng trong nhóm):"
    )
    for group in facts.contest.groups.map(\.name) {
      // Ranked within the group, where its prizes are given.
      let list = facts.ranking.keeping({ $0.entry.group == group }, tieBreak: facts.round.tieBreak)
        .entries
      guard !list.isEmpty else { continue }
      blocks.append(.paragraph(P("Nhóm \(groupName(group))", bold: true, after: 3, indent: 1)))
      blocks.append(
        dataTable(
          ["Hạng", "Mã", "Tên sáng kiến", "Điểm", "Giải"],
          list.map {
            [
              $0.rank.map(String.init) ?? "–", $0.entry.code, $0.entry.title, score($0),
              $0.prize ?? "",
            ]
          },
          widths: [1.4, 2.2, 8.1, 1.8, 2.5], numeric: [0, 3]))
    }

    section("Chênh lệch điểm và cách xử lý")
    let flagged = facts.ranking.entries.filter {
      $0.flags.contains(.disagreement) || $0.flags.contains(.disagreementResolved)
    }
    if flagged.isEmpty {
      line("Không sáng kiến nào có điểm các giám khảo chênh lệch lớn.")
    } else {
      for entry in flagged.sorted(by: { $0.entry.code < $1.entry.code }) {
        let totals = entry.judgeTotals.sorted { $0.key < $1.key }
          .map { "\($0.key) \(points($0.value))" }.joined(separator: ", ")
        line(
          "- \(entry.entry.code): \(totals). "
            + (entry.settlement.map { $0.text.prefix(1).uppercased() + $0.text.dropFirst() + "." }
              ?? "Ban Giám khảo xem xét tại cuộc họp.")
            + Self.disagreementOutcome(entry, facts))
      }
    }

    section("Quyết định của Ban Giám khảo về các trường hợp đồng điểm")
    let pending = facts.outcomes.flatMap { outcome in outcome.pending.map { (outcome.group, $0) } }
    if facts.decisions.isEmpty && pending.isEmpty {
      line("Không có trường hợp đồng điểm ở ranh giới giải.")
    }
    for decision in facts.decisions {
      line(
        "- Nhóm \(groupName(decision.group)), \(decision.prize): trao cho \(decision.award.joined(separator: ", ")). Lý do: \(decision.reason)."
      )
    }
    for (group, item) in pending {
      line(
        "- Nhóm \(groupName(group)), \(item.prize): \(item.places) suất cho \(item.among.count) sáng kiến đồng hạng (\(item.among.joined(separator: ", "))) — Ban Giám khảo quyết định tại cuộc họp: ……………………"
      )
    }

    let voided = facts.sheets.keys.sorted().flatMap { code in
      (facts.sheets[code] ?? []).compactMap { sheet in
        sheet.setAside.map { "- Phiếu của \(sheet.judge) cho \(code): \($0)." }
      }
    }
    if !voided.isEmpty {
      section("Phiếu chấm không được tính")
      voided.forEach(line)
    }
    line(
      "Biên bản kết thúc vào hồi …… giờ …… cùng ngày, đã được đọc lại cho các thành viên cùng nghe và nhất trí."
    )
    let chair = facts.members.first(where: \.chair)?.name ?? ""
    blocks.append(
      signatures(
        (settings.secretaryTitle, "(Ký, ghi rõ họ tên)", ""),
        (settings.chairTitle, "(Ký, ghi rõ họ tên)", chair)))
    return DocxDocument(
      blocks: blocks, footer: trace(facts),
      title: "Biên bản họp Ban Giám khảo vòng \(facts.round.name)")
  }

  // MARK: The decision

  /// The prize money of an entry, if the contest file sets it.
  static func amount(_ entry: RankedEntry, _ settings: PaperSettings) -> Int64? {
    entry.prize.flatMap { settings.amounts[$0] }
  }

  /// `quyet-dinh.docx`: the draft decision recognising the results, with its annex.
  public static func decision(_ facts: PaperFacts) -> DocxDocument {
    let settings = facts.contest.paperSettings
    let winners = awarded(facts)
    let count = winners.reduce(0) { $0 + $1.entries.count }
    let total = winners.flatMap(\.entries).compactMap { amount($0, settings) }.reduce(0, +)
    var blocks = decisionOpening(
      facts, about: "Về việc công nhận kết quả và trao giải \(facts.contest.name)",
      grounds: [
        "Căn cứ Biên bản họp Ban Giám khảo chấm vòng \(facts.round.name) ngày …… tháng …… năm \(facts.day.year);"
      ],
      first:
        "Công nhận kết quả chấm vòng \(facts.round.name) và trao giải cho \(count) sáng kiến, giải pháp, mô hình có tên trong Danh sách kèm theo Quyết định này."
    )
    var money: [Run] = [Run("Điều 2. ", bold: true)]
    if settings.amounts.isEmpty {
      money.append(
        Run(
          "Mức tiền thưởng của mỗi giải theo quy định của Ban Tổ chức; nguồn: \(settings.paidBy)."))
    } else {
      let levels =
        facts.contest.prizes.map { rules in
          Array(Set(rules.groups.values.flatMap { $0 }.map(\.name)))
        } ?? []
      let listed = levels.compactMap { name in settings.amounts[name].map { (name, $0) } }
        .sorted { $0.1 > $1.1 }
        .map { "\($0.0): \(VietnameseNumberWords.grouped($0.1)) \(settings.currency)" }
      money.append(
        Run(
          "Mức tiền thưởng mỗi giải: " + listed.joined(separator: "; ")
            + ". Tổng số tiền thưởng: \(VietnameseNumberWords.grouped(total)) \(settings.currency) (Bằng chữ: \(VietnameseNumberWords.sentence(total, currency: settings.currency))), từ nguồn \(settings.paidBy)."
        ))
    }
    blocks.append(.paragraph(P(money, indent: 1)))
    blocks += decisionClosing(
      facts, recipients: ["- Như Điều 3;", "- Lưu: VT, TTK."],
      annex: "Các sáng kiến, giải pháp, mô hình được trao giải \(facts.contest.name)")
    var rows: [[[P]]] = [
      [
        "STT", "Tên sáng kiến, giải pháp, mô hình", "Tác giả", "Đơn vị", "Giải",
        "Số tiền (\(settings.currency))",
      ]
      .map { cell($0, bold: true, alignment: .center) }
    ]
    var number = 0
    for (group, entries) in winners {
      rows.append(
        [
          cell("", bold: true), cell("Nhóm \(groupName(group))", bold: true), cell(""), cell(""),
          cell(""), cell(""),
        ])
      for entry in entries {
        number += 1
        let source = facts.entries[entry.entry.code]
        rows.append([
          cell(String(number), alignment: .center), cell(entry.entry.title), cell(authors(source)),
          cell(source?.draft.unit ?? ""), cell(entry.prize ?? ""),
          cell(amount(entry, settings).map(VietnameseNumberWords.grouped) ?? "", alignment: .right),
        ])
      }
    }
    rows.append([
      cell(""), cell("Tổng cộng: \(count) giải", bold: true), cell(""), cell(""), cell(""),
      cell(
        settings.amounts.isEmpty ? "" : VietnameseNumberWords.grouped(total), bold: true,
        alignment: .right),
    ])
    blocks.append(
      .table(
        DocxDocument.Table(
          widths: [1.3, 4.8, 3.0, 3.2, 1.9, 2.3], rows: rows, borders: true, headerRows: 1)))
    return DocxDocument(
      blocks: blocks, footer: trace(facts),
      title: "Quyết định công nhận kết quả \(facts.contest.name)")
  }

  /// A decision's heading, title, signer, grounds (the contest's documents, then
  /// `grounds`), the secretariat's proposal and its first article.
  static func decisionOpening(
    _ facts: PaperFacts, about: String, grounds: [String], first: String
  ) -> [DocxDocument.Block] {
    let settings = facts.contest.paperSettings
    var blocks: [DocxDocument.Block] = [
      heading(facts, kind: "QĐ"),
      .paragraph(P("QUYẾT ĐỊNH", bold: true, alignment: .center, after: 0)),
      .paragraph(P(about, bold: true, alignment: .center, after: 12)),
      .paragraph(P(settings.signerTitle.uppercased(), bold: true, alignment: .center, after: 12)),
    ]
    for document in facts.contest.documents {
      blocks.append(.paragraph(P(basis(document), italic: true, indent: 1)))
    }
    for ground in grounds { blocks.append(.paragraph(P(ground, italic: true, indent: 1))) }
    blocks.append(.paragraph(P("Xét đề nghị của Tổ Thư ký Cuộc thi,", italic: true, indent: 1)))
    blocks.append(.paragraph(P("QUYẾT ĐỊNH:", bold: true, alignment: .center)))
    blocks.append(.paragraph(P([Run("Điều 1. ", bold: true), Run(first)], indent: 1)))
    return blocks
  }

  /// A decision's last article, the recipients beside the signer, and the heading of its
  /// annex on a page of its own.
  static func decisionClosing(_ facts: PaperFacts, recipients: [String], annex: String)
    -> [DocxDocument.Block]
  {
    let settings = facts.contest.paperSettings
    let article = P(
      [
        Run("Điều 3. ", bold: true),
        Run(
          "Quyết định này có hiệu lực kể từ ngày ký. \(settings.carriedOutBy) chịu trách nhiệm thi hành Quyết định này."
        ),
      ], after: 12, indent: 1)
    let sent =
      [P([Run("Nơi nhận:", bold: true, italic: true, size: 12)], alignment: .left, after: 0)]
      + recipients.map { P($0, size: 11, alignment: .left, after: 0) }
    let signer = [
      P(settings.signerTitle.uppercased(), bold: true, alignment: .center, after: 0),
      P("(Ký, ghi rõ họ tên, đóng dấu)", italic: true, size: 13, alignment: .center, after: 0),
    ]
    return [
      .paragraph(article),
      .table(DocxDocument.Table(widths: [8, 8], rows: [[sent, signer]], borders: false)),
      .paragraph(P([Run("")], after: 0, pageBreak: true)),
      .paragraph(P("DANH SÁCH", bold: true, alignment: .center, after: 0)),
      .paragraph(P(annex, bold: true, alignment: .center, after: 0)),
      .paragraph(
        P(
          "(Kèm theo Quyết định số        /QĐ-\(settings.symbol) ngày …… tháng …… năm \(facts.day.year) của \(settings.issuer))",
          italic: true, alignment: .center, after: 12)),
    ]
  }

  // MARK: The summary

  /// `bang-tong-hop.xlsx`: every entry of the round with every judge's total (set-aside
  /// sheets marked), the score, rank, flags, how a disagreement was settled, and the prize.
  public static func summary(_ facts: PaperFacts) throws -> [UInt8] {
    let table = summaryTable(facts)
    return try XLSXWriter.paper(
      name: "Tổng hợp điểm", title: table.title, header: table.header, rows: table.rows,
      closing: table.closing, keptColumns: 2, wrappedHeaders: table.judgeColumns)
  }

  /// The summary's lines and table, before they become a workbook.
  public struct SummaryTable: Sendable {
    /// The lines above the table.
    public var title: [String]
    /// The table's header.
    public var header: [String]
    /// Its rows.
    public var rows: [[XLSXWriter.Cell]]
    /// The lines below it.
    public var closing: [String]
    /// The columns headed by a judge's name, wrapped in print.
    public var judgeColumns: Set<Int> = []

    /// Every line and row as text, cells apart by tabs: what its golden text holds.
    public var text: String {
      let cells = rows.map { row in
        row.map { cell -> String in
          switch cell {
          case .number(let t), .score(let t), .text(let t): t
          }
        }.joined(separator: "\t")
      }
      return (title + [header.joined(separator: "\t")] + cells + closing).joined(separator: "\n")
        + "\n"
    }
  }

  /// See `summary`.
  public static func summaryTable(_ facts: PaperFacts) -> SummaryTable {
    func total(_ sheet: PaperFacts.SheetTotal) -> XLSXWriter.Cell {
      sheet.setAside.map { .text("\(points(sheet.total)) (không tính: \($0))") }
        ?? .number(sheet.total.description)
    }
    // Every judge a column when every judge scores every entry; otherwise each entry's
    // judges side by side (a column of who, a column of their total): a preliminary round
    // of 300 judges would be 300 mostly empty columns.
    let everyJudge = facts.round.basePerEntry == nil
    let judges = facts.members.map(\.id).filter { id in
      facts.sheets.values.contains { $0.contains { $0.judge == id } }
    }
    let slots = facts.sheets.values.map(\.count).max() ?? 0
    // Judges by name, as the jury signs: a login (gk01) means nothing on paper.
    let names = Dictionary(facts.members.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    func named(_ id: String) -> String { names[id] ?? id }
    let judgeHeader =
      everyJudge
      ? judges.map(named) : (1...max(1, slots)).flatMap { ["Giám khảo \($0)", "Điểm \($0)"] }
    let header =
      ["STT", "Mã", "Tên sáng kiến, giải pháp, mô hình", "Tác giả", "Đơn vị"] + judgeHeader
      + ["Điểm tổng hợp", "Hạng", "Lưu ý", "Xử lý chênh lệch", "Giải"]
    var rows: [[XLSXWriter.Cell]] = []
    for (index, entry) in facts.ranking.entries.enumerated() {
      let source = facts.entries[entry.entry.code]
      var row: [XLSXWriter.Cell] = [
        .number(String(index + 1)), .text(entry.entry.code), .text(entry.entry.title),
        .text(authors(source)), .text(source?.draft.unit ?? ""),
      ]
      let sheets = (facts.sheets[entry.entry.code] ?? []).sorted { $0.judge < $1.judge }
      if everyJudge {
        for judge in judges {
          row.append(sheets.first { $0.judge == judge }.map(total) ?? .text(""))
        }
      } else {
        for slot in 0..<max(1, slots) {
          row +=
            slot < sheets.count
            ? [.text(named(sheets[slot].judge)), total(sheets[slot])] : [.text(""), .text("")]
        }
      }
      row += [
        entry.hundredths.map { .score(DecimalFormat.twoPlaces(hundredths: $0)) } ?? .text("–"),
        entry.rank.map { .number(String($0)) } ?? .text("–"),
        .text(entry.flags.sorted().map(\.label).joined(separator: ", ")),
        .text(entry.settlement?.text ?? ""), .text(entry.prize ?? ""),
      ]
      rows.append(row)
    }
    let settings = facts.contest.paperSettings
    let title = [
      (settings.parentBody ?? "").uppercased(), settings.issuer.uppercased(), "",
      "BẢNG TỔNG HỢP ĐIỂM", facts.contest.name,
      "Vòng \(facts.round.name) · điểm tổng hợp: \(method(facts.round))",
    ]
    let closing = [
      trace(facts),
      "\(settings.place), ngày …… tháng …… năm \(facts.day.year)",
      "NGƯỜI LẬP BẢNG                                        \(settings.chairTitle.uppercased())",
    ]
    var table = SummaryTable(title: title, header: header, rows: rows, closing: closing)
    table.judgeColumns = everyJudge ? Set(5..<(5 + judges.count)) : []
    return table
  }
}
