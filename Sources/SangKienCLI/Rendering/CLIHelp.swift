import SangKienModel

/// `--help` in the session's language, options included: the words are `HelpText`'s.
enum CLIHelp {
  /// The help text `key` in the current language.
  static func t(_ key: HelpText) -> String {
    let words = key.words
    return Language.text(vi: words.vi, en: words.en)
  }

  /// The root command's discussion.
  static var rootDiscussion: String {
    Language.text(
      vi: """
        Cơ sở dữ liệu là ./sangkien.sqlite, trừ khi --db hoặc $SANGKIEN_DB chỉ tệp khác.
        Thông báo bằng tiếng Việt; --lang en hoặc SANGKIEN_LANG=en cho tiếng Anh.
        """,
      en: """
        The database is ./sangkien.sqlite unless --db or $SANGKIEN_DB names another.
        Messages are in Vietnamese; --lang en or SANGKIEN_LANG=en gives English.
        """)
  }
}
