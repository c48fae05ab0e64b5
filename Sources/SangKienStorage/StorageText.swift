import Foundation
import SangKienModel

/// Storage's messages that are not errors of their own.
enum StorageText {
  static var readOnly: String {
    Language.text(
      vi:
        "cơ sở dữ liệu chỉ đọc được (bản lưu trữ?): xem, xếp hạng và kiểm tra được, không thay đổi được",
      en:
        "the database is read-only (an archive copy?): it can be read, ranked and verified, not changed"
    )
  }

  /// No room on the disk for a copy of `needed` bytes at `path` (`available` left).
  static func diskFull(_ path: String, needed: Int64?, available: Int64?) -> String {
    let room: String
    if let needed, let available {
      room = Language.text(
        vi: ": cần khoảng \(size(needed)), còn \(size(available))",
        en: ": about \(size(needed)) needed, \(size(available)) free")
    } else {
      room = ""
    }
    return Language.text(
      vi: "ổ đĩa chứa '\(path)' hết chỗ trống\(room); không có gì được ghi, hãy chọn nơi khác",
      en: "the disk holding '\(path)' is full\(room); nothing was written, choose another place")
  }

  /// A size as a person reads it: `1,2 MB` in Vietnamese, `1.2 MB` in English.
  static func size(_ bytes: Int64) -> String {
    let units = ["B", "KB", "MB", "GB", "TB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1024 && unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    let text = unit == 0 ? String(bytes) : String(format: "%.1f", value)
    return (Language.current == .vi ? text.replacingOccurrences(of: ".", with: ",") : text) + " "
      + units[unit]
  }

  static func walMissing(_ path: String) -> String {
    Language.text(
      vi:
        "'\(path)' ghi theo chế độ WAL nhưng thiếu tệp nhật ký ghi '\(path)-wal' bên cạnh: những thay đổi còn trong tệp đó không có trong cơ sở dữ liệu. Hãy đặt lại tệp -wal cạnh nó (từ nơi đã chép cơ sở dữ liệu), hoặc khôi phục từ một bản sao lưu",
      en:
        "'\(path)' is in WAL mode but its write-ahead log '\(path)-wal' is missing: the changes still in that file are not in the database. Put the -wal file back beside it (from where the database was copied), or restore a backup"
    )
  }

  static func readOnlyOlder(_ path: String) -> String {
    Language.text(
      vi:
        "'\(path)' của phiên bản sangkien cũ hơn và chỉ đọc được: hãy mở một bản chép ghi được để nâng cấp",
      en: "'\(path)' is from an older sangkien and read-only: open a writable copy to upgrade it")
  }
}
