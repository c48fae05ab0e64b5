import ArgumentParser
import Foundation
import SangKienModel

extension SangKienCommand {
  /// Runs the command line: parses the arguments, runs the command, and on failure prints
  /// the message in the language in force (`--lang`, else `SANGKIEN_LANG`, else Vietnamese)
  /// — argument-parser's own messages included — and exits with its status.
  public static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let language = Self.language(arguments)
    // The libraries say what to do in the command line's words (`use --replace`).
    Remedy.$vocabulary.withValue(Remedy.Vocabulary(CLIRemedy.say)) {
      run(arguments, language: language)
    }
  }

  private static func run(_ arguments: [String], language: Language) {
    Language.$current.withValue(language) {
      do {
        var command = try parseAsRoot(arguments)
        try command.run()
      } catch {
        let code = exitCode(for: error)
        let message = ArgumentMessages.localized(
          ArgumentMessages.unprefixed(fullMessage(for: error)), language: language)
        if code == .success {
          print(message)
        } else {
          FileHandle.standardError.write(Data((message + "\n").utf8))
        }
        Foundation.exit(code.rawValue)
      }
    }
  }

  /// The language named by `--lang` among the arguments, else the one in force.
  static func language(_ arguments: [String]) -> Language {
    for (index, argument) in arguments.enumerated() {
      if argument.hasPrefix("--lang="),
        let language = Language(rawValue: String(argument.dropFirst("--lang=".count)))
      {
        return language
      }
      if argument == "--lang", index + 1 < arguments.count,
        let language = Language(rawValue: arguments[index + 1])
      {
        return language
      }
    }
    return Language.current
  }
}

/// argument-parser's messages, which it writes in English, in Vietnamese.
enum ArgumentMessages {
  /// The common phrases and their Vietnamese, longest first so a phrase inside another is
  /// not translated twice.
  static let phrases: [(en: String, vi: String)] = [
    ("Missing expected argument", "Thiếu đối số"),
    ("Unexpected argument", "Đối số không dùng được"),
    ("Unknown option", "Không có tuỳ chọn"),
    ("Missing value for", "Thiếu giá trị cho"),
    ("The value", "Giá trị"),
    ("is invalid for", "không hợp lệ cho"),
    ("Please provide one of", "Hãy chọn một trong"),
    ("Did you mean", "Có phải ý là"),
    ("' or '", "' hoặc '"),
    ("See 'sangkien", "Xem 'sangkien"),
    ("for more information.", "để biết thêm."),
    ("Help:", "Trợ giúp:"),
    ("Usage:", "Cách dùng:"),
    ("Error:", "Lỗi:"),
    ("<subcommand>", "<lệnh con>"),
  ]

  /// The headings and fixed lines of argument-parser's help.
  static let helpPhrases: [(en: String, vi: String)] = [
    ("OVERVIEW:", "TỔNG QUAN:"), ("USAGE:", "CÁCH DÙNG:"), ("ARGUMENTS:", "ĐỐI SỐ:"),
    ("OPTIONS:", "TUỲ CHỌN:"), ("SUBCOMMANDS:", "LỆNH CON:"),
    ("Show the version.", "In phiên bản."), ("Show help information.", "In trợ giúp."),
    ("' for detailed help.", "' để có trợ giúp chi tiết."),
    ("See 'sangkien help", "Xem 'sangkien help"),
    ("<subcommand>", "<lệnh con>"), ("(default as subcommand)", "(lệnh con mặc định)"),
    ("(default: ", "(mặc định: "), ("(values: ", "(giá trị: "), ("; default: ", "; mặc định: "),
  ]

  /// The message without argument-parser's `Error: ` when it is a list of diagnostics, each
  /// of which says whether it is an error or a warning (`entries.csv:12: cảnh báo: …`): a
  /// warning is not to be read as an error.
  static func unprefixed(_ text: String) -> String {
    guard text.hasPrefix("Error: ") else { return text }
    let rest = text.dropFirst("Error: ".count)
    let first = rest.prefix { $0 != "\n" }
    let kinds = [": lỗi: ", ": cảnh báo: ", ": error: ", ": warning: "]
    return kinds.contains(where: { first.contains($0) }) ? String(rest) : text
  }

  /// `text` in `language`: unchanged in English; in Vietnamese with the prefix `Lỗi:` and
  /// the common phrases translated, and help's headings too.
  static func localized(_ text: String, language: Language) -> String {
    guard language == .vi else { return text }
    var result = text
    let isError = text.hasPrefix("Error:") || text.hasPrefix("Usage:")
    for phrase in isError ? phrases : helpPhrases {
      result = result.replacingOccurrences(of: phrase.en, with: phrase.vi)
    }
    return result
  }
}
