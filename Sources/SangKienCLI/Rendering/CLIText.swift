import Foundation
import SangKienAssignment
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienWorkflow

/// What the commands print, in Vietnamese and English: the command line's one catalog.
enum CLIText {
  private static func t(_ vi: String, _ en: String) -> String { Language.text(vi: vi, en: en) }

  // Usage.
  static var lateNeedsReason: String {
    t(
      "--late-ok cần --reason \"lý do nhận muộn\"",
      "--late-ok needs --reason \"why it is accepted late\"")
  }
  static var updateCannotChangeCode: String {
    t("mã sáng kiến không đổi được bằng entry update", "entry update cannot change the code")
  }
  static var codesOrAllReceived: String {
    t("cần ít nhất một mã, hoặc --all-received", "give at least one code, or --all-received")
  }
  static var csvOrJSON: String { t("--format: csv hoặc json", "--format must be csv or json") }
  static var csvJSONOrXLSX: String {
    t("--format: csv, json hoặc xlsx", "--format must be csv, json or xlsx")
  }
  static var csvOrXLSX: String { t("--format: csv hoặc xlsx", "--format must be csv or xlsx") }
  static var xlsxNeedsOut: String {
    t(
      "--format xlsx ghi ra tệp: thêm --out TỆP.xlsx",
      "--format xlsx writes a file: add --out FILE.xlsx")
  }
  static var entryListNoXLSX: String {
    t(
      "danh sách dạng Excel: dùng 'entry export --format xlsx --out TỆP.xlsx'",
      "for a workbook use 'entry export --format xlsx --out FILE.xlsx'")
  }
  /// The worksheet's name in written workbooks.
  static var sheetName: String { t("Danh sách", "List") }
  static func wrote(_ path: String) -> String { t("Đã ghi \(path).", "Wrote \(path).") }
  static var tableOrJSON: String {
    t("--format: table hoặc json", "--format must be table or json")
  }
  static var judgeOrAll: String {
    t("cần --judge MÃ hoặc --all (không dùng cả hai)", "give --judge ID or --all (not both)")
  }
  static var allNeedsFolder: String {
    t(
      "--all ghi mỗi giám khảo một tệp: cần --format xlsx hoặc csv và --out THƯ-MỤC",
      "--all writes one file per judge: it needs --format xlsx or csv and --out FOLDER")
  }
  static func wroteSheets(_ count: Int, to folder: String) -> String {
    t(
      "Đã ghi \(count) phiếu chấm vào thư mục \(folder).",
      "Wrote \(count) score sheets into \(folder).")
  }
  static var sheetFormats: String {
    t("--format: csv, table hoặc json", "--format must be csv, table or json")
  }
  static var staffRole: String {
    t("--role: secretariat hoặc organiser", "--role: secretariat or organiser")
  }
  static func pointsSyntax(_ pair: String) -> String {
    t(
      "'\(pair)': viết tiêu_chí=điểm, ví dụ novelty=22.5",
      "'\(pair)': write criterion=points, e.g. novelty=22.5")
  }

  // Entries.
  static var noEntries: String { t("Không có sáng kiến nào.", "No entries.") }
  static func entryCount(_ n: Int) -> String { t("\(n) sáng kiến.", "\(n) entries.") }
  static func registered(_ e: Entry) -> String {
    t("Đã đăng ký \(e.code): \(e.draft.title)", "Registered \(e.code): \(e.draft.title)")
  }
  static func updated(_ e: Entry) -> String {
    t("Đã cập nhật \(e.code): \(e.draft.title)", "Updated \(e.code): \(e.draft.title)")
  }
  static func unchanged(_ code: String) -> String {
    t("\(code): không có gì thay đổi.", "\(code): nothing changed.")
  }
  static func statusComplaints(_ n: Int) -> String {
    t("Khiếu nại đang chờ trả lời: \(n)", "Complaints awaiting an answer: \(n)")
  }
  static func complaintLine(_ c: Complaint) -> String {
    t(
      "  số \(c.id) \(c.code) (\(c.state.vietnamese)): hạn trả lời \(c.dueOn.vietnamese)",
      "  #\(c.id) \(c.code) (\(c.state.rawValue)): due \(c.dueOn.iso)")
  }
  static func complaintFiled(_ c: Complaint) -> String {
    t(
      "Đã nhận đơn khiếu nại số \(c.id) về \(c.code) (ngày nhận \(c.receivedOn.vietnamese)); hạn trả lời: hết ngày \(c.dueOn.vietnamese).",
      "Complaint #\(c.id) about \(c.code) filed (received \(c.receivedOn.iso)); due by \(c.dueOn.iso)."
    )
  }
  static func complaintAnswered(_ c: Complaint) -> String {
    t(
      "Đơn khiếu nại số \(c.id) (\(c.code)): \(c.state.vietnamese); người dự thi được báo nếu nộp trực tuyến.",
      "Complaint #\(c.id) (\(c.code)): \(c.state.rawValue); the entrant is told if they entered online."
    )
  }
  static func complaintStates(_ given: String) -> String {
    t(
      "'\(given)' không phải trạng thái của đơn: filed, accepted, rejected, decided",
      "'\(given)' is no complaint state: filed, accepted, rejected, decided")
  }
  static func notAnAddress(_ given: String) -> String {
    t(
      "'\(given)' không phải một địa chỉ IP (ví dụ 127.0.0.1 hoặc ::1)",
      "'\(given)' is not an IP address (such as 127.0.0.1 or ::1)")
  }
  static func complaintOutcomes(_ given: String) -> String {
    t(
      "'\(given)' không phải một quyết định: upheld (giữ nguyên) hoặc amended (điều chỉnh)",
      "'\(given)' is no outcome: upheld or amended")
  }
  static func remarkRecorded(_ view: RemarkView) -> String {
    let total = view.sheet.submittedTotal?.decimal ?? 0
    return t(
      "Đã nhận phiếu chấm phúc khảo của \(view.sheet.judge) cho \(view.complaint.code) (đơn số \(view.complaint.id)): tổng \(NumberFormat.shown(total)) điểm.",
      "Recorded \(view.sheet.judge)'s re-marking sheet for \(view.complaint.code) (complaint #\(view.complaint.id)): total \(NumberFormat.shown(total))."
    )
  }
  static func remarkers(_ r: RemarkAssignment) -> [String] {
    let prefix = r.dryRun ? t("(thử) ", "(dry run) ") : ""
    var lines: [String] = []
    for gone in r.released {
      lines.append(
        prefix
          + t(
            "Đơn số \(r.complaint.id): thay \(gone.judge) — \(gone.reason).",
            "Complaint #\(r.complaint.id): \(gone.judge) replaced — \(gone.reason)."))
    }
    if r.added.isEmpty {
      lines.append(
        prefix
          + t(
            "Đơn số \(r.complaint.id) (\(r.complaint.code)) đã đủ \(r.wanted) người chấm phúc khảo: \(r.standing.joined(separator: ", ")).",
            "Complaint #\(r.complaint.id) (\(r.complaint.code)) has its \(r.wanted) re-markers: \(r.standing.joined(separator: ", "))."
          ))
    } else {
      let loads = (r.standing + r.added).map { "\($0) \(r.loads[$0] ?? 1)" }.joined(separator: ", ")
      lines.append(
        prefix
          + t(
            "Đơn số \(r.complaint.id) (\(r.complaint.code)): giao chấm phúc khảo cho \(r.added.joined(separator: ", ")); số đơn phúc khảo mỗi người đang chấm: \(loads).",
            "Complaint #\(r.complaint.id) (\(r.complaint.code)): re-marking given to \(r.added.joined(separator: ", ")); open re-markings per judge: \(loads)."
          ))
    }
    return lines
  }
  static func decisionHead(_ d: ComplaintDecision) -> [String] {
    let preview =
      d.written
      ? []
      : [
        t(
          "(Xem trước — chưa ghi gì; thêm --yes để ghi quyết định.)",
          "(Preview — nothing written; add --yes to record the decision.)")
      ]
    return preview + d.summaryLines + [d.against]
  }
  static func decisionHeaders(_ d: ComplaintDecision) -> [String] {
    [
      t("Mã", "Code"), t("Tên", "Title"), t("Đã công bố", "Published"),
      t("Sau quyết định", "After"), t("Thay đổi", "Change"),
    ]
  }
  static func decisionTail(_ d: ComplaintDecision) -> [String] {
    var lines = [d.tail]
    if d.written {
      lines.append(
        t(
          "Đã ghi quyết định; người dự thi được báo qua thư (nếu nộp trực tuyến). Công bố lại vòng để thay kết quả cũ: 'sangkien publish --round \(d.complaint.round)'",
          "Decision recorded; the entrant is told by mail (when online). Publish the round again to supersede the old result: 'sangkien publish --round \(d.complaint.round)'"
        ))
    }
    return lines
  }
  static func complaintDetail(_ c: Complaint, remarks: [Remark] = []) -> [String] {
    var lines = [
      t("Đơn khiếu nại số \(c.id)", "Complaint #\(c.id)"),
      t("Sáng kiến     \(c.code)", "Entry        \(c.code)"),
      t("Vòng          \(RoundNames.shown(c.round))", "Round        \(c.round)"),
      t("Công bố       #\(c.publication)", "Publication  #\(c.publication)"),
      t("Ngày nhận     \(c.receivedOn.vietnamese)", "Received     \(c.receivedOn.iso)"),
      t("Hạn trả lời   \(c.dueOn.vietnamese)", "Due          \(c.dueOn.iso)"),
      t("Người nộp     \(c.filedBy)", "Filed by     \(c.filedBy)"),
      t("Trạng thái    \(c.state.vietnamese)", "State        \(c.state.rawValue)"),
      t("Nội dung      \(c.text)", "Text         \(c.text)"),
    ]
    if let reason = c.reason {
      lines.append(t("Lý do         \(reason)", "Reason       \(reason)"))
    }
    if let outcome = c.outcome {
      lines.append(t("Quyết định    \(outcome.vietnamese)", "Outcome      \(outcome.localized)"))
    }
    if let score = c.amendedHundredths {
      let text = NumberFormat.format(Decimal(hundredths: score), places: 2)
      lines.append(t("Điểm mới      \(text)", "New score    \(text)"))
    }
    for remark in remarks {
      let state =
        remark.released.map { t("đã thay: \($0)", "replaced: \($0)") }
        ?? (remark.isSubmitted
          ? t("đã nộp", "submitted")
          : remark.version > 0 ? t("đang chấm", "draft") : t("chưa chấm", "to do"))
      lines.append(
        t("Phúc khảo     \(remark.judge): \(state)", "Re-marker    \(remark.judge): \(state)"))
    }
    return lines
  }
  static func badDay(_ text: String) -> String {
    t(
      "'\(text)' không phải một ngày: dạng 30/06/2025 hoặc 2025-06-30",
      "'\(text)' is not a day: write 30/06/2025 or 2025-06-30")
  }
  static func supplementRequested(_ code: String, until: Day) -> String {
    t(
      "\(code): đã đề nghị bổ sung hồ sơ đến hết ngày \(until.vietnamese); thư đã vào hàng chờ gửi.",
      "\(code): supplement asked for until \(until.iso); the mail is queued.")
  }
  static func status(_ e: Entry) -> String {
    t("\(e.code): \(e.status.vietnamese).", "\(e.code): \(e.status.rawValue).")
  }
  static func imported(_ r: ImportReport, file: String) -> String {
    let range = r.firstCode.map { " (\($0) … \(r.lastCode ?? $0))" } ?? ""
    return r.dryRun
      ? t(
        "Kiểm tra xong \(file): \(r.count) sáng kiến hợp lệ; chưa ghi gì (--dry-run).",
        "Checked \(file): \(r.count) entries are good; nothing written (--dry-run).")
      : t(
        "Đã nhập \(r.count) sáng kiến\(range) từ \(file)"
          + (r.attached > 0 ? ", kèm \(r.attached) tệp hồ sơ." : "."),
        "Imported \(r.count) entries\(range) from \(file)"
          + (r.attached > 0 ? ", with \(r.attached) dossier files." : "."))
  }
  static func invited(_ invitation: Invitation) -> String {
    let until = RecordWords.moment(invitation.expires)
    return t(
      "Mã đăng nhập một lần cho \(invitation.name) (tên đăng nhập \(invitation.login)), dùng được đến \(until); gửi riêng cho người đó:",
      "A one-time sign-in code for \(invitation.name) (login \(invitation.login)), good until \(until); send it to them alone:"
    )
  }
  static func revoked(_ login: String) -> String {
    t(
      "Đã thu hồi quyền đăng nhập của \(login): mã, mật khẩu và mọi phiên.",
      "Revoked \(login)'s sign-in: code, password and every session.")
  }
  static func unlocked(_ login: String) -> String {
    t(
      "Đã gỡ giới hạn đăng nhập sai của \(login): lần thử tiếp theo không phải chờ.",
      "Lifted \(login)'s slow-down after failed sign-ins: the next attempt need not wait.")
  }
  /// `contest show`'s words.
  enum ContestShow {
    static var organiser: String { t("Cơ quan tổ chức: ", "Organiser: ") }
    static var contestId: String { t("Mã cuộc thi: ", "Contest id: ") }
    static var documents: String { t("Căn cứ:", "Documents:") }
    static var deadline: String { t("Hạn nhận hồ sơ: ", "Deadline: ") }
    static var entryCodes: String { t("Mã sáng kiến: ", "Entry codes: ") }
    static var categories: String { t("Loại: ", "Categories: ") }
    static var prizeGroups: String { t("Nhóm giải:", "Prize groups:") }
    static var rounds: String { t("Các vòng:", "Rounds:") }
    static var tieBreak: String { t(", phá hoà theo ", ", ties broken by ") }
    static var advance: String { t("; vào vòng sau: ", "; advance: ") }
    static var perCategory: String { t("theo từng loại", "per category") }
    static var entries: String { t("Sáng kiến: ", "Entries: ") }
    static func group(_ name: String) -> String { EntrantKind.groupWord(name) }
    static func top(_ count: Int) -> String { t("\(count) sáng kiến đầu", "top \(count)") }
    static func from(_ min: Decimal) -> String {
      t("từ \(NumberFormat.shown(min)) điểm", "from \(NumberFormat.shown(min)) points")
    }
    static func roundRule(_ r: Round, total: Decimal) -> String {
      let points = NumberFormat.shown(total)
      let spread = NumberFormat.shown(r.disagreement)
      return t(
        "bộ tiêu chí \(r.rubricId) (\(points) điểm), \(r.judgesPerEntry == .all ? "mọi giám khảo" : "\(r.judgesPerEntry) giám khảo") mỗi sáng kiến, tổng hợp \(r.aggregation.label), chênh lệch ≥ \(spread) điểm bị đánh dấu",
        "rubric \(r.rubricId) (\(points) points), \(r.judgesPerEntry == .all ? "every judge" : "\(r.judgesPerEntry) judges") per entry, \(r.aggregation.label) aggregation, spreads ≥ \(spread) flagged"
      )
    }
    static func prizes(round: String, rollDown: Bool) -> String {
      t("Giải thưởng (theo vòng \(round)", "Prizes (from round \(round)")
        + (rollDown ? t(", giải trống được chuyển xuống):", ", unfilled places roll down):") : "):")
    }
    static func places(_ prize: Prize) -> String {
      let min = NumberFormat.shown(prize.minScore)
      return t("\(prize.count) giải, từ \(min) điểm", "\(prize.count) place(s), from \(min) points")
    }
  }

  static var roundStatusColumns: [String] {
    Language.current == .vi
      ? ["Vòng", "Tên", "Trạng thái", "Sáng kiến", "Phiếu tính", "Còn thiếu", "Gạt ra"]
      : ["Round", "Name", "State", "Entries", "Sheets", "Missing", "Set aside"]
  }
  static var rubricColumns: [String] {
    Language.current == .vi
      ? ["Mã", "Tiêu chí", "Tối đa", "Bước", "Khoảng điểm"]
      : ["Id", "Criterion", "Max", "Step", "Bands"]
  }

  // An entry's page (`entry show`).
  static var entryTitleLabel: String { t("Tên", "Title") }
  static var acceptedLate: String { t("Nhận muộn vì", "Accepted late") }
  static var summaryHeading: String { t("Tóm tắt:", "Summary:") }
  static func dossierHeading(_ count: Int) -> String {
    t("Hồ sơ (\(count) tệp):", "Dossier (\(count) files):")
  }
  static var blindMark: String { t(", giám khảo xem được", ", blind") }
  static var historyHeading: String { t("Lịch sử:", "History:") }

  static var noWebServer: String {
    t(
      "Bản dựng này không có ứng dụng web (hãy chạy chương trình sangkien).",
      "This build has no web application (run the sangkien program).")
  }

  static func servingContest(_ contest: FolderContest) -> String {
    t(
      "/c/\(contest.id)/ — \(contest.name) (\((contest.path as NSString).lastPathComponent))",
      "/c/\(contest.id)/ — \(contest.name) (\((contest.path as NSString).lastPathComponent))")
  }
  static func notServed(_ skip: FolderSkip) -> String {
    t(
      "Bỏ qua \(skip.file): \(skip.reason)",
      "Left out \(skip.file): \(skip.reason)")
  }
  static var contestsOrDatabase: String {
    t(
      "--contests phục vụ mọi cuộc thi trong thư mục; không dùng cùng --db",
      "--contests serves every contest of the folder; not with --db")
  }
  static func serving(host: String, port: Int) -> String {
    t(
      "Đang phục vụ tại http://\(host):\(port)/ (Ctrl-C để dừng)",
      "Serving at http://\(host):\(port)/ (Ctrl-C stops it)")
  }
  static func attached(_ file: Attachment) -> String {
    t(
      "Đã đính kèm #\(file.id) \(file.name) vào \(file.entry) (\(file.mediaType), \(Attachment.sizeText(file.size)), SHA-256 \(file.sha256)\(file.blind ? ", giám khảo xem được" : "")).",
      "Attached #\(file.id) \(file.name) to \(file.entry) (\(file.mediaType), \(Attachment.sizeText(file.size)), SHA-256 \(file.sha256)\(file.blind ? ", blind" : ""))."
    )
  }
  static func blindChanged(_ file: Attachment) -> String {
    file.blind
      ? t(
        "Giám khảo chấm \(file.entry) từ nay xem được #\(file.id) \(file.name).",
        "The judges of \(file.entry) now see #\(file.id) \(file.name).")
      : t(
        "#\(file.id) \(file.name) của \(file.entry) từ nay không cho giám khảo xem.",
        "#\(file.id) \(file.name) of \(file.entry) is now hidden from the judges.")
  }
  static func detached(_ file: Attachment) -> String {
    t(
      "Đã gỡ #\(file.id) \(file.name) khỏi hồ sơ \(file.entry); tệp vẫn được giữ trong cơ sở dữ liệu và nhật ký.",
      "Took #\(file.id) \(file.name) out of \(file.entry)'s dossier; its bytes stay in the database, its record in the log."
    )
  }
  static func extracted(_ file: ExtractedFile) -> String {
    file.alreadyThere
      ? t(
        "Đã có sẵn, cùng nội dung: \(file.path)", "Already there, the same bytes: \(file.path)")
      : t(
        "Đã ghi \(file.path) (\(Attachment.sizeText(file.attachment.size)), SHA-256 khớp)",
        "Wrote \(file.path) (\(Attachment.sizeText(file.attachment.size)), SHA-256 matches)")
  }
  static func extractedAll(_ count: Int, folder: String) -> String {
    t("\(count) tệp trong \(folder).", "\(count) files in \(folder).")
  }
  static func wroteEntries(_ n: Int, to path: String) -> String {
    t("Đã ghi \(n) sáng kiến vào \(path).", "Wrote \(n) entries to \(path).")
  }

  // Jury.
  static func addedJudge(_ j: Judge) -> String {
    t("Đã thêm giám khảo \(j.id): \(j.name)", "Added judge \(j.id): \(j.name)")
  }
  static func addedJudges(_ n: Int, from file: String) -> String {
    t("Đã thêm \(n) giám khảo từ \(file).", "Added \(n) judges from \(file).")
  }
  static func addedStaff(_ name: String, role: Role) -> String {
    t("Đã thêm \(name) vào \(role.vietnamese).", "Added \(name) as \(role.rawValue).")
  }
  static func removedJudge(_ id: String, _ r: JudgeRemoval) -> [String] {
    var lines: [String]
    if r.sheets > 0 && !r.droppedScores {
      lines = [
        t(
          "Đã rút giám khảo \(id). \(r.sheets) phiếu đã chấm được giữ lại (dùng --drop-scores để xoá).",
          "Removed judge \(id). The \(r.sheets) sheets they scored are kept (--drop-scores deletes them)."
        )
      ]
    } else if r.droppedScores {
      lines = [
        t(
          "Đã rút giám khảo \(id) và xoá \(r.sheets) phiếu đã chấm (có ghi nhật ký).",
          "Removed judge \(id) and deleted the \(r.sheets) sheets they scored (audited).")
      ]
    } else {
      lines = [t("Đã rút giám khảo \(id).", "Removed judge \(id).")]
    }
    if r.freedAssignments > 0 {
      lines.append(
        t(
          "\(r.freedAssignments) lượt phân công chưa chấm cần phân công lại.",
          "\(r.freedAssignments) unscored assignments need a new judge."))
    }
    return lines
  }
  static func judgeUpdated(_ u: JudgeUpdate) -> [String] {
    guard u.changed else {
      return [t("\(u.judge.id): không có gì thay đổi.", "\(u.judge.id): nothing changed.")]
    }
    var lines = [
      t(
        "Đã cập nhật giám khảo \(u.judge.id): \(u.judge.name)",
        "Updated judge \(u.judge.id): \(u.judge.name)")
    ]
    for c in u.newConflicts {
      lines.append(
        t(
          "  xung đột mới: \(c.entry) (\(c.source.explanation): \(c.reason))",
          "  new conflict: \(c.entry) (\(c.source.explanation): \(c.reason))"))
    }
    for c in u.goneConflicts {
      lines.append(
        t(
          "  hết xung đột: \(c.entry) (\(c.source.explanation))",
          "  no longer a conflict: \(c.entry) (\(c.source.explanation))"))
    }
    if !u.newConflicts.isEmpty {
      lines.append(
        t(
          "Phiếu đã chấm của các cặp xung đột mới không được tính; chạy 'sangkien assign repair' để giao giám khảo khác.",
          "Sheets already scored for the new conflicts no longer count; run 'sangkien assign repair' to give those entries other judges."
        ))
    }
    return lines
  }
  static func conflictRecorded(_ judge: String, _ entry: String) -> String {
    t(
      "Đã ghi xung đột lợi ích: \(judge) – \(entry).",
      "Recorded a conflict of interest: \(judge) – \(entry).")
  }
  static func assignmentsRemoved(_ n: Int) -> String {
    t(
      "Đã bỏ \(n) lượt phân công chưa chấm của cặp này; chạy 'sangkien assign repair'.",
      "Removed \(n) unscored assignment(s) of this pair; run 'sangkien assign repair'.")
  }
  static func conflictDismissed(_ judge: String, _ entry: String) -> String {
    t("Đã bỏ qua xung đột \(judge) – \(entry).", "Dismissed the conflict \(judge) – \(entry).")
  }

  // Assignment.
  static func summary(_ s: AssignmentSolution, entries: Int, perEntry: Int) -> String {
    let total = s.pairs.count
    let share = NumberFormat.format(
      total == 0 ? 0 : Double(s.fieldMatches) * 100 / Double(total), places: 1)
    let range = s.loadRange
    return t(
      "\(entries) sáng kiến × \(perEntry) giám khảo = \(total) lượt chấm cho \(s.loads.count) giám khảo; mỗi người \(range.lowerBound)–\(range.upperBound) sáng kiến; \(s.fieldMatches) lượt (\(share)%) đúng lĩnh vực; hai giám khảo chấm chung nhiều nhất \(s.maxSharedEntries) sáng kiến.",
      "\(entries) entries × \(perEntry) judges = \(total) places for \(s.loads.count) judges; \(range.lowerBound)–\(range.upperBound) entries each; \(s.fieldMatches) (\(share)%) match the entry's field; no two judges share more than \(s.maxSharedEntries) entries."
    )
  }
  static func everyJudgeScores(_ plan: AssignmentPlan) -> String {
    t(
      "Vòng \(plan.round.name): mọi giám khảo (\(plan.judges) người) chấm mọi sáng kiến, trừ cặp xung đột lợi ích; không cần phân công.",
      "Round \(plan.round.id): every judge (\(plan.judges)) scores every entry, conflicts excepted; nothing to assign."
    )
  }
  static func assignment(_ plan: AssignmentPlan) -> String {
    guard let k = plan.perEntry, let solution = plan.solution else { return everyJudgeScores(plan) }
    return (plan.dryRun ? t("(thử, chưa ghi) ", "(dry run, nothing written) ") : "")
      + summary(solution, entries: plan.entries, perEntry: k)
  }
  static func repair(_ plan: AssignmentPlan) -> String {
    guard plan.perEntry != nil else {
      return t(
        "Vòng \(plan.round.name): mọi giám khảo chấm mọi sáng kiến; không có gì để sửa.",
        "Round \(plan.round.id): every judge scores every entry; nothing to repair.")
    }
    let list = plan.added.map { "\($0.entry) → \($0.judge)" }.joined(separator: ", ")
    return (plan.dryRun ? t("(thử) ", "(dry run) ") : "")
      + t(
        "Đã giao \(plan.added.count) chỗ trống (sáng kiến → giám khảo nhận chấm): \(list)",
        "Filled \(plan.added.count) free place(s) (entry → the judge who takes it): \(list)")
  }
  static func extra(_ result: ExtraAssignment) -> [String] {
    let prefix = result.dryRun ? t("(thử) ", "(dry run) ") : ""
    guard !result.flagged.isEmpty else {
      return [
        t(
          "Vòng \(result.round.name): không sáng kiến nào chênh lệch cần chấm thêm.",
          "Round \(result.round.id): no entry's judges disagree; nobody to add.")
      ]
    }
    var lines: [String] = []
    for code in result.flagged {
      let judges = result.added.filter { $0.entry == code }.map(\.judge)
      guard !judges.isEmpty else { continue }
      let totals = (result.totals[code] ?? [:]).sorted { $0.key < $1.key }
        .map { "\($0.key) \($0.value.description)" }.joined(separator: ", ")
      lines.append(
        prefix
          + t(
            "\(code): chấm thêm \(judges.joined(separator: ", ")) (điểm đã có: \(totals))",
            "\(code): further marking by \(judges.joined(separator: ", ")) (totals so far: \(totals))"
          ))
    }
    let loads = result.loads.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
      .joined(separator: ", ")
    lines.append(
      prefix
        + t(
          "\(result.added.count) lượt chấm thêm cho \(result.flagged.count - result.unplaced.count)/\(result.flagged.count) sáng kiến chênh lệch; số bài mỗi giám khảo: \(loads)",
          "\(result.added.count) further sheet(s) for \(result.flagged.count - result.unplaced.count)/\(result.flagged.count) entries in disagreement; loads: \(loads)"
        ))
    return lines
  }
  static func extraUnplaced(_ unplaced: ExtraAssignment.Unplaced) -> String {
    t(
      "\(unplaced.entry): không chấm thêm được — \(unplaced.reason)",
      "\(unplaced.entry): no further marking — \(unplaced.reason)")
  }
  static func wroteAssignments(_ n: Int, to path: String) -> String {
    t("Đã ghi \(n) lượt phân công vào \(path).", "Wrote \(n) assignments to \(path).")
  }
  static func moved(_ entry: String, from: String, to: String) -> String {
    t("Đã chuyển \(entry) từ \(from) sang \(to).", "Moved \(entry) from \(from) to \(to).")
  }
  static func unevenLoads(_ range: ClosedRange<Int>) -> String {
    t(
      "cảnh báo: số sáng kiến mỗi giám khảo không đều (\(range.lowerBound) đến \(range.upperBound))",
      "warning: judges' loads are uneven (\(range.lowerBound) to \(range.upperBound) entries)")
  }
  static func assignmentsImported(_ r: AssignmentImport) -> String {
    r.dryRun
      ? t("Kiểm tra xong: \(r.added) lượt phân công mới.", "Checked: \(r.added) new assignments.")
      : t(
        "Đã ghi \(r.added) lượt phân công mới (vòng \(RoundNames.shown(r.round))).",
        "Registered \(r.added) new assignments (round \(r.round)).")
  }

  // Contest settings.
  static func contestUpdated(_ r: ContestUpdate, file: String) -> String {
    let count = r.differences.count
    if count == 0 {
      return t(
        "Thiết lập trong \(file) giống thiết lập đang dùng; không ghi gì.",
        "The settings in \(file) are those in force; nothing written.")
    }
    return r.dryRun
      ? t(
        "Sẽ thay đổi \(count) thiết lập theo \(file); chưa ghi gì (--dry-run).",
        "Would change \(count) settings from \(file); nothing written (--dry-run).")
      : t(
        "Đã thay đổi \(count) thiết lập theo \(file) (ghi vào nhật ký).",
        "Changed \(count) settings from \(file) (recorded in the audit log).")
  }

  // Scores.
  static func sheetRecorded(_ judge: String, _ entry: String, _ s: SheetSaved) -> String {
    t(
      "Đã ghi phiếu của \(judge) cho \(entry) (vòng \(s.round.name)): tổng \(s.sheet.total) điểm.",
      "Recorded \(judge)'s sheet for \(entry) (round \(s.round.id)): \(s.sheet.total) points.")
  }
  static func sheetsImported(_ r: SheetImport, file: String) -> String {
    r.dryRun
      ? t(
        "Kiểm tra xong \(file): \(r.added + r.replaced) phiếu hợp lệ"
          + (r.notScored > 0 ? ", \(r.notScored) sáng kiến chưa có điểm" : "")
          + "; chưa ghi gì (--dry-run).",
        "Checked \(file): \(r.added + r.replaced) sheets are good"
          + (r.notScored > 0 ? ", \(r.notScored) entries not scored yet" : "")
          + "; nothing written (--dry-run).")
      : t(
        "Đã nhập \(r.added) phiếu mới, thay \(r.replaced) phiếu, từ \(file)",
        "Imported \(r.added) new sheets and replaced \(r.replaced) from \(file)")
        + (r.unchanged > 0
          ? t("; \(r.unchanged) phiếu không đổi", "; \(r.unchanged) unchanged") : "")
        + (r.notScored > 0
          ? t(
            "; \(r.notScored) sáng kiến chưa có điểm, để lại sau.",
            "; \(r.notScored) entries not scored yet, left for later.") : ".")
  }
  static func sheetUnchanged(_ judge: String, _ entry: String) -> String {
    t(
      "Phiếu của \(judge) cho \(entry) không đổi; không ghi gì.",
      "\(judge)'s sheet for \(entry) is unchanged; nothing written.")
  }
  static func voided(_ key: RoundPair) -> String {
    t(
      "Đã gạt phiếu của \(key.judge) cho \(key.entry) (vòng \(RoundNames.shown(key.round))) ra khỏi xếp hạng; chạy 'sangkien assign repair' để giao giám khảo khác.",
      "Set aside \(key.judge)'s sheet for \(key.entry) (round \(key.round)): it no longer counts; run 'sangkien assign repair' to give the entry another judge."
    )
  }
  static func reopenedSheet(_ key: RoundPair) -> String {
    t(
      "Đã mở lại phiếu của \(key.judge) cho \(key.entry) (vòng \(RoundNames.shown(key.round))): giám khảo sửa và nộp lại được; nộp xong phiếu lại khóa.",
      "Reopened \(key.judge)'s sheet for \(key.entry) (round \(key.round)): the judge can change and submit it again; once submitted it locks again."
    )
  }
  static func restoredSheet(_ key: RoundPair) -> String {
    t(
      "Đã khôi phục phiếu của \(key.judge) cho \(key.entry) (vòng \(RoundNames.shown(key.round))).",
      "Restored \(key.judge)'s sheet for \(key.entry) (round \(key.round)): it counts again.")
  }
  static func sheetSetAsideByConflict(_ key: RoundPair) -> String {
    t(
      "Phiếu \(key.judge) đã chấm \(key.entry) (vòng \(RoundNames.shown(key.round))) bị gạt ra khỏi xếp hạng vì xung đột lợi ích (vẫn lưu trong cơ sở dữ liệu và nhật ký); chạy 'sangkien assign repair' để giao giám khảo khác.",
      "The sheet \(key.judge) entered for \(key.entry) (round \(key.round)) is set aside because of the conflict (kept in the database and the log); run 'sangkien assign repair' to give the entry another judge."
    )
  }
  static func wroteSheet(_ judge: String, entries: Int, to path: String) -> String {
    t(
      "Đã ghi phiếu chấm của \(judge) (\(entries) sáng kiến) vào \(path).",
      "Wrote \(judge)'s sheet (\(entries) entries) to \(path).")
  }
  static func progressJudges(_ round: String) -> String {
    t("Vòng \(RoundNames.shown(round)) — giám khảo:", "Round \(round) — judges:")
  }
  static func progressEntries(_ complete: Int, of total: Int) -> String {
    t(
      "Sáng kiến: \(complete)/\(total) đủ phiếu. Còn thiếu:",
      "Entries: \(complete)/\(total) complete. Missing:")
  }

  static func repairFills(_ places: Int) -> String {
    t(
      "\(places) chỗ chấm chưa có giám khảo (sáng kiến nhận sau khi phân công, hoặc phiếu bị gạt ra); 'sangkien assign repair' giao giám khảo cho các chỗ đó.",
      "\(places) place(s) have no judge yet (entries registered after the assignment, or sheets set aside); 'sangkien assign repair' fills them."
    )
  }

  // Rounds.
  static func roundState(_ round: String, _ state: RoundState) -> String {
    state == .open
      ? t("Đã mở vòng \(RoundNames.shown(round)).", "Round \(round) is open.")
      : t("Đã đóng vòng \(RoundNames.shown(round)).", "Round \(round) is closed.")
  }
  static func advanced(_ r: AdvancementResult, to: String, dryRun: Bool) -> [String] {
    let list = r.advancing.joined(separator: ", ")
    var lines = [
      (dryRun ? t("(thử) ", "(dry run) ") : "")
        + t(
          "\(r.advancing.count) sáng kiến vào vòng \(RoundNames.shown(to)): \(list)",
          "\(r.advancing.count) entries advance to \(to): \(list)")
    ]
    if !r.tiedAtCut.isEmpty {
      let tied = r.tiedAtCut.joined(separator: ", ")
      lines.append(
        t("Đồng hạng ở ngưỡng, cùng được vào: \(tied)", "Tied at the cut, all advance: \(tied)"))
    }
    if !r.flagged.isEmpty {
      let flagged = r.flagged.joined(separator: ", ")
      lines.append(
        t(
          "Vào vòng nhưng giám khảo chênh lệch lớn (đề nghị xem lại): \(flagged)",
          "Advancing with a disagreement flag (for the jury to look at): \(flagged)"))
    }
    if !r.incomplete.isEmpty {
      let held = r.incomplete.joined(separator: ", ")
      lines.append(t("Chưa đủ phiếu, không được xét: \(held)", "Incomplete, held back: \(held)"))
    }
    return lines
  }

  static func decided(_ prize: String, group: String, award: [String]) -> String {
    let list = award.joined(separator: ", ")
    return t(
      "Đã ghi quyết định của Ban giám khảo: \(prize) (nhóm \(EntrantKind.groupWord(group))) cho \(list).",
      "Recorded the jury's decision: \(prize) (group \(group)) to \(list).")
  }

  static func published(_ p: Publication, folder: String) -> String {
    t(
      "Mã công bố #\(p.id) (bản ghi nhật ký giữ mã SHA-256 của từng tệp); kiểm tra lại bằng: sangkien audit check-publication \(folder)",
      "Publication #\(p.id) (its audit record holds every file's SHA-256); check it with: sangkien audit check-publication \(folder)"
    )
  }

  static func publicationGenuine(_ c: PublicationCheck) -> String {
    let p = c.publication
    let round = RoundNames.shown(p?.round ?? "")
    let at = RecordWords.moment(iso: p?.at ?? "")
    let since =
      c.recordsSince > 0
      ? t(
        " (nhật ký có thêm \(c.recordsSince) bản ghi sau đó)",
        " (\(c.recordsSince) audit records since)") : ""
    return t(
      "Đúng là lần công bố #\(p?.id ?? 0) (vòng \(round), \(at)): \(c.matched.joined(separator: ", ")) khớp; dữ liệu khớp nhật ký và kết quả tính lại như trên giấy\(since).",
      "Genuine publication #\(p?.id ?? 0) (round \(round), \(at)): \(c.matched.joined(separator: ", ")) match; the data matches the log and the ranking works out as on paper\(since)."
    )
  }
  static func publicationDiffers(_ c: PublicationCheck) -> String {
    let files = c.findings.filter { $0.verdict != .unchanged }.count
    return t(
      "tệp công bố không khớp: \(files) tệp bị sửa hoặc lạ, \(c.problems.count) chỗ khác (xem trên)",
      "the published files do not match: \(files) file(s) changed or unknown, \(c.problems.count) difference(s) (above)"
    )
  }
  static func supersedes(_ old: Int64, because: [String], complaints: [Int64] = []) -> String {
    let why =
      because.isEmpty ? "" : t(" (vì: ", " (because: ") + because.joined(separator: "; ") + ")"
    let answered =
      complaints.isEmpty
      ? ""
      : t(
        "; trả lời đơn khiếu nại số \(complaints.map(String.init).joined(separator: ", "))",
        "; it answers complaint \(complaints.map { "#\($0)" }.joined(separator: ", "))")
    return t(
      "bản công bố này thay thế công bố #\(old) của cùng vòng\(why)\(answered)",
      "this publication supersedes publication #\(old) of the same round\(why)\(answered)")
  }

  static func statusMissing(_ round: String, _ n: Int) -> String {
    t(
      "Vòng \(RoundNames.shown(round)): \(n) sáng kiến còn thiếu phiếu.",
      "Round \(round): \(n) entries still missing sheets.")
  }
  static func unassignedPlaces(_ n: Int) -> String {
    t("\(n) chỗ chưa phân công", "\(n) place(s) unassigned")
  }
  static func statusSetAside(_ n: Int) -> String {
    t("Phiếu bị gạt ra (không tính): \(n).", "Sheets set aside (not counted): \(n).")
  }
  static var voidedBecause: String { t("Ban giám khảo gạt ra: ", "voided by the jury: ") }
  static func statusDeclared(_ n: Int) -> String {
    t(
      "Xung đột lợi ích đã khai ở vòng này: \(n).",
      "Conflicts of interest declared in the round: \(n).")
  }
  static func declaredLine(_ d: RoundStatus.Declared) -> String {
    let when = d.at.map { RecordWords.moment($0) } ?? ""
    let place =
      d.unfilled > 0
      ? t(
        "còn \(d.unfilled) chỗ chưa có giám khảo ('sangkien assign repair')",
        "\(d.unfilled) place(s) still without a judge ('sangkien assign repair')")
      : t("đã có giám khảo thay", "the place has a judge again")
    return t(
      "  \(d.entry), \(d.judge) (\(d.judgeName)) — \(d.declaredBy) khai lúc \(when): \(d.reason); \(place)",
      "  \(d.entry), \(d.judge) (\(d.judgeName)) — declared by \(d.declaredBy) at \(when): \(d.reason); \(place)"
    )
  }
  static func statusWithoutFiles(_ n: Int) -> String {
    t(
      "Sáng kiến mà giám khảo không mở được tệp nào, chỉ thấy tên và tóm tắt: \(n). Kiểm tra hồ sơ rồi cho giám khảo xem tệp ('sangkien entry blind CODE ID --reason …') trước khi chấm.",
      "Entries whose judges can open no file, seeing only the title and summary: \(n). Check the dossier and show the judges a file ('sangkien entry blind CODE ID --reason …') before scoring."
    )
  }
  static func reinstatedJudge(_ judge: Judge) -> String {
    t(
      "Đã đưa giám khảo \(judge.id) \(judge.name) trở lại Ban; phiếu đã chấm vẫn được tính. Chạy 'sangkien assign repair' để phân công chỗ còn trống.",
      "Judge \(judge.id) \(judge.name) is back on the jury; their kept sheets still count. Run 'sangkien assign repair' to fill free places."
    )
  }
  static func publishedWillBeSuperseded(_ round: String, _ id: Int64) -> String {
    t(
      "vòng \(RoundNames.shown(round)) đã công bố kết quả (mã #\(id)): kết quả đã công bố sẽ bị thay thế ở lần công bố sau",
      "round \(round) was published (#\(id)): the published result will be superseded by the next publication"
    )
  }
  static func pendingDiscarded(_ pair: RoundPair) -> String {
    t(
      "Đã bỏ thay đổi chưa nộp của \(pair.judge) cho \(pair.entry); phiếu đã nộp được tính.",
      "Discarded the changes \(pair.judge) had not submitted for \(pair.entry); the submitted sheet counts."
    )
  }
  static func statusPendingChanges(_ n: Int) -> String {
    t(
      "Phiếu đã nộp có thay đổi chưa nộp: \(n).",
      "Submitted sheets with changes not submitted: \(n).")
  }
  static func statusPending(_ n: Int) -> String {
    t(
      "Giải chờ Ban giám khảo quyết định (đồng hạng): \(n).",
      "Prize places waiting for the jury (ties): \(n).")
  }

  // Statistics.
  static func statsJudges(_ round: String) -> String {
    t("Vòng \(RoundNames.shown(round)) — giám khảo:", "Round \(round) — judges:")
  }
  static var severityNote: String {
    t(
      "(Độ khắt khe: chênh lệch trung bình so với các giám khảo cùng chấm một sáng kiến; âm là chấm chặt hơn.)",
      "(Severity: mean difference from the co-judges on the same entries; negative is harsher.)")
  }
  static func kendall(_ w: String) -> String {
    t(
      "Kendall's W = \(w) (0: không thống nhất thứ tự, 1: hoàn toàn thống nhất).",
      "Kendall's W = \(w) (0: no agreement on the order, 1: complete agreement).")
  }
  static var disagreements: String {
    t("Sáng kiến chênh lệch lớn:", "Entries the judges disagree on:")
  }
  static func stability(replicates: Int) -> String {
    t(
      "Độ vững của giải (lấy mẫu lại giám khảo \(replicates) lần):",
      "Prize stability (judges resampled \(replicates) times):")
  }

  // Audit and copies.
  static func notIntact(_ r: AuditVerification) -> String {
    t(
      "nhật ký KHÔNG toàn vẹn: \(r.chainProblems.count) chỗ đứt chuỗi, \(r.dataProblems.count + r.moreDataProblems) chỗ dữ liệu khác nhật ký (xem trên)",
      "the audit log is NOT intact: \(r.chainProblems.count) chain break(s), \(r.dataProblems.count + r.moreDataProblems) difference(s) between the data and the log (above)"
    )
  }
  static func moreDifferences(_ count: Int) -> String {
    t(
      "… và \(count) chỗ khác nữa (không liệt kê)",
      "… and \(count) more difference(s), not listed")
  }
  static func intact(_ r: AuditVerification) -> String {
    t(
      "Nhật ký toàn vẹn: \(r.records) bản ghi, dữ liệu khớp nhật ký. Đầu chuỗi: \(r.head)",
      "The audit log is intact: \(r.records) records, and the data matches it. Head: \(r.head)")
  }
  static func headFound(_ head: String, _ c: HeadCheck) -> String {
    t(
      "Nhật ký vẫn dẫn tới \(head) không đổi: bản ghi số \(c.record ?? 0), sau nó có \(c.recordsAfter) bản ghi.",
      "The log still leads to \(head) unchanged: record #\(c.record ?? 0), with \(c.recordsAfter) records after it."
    )
  }
  static func headLost(_ head: String) -> String {
    t(
      "nhật ký KHÔNG còn dẫn tới \(head): bản ghi đó hoặc bản ghi trước nó đã bị sửa hay xoá, hoặc mã này của cơ sở dữ liệu khác",
      "the log does NOT lead to \(head) any more: that record or one before it was edited or removed, or the code is from another database"
    )
  }
  static func backedUp(_ file: String, _ c: CopyResult) -> String {
    t(
      "Đã sao lưu vào \(file): \(c.records) bản ghi nhật ký, đầu chuỗi \(c.head).",
      "Backed up to \(file): \(c.records) audit records, head \(c.head).")
  }
  static func restored(_ file: String, _ c: CopyResult) -> String {
    guard let kept = c.keptAs else {
      return t(
        "Đã tạo cơ sở dữ liệu từ \(file) (\(c.records) bản ghi nhật ký, toàn vẹn).",
        "Created the database from \(file) (\(c.records) audit records, intact).")
    }
    return t(
      "Đã khôi phục từ \(file) (\(c.records) bản ghi nhật ký, toàn vẹn). Dữ liệu trước đó giữ ở \(kept).",
      "Restored from \(file) (\(c.records) audit records, intact). The previous content is kept as \(kept)."
    )
  }

  // Contest.
  static func keptOld(_ path: String) -> String {
    t("Đã giữ cơ sở dữ liệu cũ ở \(path).", "The old database is kept as \(path).")
  }
  static func created(_ path: String, _ loaded: LoadedContest) -> String {
    let c = loaded.contest
    return t(
      "Đã tạo \(path): \(c.name) — \(c.rounds.count) vòng, \(loaded.rubrics.count) bộ tiêu chí, hạn nhận \(c.deadline.vietnamese).",
      "Created \(path): \(c.name) — \(c.rounds.count) rounds, \(loaded.rubrics.count) rubrics, deadline \(c.deadline.iso)."
    )
  }
  static func carried(_ made: EditionCreated, last: String) -> [String] {
    let staff = made.staff.map { "\($0.name) (\($0.role.localized))" }.joined(separator: ", ")
    let none = t("không", "none")
    return [
      t(
        "Lấy từ kỳ trước \(made.from) (\(last)):",
        "Carried from the last edition \(made.from) (\(last)):"),
      t(
        "  bộ tiêu chí: \(made.rubricsCarried.isEmpty ? "không (theo tệp mới)" : made.rubricsCarried.joined(separator: ", "))",
        "  rubrics: \(made.rubricsCarried.isEmpty ? "none (the new files')" : made.rubricsCarried.joined(separator: ", "))"
      ),
      t("  giám khảo: \(made.judges)", "  judges: \(made.judges)"),
      t(
        "  Tổ thư ký, Ban tổ chức: \(staff.isEmpty ? none : staff)",
        "  staff: \(staff.isEmpty ? none : staff)"),
      t(
        "  thiết lập tệp mới không ghi: \(made.settings.isEmpty ? none : made.settings.joined(separator: ", "))",
        "  settings the new file leaves out: \(made.settings.isEmpty ? none : made.settings.joined(separator: ", "))"
      ),
      t(
        "Không lấy: sáng kiến, phiếu chấm, phân công, kết quả công bố, nhật ký; mật khẩu, mã đăng nhập, phiên; thời hạn nhận hồ sơ trực tuyến. Mỗi người cần mã đăng nhập mới: 'sangkien access invite …'",
        "Not carried: entries, sheets, assignments, publications, the log; passwords, sign-in codes, sessions; the online call's days. Everyone needs a new code: 'sangkien access invite …'"
      ),
    ]
  }
  static func rubricOf(_ round: Round) -> String {
    t(
      "Vòng \(round.name) (mã \(round.id)) chấm theo bộ tiêu chí:",
      "Round \(round.id) (\(round.name)) is scored against:")
  }
  static func rubricValid(_ r: Rubric) -> String {
    let total = NumberFormat.shown(r.total)
    return t(
      "Bộ tiêu chí hợp lệ: \(r.leaves.count) tiêu chí chấm, tổng \(total) điểm.",
      "The rubric is valid: \(r.leaves.count) scored criteria, \(total) points in all.")
  }

  // Mail.
  static func mailQueued(_ address: String) -> String {
    t(
      "Thư mời đã vào hàng chờ gửi tới \(address) ('sangkien mail send', hoặc 'sangkien serve' tự gửi).",
      "The invitation is queued for \(address) ('sangkien mail send', or 'sangkien serve' sends it)."
    )
  }
  static var noRelay: String {
    t(
      "chưa cấu hình máy chủ thư: đặt SANGKIEN_SMTP_URL=smtp://[user:pass@]host:port[?starttls=required] và SANGKIEN_MAIL_FROM; thư vẫn nằm trong hàng chờ",
      "no mail relay is configured: set SANGKIEN_SMTP_URL=smtp://[user:pass@]host:port[?starttls=required] and SANGKIEN_MAIL_FROM; the messages stay queued"
    )
  }
  static func mailRun(_ run: MailRun) -> String {
    t(
      "Đã gửi \(run.delivered) thư; \(run.retrying) thư sẽ thử lại; \(run.failed) thư gửi không được.",
      "Delivered \(run.delivered); \(run.retrying) to try again; \(run.failed) given up on.")
  }
  static func remindersQueued(_ n: Int) -> String {
    t("Đã đưa \(n) thư nhắc hạn chấm vào hàng chờ.", "Queued \(n) reminders.")
  }
  static func remindersWithoutAddress(_ judges: [String]) -> String {
    t(
      "giám khảo chưa có email nên không nhắc được: \(judges.joined(separator: ", ")) ('sangkien judge update ID --email …')",
      "judges without an e-mail address, not reminded: \(judges.joined(separator: ", ")) ('sangkien judge update ID --email …')"
    )
  }
  static func mailRetried(_ id: Int64) -> String {
    t("Thư #\(id) đã vào lại hàng chờ gửi.", "Message #\(id) is queued again.")
  }

  // Demo.
  /// The jury's view the demo publishes with (fictional, as the demo is).
  static var demoAccepted: String {
    "Ban Giám khảo đã xem xét tại cuộc họp và thống nhất giữ điểm tổng hợp (minh hoạ)"
  }
  static func demoCreated(_ name: String, _ path: String) -> String {
    t("Khởi tạo cuộc thi: \(name)\n   → \(path)", "Created the contest: \(name)\n   → \(path)")
  }
  static func demoRegistered(_ entries: Int, _ judges: Int) -> String {
    t(
      "Tổ thư ký nhập \(entries) sáng kiến và \(judges) giám khảo (hư cấu) từ Seeds/demo",
      "The secretariat registered \(entries) entries and \(judges) judges (fictional) from Seeds/demo"
    )
  }
  static func demoAssigned(_ round: String, _ plan: AssignmentPlan) -> String {
    t(
      "Phân công vòng \(RoundNames.shown(round)) (tránh \(plan.conflictsAvoided) xung đột lợi ích): ",
      "Assigned round \(round) (avoiding \(plan.conflictsAvoided) conflicts of interest): ")
      + assignment(plan)
  }
  static func demoCollected(_ n: Int, round: String) -> String {
    t(
      "Nhận \(n) phiếu chấm vòng \(RoundNames.shown(round))",
      "Collected \(n) score sheets for round \(round)")
  }
  static func demoAdvanced(_ first: String, _ final: String, _ r: AdvancementResult) -> String {
    let flagged = r.flagged.joined(separator: ", ")
    return t(
      "Ban tổ chức đóng vòng \(RoundNames.shown(first)) và chọn \(r.advancing.count) sáng kiến vào vòng \(RoundNames.shown(final))"
        + (r.flagged.isEmpty ? "" : "; chênh lệch lớn, đề nghị xem lại: \(flagged)"),
      "The organisers closed round \(first) and advanced \(r.advancing.count) entries to \(final)"
        + (r.flagged.isEmpty ? "" : "; judges disagree on \(flagged)"))
  }
  static func demoCollectedFinal(_ n: Int, round: String) -> String {
    t(
      "Nhận \(n) phiếu chấm vòng \(RoundNames.shown(round)) (mọi giám khảo, trừ cặp xung đột)",
      "Collected \(n) sheets for round \(round) (every judge, conflicts excepted)")
  }
  static func demoServing(round: String) -> String {
    t(
      "Vòng \(RoundNames.shown(round)) đang mở, chưa có phiếu: ứng dụng web chạy trên cơ sở dữ liệu này. Mã đăng nhập một lần (hết hạn sau 7 ngày):",
      "Round \(round) is open with no sheets yet: the web application runs on this database. One-time sign-in codes (valid 7 days):"
    )
  }
  static var demoJudge: String { t("Giám khảo", "Judge") }
  static var demoSecretariat: String { t("Tổ thư ký", "Secretariat") }
  static var demoOrganiser: String { t("Ban tổ chức", "Organiser") }
  static var demoWho: String { t("Vai trò", "Role") }
  static var demoLogin: String { t("Tên đăng nhập", "Login") }
  static var demoCode: String { t("Mã", "Code") }
  static func demoSignIn(host: String, port: Int) -> String {
    t(
      "Mở http://\(host):\(port)/sign-in, nhập tên đăng nhập và mã, rồi đặt mật khẩu (ít nhất 10 ký tự). Ctrl-C để dừng.",
      "Open http://\(host):\(port)/sign-in, give the login and the code, then set a password (10 characters or more). Ctrl-C stops it."
    )
  }
  static var demoPublished: String {
    t("Công bố kết quả (tiếng Việt, in được khổ A4):", "Published the result:")
  }
  static func demoVerified(_ v: AuditVerification) -> String {
    t(
      "Nhật ký: \(v.records) bản ghi, \(v.isIntact ? "toàn vẹn" : "KHÔNG toàn vẹn"); mã kiểm chứng \(v.head)",
      "Audit log: \(v.records) records, \(v.isIntact ? "intact" : "NOT intact"); head \(v.head)")
  }
  static func demoNext(_ path: String, as name: String) -> String {
    t(
      "Xem tiếp: sangkien stats --db \(path) --as \"\(name)\"",
      "Next: sangkien stats --db \(path) --as \"\(name)\"")
  }
}
