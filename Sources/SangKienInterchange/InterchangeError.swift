import SangKienModel

/// Failures of reading or writing a file as a whole (a row's problems are diagnostics).
public enum InterchangeError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file does not exist or cannot be read.
  case cannotRead(path: String)
  /// The file cannot be written.
  case cannotWrite(path: String)
  /// The file is not text in the legacy encoding it was said to be in.
  case notInEncoding(path: String, encoding: String)

  /// The message for a person.
  public var description: String {
    switch self {
    case .cannotRead(let path):
      Language.text(
        vi: "không đọc được tệp '\(path)' (không có, hoặc là thư mục)",
        en: "cannot read '\(path)' (missing, or a folder)")
    case .cannotWrite(let path):
      Language.text(vi: "không ghi được tệp '\(path)'", en: "cannot write '\(path)'")
    case .notInEncoding(let path, let encoding):
      Language.text(
        vi: "tệp '\(path)' không phải văn bản theo bảng mã \(encoding)",
        en: "'\(path)' is not text in \(encoding)")
    }
  }
}
