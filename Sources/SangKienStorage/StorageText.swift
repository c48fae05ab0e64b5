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

  static func readOnlyOlder(_ path: String) -> String {
    Language.text(
      vi:
        "'\(path)' của phiên bản sangkien cũ hơn và chỉ đọc được: hãy mở một bản chép ghi được để nâng cấp",
      en: "'\(path)' is from an older sangkien and read-only: open a writable copy to upgrade it")
  }
}
