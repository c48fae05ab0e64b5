import SangKienModel

/// Words the written documents use, in Vietnamese and English.
enum InterchangeText {
  static func pendingPlaces(_ places: Int) -> String {
    Language.text(
      vi: "\(places) giải chờ Ban giám khảo quyết định (đồng hạng)",
      en: "\(places) place(s) for the jury to decide (tie)")
  }

  static func emptyPlaces(_ places: Int) -> String {
    Language.text(vi: "\(places) giải để trống", en: "\(places) place(s) left empty")
  }

  static func decided(_ reason: String) -> String {
    Language.text(vi: "Ban giám khảo quyết định: \(reason)", en: "decided by the jury: \(reason)")
  }

  /// A prize group's id in words: the entrant kind of that name, else the id.
  static func group(_ id: String) -> String { EntrantKind.groupWord(id) }

  static func unassigned(_ places: Int) -> String {
    Language.text(vi: "\(places) chỗ chưa phân công", en: "\(places) place(s) unassigned")
  }

  static var dismissed: String { Language.text(vi: "đã bỏ qua: ", en: "dismissed: ") }

  static var removedJudge: String { Language.text(vi: " (đã rút)", en: " (removed)") }
}
