/// The contest's shared words, Vietnamese and English side by side, defined once for every
/// front end and every file: the headings of the register, rankings and prize tables, and
/// the states people see. The command line, the web pages, the workbooks and the papers
/// take them from here, so one thing has one name everywhere.
public enum Words {
  // Columns of the register and of a ranking.
  /// "Hạng" / "Rank".
  public static var rank: String { Language.text(vi: "Hạng", en: "Rank") }
  /// "Mã" / "Code".
  public static var code: String { Language.text(vi: "Mã", en: "Code") }
  /// "Tên sáng kiến" / "Title".
  public static var title: String { Language.text(vi: "Tên sáng kiến", en: "Title") }
  /// "Loại" / "Category".
  public static var category: String { Language.text(vi: "Loại", en: "Category") }
  /// "Đối tượng" / "Entrant".
  public static var entrantKind: String { Language.text(vi: "Đối tượng", en: "Entrant") }
  /// "Tác giả" / "Authors".
  public static var authors: String { Language.text(vi: "Tác giả", en: "Authors") }
  /// "Đơn vị" / "Unit".
  public static var unit: String { Language.text(vi: "Đơn vị", en: "Unit") }
  /// "Lĩnh vực" / "Field".
  public static var field: String { Language.text(vi: "Lĩnh vực", en: "Field") }
  /// "Nơi tiếp nhận" / "Received by".
  public static var receivedBy: String { Language.text(vi: "Nơi tiếp nhận", en: "Received by") }
  /// "Ngày nhận" / "Received on".
  public static var receivedOn: String { Language.text(vi: "Ngày nhận", en: "Received on") }
  /// "Liên hệ" / "Contact".
  public static var contact: String { Language.text(vi: "Liên hệ", en: "Contact") }
  /// "Trạng thái" / "Status".
  public static var status: String { Language.text(vi: "Trạng thái", en: "Status") }
  /// "Lý do" / "Reason".
  public static var reason: String { Language.text(vi: "Lý do", en: "Reason") }
  /// "Điểm" / "Score".
  public static var score: String { Language.text(vi: "Điểm", en: "Score") }
  /// "Số GK" / "Judges".
  public static var judgeCount: String { Language.text(vi: "Số GK", en: "Judges") }
  /// A ranking's flags (a wide spread, a missing sheet): one word on every page and paper.
  public static var flags: String { Language.text(vi: "Lưu ý", en: "Flags") }
  /// "Giải" / "Prize".
  public static var prize: String { Language.text(vi: "Giải", en: "Prize") }
  /// "Nhóm" / "Group".
  public static var group: String { Language.text(vi: "Nhóm", en: "Group") }
  /// "Ghi chú" / "Note".
  public static var note: String { Language.text(vi: "Ghi chú", en: "Note") }
  /// "Tổng" / "Total".
  public static var total: String { Language.text(vi: "Tổng", en: "Total") }
  /// "Vòng" / "Round".
  public static var round: String { Language.text(vi: "Vòng", en: "Round") }

  /// An id named as one, where people read it to type it: "mã so-khao" / "id so-khao".
  public static func idOf(_ id: String) -> String { Language.text(vi: "mã \(id)", en: "id \(id)") }

  /// The columns of a ranking, in order: rank, code, title, score, judges, flags, prize.
  public static var rankingColumns: [String] {
    [rank, code, title, score, judgeCount, flags, prize]
  }

  /// The columns of the prizes awarded in a group, in order: prize, code, title, rank, score,
  /// and whether the jury decided a tie.
  public static var prizeAwardColumns: [String] {
    [
      prize, code, title, rank, score,
      Language.text(vi: "Ban giám khảo quyết định", en: "Decided by the jury"),
    ]
  }

  /// The columns of a prize table, in order: group, prize, code, title, rank, score, note.
  public static var prizeColumns: [String] { [group, prize, code, title, rank, score, note] }
}

extension RoundState {
  /// The state in the current language: "đang mở" / "open", "đã đóng" / "closed".
  public var localized: String {
    switch self {
    case .open: Language.text(vi: "đang mở", en: "open")
    case .closed: Language.text(vi: "đã đóng", en: "closed")
    }
  }
}
