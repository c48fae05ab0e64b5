import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// The web application's own messages, Vietnamese and English side by side: one catalog
/// (as `WorkflowText` is the workflow's). The pages' fixed words are in the templates'
/// catalog; refusals of the workflow come with their own text.
enum WebText {
  /// A point that is not a number (`shown`: what was typed, when it was text).
  static func notANumber(_ shown: String?) -> String {
    guard let shown else { return Language.text(vi: "phải là một số", en: "must be a number") }
    return Language.text(vi: "'\(shown)' không phải là số", en: "'\(shown)' is not a number")
  }

  static var pointsNotAnObject: String {
    Language.text(vi: "phải là một đối tượng", en: "must be an object")
  }

  /// A form field whose value is not of its kind (a number where a number is due).
  static func formField(_ field: String) -> String {
    Language.text(vi: "trường '\(field)' không hợp lệ", en: "the field '\(field)' is not valid")
  }

  // A round's progress.
  static func progressHeading(_ round: String) -> String {
    Language.text(
      vi: "Tiến độ chấm · vòng \(RoundNames.shown(round))", en: "Progress · round \(round)")
  }
  static func progressState(_ state: RoundState) -> String {
    state == .closed
      ? Language.text(vi: "Vòng đã đóng.", en: "The round is closed.")
      : Language.text(
        vi: "Vòng đang mở: trang tự cập nhật vài giây một lần.",
        en: "The round is open: this page updates itself every few seconds.")
  }
  static func setAside(entry: String, judge: String, reason: String) -> String {
    Language.text(
      vi: "\(entry), giám khảo \(judge): \(reason)", en: "\(entry), judge \(judge): \(reason)")
  }
  static func pendingPrize(group: String, prize: String, places: Int, among: [String]) -> String {
    let list = among.joined(separator: ", ")
    return Language.text(
      vi: "nhóm \(EntrantKind.groupWord(group)), \(prize) (\(places) suất): \(list)",
      en: "group \(group), \(prize) (\(places) places): \(list)")
  }

  // The jury.
  static func judgesHeading(_ count: Int) -> String {
    Language.text(vi: "Giám khảo (\(count))", en: "Judges (\(count))")
  }
  static func removedHeading(_ count: Int) -> String {
    Language.text(vi: "Đã bỏ khỏi Ban (\(count))", en: "Removed (\(count))")
  }
  static func assignPreview(_ round: String) -> String {
    Language.text(
      vi: "Chạy phân công vòng \(RoundNames.shown(round)) (xem trước)",
      en: "Run the assignment of \(round) (preview first)")
  }
  static func repair(_ round: String) -> String {
    Language.text(vi: "Bù chỗ trống vòng \(RoundNames.shown(round))", en: "Repair \(round)")
  }

  // The jury's changes.
  static func judgeAdded(_ id: String, _ name: String) -> String {
    Language.text(vi: "Đã thêm giám khảo \(id) \(name).", en: "Added judge \(id) \(name).")
  }
  static func judgeUpdated(_ id: String) -> String {
    Language.text(vi: "Đã sửa thông tin \(id).", en: "Updated \(id).")
  }
  static func revoked(_ login: String) -> String {
    Language.text(
      vi: "Đã thu hồi đăng nhập của \(login): mã, mật khẩu và mọi phiên.",
      en: "Revoked \(login)'s sign-in: code, password and every session.")
  }
  static func judgeRemoved(_ id: String) -> String {
    Language.text(
      vi: "Đã bỏ \(id) khỏi Ban giám khảo (phiếu đã chấm vẫn giữ).",
      en: "Removed \(id) from the jury (their sheets are kept).")
  }
  static func judgeReinstated(_ id: String, _ name: String) -> String {
    Language.text(
      vi: "Đã đưa \(id) \(name) trở lại Ban Giám khảo.", en: "\(id) \(name) is back on the jury.")
  }
  static func conflictDismissed(_ judge: String, _ entry: String) -> String {
    Language.text(vi: "Đã gạt xung đột \(judge) – \(entry).", en: "Dismissed \(judge) – \(entry).")
  }
  static func conflictRecorded(_ judge: String, _ entry: String, setAside: Int, removed: Int)
    -> String
  {
    Language.text(
      vi:
        "Đã ghi xung đột \(judge) – \(entry); \(setAside) phiếu bị gạt ra, \(removed) phân công bỏ.",
      en:
        "Recorded \(judge) – \(entry); \(setAside) sheets set aside, \(removed) assignments removed."
    )
  }
  static func moved(_ entry: String, from: String, to: String) -> String {
    Language.text(
      vi: "Đã chuyển \(entry) từ \(from) sang \(to).", en: "Moved \(entry) from \(from) to \(to).")
  }
  static func sheetVoided(_ judge: String, _ entry: String) -> String {
    Language.text(
      vi: "Đã gạt phiếu của \(judge) cho \(entry).", en: "Voided \(judge)'s sheet for \(entry).")
  }
  static func sheetRestored(_ judge: String, _ entry: String) -> String {
    Language.text(
      vi: "Đã tính lại phiếu của \(judge) cho \(entry).",
      en: "Restored \(judge)'s sheet for \(entry).")
  }
  static func sheetReopened(_ judge: String, _ entry: String) -> String {
    Language.text(
      vi: "Đã mở lại phiếu của \(judge) cho \(entry).",
      en: "Reopened \(judge)'s sheet for \(entry).")
  }

  // Rounds, prizes, publishing.
  static func roundChanged(_ round: String, _ change: RoundStateChange, to state: RoundState)
    -> String
  {
    var notice =
      state == .closed
      ? Language.text(vi: "Đã đóng vòng \(RoundNames.shown(round)).", en: "Round \(round) closed.")
      : Language.text(
        vi: "Đã mở lại vòng \(RoundNames.shown(round)).", en: "Round \(round) open again.")
    if !change.discarded.isEmpty {
      notice += Language.text(
        vi: " Đã bỏ \(change.discarded.count) thay đổi chưa nộp (ghi nhật ký từng phiếu).",
        en: " Discarded \(change.discarded.count) changes not submitted (each logged).")
    }
    if let published = change.published {
      notice += Language.text(
        vi: " Kết quả đã công bố #\(published) sẽ bị thay thế ở lần công bố sau.",
        en: " Published result #\(published) will be superseded by the next publication.")
    }
    return notice
  }
  static func prizeDecided(_ prize: String, group: String, award: [String]) -> String {
    let list = award.joined(separator: ", ")
    return Language.text(
      vi: "Đã ghi quyết định: \(prize) nhóm \(EntrantKind.groupWord(group)) cho \(list).",
      en: "Recorded: \(prize), group \(group), to \(list).")
  }
  static func published(_ publication: Publication) -> String {
    let files = publication.files.map(\.name).joined(separator: ", ")
    var notice = Language.text(
      vi:
        "Đã công bố vòng \(RoundNames.shown(publication.round)), mã #\(publication.id): \(files).",
      en: "Published round \(publication.round) as #\(publication.id): \(files).")
    if let old = publication.supersedes {
      notice += Language.text(
        vi: " Bản này thay thế công bố #\(old)", en: " It supersedes publication #\(old)")
      notice +=
        publication.because.isEmpty
        ? "." : becauseOpen + publication.because.joined(separator: "; ") + ")."
    }
    return notice
  }
  static func statusChanged(_ codes: [String], to status: EntryStatus) -> String {
    let list = codes.joined(separator: ", ")
    return Language.text(
      vi: "Đã chuyển \(codes.count) sáng kiến sang \(status.localized): \(list).",
      en: "\(codes.count) entries are now \(status.rawValue): \(list).")
  }
  static func blindChanged(_ name: String, shown: Bool) -> String {
    shown
      ? Language.text(
        vi: "Giám khảo chấm hồ sơ này từ nay xem được \(name).",
        en: "The entry's judges now see \(name).")
      : Language.text(
        vi: "\(name) từ nay không cho giám khảo xem.", en: "\(name) is now hidden from the judges.")
  }
  static func unknownMethod(_ text: String) -> String {
    Language.text(
      vi: "cách tổng hợp '\(text)' không có; dùng mean, trimmed, median hoặc zscore",
      en: "unknown method '\(text)'; use mean, trimmed, median or zscore")
  }
  static func unknownCategory(_ text: String) -> String {
    Language.text(
      vi: "loại '\(text)' không có; dùng sáng kiến, giải pháp hoặc mô hình",
      en: "unknown category '\(text)'; use idea, solution or model")
  }

  // Uploads.
  static func emptyFile(_ name: String) -> String {
    Language.text(vi: "tệp \(name) trống", en: "the file \(name) is empty")
  }
  static func notATable(_ name: String, type: String) -> String {
    Language.text(
      vi: "\(name) là \(type), không phải tệp CSV hay Excel (.xlsx)",
      en: "\(name) is \(type), not a CSV file or an Excel workbook (.xlsx)")
  }
  static func entriesImported(_ count: Int, first: String?, last: String?, dryRun: Bool) -> String {
    let codes = first.map { " (\($0)–\(last ?? $0))" } ?? ""
    return Language.text(
      vi: (dryRun ? "Sẽ thêm" : "Đã thêm") + " \(count) sáng kiến\(codes).",
      en: (dryRun ? "Would add" : "Added") + " \(count) entries\(codes).")
  }
  static func judgesImported(_ count: Int, dryRun: Bool) -> String {
    Language.text(
      vi: (dryRun ? "Sẽ thêm" : "Đã thêm") + " \(count) giám khảo.",
      en: (dryRun ? "Would add" : "Added") + " \(count) judges.")
  }
  static func assignmentsImported(_ count: Int, round: String, dryRun: Bool) -> String {
    Language.text(
      vi: (dryRun ? "Sẽ ghi" : "Đã ghi") + " \(count) phân công (vòng \(RoundNames.shown(round))).",
      en: (dryRun ? "Would register" : "Registered") + " \(count) assignments (round \(round)).")
  }
  static func sheetsImported(
    added: Int, replaced: Int, unchanged: Int, notScored: Int, dryRun: Bool
  )
    -> String
  {
    Language.text(
      vi: (dryRun ? "Sẽ nhận" : "Đã nhận")
        + " \(added) phiếu mới, \(replaced) phiếu thay, \(unchanged) phiếu không đổi, \(notScored) sáng kiến chưa chấm.",
      en: (dryRun ? "Would take" : "Took")
        + " \(added) new sheets, \(replaced) replaced, \(unchanged) unchanged, \(notScored) entries not scored yet."
    )
  }
  static func fileProblems(_ count: Int, choices: Bool) -> String {
    Language.text(
      vi: "Tệp có \(count) lỗi; chưa ghi gì. Sửa tệp rồi tải lên lại"
        + (choices ? ", hoặc chọn bên dưới rồi kiểm tra lại." : "."),
      en: "The file has \(count) problems; nothing was written. Correct it and upload it again"
        + (choices ? ", or choose below and check it again." : "."))
  }
  static func notWritten(_ why: String) -> String {
    Language.text(vi: "Không ghi được: \(why)", en: "Not written: \(why)")
  }
  static func line(_ number: Int) -> String {
    Language.text(vi: "dòng \(number)", en: "line \(number)")
  }

  // Assigning.
  static func assignHeading(_ round: String) -> String {
    Language.text(
      vi: "Xem trước phân công · vòng \(RoundNames.shown(round))",
      en: "Assignment preview · round \(round)")
  }
  static func assignFacts(_ plan: AssignmentPlan) -> [String] {
    let each = plan.perEntry.map(String.init) ?? "?"
    let range = plan.solution.map { "\($0.loadRange.lowerBound)–\($0.loadRange.upperBound)" } ?? "—"
    let fields = plan.solution?.fieldMatches ?? 0
    let shared = plan.solution?.maxSharedEntries ?? 0
    return [
      Language.text(
        vi: "\(plan.entries) sáng kiến × \(each) giám khảo mỗi sáng kiến, \(plan.judges) giám khảo",
        en: "\(plan.entries) entries × \(each) judges each, \(plan.judges) judges"),
      Language.text(vi: "Số hồ sơ mỗi giám khảo: \(range)", en: "Load per judge: \(range)"),
      Language.text(vi: "Khớp lĩnh vực: \(fields) cặp", en: "Field matches: \(fields) pairs"),
      Language.text(
        vi: "Hai giám khảo chung nhiều nhất \(shared) sáng kiến",
        en: "Two judges share at most \(shared) entries"),
      Language.text(
        vi: "Tránh \(plan.conflictsAvoided) xung đột lợi ích",
        en: "\(plan.conflictsAvoided) conflicts of interest avoided"),
    ]
  }
  static func assignConfirm(_ count: Int) -> String {
    Language.text(vi: "Ghi \(count) phân công này", en: "Write these \(count) assignments")
  }
  static func assignWritten(
    _ count: Int, round: String, placements: [(entry: String, judge: String)] = []
  ) -> String {
    let list = placements.map { "\($0.entry) → \($0.judge)" }.joined(separator: ", ")
    return Language.text(
      vi: "Đã ghi \(count) phân công vòng \(RoundNames.shown(round))"
        + (list.isEmpty ? "." : ": \(list)."),
      en: "Wrote \(count) assignments for round \(round)" + (list.isEmpty ? "." : ": \(list)."))
  }

  // Advancing.
  static func advanceHeading(from: String, to: String) -> String {
    Language.text(
      vi: "Xem trước: từ vòng \(RoundNames.shown(from)) vào vòng \(RoundNames.shown(to))",
      en: "Preview: from round \(from) to round \(to)")
  }
  static func advancingHeading(_ count: Int) -> String {
    Language.text(vi: "Vào vòng sau (\(count))", en: "Advancing (\(count))")
  }
  static func advanceConfirm(_ count: Int, to: String) -> String {
    Language.text(
      vi: "Xác nhận đưa \(count) sáng kiến vào vòng \(RoundNames.shown(to))",
      en: "Advance these \(count) entries to \(to)")
  }
  static func advanced(_ count: Int, to: String) -> String {
    Language.text(
      vi: "\(count) sáng kiến vào vòng \(RoundNames.shown(to)).",
      en: "\(count) entries advanced to \(to).")
  }

  // Prizes.
  static func prizesHeading(_ round: String) -> String {
    Language.text(vi: "Xét giải · vòng \(RoundNames.shown(round))", en: "Prizes · round \(round)")
  }
  static func tiedPlaces(_ prize: String, places: Int, among: Int) -> String {
    Language.text(
      vi: "\(prize): \(places) suất cho \(among) sáng kiến đồng hạng — Ban giám khảo quyết định",
      en: "\(prize): \(places) places for \(among) tied entries — the jury decides")
  }
  static func notAwarded(_ prize: String, places: Int) -> String {
    Language.text(
      vi: "\(prize): còn \(places) suất không trao", en: "\(prize): \(places) places not awarded")
  }

  // The further marking.
  static func extraHeading(_ round: String) -> String {
    Language.text(
      vi: "Chấm thêm · vòng \(RoundNames.shown(round))", en: "Further marking · \(round)")
  }
  static func extraAssigned(_ count: Int) -> String {
    Language.text(
      vi: "Đã giao \(count) lượt chấm thêm; giám khảo thấy ngay trong danh sách của mình.",
      en: "\(count) further sheet(s) assigned; the judges see them in their lists now.")
  }
  static func extraRule(_ round: Round) -> String {
    let spread = DecimalFormat.plain(round.disagreement)
    let extra = round.resolution?.extraJudges ?? 1
    let meanAll = (round.resolution?.method ?? .meanAll) == .meanAll
    return Language.text(
      vi:
        "Mỗi sáng kiến có điểm các giám khảo chênh nhau từ \(spread) điểm trở lên được thêm \(extra) giám khảo chấm độc lập; điểm tính là "
        + (meanAll ? "trung bình của tất cả các phiếu." : "trung bình hai phiếu gần nhau nhất."),
      en:
        "Each entry whose judges' totals are \(spread) points apart or more gets \(extra) more independent judge(s); its score is "
        + (meanAll ? "the mean of every sheet." : "the mean of the two closest sheets."))
  }
  static func extraConfirm(_ count: Int) -> String {
    Language.text(vi: "Giao \(count) lượt chấm thêm", en: "Assign \(count) further sheet(s)")
  }

  // The rounds.
  static func roundToggle(open: Bool) -> String {
    open
      ? Language.text(vi: "Đóng vòng", en: "Close the round")
      : Language.text(vi: "Mở lại vòng", en: "Open the round again")
  }
  static func pendingLine(_ count: Int) -> String {
    Language.text(
      vi:
        "\(count) phiếu đã nộp có thay đổi chưa nộp; vòng chỉ đóng được khi giám khảo nộp lại, hoặc khi chọn bỏ các thay đổi đó.",
      en:
        "\(count) submitted sheets have changes not submitted; the round closes once the judges submit, or when you choose to discard them."
    )
  }
  static func lastPublication(_ id: Int64) -> String {
    Language.text(
      vi: "Đã công bố: #\(id). Mở lại và công bố lại sẽ thay thế kết quả đã công bố.",
      en: "Published: #\(id). Reopening and publishing again supersedes it.")
  }
  static func advanceLabel(_ next: String) -> String {
    Language.text(
      vi: "Xem trước danh sách vào vòng \(RoundNames.shown(next))",
      en: "Preview who advances to \(next)")
  }
  static func publication(round: String, supersedes: Int64?) -> String {
    Language.text(
      vi: "vòng \(RoundNames.shown(round))\(supersedes.map { ", thay thế #\($0)" } ?? ""):",
      en: "round \(round)\(supersedes.map { ", supersedes #\($0)" } ?? ""):")
  }

  // Checking a published file.
  static func checkVerdict(genuine: Bool, publication: Int64?) -> String {
    genuine
      ? Language.text(
        vi: "Đúng là bản đã công bố (mã #\(publication ?? 0)).",
        en: "It is what was published (#\(publication ?? 0)).")
      : Language.text(
        vi: "Không khớp với bản đã công bố.", en: "It does not match what was published.")
  }
  static func changesSince(_ count: Int) -> String {
    Language.text(
      vi: "Từ khi công bố có thêm \(count) thay đổi trong nhật ký.",
      en: "\(count) changes were logged since it was published.")
  }

  // The contest's settings.
  static var organiserLabel: String { Language.text(vi: "Cơ quan tổ chức", en: "Organiser") }
  static var deadlineLabel: String { Language.text(vi: "Hạn nhận hồ sơ", en: "Deadline") }
  static var roundsLabel: String { Language.text(vi: "Các vòng", en: "Rounds") }

  // A dossier's file.
  static func badFileName(_ name: String) -> String {
    Language.text(
      vi:
        "file: tên tệp '\(name)' không dùng được (trống, '.', '..' hoặc dài quá 255 byte); hãy đổi tên tệp rồi tải lại.",
      en:
        "file: the file name '\(name)' cannot be used (empty, '.', '..' or over 255 bytes); rename the file and upload it again."
    )
  }
  static func added(_ names: [String]) -> String {
    let list = names.joined(separator: ", ")
    return Language.text(vi: "Đã thêm \(list).", en: "Added \(list).")
  }

  /// What an edit of an entry's fields did, and its warnings.
  static func entryUpdated(_ change: EntryChange) -> String {
    let warnings = change.warnings.map(\.message).joined(separator: "; ")
    return (change.changed ? saved : nothingChanged) + (warnings.isEmpty ? "" : " " + warnings)
  }

  // The reminders and the register.
  static func remindersLine(round: String, asOf now: String) -> String {
    Language.text(
      vi: "Vòng \(RoundNames.shown(round)) · tính đến \(now)", en: "Round \(round) · as of \(now)")
  }
  static func remindersCount(judges: Int, sheets: Int) -> String {
    Language.text(
      vi: "\(judges) giám khảo, \(sheets) phiếu còn thiếu.",
      en: "\(judges) judges, \(sheets) sheets missing.")
  }
  static func registerCount(_ shown: Int, of total: Int) -> String {
    Language.text(vi: "\(shown) / \(total) sáng kiến", en: "\(shown) of \(total) entries")
  }
  static var statusRecorded: String {
    Language.text(vi: "Đã ghi trạng thái mới.", en: "The new status is recorded.")
  }

  // An entry's page.
  static var titleLabel: String { Language.text(vi: "Tên", en: "Title") }
  static var summaryLabel: String { Language.text(vi: "Tóm tắt", en: "Summary") }
  static var receivedByLabel: String { Language.text(vi: "Người tiếp nhận", en: "Received by") }
  static var receivedOnLabel: String { Language.text(vi: "Ngày tiếp nhận", en: "Received on") }
  static var whyLate: String { Language.text(vi: "Lý do nộp muộn", en: "Why late") }
  static var yes: String { Language.text(vi: "có", en: "yes") }
  static func blindButton(hiding: Bool) -> String {
    hiding
      ? Language.text(vi: "Thôi cho xem", en: "Hide from the judges")
      : Language.text(vi: "Cho giám khảo xem", en: "Show to the judges")
  }

  // The statistics.
  static func statisticsHeading(_ round: String) -> String {
    Language.text(
      vi: "Thống kê · vòng \(RoundNames.shown(round))", en: "Statistics · round \(round)")
  }
  static func kendall(_ value: String) -> String {
    Language.text(
      vi: "Hệ số W của Kendall (các giám khảo xếp thứ tự giống nhau đến đâu): \(value)",
      en: "Kendall's W (how alike the judges order the entries): \(value)")
  }
  static func stabilityHeading(_ replicates: Int) -> String {
    Language.text(
      vi: "Độ vững của giải (lấy mẫu lại \(replicates) lần)",
      en: "How firm the prizes are (\(replicates) resamples)")
  }

  // The live part of the progress page.
  static func liveSummary(submitted: Int, assigned: Int, complete: Int, of total: Int) -> String {
    Language.text(
      vi: "Đã nộp \(submitted)/\(assigned) phiếu; \(complete)/\(total) sáng kiến đủ phiếu.",
      en:
        "\(submitted)/\(assigned) sheets submitted; \(complete)/\(total) entries have all their sheets."
    )
  }
  static func asOf(_ now: String) -> String {
    Language.text(vi: "Cập nhật lúc ", en: "As of ") + now
  }
  static func missingSheetsHeading(_ count: Int) -> String {
    Language.text(
      vi: "Sáng kiến còn thiếu phiếu (\(count))", en: "Entries still missing sheets (\(count))")
  }
  static func moreEntries(_ count: Int) -> String {
    Language.text(
      vi: "… và \(count) sáng kiến khác (xem danh sách nhắc).",
      en: "… and \(count) more (see the reminder list).")
  }

  // The ranking.
  static func rankingHeading(_ round: String) -> String {
    Language.text(vi: "Xếp hạng · vòng \(RoundNames.shown(round))", en: "Ranking · round \(round)")
  }
  static func rankingMethod(_ method: String, entries: Int) -> String {
    Language.text(
      vi: "Tổng hợp: \(method) · \(entries) sáng kiến", en: "Method: \(method) · \(entries) entries"
    )
  }
  static func rankingPages(_ page: Int, of count: Int, rows: Int) -> String {
    Language.text(
      vi: "Trang \(page)/\(count) (\(rows) sáng kiến mỗi trang; đủ cả trong tệp công bố)",
      en: "Page \(page) of \(count) (\(rows) entries a page; all of them in the published files)")
  }

  // Signing in and the password.
  static var wrongSignIn: String {
    Language.text(
      vi: "Tên đăng nhập, mật khẩu hoặc mã không đúng.", en: "The login, password or code is wrong."
    )
  }
  /// The prize-winning entries whose disagreement the jury must accept to publish.
  static func unsettledHint(_ entries: [(code: String, prize: String)]) -> String {
    let list = entries.map { "\($0.code) (\($0.prize))" }.joined(separator: ", ")
    return Language.text(
      vi:
        "Điểm các giám khảo của \(list) chênh lệch lớn, chưa được chấm thêm. Ghi ý kiến của Ban Giám khảo (vì sao chấp nhận điểm tổng hợp) thì mới công bố được.",
      en:
        "The judges' totals of \(list) are far apart and were not marked again. Give the jury's view (why it accepts the aggregate) to publish."
    )
  }

  static func scoringDeadline(_ when: String) -> String {
    Language.text(vi: "· Hạn nộp phiếu: \(when).", en: "· Sheets due: \(when).")
  }

  // Mail.
  static func mailRelay(_ configured: Bool, queued: Int) -> String {
    configured
      ? Language.text(
        vi:
          "Máy chủ thư đã cấu hình: thư trong hàng chờ được gửi vài giây một lần (\(queued) thư đang chờ).",
        en: "A relay is configured: queued messages go out every few seconds (\(queued) waiting).")
      : Language.text(
        vi:
          "Chưa cấu hình máy chủ thư (SANGKIEN_SMTP_URL): \(queued) thư nằm trong hàng chờ, chưa gửi được. Mã đăng nhập vẫn hiện cho Tổ thư ký như trước.",
        en:
          "No relay is configured (SANGKIEN_SMTP_URL): \(queued) messages wait, unsent. Sign-in codes are still shown to the staff."
      )
  }
  static var noEmail: String { Language.text(vi: "chưa có email", en: "no e-mail") }
  static func invitationQueued(_ address: String) -> String {
    Language.text(
      vi: "Thư mời (mã và đường dẫn đăng nhập) đã vào hàng chờ gửi tới \(address).",
      en: "The invitation (code and sign-in link) is queued for \(address).")
  }
  static func mailRetried(_ id: Int64) -> String {
    Language.text(vi: "Thư #\(id) đã vào lại hàng chờ gửi.", en: "Message #\(id) is queued again.")
  }

  /// What a judge is told once their conflict is recorded.
  static func conflictDeclared(_ code: String) -> String {
    Language.text(
      vi:
        "Đã ghi nhận khai báo xung đột lợi ích với \(code): sáng kiến đã rời danh sách chấm của bạn (phiếu đã chấm, nếu có, không được tính). Tổ thư ký thấy lời khai trên trang tiến độ và giao chỗ chấm cho giám khảo khác.",
      en:
        "Your conflict of interest with \(code) is recorded: the entry has left your worklist (a sheet you scored, if any, no longer counts). The secretariat sees it on the progress page and gives the place to another judge."
    )
  }

  /// Whether the place a declared conflict freed has a judge again.
  static func declaredPlace(unfilled: Int) -> String {
    unfilled > 0
      ? Language.text(
        vi: "còn \(unfilled) chỗ chưa có giám khảo — dùng “Bù chỗ trống” ở trang Ban giám khảo",
        en: "\(unfilled) place(s) without a judge — use “Repair” on the jury page")
      : Language.text(vi: "đã có giám khảo thay", en: "a judge took the place")
  }

  /// A spent code tried again: it set the password at `at`.
  static func codeUsed(at: Date?) -> String {
    let when = at.map { RecordWords.moment($0) }
    return Language.text(
      vi: "Mã một lần này đã được dùng để đặt mật khẩu"
        + (when.map { " lúc \($0)" } ?? "")
        + ". Hãy đăng nhập bằng mật khẩu; quên mật khẩu thì nhờ Tổ thư ký cấp mã mới.",
      en: "This one-time code was already used to set a password"
        + (when.map { " at \($0)" } ?? "")
        + ". Sign in with the password; if it is forgotten, ask the secretariat for a new code.")
  }
  /// An expired code tried.
  static var codeExpired: String {
    Language.text(
      vi: "Mã một lần này đã hết hạn. Hãy nhờ Tổ thư ký cấp mã mới.",
      en: "This one-time code has expired. Ask the secretariat for a new code.")
  }
  static func tooManySignIns(after time: String) -> String {
    Language.text(
      vi: "Đăng nhập sai quá nhiều lần: hãy thử lại sau \(time).",
      en: "Too many failed sign-ins: try again after \(time).")
  }
  static func passwordIntro(firstTime: Bool) -> String {
    firstTime
      ? Language.text(
        vi: "Bạn đã đăng nhập bằng mã dùng một lần. Hãy đặt mật khẩu để lần sau đăng nhập.",
        en: "You signed in with a one-time code. Set a password for the next time.")
      : Language.text(vi: "Đổi mật khẩu của bạn.", en: "Change your password.")
  }
  static var passwordsDiffer: String {
    Language.text(vi: "Hai lần nhập không giống nhau.", en: "The two do not match.")
  }
  static var notDone: String { Language.text(vi: "Không thực hiện được", en: "Not done") }

  // A judge's worklist.
  static var whoseWorklist: String {
    Language.text(
      vi: "Trang này là danh sách chấm của một giám khảo: thêm ?judge=MÃ để xem của ai.",
      en: "This is a judge's worklist: add ?judge=ID to see whose.")
  }
  static func worklistLine(round: String, judge: String) -> String {
    Language.text(
      vi: "Vòng \(RoundNames.shown(round)) · giám khảo \(judge)",
      en: "Round \(round) · judge \(judge)")
  }
  static func sheetProgress(_ state: SheetProgress) -> String {
    switch state {
    case .todo: Language.text(vi: "chưa chấm", en: "to do")
    case .draft: Language.text(vi: "bản nháp", en: "draft")
    case .submitted: Language.text(vi: "đã nộp", en: "submitted")
    }
  }

  // A judge's sheet.
  static func range(max: Decimal, step: Decimal) -> String {
    Language.text(
      vi: "0–\(NumberFormat.shown(max)), bước \(NumberFormat.shown(step))",
      en: "0–\(NumberFormat.shown(max)), step \(NumberFormat.shown(step))")
  }
  static func bandOf(_ name: String) -> String {
    Language.text(vi: "Mức điểm của \(name)", en: "Band of \(name)")
  }
  static func maximum(_ max: Decimal) -> String {
    Language.text(vi: "tối đa", en: "max") + " " + NumberFormat.shown(max)
  }
  static var sheetNotSaved: String {
    Language.text(vi: "Phiếu chưa lưu được:", en: "The sheet was not saved:")
  }
  static var sheetSubmitted: String {
    Language.text(vi: "Đã nộp phiếu.", en: "The sheet is submitted.")
  }
  static var draftSaved: String { Language.text(vi: "Đã lưu nháp.", en: "The draft is saved.") }

  /// The sheet's state, and what the round allows.
  // Complaints.
  static var noSuchComplaint: String {
    Language.text(vi: "không có đơn khiếu nại này", en: "no such complaint")
  }
  static func complaintHeading(_ id: Int64) -> String {
    Language.text(vi: "Đơn khiếu nại số \(id)", en: "Complaint #\(id)")
  }
  static var complaintDecidedNotice: String {
    Language.text(
      vi:
        "Đã ghi quyết định; người dự thi được báo qua thư nếu nộp trực tuyến. Công bố lại vòng để thay kết quả cũ.",
      en:
        "Decision recorded; the entrant is told by mail when online. Publish the round again to supersede the old result."
    )
  }
  /// A decided complaint's state as its entrant reads it: the outcome, and the new score.
  static func complaintOutcome(_ outcome: ComplaintOutcome, _ score: Int64?) -> String {
    let decided = Language.text(vi: "đã giải quyết", en: "decided")
    let scored =
      score.map {
        Language.text(vi: ", điểm mới ", en: ", new score ")
          + NumberFormat.format(Decimal(hundredths: $0), places: 2)
      } ?? ""
    return "\(decided): \(outcome.localized)\(scored)"
  }
  static var complaintAcceptedNotice: String {
    Language.text(vi: "Đã thụ lý đơn.", en: "Complaint accepted.")
  }
  static var complaintRejectedNotice: String {
    Language.text(vi: "Đã ghi: không thụ lý đơn.", en: "Complaint rejected.")
  }
  static func remarkersGiven(_ judges: [String]) -> String {
    judges.isEmpty
      ? Language.text(vi: "Đã đủ người chấm phúc khảo.", en: "It has its re-markers already.")
      : Language.text(
        vi:
          "Đã giao chấm phúc khảo cho \(judges.joined(separator: ", ")); các giám khảo được báo qua thư.",
        en: "Re-marking given to \(judges.joined(separator: ", ")); they are told by mail.")
  }
  static var chooseOutcome: String {
    Language.text(
      vi: "chọn giữ nguyên hoặc điều chỉnh kết quả", en: "choose to uphold or amend the result")
  }
  static func remarkerReplaced(_ reason: String) -> String {
    Language.text(vi: "đã thay: \(reason)", en: "replaced: \(reason)")
  }
  static func remarkingWaits(_ submitted: Int, of wanted: Int) -> String {
    Language.text(
      vi: "Đã nộp \(submitted)/\(wanted) phiếu chấm phúc khảo; quyết định khi đủ phiếu.",
      en: "\(submitted) of \(wanted) re-marking sheets are in; decide once all are.")
  }
  static var formRefused: String {
    Language.text(vi: "Chưa ghi được:", en: "Not recorded:")
  }

  // A re-marking sheet.
  static var noSuchRemark: String {
    Language.text(vi: "không có phiếu chấm phúc khảo này", en: "no such re-marking sheet")
  }
  static func remarkLine(_ complaint: Int64, due: Day) -> String {
    Language.text(
      vi:
        "Chấm phúc khảo (đơn khiếu nại số \(complaint), hạn trả lời \(due.vietnamese)): chấm độc lập theo bộ tiêu chí như mọi hồ sơ; điểm đã chấm trước không hiển thị.",
      en:
        "Re-marking (complaint #\(complaint), due \(due.iso)): mark it on its own by the rubric, as any entry; the earlier marks are not shown."
    )
  }
  static func remarkState(_ state: SheetProgress) -> String {
    switch state {
    case .todo: Language.text(vi: "Chưa chấm.", en: "Not scored yet.")
    case .draft:
      Language.text(
        vi: "Bản nháp (chưa nộp, chưa được tính).",
        en: "A draft (not submitted; it does not count).")
    case .submitted:
      Language.text(vi: "Đã nộp: phiếu phúc khảo không sửa được nữa.", en: "Submitted: final.")
    }
  }
  static func remarkItem(_ complaint: Int64, due: Day) -> String {
    Language.text(
      vi: "đơn số \(complaint), hạn \(due.vietnamese)",
      en: "complaint #\(complaint), due \(due.iso)")
  }

  static func sheetState(_ view: SheetView) -> String {
    let state: String
    switch view.state {
    case .todo: state = Language.text(vi: "Chưa chấm.", en: "Not scored yet.")
    case .draft where view.pending:
      let line = PendingSheet.sentence(counted: view.submittedTotal, typed: view.total)
      state = line.prefix(1).uppercased() + line.dropFirst() + "."
    case .draft:
      state = Language.text(
        vi: "Bản nháp (chưa nộp, không tính vào kết quả).",
        en: "A draft (not submitted; it does not count).")
    case .submitted: state = Language.text(vi: "Đã nộp.", en: "Submitted.")
    }
    if !view.open {
      return state
        + Language.text(vi: " Vòng đã đóng: chỉ xem.", en: " The round is closed: read only.")
    }
    if view.item.locked {
      return state
        + Language.text(
          vi: " Vòng này khóa phiếu đã nộp: muốn sửa, đề nghị Tổ thư ký mở lại phiếu.",
          en: " This round locks submitted sheets: to change it, ask the secretariat to reopen it.")
    }
    return state
  }

  /// The stored sheet in one line: each criterion's points, the total, the comment.
  static func stored(_ view: SheetView) -> String {
    let points = view.rubric.leaves.map { leaf in
      "\(leaf.name) " + (view.points[leaf.id].map { NumberFormat.shown($0.decimal) } ?? "–")
    }
    let total =
      Language.text(vi: "tổng", en: "total") + " " + NumberFormat.shown(view.total.decimal)
    let comment = view.comment.isEmpty ? "" : " · «\(view.comment)»"
    return Language.text(
      vi: "Bản đang lưu (bản \(view.version)): ", en: "What is stored (version \(view.version)): ")
      + points.joined(separator: "; ") + " · " + total + comment
  }

  static var versionNeeded: String {
    Language.text(vi: "cần số phiên bản", en: "the version is needed")
  }

  // Said by the controllers.
  // APIController.swift
  static var notSignedIn: String { Language.text(vi: "chưa đăng nhập", en: "not signed in") }
  static var passwordFirst: String {
    Language.text(vi: "cần đặt mật khẩu trước", en: "a password must be set first")
  }
  static var crossSite: String {
    Language.text(
      vi: "yêu cầu đến từ trang web khác: không thực hiện",
      en: "the request comes from another site: not done")
  }
  static var jsonBodyOnly: String {
    Language.text(
      vi: "thân yêu cầu phải là JSON (Content-Type: application/json)",
      en: "the body must be JSON (Content-Type: application/json)")
  }
  static var jsonObjectOnly: String {
    Language.text(
      vi: "thân yêu cầu phải là một đối tượng JSON", en: "the body must be a JSON object")
  }
  static var wrongTypes: String { Language.text(vi: "sai kiểu dữ liệu", en: "wrong types") }
  static var mustBeText: String { Language.text(vi: "phải là một chuỗi", en: "must be a string") }
  static var wrongSignInShort: String {
    Language.text(
      vi: "tên đăng nhập, mật khẩu hoặc mã không đúng", en: "wrong login, password or code")
  }
  static var tooManySignInsShort: String {
    Language.text(
      vi: "đăng nhập sai quá nhiều lần; hãy thử lại sau",
      en: "too many failed sign-ins; try again later")
  }
  static var judgeQueryNeeded: String {
    Language.text(vi: "cần ?judge=MÃ", en: "?judge=ID is needed")
  }
  static var judgeIdNeeded: String {
    Language.text(vi: "cần mã giám khảo", en: "a judge id is needed")
  }
  // JudgeController.swift
  static var onlyJudges: String {
    Language.text(vi: "Chỉ giám khảo dùng được biểu mẫu này.", en: "Only judges use this form.")
  }
  // JuryController.swift
  static var noSuchAction: String {
    Language.text(vi: "Không có thao tác này.", en: "No such action.")
  }
  static var noSuchActionField: String {
    Language.text(vi: "không có thao tác này", en: "no such action")
  }
  // OrganiserController.swift
  static var notAState: String { Language.text(vi: "Trạng thái không hợp lệ.", en: "Not a state.") }
  static var notRecorded: String { Language.text(vi: "Chưa ghi: ", en: "Not recorded: ") }
  static var becauseOpen: String { Language.text(vi: " (vì: ", en: " (because: ") }
  static var noSuchFile: String { Language.text(vi: "Không có tệp này.", en: "No such file.") }
  // SecretariatController.swift
  static var saved: String { Language.text(vi: "Đã lưu thay đổi.", en: "Saved.") }
  static var nothingChanged: String {
    Language.text(vi: "Không có gì thay đổi.", en: "Nothing changed.")
  }
  static var noSuchStatus: String {
    Language.text(vi: "Không có trạng thái này.", en: "No such status.")
  }
  static var noEntryChosen: String {
    Language.text(vi: "Chưa chọn sáng kiến nào.", en: "No entry was chosen.")
  }
  static var done: String { Language.text(vi: "Đã ghi", en: "Done") }
  static var noFileChosen: String { Language.text(vi: "Chưa chọn tệp.", en: "No file was chosen.") }
  static var fileNotStaged: String {
    Language.text(vi: "không lưu tạm được tệp", en: "the file could not be staged")
  }
  static var fileDetached: String {
    Language.text(
      vi: "Đã gỡ tệp khỏi hồ sơ (tệp vẫn được lưu, kèm lý do).",
      en: "The file left the dossier (kept, with the reason).")
  }
  // UploadController.swift
  static var entriesKind: String { Language.text(vi: "Danh sách sáng kiến", en: "Entries") }
  static var judgesKind: String { Language.text(vi: "Danh sách giám khảo", en: "Judges") }
  static var assignmentsKind: String { Language.text(vi: "Phân công chấm", en: "Assignments") }
  static var scoreSheets: String { Language.text(vi: "Phiếu chấm", en: "Score sheets") }
  static var lateReasonNeeded: String {
    Language.text(
      vi: "hãy ghi lý do nhận sáng kiến nộp muộn (được ghi vào nhật ký)",
      en: "give the reason for accepting late entries (it is recorded)")
  }
  static var multipartOnly: String {
    Language.text(
      vi: "biểu mẫu phải gửi tệp (multipart/form-data)",
      en: "the form must send a file (multipart/form-data)")
  }
  static var formDamaged: String {
    Language.text(vi: "biểu mẫu gửi lên bị hỏng", en: "the form sent is damaged")
  }
  static var fileUnreadable: String {
    Language.text(vi: "không đọc được tệp", en: "the file could not be read")
  }
  static var uploadsStaffOnly: String {
    Language.text(
      vi:
        "Trang tải tệp là của Tổ thư ký: giám khảo chấm trên trang của mình, hoặc gửi sổ chấm cho Tổ thư ký.",
      en:
        "Uploads are the secretariat's: judges score on their own pages, or send their score workbook to the secretariat."
    )
  }
  static var fileOver20MB: String {
    Language.text(
      vi: "Tệp lớn quá 20 MB: hãy chia nhỏ rồi tải lên từng phần.",
      en: "The file is over 20 MB: split it and upload the parts.")
  }
  static var writeWholeFile: String {
    Language.text(vi: "Xác nhận ghi cả tệp", en: "Write the whole file")
  }
  static var importChoices: String { Language.text(vi: "Lựa chọn khi nhập", en: "Import choices") }
  static var checkAgainWithChoices: String {
    Language.text(vi: "Kiểm tra lại với các lựa chọn này", en: "Check again with these choices")
  }
  static var acceptLate: String {
    Language.text(
      vi: "Nhận cả sáng kiến nộp sau hạn", en: "Accept entries received after the deadline")
  }
  static var lateReasonLabel: String {
    Language.text(
      vi: "Lý do nhận muộn (ghi vào nhật ký)", en: "Why they are accepted late (recorded)")
  }
  static var acceptDuplicates: String {
    Language.text(
      vi: "Nhận cả sáng kiến có thể trùng (là các sáng kiến khác nhau)",
      en: "Accept likely duplicates (they are distinct entries)")
  }
  static var replaceStoredSheets: String {
    Language.text(
      vi: "Thay phiếu đã có (mỗi lần thay được ghi vào nhật ký)",
      en: "Replace sheets already stored (each replacement recorded)")
  }
  static var encodingUnicode: String {
    Language.text(vi: "Unicode (UTF-8 hoặc UTF-16)", en: "Unicode (UTF-8 or UTF-16)")
  }
  static var encodingTCVN3: String {
    Language.text(vi: "TCVN3 (ABC, phông .Vn)", en: "TCVN3 (ABC, .Vn fonts)")
  }
  static var encodingVNI: String {
    Language.text(vi: "VNI-Windows (phông VNI-)", en: "VNI-Windows (VNI- fonts)")
  }
  static var encodingLabel: String {
    Language.text(vi: "Bảng mã của tệp", en: "The file's encoding")
  }
  static var uploadsBusy: String {
    Language.text(
      vi: "Máy chủ đang kiểm tra các tệp khác; hãy thử lại sau ít phút.",
      en: "The server is checking other files; try again in a few minutes.")
  }
  static var stagedGone: String {
    Language.text(
      vi: "Tệp đã được ghi, hoặc chờ xác nhận quá 30 phút: hãy tải lên lại.",
      en: "The file was already written, or waited more than 30 minutes: upload it again.")
  }
  static var noSuchUpload: String {
    Language.text(vi: "Không có loại tệp này.", en: "No such upload.")
  }
  static var whereColumn: String { Language.text(vi: "Chỗ", en: "Where") }
  static var columnColumn: String { Language.text(vi: "Cột", en: "Column") }
  static var problemColumn: String { Language.text(vi: "Lỗi", en: "Problem") }

  // Entrants online.
  static var authorsShape: String {
    Language.text(
      vi: "là danh sách tác giả dạng [{\"name\": …, \"unit\": …}]",
      en: "must be a list of authors [{\"name\": …, \"unit\": …}]")
  }
  static func uploadTooLarge(_ limit: Int64) -> String {
    Language.text(
      vi: "tệp gửi lên quá lớn (tối đa \(Attachment.sizeText(limit, language: .vi)))",
      en: "the file is too large (at most \(Attachment.sizeText(limit, language: .en)))")
  }
  /// `17:00 30/06/2025 (giờ Việt Nam)`.
  static func deadline(_ moment: LocalMoment) -> String {
    Language.text(vi: "\(moment.shown) (giờ Việt Nam)", en: "\(moment.shown) (Vietnam time)")
  }
  static func draftNumber(_ id: Int64) -> String {
    Language.text(vi: "Bản nháp số \(id)", en: "Draft \(id)")
  }
  static func submissionState(_ s: Submission) -> String {
    guard s.state == .submitted, let status = s.status else {
      return Language.text(vi: "bản nháp", en: "draft")
    }
    if s.supplement != nil {
      return Language.text(
        vi: "\(status.vietnamese) · cần bổ sung", en: "\(status.rawValue) · supplement asked")
    }
    return status.localized
  }
  static var passwordsDifferField: String {
    Language.text(vi: "hai lần nhập mật khẩu không giống nhau", en: "the two passwords differ")
  }
  static func codeSent(_ email: String) -> String {
    Language.text(
      vi: "Nếu địa chỉ \(email) chưa có tài khoản đã xác minh, mã xác minh vừa được gửi đến đó.",
      en: "Unless \(email) already has a verified account, a code was just mailed to it.")
  }
  static var verified: String {
    Language.text(
      vi:
        "Địa chỉ thư đã được xác minh. Đăng nhập bằng địa chỉ thư và mật khẩu để soạn và nộp hồ sơ.",
      en: "The address is verified. Sign in with it and your password to write and submit.")
  }
  static func submissionDone(_ what: String) -> String? {
    switch what {
    case "saved": Language.text(vi: "Đã lưu.", en: "Saved.")
    case "uploaded": Language.text(vi: "Đã tải tệp lên.", en: "The file was uploaded.")
    case "removed": Language.text(vi: "Đã gỡ tệp.", en: "The file was removed.")
    case "withdrawn": Language.text(vi: "Đã rút hồ sơ.", en: "Withdrawn.")
    case "discarded": Language.text(vi: "Đã xoá bản nháp.", en: "The draft was discarded.")
    case "complained":
      Language.text(
        vi: "Đã gửi đơn khiếu nại; Tổ thư ký sẽ trả lời qua thư và trên trang này.",
        en: "The complaint was sent; the secretariat will answer by mail and here.")
    case "submitted":
      Language.text(
        vi: "Đã nộp hồ sơ. Giấy biên nhận đã được gửi vào hộp thư.",
        en: "Submitted. The receipt was mailed.")
    default: nil
    }
  }
  static func markedDistinct(_ code: String, _ other: String) -> String {
    Language.text(
      vi: "\(code): đã ghi nhận không trùng \(other).",
      en: "\(code): recorded as not a duplicate of \(other).")
  }

  static func intakeDone(_ code: String, _ what: String) -> String {
    switch what {
    case "valid":
      Language.text(
        vi: "\(code): hợp lệ; đã báo người dự thi.", en: "\(code): accepted; the entrant is told.")
    case "rejected":
      Language.text(
        vi: "\(code): không tiếp nhận; đã báo người dự thi.",
        en: "\(code): rejected; the entrant is told.")
    default:
      Language.text(
        vi: "\(code): đã đề nghị bổ sung; đã báo người dự thi.",
        en: "\(code): supplement asked for; the entrant is told.")
    }
  }
  static var untilNeeded: String {
    Language.text(vi: "cần ngày hết hạn bổ sung", en: "the supplement needs its day")
  }
  static var unknownAction: String {
    Language.text(vi: "thao tác không rõ", en: "unknown action")
  }
  static var verifiedHeading: String {
    Language.text(vi: "Đã xác minh", en: "Verified")
  }
  static var noSuchSubmission: String {
    Language.text(vi: "không có hồ sơ này", en: "no such submission")
  }
  /// A document of the call: `Kế hoạch số 34/KH-UBND ngày 20/02/2019`.
  static func document(_ d: ContestDocument) -> String {
    Language.text(
      vi: "\(d.title) số \(d.ref) ngày \(d.date.vietnamese)",
      en: "\(d.title) \(d.ref) of \(d.date.iso)")
  }
  static func callPhase(_ phase: IntakePhase) -> String {
    switch phase {
    case .open: Language.text(vi: "Đang nhận hồ sơ trực tuyến.", en: "Taking submissions online.")
    case .notYetOpen:
      Language.text(
        vi: "Chưa đến ngày nhận hồ sơ trực tuyến; có thể mở tài khoản và soạn hồ sơ trước.",
        en: "Not taking submissions yet; an account and a draft can be made now.")
    case .closed:
      Language.text(vi: "Đã hết hạn nộp hồ sơ trực tuyến.", en: "Online submissions are closed.")
    case .offline:
      Language.text(
        vi: "Cuộc thi nhận hồ sơ qua bộ phận tiếp nhận, không nhận trực tuyến.",
        en: "This contest takes entries at the desk, not online.")
    }
  }
  static var untitled: String { Language.text(vi: "(chưa đặt tên)", en: "(untitled)") }
  static var neverLooked: String { Language.text(vi: "chưa xem lần nào", en: "never") }
  static var forJudgesAsked: String { Language.text(vi: "có", en: "yes") }
  static var forJudgesConfirmed: String { Language.text(vi: "đã xác nhận", en: "confirmed") }
  /// The label of a submission's field, by its interchange id; `form`: as the form asks for
  /// it (the contact says what an empty one means), else as a page or receipt shows it.
  static func submissionLabel(_ id: String, form: Bool = true) -> String {
    if !form && id == "contact" { return Language.text(vi: "Liên hệ", en: "Contact") }
    return switch id {
    case "title": Language.text(vi: "Tên sáng kiến", en: "Title")
    case "category": Language.text(vi: "Loại", en: "Category")
    case "entrant_kind": Language.text(vi: "Đối tượng dự thi", en: "Entrant")
    case "unit": Language.text(vi: "Đơn vị", en: "Unit")
    case "field": Language.text(vi: "Lĩnh vực thủ tục hành chính", en: "Field of procedure")
    case "summary": Language.text(vi: "Tóm tắt", en: "Summary")
    case "contact":
      Language.text(
        vi: "Liên hệ (để trống: thư và điện thoại của tài khoản)",
        en: "Contact (empty: the account's)")
    case "authors": Language.text(vi: "Tác giả", en: "Authors")
    default: id
    }
  }
}
