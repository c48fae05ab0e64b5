import SangKienModel

/// The web application's own messages, Vietnamese and English side by side: one catalog
/// (as `WorkflowText` is the workflow's). The pages' fixed words are in the templates'
/// catalog; refusals of the workflow come with their own text.
enum WebText {
  /// A point that is not a number (`shown`: what was typed, when it was text).
  static func notANumber(_ shown: String?) -> String {
    guard let shown else { return Language.text(vi: "phải là một số", en: "must be a number") }
    return Language.text(vi: "'\(shown)' không phải là số", en: "'\(shown)' is not a number")
  }

  static var pointsNotAnObject: String {
    Language.text(vi: "phải là một đối tượng", en: "must be an object")
  }

  /// A form field whose value is not of its kind (a number where a number is due).
  static func formField(_ field: String) -> String {
    Language.text(vi: "trường '\(field)' không hợp lệ", en: "the field '\(field)' is not valid")
  }

  static var versionNeeded: String {
    Language.text(vi: "cần số phiên bản", en: "the version is needed")
  }
}
