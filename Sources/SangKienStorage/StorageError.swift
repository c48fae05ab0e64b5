import SangKienModel

/// Why the database refused or failed a request.
public enum StorageError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No database at this path.
  case noDatabase(path: String)
  /// Restoring where there is no database: the person is not of the backup's secretariat.
  case notSecretariat(name: String, path: String)
  /// A database already exists where one would be created.
  case alreadyExists(path: String)
  /// The file is not a sangkien database, or one of a newer version.
  case notAContestDatabase(path: String)
  /// No entry has this code.
  case entryNotFound(code: String)
  /// Another entry already has this code.
  case duplicateCode(code: String)
  /// The entry cannot go from its status to the one asked for.
  case invalidTransition(code: String, from: EntryStatus, to: EntryStatus)
  /// No judge has this id.
  case judgeNotFound(id: String)
  /// A judge with this id already exists.
  case duplicateJudge(id: String)
  /// No round has this id.
  case roundNotFound(id: String)
  /// No attached file has this number (on this entry).
  case attachmentNotFound(id: Int64, entry: String?)
  /// The round is closed: no score may change.
  case roundClosed(id: String)
  /// The round is already open, or already closed.
  case roundAlreadyInState(id: String, state: RoundState)
  /// The round already has a shortlist.
  case shortlistExists(round: String)
  /// The judge already has a sheet for the entry in the round.
  case sheetExists(round: String, judge: String, entry: String)
  /// The judge has no sheet for the entry in the round.
  case sheetNotFound(round: String, judge: String, entry: String)
  /// The judge is not assigned to the entry in the round.
  case assignmentNotFound(round: String, judge: String, entry: String)
  /// The jury already decided this prize's places in the round.
  case alreadyDecided(round: String, group: String, prize: String)
  /// A file fails its checks (integrity, audit chain, replay).
  case damaged(path: String, problems: [String])
  /// A member of staff with this name already exists.
  case duplicateStaff(name: String)
  /// The database failed; the message is SQLite's, wrapped.
  case database(message: String)
  /// The file could not be created or replaced.
  case file(message: String)
  /// A one-time code was spent by another sign-in in the meantime.
  case codeSpent

  /// The message for a person.
  public var description: String {
    switch self {
    case .notSecretariat(let name, let path):
      Language.text(
        vi:
          "'\(name)' không có trong Tổ thư ký của bản sao lưu \(path): chỉ Tổ thư ký khôi phục được",
        en:
          "'\(name)' is not of the secretariat in the backup \(path): only the secretariat restores"
      )
    case .noDatabase(let path):
      Language.text(
        vi: "chưa có cơ sở dữ liệu '\(path)'; \(Remedy.initialise.text)",
        en: "no database at '\(path)'; \(Remedy.initialise.text)")
    case .alreadyExists(let path):
      Language.text(
        vi: "đã có cơ sở dữ liệu '\(path)'; \(Remedy.replaceDatabase.text)",
        en:
          "a database already exists at '\(path)'; \(Remedy.replaceDatabase.text)"
      )
    case .notAContestDatabase(let path):
      Language.text(
        vi: "'\(path)' không phải cơ sở dữ liệu sangkien, hoặc của phiên bản mới hơn",
        en: "'\(path)' is not a sangkien database, or is from a newer version")
    case .entryNotFound(let code):
      Language.text(vi: "không có sáng kiến mã '\(code)'", en: "no entry has the code '\(code)'")
    case .duplicateCode(let code):
      Language.text(vi: "mã '\(code)' đã được dùng", en: "the code '\(code)' is already used")
    case .invalidTransition(let code, let from, let to):
      Language.text(
        vi:
          "\(code) đang ở trạng thái '\(from.vietnamese)', không chuyển sang '\(to.vietnamese)' được",
        en: "\(code) is \(from.rawValue) and cannot become \(to.rawValue)")
    case .judgeNotFound(let id):
      Language.text(vi: "không có giám khảo mã '\(id)'", en: "no judge has the id '\(id)'")
    case .duplicateJudge(let id):
      Language.text(vi: "mã giám khảo '\(id)' đã có", en: "the judge id '\(id)' is already used")
    case .roundNotFound(let id):
      Language.text(vi: "không có vòng '\(id)'", en: "no round '\(id)'")
    case .attachmentNotFound(let id, let entry?):
      Language.text(
        vi: "sáng kiến \(entry) không có tệp đính kèm số \(id)",
        en: "entry \(entry) has no attached file #\(id)")
    case .attachmentNotFound(let id, nil):
      Language.text(vi: "không có tệp đính kèm số \(id)", en: "no attached file #\(id)")
    case .roundClosed(let id):
      Language.text(
        vi: "vòng \(RoundNames.shown(id)) đã đóng: không được thay đổi điểm",
        en: "round '\(id)' is closed: no score may change")
    case .roundAlreadyInState(let id, let state):
      Language.text(
        vi: "vòng \(RoundNames.shown(id)) đã \(state == .open ? "mở" : "đóng") rồi",
        en: "round '\(id)' is already \(state.rawValue)")
    case .shortlistExists(let round):
      Language.text(
        vi: "vòng \(RoundNames.shown(round)) đã có danh sách sáng kiến vào vòng",
        en: "round '\(round)' already has its shortlist")
    case .sheetExists(let round, let judge, let entry):
      Language.text(
        vi:
          "giám khảo \(judge) đã có phiếu chấm \(entry) ở vòng \(RoundNames.shown(round)); \(Remedy.replace.text)",
        en:
          "judge \(judge) already has a sheet for \(entry) in round \(round); \(Remedy.replace.text)"
      )
    case .sheetNotFound(let round, let judge, let entry):
      Language.text(
        vi: "giám khảo \(judge) chưa có phiếu chấm \(entry) ở vòng \(RoundNames.shown(round))",
        en: "judge \(judge) has no sheet for \(entry) in round \(round)")
    case .assignmentNotFound(let round, let judge, let entry):
      Language.text(
        vi: "\(judge) không được phân công chấm \(entry) ở vòng \(RoundNames.shown(round))",
        en: "\(judge) is not assigned to \(entry) in round \(round)")
    case .alreadyDecided(let round, let group, let prize):
      Language.text(
        vi:
          "Ban giám khảo đã quyết định \(prize) (nhóm \(EntrantKind.groupWord(group)), vòng \(RoundNames.shown(round)))",
        en: "the jury has already decided \(prize) (group \(group), round \(round))")
    case .damaged(let path, let problems):
      Language.text(
        vi: "'\(path)' không qua được kiểm tra; không thay gì cả:\n"
          + problems.prefix(20).joined(separator: "\n"),
        en: "'\(path)' fails its checks; nothing was replaced:\n"
          + problems.prefix(20).joined(separator: "\n"))
    case .duplicateStaff(let name):
      Language.text(vi: "'\(name)' đã có trong danh sách", en: "'\(name)' is already on the staff")
    case .database(let message):
      Language.text(vi: "lỗi cơ sở dữ liệu: \(message)", en: "database error: \(message)")
    case .file(let message):
      Language.text(vi: "lỗi tệp: \(message)", en: "file error: \(message)")
    case .codeSpent:
      Language.text(vi: "mã đăng nhập đã được dùng", en: "the sign-in code was already used")
    }
  }
}
