import ArgumentParser
import Foundation
import SangKienModel
import SangKienStorage

extension SangKienCommand {
  /// `sangkien backup FILE`.
  struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "backup",
      abstract: "Copy the database to FILE, consistently, even while judges are writing.")
    @Argument(help: ArgumentHelp("The copy to write.", valueName: "file")) var file: String
    @Flag(help: "Replace FILE if it exists.") var force = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let db = try database.open(.secretariat, command: "backup")
        try db.backup(to: file, replace: force)
        let check = try ContestDatabase.checkCopy(path: file)
        Console.current.line(
          Language.text(
            vi:
              "Đã sao lưu vào \(file): \(check.records) bản ghi nhật ký, đầu chuỗi \(check.head).",
            en: "Backed up to \(file): \(check.records) audit records, head \(check.head)."))
      }
    }
  }

  /// `sangkien restore FILE`.
  struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "restore",
      abstract:
        "Replace the database with a backup, after checking the backup (integrity, audit chain).",
      discussion: "The current content is kept beside the database first; nothing is lost.")
    @Argument(help: ArgumentHelp("The backup to restore.", valueName: "file")) var file: String
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
      try language.apply {
        let db = try database.open(.secretariat, command: "restore")
        let context = try database.context()
        let stamp = AuditContext.format(context.now).replacingOccurrences(of: ":", with: "")
          .replacingOccurrences(of: ".", with: "")
        let path = database.path
        let base = path.hasSuffix(".sqlite") ? String(path.dropLast(7)) : path
        let keep = base + ".before-restore-\(stamp).sqlite"
        let result = try db.restore(from: file, keepAs: keep, context: context)
        Console.current.line(
          Language.text(
            vi:
              "Đã khôi phục từ \(file) (\(result.records) bản ghi nhật ký, toàn vẹn). Dữ liệu trước đó giữ ở \(keep).",
            en:
              "Restored from \(file) (\(result.records) audit records, intact). The previous content is kept as \(keep)."
          ))
      }
    }
  }
}
