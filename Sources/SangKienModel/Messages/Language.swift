#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The language of messages and published documents.
///
/// Vietnamese is the default: the secretariat, jury and organisers work in Vietnamese.
/// `SANGKIEN_LANG=en` or a command's `--lang en` switches to English.
public enum Language: String, Sendable, CaseIterable, Codable {
  /// Vietnamese (the default).
  case vi
  /// English.
  case en

  /// The language in force for the current task.
  @TaskLocal public static var current: Language = .fromEnvironment()

  /// The language named by `SANGKIEN_LANG`, else Vietnamese.
  public static func fromEnvironment() -> Language {
    guard let raw = getenv("SANGKIEN_LANG") else { return .vi }
    return Language(rawValue: String(cString: raw).lowercased()) ?? .vi
  }

  /// Picks the text for the current language.
  public static func text(vi: String, en: String) -> String {
    current == .vi ? vi : en
  }
}
