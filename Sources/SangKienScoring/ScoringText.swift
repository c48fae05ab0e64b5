import SangKienModel

/// The scoring module's messages, in Vietnamese and English: one catalog.
enum ScoringText {
  static var notEnoughData: String {
    Language.text(vi: "chưa đủ dữ liệu để tính", en: "not enough data to compute")
  }
  static var poor: String { Language.text(vi: "kém", en: "poor") }
  static var moderate: String { Language.text(vi: "trung bình", en: "moderate") }
  static var good: String { Language.text(vi: "tốt", en: "good") }
  static var excellent: String { Language.text(vi: "rất tốt", en: "excellent") }

  static func iccMeaning(level: String, stable: Bool) -> String {
    Language.text(
      vi:
        "độ tin cậy của điểm trung bình các giám khảo ở mức \(level): nếu chấm lại với một nhóm giám khảo khác như vậy, thứ tự điểm sẽ \(stable ? "phần lớn giữ nguyên" : "có thể thay đổi đáng kể")",
      en:
        "the reliability of the judges' mean is \(level): another panel like this one would \(stable ? "mostly order the entries the same way" : "likely order the entries noticeably differently")"
    )
  }

  static var alphaReliable: String {
    Language.text(
      vi: "các giám khảo chấm cùng một sáng kiến thống nhất cao: đủ tin cậy",
      en: "judges scoring the same entry agree well: reliable")
  }

  static var alphaTentative: String {
    Language.text(
      vi: "mức thống nhất chỉ đủ cho kết luận thận trọng",
      en: "agreement supports tentative conclusions only")
  }

  static var alphaLow: String {
    Language.text(
      vi:
        "các giám khảo chấm cùng một sáng kiến thống nhất thấp: nên xem lại các sáng kiến chênh lệch",
      en: "judges scoring the same entry agree little: review the entries they disagree on")
  }
}
