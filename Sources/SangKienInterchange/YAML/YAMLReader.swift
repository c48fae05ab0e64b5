import Foundation
import SangKienModel
import Yams

/// Reads a YAML file into typed values by walking Yams' node tree, so that every problem
/// (an unknown key, a wrong type, a bad value) is collected with its line and column.
///
/// Yams' `Decodable` support reports a type error by coding path only; the node tree keeps
/// each value's mark, which is what a person fixing the file needs.
final class YAMLReader {
  let file: String
  private(set) var collector = DiagnosticCollector()

  init(file: String) {
    self.file = file
  }

  /// Parses the text; a syntax error is recorded and nil returned.
  func parse(_ text: String) -> Node? {
    // Anchors and aliases are refused before anything is built: ten aliases deep, a file
    // of a few hundred bytes stands for billions of nodes ("billion laughs").
    // A control character (NUL, say) is named with its place; YAML allows none but tab
    // and line breaks, and Yams' own message has no line.
    if let (line, column, scalar) = Self.firstControl(in: text) {
      let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
      record(
        line: line, column: column,
        Language.text(
          vi: "có ký tự điều khiển \(code) (không nhìn thấy được); hãy xoá nó",
          en: "a control character \(code) (invisible); remove it"))
      return nil
    }
    if let (line, column) = Self.firstAnchor(in: text) {
      record(
        line: line, column: column,
        Language.text(
          vi:
            "không dùng neo và bí danh YAML (& và *) trong tệp cuộc thi và bộ tiêu chí: hãy viết đầy đủ",
          en:
            "YAML anchors and aliases (& and *) are not accepted in contest and rubric files: write the values out"
        ))
      return nil
    }
    do {
      guard let root = try Yams.compose(yaml: text) else {
        error(at: nil, CSVMessages.emptyFile)
        return nil
      }
      return root
    } catch let yamlError as YamlError {
      switch yamlError {
      case .scanner(let context, let problem, let mark, _),
        .parser(let context, let problem, let mark, _),
        .composer(let context, let problem, let mark, _):
        let detail = [context?.text, problem].compactMap { $0 }.joined(separator: " ")
        record(line: mark.line, column: mark.column, syntax(detail))
      case .duplicatedKeysInMapping(let duplicates, let context):
        record(
          line: context.mark.line, column: context.mark.column,
          Language.text(
            vi: "khoá bị lặp: \(duplicates.joined(separator: ", "))",
            en: "duplicate key: \(duplicates.joined(separator: ", "))"))
      default:
        error(at: nil, syntax(String(describing: yamlError)))
      }
      return nil
    } catch {
      self.error(at: nil, syntax(String(describing: error)))
      return nil
    }
  }

  /// Where the first control character YAML forbids is (any C0 or C1 control but tab and
  /// line breaks, and DEL), 1-based; nil when there is none.
  static func firstControl(in text: String) -> (line: Int, column: Int, UnicodeScalar)? {
    var line = 1
    var column = 1
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A:
        line += 1
        column = 1
        continue
      case 0x09, 0x0D, 0x85: break
      case 0x00...0x1F, 0x7F...0x9F: return (line, column, scalar)
      default: break
      }
      column += 1
    }
    return nil
  }

  /// Where the first anchor (`&name`) or alias (`*name`) starts a node, outside quotes and
  /// comments; nil when there is none.
  static func firstAnchor(in text: String) -> (line: Int, column: Int)? {
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let characters = Array(line)
      var quote: Character? = nil
      // A node may start at the line's first non-space, and after "- ", ": ", "[", "{", ",".
      var nodeStart = true
      for (column, character) in characters.enumerated() {
        if let open = quote {
          if character == open { quote = nil }
          continue
        }
        switch character {
        case "\"", "'":
          if nodeStart { quote = character }
          nodeStart = false
        case "#":
          nodeStart = false
        case " ", "\t":
          continue
        case "&", "*":
          let next = column + 1 < characters.count ? characters[column + 1] : " "
          if nodeStart && next != " " && next != "\t" { return (index + 1, column + 1) }
          nodeStart = false
        case "[", "{", ",":
          nodeStart = true
        case "-", ":", "?":
          let next = column + 1 < characters.count ? characters[column + 1] : " "
          nodeStart = next == " " || next == "\t"
        default:
          nodeStart = false
        }
        if character == "#" && (column == 0 || characters[column - 1] == " ") { break }
      }
    }
    return nil
  }

  private func syntax(_ detail: String) -> String {
    Language.text(vi: "lỗi cú pháp YAML: \(detail)", en: "YAML syntax error: \(detail)")
  }

  func error(at node: Node?, _ message: String) {
    let mark = node?.mark
    record(line: mark?.line, column: mark?.column, message)
  }

  func record(line: Int?, column: Int?, _ message: String) {
    collector.add(
      Diagnostic(file: file, line: line, column: column.map(String.init), message: message))
  }

  /// The mapping's values by key; unknown keys and missing required keys are errors.
  func mapping(
    _ node: Node, what: String, allowed: [String], required: [String] = []
  ) -> [String: Node]? {
    guard let mapping = node.mapping else {
      error(
        at: node,
        Language.text(
          vi: "\(what) phải là một bảng khoá: giá trị", en: "\(what) must be a mapping of keys"))
      return nil
    }
    var values: [String: Node] = [:]
    for (keyNode, value) in mapping {
      guard let key = keyNode.scalar?.string else {
        error(at: keyNode, Language.text(vi: "khoá không hợp lệ", en: "a key must be text"))
        continue
      }
      guard allowed.contains(key) else {
        error(
          at: keyNode,
          Language.text(
            vi:
              "khoá lạ '\(key)' trong \(what); các khoá được dùng: \(allowed.joined(separator: ", "))",
            en: "unknown key '\(key)' in \(what); known keys: \(allowed.joined(separator: ", "))"))
        continue
      }
      values[key] = value
    }
    for key in required where values[key] == nil {
      error(
        at: node,
        Language.text(
          vi: "\(what) thiếu khoá bắt buộc '\(key)'", en: "\(what) lacks the required key '\(key)'"
        ))
    }
    return values
  }

  func string(_ node: Node?, _ key: String, allowEmpty: Bool = false) -> String? {
    guard let node else { return nil }
    guard let scalar = node.scalar else {
      error(at: node, Language.text(vi: "'\(key)' phải là văn bản", en: "'\(key)' must be text"))
      return nil
    }
    let text = node.null != nil ? "" : VietnameseText.clean(scalar.string)
    if text.isEmpty && !allowEmpty {
      error(at: node, Language.text(vi: "'\(key)' không được để trống", en: "'\(key)' is empty"))
      return nil
    }
    return text
  }

  func identifier(_ node: Node?, _ key: String) -> String? {
    guard let text = string(node, key) else { return nil }
    let ok = text.unicodeScalars.allSatisfy {
      ($0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil))
        || $0 == "-" || $0 == "_"
    }
    if !ok {
      error(
        at: node,
        Language.text(
          vi: "'\(key)' = '\(text)': mã chỉ gồm chữ Latin không dấu, chữ số, '-' và '_'",
          en: "'\(key)' = '\(text)': an id uses only ASCII letters, digits, '-' and '_'"))
      return nil
    }
    return text
  }

  func int(_ node: Node?, _ key: String, min: Int? = nil) -> Int? {
    guard let node else { return nil }
    guard let scalar = node.scalar,
      let value = Int(scalar.string.trimmingCharacters(in: .whitespaces))
    else {
      error(
        at: node,
        Language.text(vi: "'\(key)' phải là số nguyên", en: "'\(key)' must be a whole number"))
      return nil
    }
    if let min, value < min {
      error(
        at: node,
        Language.text(vi: "'\(key)' phải từ \(min) trở lên", en: "'\(key)' must be at least \(min)")
      )
      return nil
    }
    return value
  }

  func decimal(_ node: Node?, _ key: String, positive: Bool = false) -> Decimal? {
    guard let node else { return nil }
    guard let scalar = node.scalar, let value = DecimalText.parse(scalar.string) else {
      error(at: node, Language.text(vi: "'\(key)' phải là số", en: "'\(key)' must be a number"))
      return nil
    }
    if value < 0 || (positive && value == 0) {
      error(
        at: node,
        positive
          ? Language.text(vi: "'\(key)' phải lớn hơn 0", en: "'\(key)' must be greater than 0")
          : Language.text(vi: "'\(key)' không được âm", en: "'\(key)' must not be negative"))
      return nil
    }
    return value
  }

  func bool(_ node: Node?, _ key: String) -> Bool? {
    guard let node else { return nil }
    switch node.scalar?.string.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      error(
        at: node,
        Language.text(vi: "'\(key)' phải là true hoặc false", en: "'\(key)' must be true or false"))
      return nil
    }
  }

  func day(_ node: Node?, _ key: String) -> Day? {
    guard let text = string(node, key) else { return nil }
    guard let day = Day(parsing: text) else {
      error(
        at: node,
        Language.text(
          vi: "'\(key)' = '\(text)' không phải là ngày (yyyy-mm-dd hoặc dd/mm/yyyy)",
          en: "'\(key)' = '\(text)' is not a date (yyyy-mm-dd or dd/mm/yyyy)"))
      return nil
    }
    return day
  }

  func sequence(_ node: Node?, _ key: String) -> [Node]? {
    guard let node else { return nil }
    guard let sequence = node.sequence else {
      error(
        at: node, Language.text(vi: "'\(key)' phải là một danh sách", en: "'\(key)' must be a list")
      )
      return nil
    }
    return Array(sequence)
  }
}

/// Decimal numbers as people write them: `7.5` or `7,5`.
public enum DecimalText {
  /// Parses a plain decimal number (no thousands separators, no exponent); nil otherwise.
  public static func parse(_ text: String) -> Decimal? {
    var body = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
    var negative = false
    if body.hasPrefix("-") {
      negative = true
      body.removeFirst()
    } else if body.hasPrefix("+") {
      body.removeFirst()
    }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      parts.count == 1 || !parts[1].isEmpty,
      let value = Decimal(string: body, locale: Locale(identifier: "en_US_POSIX"))
    else { return nil }
    return negative ? -value : value
  }

  /// Writes a decimal without a trailing `.0` (`7.5`, `30`).
  public static func format(_ value: Decimal) -> String {
    var copy = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &copy, 6, .plain)
    return NSDecimalNumber(decimal: rounded).stringValue
  }
}

extension String {
  /// The string with zeros in front, to `width` characters.
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
