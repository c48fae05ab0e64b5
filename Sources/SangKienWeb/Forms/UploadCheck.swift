import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit
import NIOCore
import SangKienInterchange
import SangKienModel
import SangKienWorkflow
import ZIPFoundation

/// Whether an upload is what its form asks for, found from its bytes: an Excel workbook
/// (.xlsx) or text a CSV reader reads (UTF-8, or UTF-16 as Excel's "Unicode Text" saves).
enum UploadCheck {
  static func refusal(_ bytes: [UInt8], name: String) -> String? {
    if bytes.isEmpty {
      return WebText.emptyFile(name)
    }
    // Excel's UTF-16 text: the CSV reader takes it.
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
    let path = NSTemporaryDirectory() + "sangkien-upload-\(Workflow.randomToken())"
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
      return WebText.fileNotStaged
    }
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard let type = try? MediaSniffer.sniff(path: path, name: name) else {
      return WebText.fileUnreadable
    }
    switch type.mediaType {
    case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/plain":
      return nil
    default:
      return WebText.notATable(name, type: type.label)
    }
  }
}
