import Foundation
import SangKienModel
import SangKienScoring

/// A decided complaint as the re-marking minutes and the amending decision write it.
public struct ComplaintPaper: Sendable {
  /// A judge and their total.
  public struct Mark: Sendable, Hashable {
    /// The judge's id.
    public var judge: String
    /// Their name.
    public var name: String
    /// Their total.
    public var total: Points

    /// Creates a mark.
    public init(judge: String, name: String, total: Points) {
      self.judge = judge
      self.name = name
      self.total = total
    }
  }

  /// The complaint.
  public var complaint: Complaint
  /// The entry's title.
  public var title: String
  /// The earlier judges' totals that counted.
  public var earlier: [Mark]
  /// The re-markers' totals.
  public var remarks: [Mark]
  /// Re-markers replaced, with the reason.
  public var replaced: [(judge: String, reason: String)]
  /// The entry's place (rank · score · prize) in the publication complained of, and after.
  public var before: String
  /// See `before`.
  public var after: String

  /// Creates a paper's complaint.
  public init(
    complaint: Complaint, title: String, earlier: [Mark], remarks: [Mark],
    replaced: [(judge: String, reason: String)], before: String, after: String
  ) {
    self.complaint = complaint
    self.title = title
    self.earlier = earlier
    self.remarks = remarks
    self.replaced = replaced
    self.before = before
    self.after = after
  }
}

/// An entry whose place the amending decision changes.
public struct PlaceChange: Sendable, Hashable {
  /// The entry.
  public var code: String
  /// Its title.
  public var title: String
  /// Its place before (rank · score · prize).
  public var before: String
  /// Its place after.
  public var after: String
  /// The complaint that amended it, when it is the entry complained of (else its place
  /// moved because another's did).
  public var complaint: Int64?

  /// Creates a change.
  public init(code: String, title: String, before: String, after: String, complaint: Int64?) {
    self.code = code
    self.title = title
    self.before = before
    self.after = after
    self.complaint = complaint
  }
}

extension JuryPapers {
  static func method(_ method: ComplaintMethod?) -> String {
    switch method {
    case .meanAll?: "trung bình cộng tổng điểm của tất cả các phiếu, kể cả phiếu chấm phúc khảo"
    default: "trung bình cộng tổng điểm của các phiếu chấm phúc khảo"
    }
  }

  // MARK: The re-marking minutes

  /// `bien-ban-phuc-khao.docx`: the minutes of the re-marking and of the decision on each
  /// complaint a publication answers: the complaint, the re-markers and their totals, the
  /// decision and its reason.
  public static func remarkingMinutes(_ facts: PaperFacts, complaints: [ComplaintPaper])
    -> DocxDocument
  {
    let settings = facts.contest.paperSettings
    var blocks: [DocxDocument.Block] = [heading(facts, kind: "BB")]
    blocks.append(.paragraph(P("BIÊN BẢN", bold: true, alignment: .center, after: 0)))
    blocks.append(
      .paragraph(
        P(
          "Chấm phúc khảo và giải quyết khiếu nại kết quả vòng \(facts.round.name)", bold: true,
          alignment: .center, after: 0)))
    blocks.append(.paragraph(P(facts.contest.name, bold: true, alignment: .center, after: 12)))
    for document in facts.contest.documents {
      blocks.append(.paragraph(P(basis(document), italic: true, indent: 1)))
    }
    if let rules = facts.contest.complaints {
      blocks.append(
        .paragraph(
          P(
            "Theo Thể lệ cuộc thi: khiếu nại trong \(rules.days) ngày kể từ ngày công bố kết quả; mỗi hồ sơ được \(rules.remarkingJudges) giám khảo chưa chấm hồ sơ đó chấm phúc khảo độc lập; trả lời trong \(rules.answerDays) ngày kể từ ngày nhận đơn.",
            italic: true, indent: 1)))
    }
    blocks.append(
      .paragraph(
        P(
          "Hôm nay, ngày …… tháng …… năm \(facts.day.year), tại ……………………, Ban Giám khảo lập biên bản chấm phúc khảo và giải quyết \(complaints.count) đơn khiếu nại như sau:",
          indent: 1)))
    func line(_ text: String) { blocks.append(.paragraph(P(text, indent: 1))) }
    for paper in complaints {
      let c = paper.complaint
      blocks.append(
        .paragraph(
          P(
            [Run("Đơn khiếu nại số \(c.id) — hồ sơ \(c.code) «\(paper.title)»", bold: true)],
            numbered: true, keepNext: true)))
      line(
        "Ngày nhận đơn: \(c.receivedOn.vietnamese); hạn trả lời: \(c.dueOn.vietnamese); khiếu nại kết quả công bố #\(c.publication)."
      )
      line("Nội dung khiếu nại: \(c.text)")
      if !paper.earlier.isEmpty {
        line(
          "Điểm đã chấm trước: "
            + paper.earlier.map { "\($0.name) (\($0.judge)) \(points($0.total))" }.joined(
              separator: "; ") + ".")
      }
      line("Giám khảo chấm phúc khảo (chưa chấm hồ sơ này, không xung đột lợi ích):")
      blocks.append(
        dataTable(
          ["STT", "Giám khảo", "Mã", "Tổng điểm phúc khảo"],
          paper.remarks.enumerated().map {
            [String($0.offset + 1), $0.element.name, $0.element.judge, points($0.element.total)]
          }, widths: [1.3, 7.5, 2.5, 4.7], numeric: [0, 3]))
      for gone in paper.replaced {
        line("Giám khảo \(gone.judge) được thay vì: \(gone.reason).")
      }
      let outcome = c.outcome ?? .upheld
      if outcome == .amended {
        line(
          "Điểm sau phúc khảo tính bằng \(method(c.method)): \(c.amendedHundredths.map { NumberFormat.format(Decimal(hundredths: $0), places: 2) } ?? "–") điểm."
        )
      }
      line("Kết quả (hạng · điểm · giải): trước phúc khảo \(paper.before); sau \(paper.after).")
      blocks.append(
        .paragraph(
          P(
            [
              Run("Quyết định: ", bold: true),
              Run(
                outcome.vietnamese.prefix(1).uppercased() + outcome.vietnamese.dropFirst() + ". "),
              Run("Lý do: \(c.reason ?? "")"),
            ], indent: 1)))
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
      title: "Biên bản chấm phúc khảo vòng \(facts.round.name)")
  }

  // MARK: The amending decision

  /// `quyet-dinh-dieu-chinh.docx`: the draft decision amending the published result after
  /// re-marking, with its annexed list of the entries whose place changes.
  public static func amendingDecision(
    _ facts: PaperFacts, complaints: [ComplaintPaper], changes: [PlaceChange],
    supersedes: Int64?
  ) -> DocxDocument {
    let earlier = supersedes.map { " (mã công bố #\($0))" } ?? ""
    let numbers = complaints.map { String($0.complaint.id) }.joined(separator: ", ")
    var blocks = decisionOpening(
      facts,
      about:
        "Về việc điều chỉnh kết quả vòng \(facts.round.name) \(facts.contest.name) sau phúc khảo",
      grounds: [
        "Căn cứ kết quả vòng \(facts.round.name) đã công bố\(earlier);",
        "Căn cứ Biên bản chấm phúc khảo và giải quyết khiếu nại ngày …… tháng …… năm \(facts.day.year) (đơn khiếu nại số \(numbers));",
      ],
      first:
        "Điều chỉnh kết quả vòng \(facts.round.name) của \(changes.count) sáng kiến, giải pháp, mô hình có tên trong Danh sách kèm theo Quyết định này."
    )
    blocks.append(
      .paragraph(
        P(
          [
            Run("Điều 2. ", bold: true),
            Run(
              "Các nội dung khác về kết quả vòng \(facts.round.name) đã công bố\(earlier) giữ nguyên."
            ),
          ], indent: 1)))
    blocks += decisionClosing(
      facts, recipients: ["- Như Điều 3;", "- Người khiếu nại;", "- Lưu: VT, TTK."],
      annex:
        "Các sáng kiến, giải pháp, mô hình được điều chỉnh kết quả vòng \(facts.round.name)")
    blocks.append(
      dataTable(
        [
          "STT", "Mã", "Tên sáng kiến, giải pháp, mô hình", "Trước (hạng · điểm · giải)",
          "Sau (hạng · điểm · giải)", "Căn cứ",
        ],
        changes.enumerated().map { index, change in
          [
            String(index + 1), change.code, change.title, change.before, change.after,
            change.complaint.map { "Đơn khiếu nại số \($0)" } ?? "Hạng đổi theo điều chỉnh trên",
          ]
        }, widths: [1.2, 2.0, 4.8, 3.1, 3.1, 2.3], numeric: [0]))
    return DocxDocument(
      blocks: blocks, footer: trace(facts),
      title: "Quyết định điều chỉnh kết quả vòng \(facts.round.name)")
  }
}
