import Foundation
import SangKienInterchange
import SangKienModel

/// The workflow's messages, in Vietnamese and English: one catalog. They name fields and
/// values, never a front end's flags or buttons.
enum WorkflowText {
  // Who may.
  static var whoStaff: String {
    Language.text(vi: "Tổ thư ký và Ban tổ chức", en: "the secretariat and the organisers")
  }
  static var whoSecretariat: String { Language.text(vi: "Tổ thư ký", en: "the secretariat") }
  static var whoOrganisers: String { Language.text(vi: "Ban tổ chức", en: "the organisers") }
  static var whoSecretariatOrJudge: String {
    Language.text(
      vi: "Tổ thư ký và chính giám khảo đó", en: "the secretariat and that judge themselves")
  }
  static var whoStaffOrJudge: String {
    Language.text(
      vi: "Tổ thư ký, Ban tổ chức và chính giám khảo đó", en: "the staff and that judge themselves")
  }

  static func stranger(_ name: String) -> String {
    Language.text(
      vi:
        "'\(name)' không có trong danh sách Tổ thư ký, Ban tổ chức hay Ban giám khảo; \(Remedy.identify.text)",
      en:
        "'\(name)' is not on the staff or the jury; \(Remedy.identify.text)"
    )
  }

  static func mayNot(_ actor: Actor, only who: String) -> String {
    Language.text(
      vi: "\(actor.name) (\(actor.role.vietnamese)) không được làm việc này: chỉ \(who)",
      en: "\(actor.name) (\(actor.role.rawValue)) may not do this: only \(who) may")
  }

  static var emptyActor: String {
    Language.text(vi: "tên người thực hiện không được để trống", en: "who is acting must be named")
  }

  // Input.
  static var empty: String { Language.text(vi: "không được để trống", en: "must not be empty") }
  static var reasonRequired: String {
    Language.text(vi: "cần ghi lý do", en: "a reason is required")
  }
  static func tooLong(_ count: Int, limit: Int) -> String {
    Language.text(
      vi: "dài \(count) ký tự, tối đa \(limit)",
      en: "\(count) characters long, at most \(limit) allowed")
  }
  static var codeCannotChange: String {
    Language.text(vi: "mã sáng kiến không đổi được", en: "an entry's code cannot change")
  }
  static func notANumber(_ text: String) -> String {
    Language.text(vi: "'\(text)' không phải là số", en: "'\(text)' is not a number")
  }
  static var staffRole: String {
    Language.text(vi: "secretariat hoặc organiser", en: "secretariat or organiser")
  }

  // Entries.
  static var noCodes: String {
    Language.text(vi: "không có mã sáng kiến nào", en: "no entry codes given")
  }
  static func codeOnLine(_ code: String, _ place: String) -> String {
    Language.text(
      vi: "mã '\(code)' trùng với \(place)", en: "code '\(code)' is also on \(place)")
  }
  /// A place in an imported file as its reader numbers it: a CSV file's line, a
  /// spreadsheet's cell (`B18`, as Excel names it) or row.
  static func place(line: Int, cell: String?) -> String {
    guard let cell else { return Language.text(vi: "dòng \(line)", en: "line \(line)") }
    return cell.first?.isLetter == true
      ? Language.text(vi: "ô \(cell)", en: "cell \(cell)")
      : Language.text(vi: "dòng \(cell)", en: "row \(cell)")
  }
  // Mail.
  static func noAddress(_ login: String) -> String {
    Language.text(
      vi:
        "\(login) chưa có địa chỉ email: thêm bằng 'sangkien judge update \(login) --email …' (giám khảo) hoặc chỉ rõ '--to ĐỊA-CHỈ'",
      en:
        "\(login) has no e-mail address: add one with 'sangkien judge update \(login) --email …' (a judge) or give '--to ADDRESS'"
    )
  }
  static func badAddress(_ address: String) -> String {
    Language.text(
      vi: "'\(address)' không phải một địa chỉ email", en: "'\(address)' is not an e-mail address")
  }
  static func badPhone(_ phone: String) -> String {
    Language.text(
      vi: "'\(phone)' không phải một số điện thoại", en: "'\(phone)' is not a telephone number")
  }
  static var noBaseURL: String {
    Language.text(
      vi:
        "thư có đường dẫn tới trang đăng nhập nên cần địa chỉ của trang: chạy 'sangkien serve --base-url https://…' hoặc đặt SANGKIEN_BASE_URL",
      en:
        "the message links to the sign-in page, so the site's address is needed: run 'sangkien serve --base-url https://…' or set SANGKIEN_BASE_URL"
    )
  }
  static func noFailedMail(_ id: Int64) -> String {
    Language.text(
      vi: "không có thư #\(id) gửi không được để gửi lại",
      en: "there is no failed message #\(id) to send again")
  }

  /// Prize-winning entries whose judges' totals still disagree, when publishing.
  static func unsettledPrizes(_ entries: [(code: String, prize: String)]) -> String {
    let list = entries.map { "\($0.code) (\($0.prize))" }.joined(separator: ", ")
    return Language.text(
      vi:
        "điểm các giám khảo của \(list) chênh lệch lớn và chưa được giải quyết: chấm thêm (resolution), hoặc ghi ý kiến của Ban Giám khảo khi công bố ('sangkien publish --accept-disagreements \"…\"'; trên trang: ô lý do) — ý kiến đó được ghi vào biên bản",
      en:
        "the judges' totals of \(list) are far apart and unsettled: mark them again (resolution), or give the jury's view when publishing ('sangkien publish --accept-disagreements \"…\"'; on the page: the reason box) — it is written in the minutes"
    )
  }

  /// An entry of kind "individual" naming several authors.
  static func individualWithAuthors(_ count: Int) -> String {
    Language.text(
      vi:
        "đối tượng là cá nhân nhưng có \(count) tác giả: nếu là sáng kiến của nhiều người, hãy ghi tập thể (giải xét theo nhóm đối tượng)",
      en:
        "the entrant is an individual but \(count) authors are named: if several people made it, write collective (prizes are given by group)"
    )
  }

  static func codeInDatabase(_ code: String) -> String {
    Language.text(
      vi: "mã '\(code)' đã có trong cơ sở dữ liệu", en: "code '\(code)' is already in the database")
  }
  static func likelyDuplicate(_ others: [String]) -> String {
    let list = others.joined(separator: ", ")
    return Language.text(
      vi: "có thể trùng với \(list) (cùng tên và đơn vị)",
      en: "likely duplicate of \(list) (same title and unit)")
  }
  static func mixedDayOrders(monthDay: String, dayMonth: String) -> String {
    Language.text(
      vi:
        "tệp trộn hai cách ghi ngày: \(monthDay) chỉ đọc được là tháng/ngày, \(dayMonth) chỉ đọc được là ngày/tháng; hãy thống nhất một cách",
      en:
        "the file mixes two ways of writing days: \(monthDay) reads only as month/day, \(dayMonth) only as day/month; write them one way"
    )
  }
  static var readAsMonthDay: String {
    Language.text(
      vi:
        "mọi ngày trong tệp được đọc là tháng/ngày/năm (kiểu Excel đặt vùng Mỹ): ngày này chỉ đọc được như vậy, và mọi ngày khác đều hợp",
      en:
        "every day in the file is read as month/day/year (Excel under US settings): this one reads only that way, and all the others fit"
    )
  }
  static func likelyDuplicateOfLine(_ place: String) -> String {
    Language.text(
      vi: "có thể trùng với \(place) của tệp (cùng tên và đơn vị)",
      en: "likely duplicate of \(place) of the file (same title and unit)")
  }
  static func duplicatesFound(_ count: Int) -> String {
    Language.text(
      vi:
        "\(count) dòng có thể trùng; kiểm tra lại, \(Remedy.allowDuplicates.text)",
      en:
        "\(count) likely duplicate\(count == 1 ? "" : "s"); check them, \(Remedy.allowDuplicates.text)"
    )
  }
  static var checkingAndImporting: String {
    Language.text(vi: "Đang kiểm tra và nhập", en: "Checking and importing")
  }

  // Jury and conflicts.
  static func judgeIdTaken(_ id: String) -> String {
    Language.text(
      vi: "mã giám khảo '\(id)' đã có trong Ban giám khảo",
      en: "judge id '\(id)' is already on the jury")
  }
  static func nothingToDismiss(_ judge: String, _ entry: String) -> String {
    Language.text(
      vi: "không có xung đột tự phát hiện giữa \(judge) và \(entry) để bỏ qua",
      en: "there is no detected conflict between \(judge) and \(entry) to dismiss")
  }

  // Scoring.
  static func closedRoundWouldChange(_ rounds: [String]) -> String {
    let list = RoundNames.shown(rounds)
    let command = "'sangkien round open \(rounds.first ?? "ROUND") --reason …'"
    return Language.text(
      vi:
        "vòng \(list) đã đóng: thay đổi này sẽ làm đổi phiếu được tính, phân công hoặc kết quả của vòng. Ban tổ chức mở lại vòng trước (\(command))",
      en:
        "round \(rounds.map { "'\($0)'" }.joined(separator: ", ")) is closed: this change would alter its counted sheets, assignment or results. The organisers reopen it first (\(command))"
    )
  }

  // Contest settings.
  static func settingsAfterPublication(_ id: Int64) -> String {
    Language.text(
      vi:
        "kết quả đã công bố (#\(id)) theo thiết lập cũ: các tệp đã công bố giữ nguyên; công bố lại để giấy tờ theo thiết lập mới",
      en:
        "results were published (#\(id)) under the old settings: the published files stay as they are; publish again for papers under the new ones"
    )
  }
  static func otherContestFile(_ given: String, _ stored: String) -> String {
    Language.text(
      vi: "tệp là của cuộc thi '\(given)', cơ sở dữ liệu là của cuộc thi '\(stored)'",
      en: "the file is for contest '\(given)', the database holds contest '\(stored)'")
  }
  static func roundsKept(_ stored: [String], given: [String]) -> String {
    let old = stored.joined(separator: ", ")
    let new = given.joined(separator: ", ")
    return Language.text(
      vi:
        "các vòng đã có (\(old)) phải giữ nguyên mã và thứ tự; chỉ thêm được vòng mới ở cuối (tệp có: \(new))",
      en:
        "the rounds there are (\(old)) keep their ids and order; new rounds go at the end only (the file has: \(new))"
    )
  }
  static func codePrefixFixed(_ prefix: String) -> String {
    Language.text(
      vi: "đã có sáng kiến mang mã '\(prefix)…': không đổi được tiền tố mã",
      en: "entries already carry '\(prefix)…' codes: the code prefix cannot change")
  }
  static func closedRoundRules(_ round: String, keys: [String]) -> String {
    let list = keys.prefix(5).joined(separator: ", ")
    return Language.text(
      vi:
        "vòng \(RoundNames.shown(round)) đã đóng: không đổi được quy tắc tính điểm, xét giải của vòng (\(list)). Ban tổ chức mở lại vòng trước ('sangkien round open \(round) --reason …')",
      en:
        "round '\(round)' is closed: its scoring and prize rules cannot change (\(list)). The organisers reopen it first ('sangkien round open \(round) --reason …')"
    )
  }
  static func rubricHeld(_ round: String, sheets: Int, rubric: String) -> String {
    Language.text(
      vi:
        "vòng \(RoundNames.shown(round)) đã có \(sheets) phiếu chấm theo bộ tiêu chí '\(rubric)': không đổi được bộ tiêu chí hay các tiêu chí của vòng",
      en:
        "round '\(round)' holds \(sheets) sheets scored on rubric '\(rubric)': its rubric and criteria cannot change"
    )
  }

  static func pending(counted: Points?, typed: Points) -> String {
    let counted = counted.map { NumberFormat.shown($0.decimal) } ?? "–"
    let typed = NumberFormat.shown(typed.decimal)
    return Language.text(
      vi: "đã nộp (được tính: \(counted)) · thay đổi chưa nộp (\(typed))",
      en: "submitted (counted: \(counted)) · changes not submitted (\(typed))")
  }

  static func pendingAtClose(_ round: String, _ pairs: [RoundPair]) -> String {
    let list = pairs.prefix(20).map { "\($0.judge) \($0.entry)" }.joined(separator: ", ")
    let more = pairs.count > 20 ? " (+\(pairs.count - 20))" : ""
    return Language.text(
      vi:
        "vòng \(RoundNames.shown(round)) chưa đóng được: \(pairs.count) phiếu đã nộp có thay đổi chưa nộp (\(list)\(more)). Nhắc giám khảo nộp lại, hoặc đóng với --discard-pending để bỏ các thay đổi đó (phiếu đã nộp được tính)",
      en:
        "round '\(round)' cannot close: \(pairs.count) submitted sheets have changes not submitted (\(list)\(more)). Ask the judges to submit, or close with --discard-pending to discard them (the submitted sheets count)"
    )
  }

  static var noFileToCheck: String {
    Language.text(vi: "chưa có tệp nào để kiểm chứng", en: "no file to check")
  }

  static func noPublishedFile(_ id: Int64, _ name: String) -> String {
    Language.text(
      vi: "công bố #\(id) không có tệp '\(name)'", en: "publication #\(id) has no file '\(name)'")
  }

  static func publishedFileDamaged(_ id: Int64, _ name: String) -> String {
    Language.text(
      vi: "tệp '\(name)' của công bố #\(id) trong cơ sở dữ liệu không còn khớp mã SHA-256 đã ghi",
      en: "the file '\(name)' of publication #\(id) no longer matches its recorded SHA-256")
  }

  static func entryPublished(_ code: String, _ id: Int64, _ round: String) -> String {
    Language.text(
      vi:
        "\(code) có trong kết quả đã công bố #\(id) (vòng \(RoundNames.shown(round))): kết quả đó sẽ bị thay thế ở lần công bố sau",
      en:
        "\(code) is in published result #\(id) (round \(round)): it will be superseded by the next publication"
    )
  }

  static func finding(_ f: PublicationCheck.Finding) -> String {
    let id = f.publication.map { "#\($0)" } ?? ""
    let round = f.round ?? ""
    let asName =
      f.publishedAs.map {
        Language.text(vi: " (tên khi công bố: \($0))", en: " (published as \($0))")
      } ?? ""
    var text: String
    switch f.verdict {
    case .unchanged:
      text = Language.text(
        vi:
          "\(f.name): tệp của công bố \(id) (vòng \(RoundNames.shown(round)))\(asName), không thay đổi",
        en: "\(f.name): a file of publication \(id) (round \(round))\(asName), unchanged")
    case .changed:
      text = Language.text(
        vi:
          "\(f.name): ĐÃ BỊ SỬA — khác với tệp cùng tên của công bố \(id) (vòng \(RoundNames.shown(round)))",
        en:
          "\(f.name): CHANGED — it differs from the file of that name in publication \(id) (round \(round))"
      )
    case .notPublished:
      return Language.text(
        vi: "\(f.name): không phải tệp của lần công bố nào",
        en: "\(f.name): not a file of any publication")
    }
    if let next = f.supersededBy {
      let why =
        f.because.isEmpty
        ? "" : Language.text(vi: " vì: ", en: " because: ") + f.because.joined(separator: "; ")
      let answered =
        f.complaints.isEmpty
        ? ""
        : Language.text(
          vi: " (khiếu nại số \(f.complaints.map(String.init).joined(separator: ", ")))",
          en: " (complaint \(f.complaints.map { "#\($0)" }.joined(separator: ", ")))")
      text += Language.text(
        vi: "; đã bị thay thế bởi công bố #\(next)\(answered)\(why)",
        en: "; superseded by publication #\(next)\(answered)\(why)")
    }
    return text
  }

  static func roundClosed(_ round: String) -> String {
    Language.text(
      vi: "vòng \(RoundNames.shown(round)) đã đóng: không được thay đổi điểm",
      en: "round '\(round)' is closed: no score may change")
  }
  static var wholeFile: String {
    Language.text(vi: " (cả tệp bị từ chối)", en: " (the whole file is refused)")
  }
  static func noJudge(_ judge: String) -> String {
    Language.text(vi: "không có giám khảo '\(judge)'", en: "no judge '\(judge)'")
  }
  static func judgeRemoved(_ judge: String) -> String {
    Language.text(
      vi: "giám khảo '\(judge)' đã được rút khỏi Ban giám khảo",
      en: "judge '\(judge)' has been removed from the jury")
  }
  static func noEntry(_ code: String) -> String {
    Language.text(vi: "không có sáng kiến '\(code)'", en: "no entry '\(code)'")
  }
  static func notScored(_ entry: Entry) -> String {
    Language.text(
      vi: "\(entry.code) \(entry.status.vietnamese): không chấm",
      en: "\(entry.code) is \(entry.status.rawValue): not scored")
  }
  static func notInRound(_ code: String, round: String) -> String {
    Language.text(
      vi: "\(code) không có trong vòng \(RoundNames.shown(round))",
      en: "\(code) is not in round '\(round)'")
  }
  static func inConflict(_ judge: String, _ code: String) -> String {
    Language.text(
      vi: "giám khảo \(judge) có xung đột lợi ích với \(code)",
      en: "judge \(judge) has a conflict of interest with \(code)")
  }
  static func pairInConflict(_ judge: String, _ code: String) -> String {
    Language.text(
      vi: "\(judge) có xung đột lợi ích với \(code)",
      en: "\(judge) has a conflict of interest with \(code)")
  }
  static func notAssigned(_ judge: String, _ code: String, round: String) -> String {
    Language.text(
      vi: "giám khảo \(judge) không được phân công chấm \(code) ở vòng \(RoundNames.shown(round))",
      en: "judge \(judge) is not assigned to \(code) in round '\(round)'")
  }
  static func sheetVoided(_ judge: String, _ entry: String, _ reason: String) -> String {
    Language.text(
      vi:
        "phiếu của \(judge) cho \(entry) đã bị Ban giám khảo gạt ra (\(reason)); khôi phục trước khi sửa",
      en:
        "\(judge)'s sheet for \(entry) was set aside by the jury (\(reason)); restore it before changing it"
    )
  }
  static func setAsideNote(_ key: RoundPair, _ why: String) -> String {
    Language.text(
      vi:
        "\(key.entry): phiếu của giám khảo \(key.judge) không được tính (\(why)); phiếu vẫn được lưu.",
      en: "\(key.entry): judge \(key.judge)'s sheet does not count (\(why)); it is kept on record.")
  }
  static var conflictSource: String {
    Language.text(vi: "xung đột lợi ích", en: "conflict of interest")
  }
  static func notVoided(_ judge: String, _ entry: String) -> String {
    Language.text(
      vi: "phiếu của \(judge) cho \(entry) không bị gạt ra",
      en: "\(judge)'s sheet for \(entry) is not set aside")
  }
  static func setAsideByConflict(_ judge: String, _ entry: String) -> String {
    Language.text(
      vi: "phiếu của \(judge) cho \(entry) bị gạt ra vì xung đột lợi ích; không khôi phục được",
      en:
        "\(judge)'s sheet for \(entry) is set aside by a conflict of interest; it cannot be restored"
    )
  }
  static func sheetLocked(_ judge: String, _ entry: String, round: String) -> String {
    Language.text(
      vi:
        "phiếu của \(judge) cho \(entry) đã nộp và vòng \(RoundNames.shown(round)) khóa phiếu đã nộp: Tổ thư ký mở lại bằng 'sangkien score reopen --judge \(judge) --entry \(entry) --reason …' thì mới sửa được",
      en:
        "\(judge)'s sheet for \(entry) is submitted and round '\(round)' locks submitted sheets: the secretariat reopens it with 'sangkien score reopen --judge \(judge) --entry \(entry) --reason …' before it can change"
    )
  }
  static func roundDoesNotLock(_ round: String) -> String {
    Language.text(
      vi:
        "vòng \(RoundNames.shown(round)) không khóa phiếu đã nộp (lock_submitted): giám khảo tự sửa được khi vòng còn mở",
      en:
        "round '\(round)' does not lock submitted sheets (lock_submitted): the judge can change them while it is open"
    )
  }
  static func alreadyReopened(_ judge: String, _ entry: String) -> String {
    Language.text(
      vi: "phiếu của \(judge) cho \(entry) đã được mở lại, đang chờ giám khảo nộp lại",
      en: "\(judge)'s sheet for \(entry) is already reopened, waiting for the judge to submit it")
  }
  static func alreadyBlind(_ name: String, blind: Bool) -> String {
    blind
      ? Language.text(
        vi: "tệp '\(name)' đã được cho giám khảo xem",
        en: "the file '\(name)' is already shown to the judges")
      : Language.text(
        vi: "tệp '\(name)' vốn không cho giám khảo xem",
        en: "the file '\(name)' is already hidden from the judges")
  }
  static func noResolution(_ round: String) -> String {
    Language.text(
      vi:
        "vòng \(RoundNames.shown(round)) không có chấm thêm: thêm 'resolution: {extra_judges: 1, method: mean-all}' vào vòng trong tệp cuộc thi",
      en:
        "round '\(round)' has no further marking: add 'resolution: {extra_judges: 1, method: mean-all}' to the round in the contest file"
    )
  }
  static func noFreeJudge(need: Int, free: Int, on: Int, conflicted: Int) -> String {
    Language.text(
      vi:
        "cần thêm \(need) giám khảo nhưng chỉ còn \(free) người rảnh: \(on) người đã chấm sáng kiến này, \(conflicted) người có xung đột lợi ích",
      en:
        "needs \(need) more judge(s) but only \(free) are free: \(on) already score it, \(conflicted) have a conflict of interest"
    )
  }
  static var alreadyVoided: String {
    Language.text(vi: "phiếu này đã bị gạt ra", en: "this sheet is already set aside")
  }
  static func sheetExists(_ judge: String, _ entry: String) -> String {
    Language.text(
      vi: "giám khảo \(judge) đã có phiếu chấm \(entry); \(Remedy.replace.text)",
      en: "judge \(judge) already has a sheet for \(entry); \(Remedy.replace.text)")
  }
  static func nameTheRound(_ rounds: [String]) -> String {
    let list = rounds.joined(separator: ", ")
    return Language.text(
      vi: "hãy chỉ rõ vòng: các vòng \(list) đều đã có phiếu, phân công hoặc danh sách",
      en: "name the round: \(list) all have sheets, assignments or a shortlist")
  }
  static func nothingToReplace(_ judge: String, _ entry: String, round: String) -> String {
    Language.text(
      vi:
        "giám khảo \(judge) chưa có phiếu chấm \(entry) ở vòng \(RoundNames.shown(round)) để thay",
      en: "judge \(judge) has no sheet for \(entry) in round '\(round)' to replace")
  }
  static func noPoints(_ criterion: String) -> String {
    Language.text(
      vi: "thiếu điểm tiêu chí \(criterion)", en: "no points for criterion \(criterion)")
  }
  static func negative(_ criterion: String, _ value: String) -> String {
    Language.text(
      vi: "\(criterion) = \(value): điểm không được âm",
      en: "\(criterion) = \(value): points cannot be negative")
  }
  static func aboveMaximum(_ criterion: String, _ value: String, _ maximum: String) -> String {
    Language.text(
      vi: "\(criterion) = \(value): vượt điểm tối đa \(maximum)",
      en: "\(criterion) = \(value): above the maximum \(maximum)")
  }
  static func offStep(_ criterion: String, _ value: String, _ step: String) -> String {
    Language.text(
      vi: "\(criterion) = \(value): điểm phải là bội số của \(step)",
      en: "\(criterion) = \(value): points must be a multiple of \(step)")
  }
  static func criteria(_ ids: [String]) -> String {
    let list = ids.joined(separator: ", ")
    return Language.text(vi: "các tiêu chí chấm: \(list)", en: "the scored criteria: \(list)")
  }
  static func sheetOnLine(_ judge: String, _ entry: String, _ line: Int) -> String {
    Language.text(
      vi: "phiếu của \(judge) cho \(entry) đã có ở dòng \(line)",
      en: "\(judge)'s sheet for \(entry) is also on line \(line)")
  }
  static func rowForRound(_ named: String, importing round: String) -> String {
    Language.text(
      vi:
        "dòng của vòng \(RoundNames.shown(named)), đang nhập cho vòng \(RoundNames.shown(round)) (\(Remedy.chooseRound.text))",
      en: "row for round '\(named)', importing into round '\(round)' (\(Remedy.chooseRound.text))")
  }
  // Signing in.
  static var validDays: String {
    Language.text(vi: "số ngày hiệu lực từ 1 đến 90", en: "the days valid must be 1 to 90")
  }
  static var signInFailedCounted: String {
    Language.text(
      vi:
        "đăng nhập sai; các lần sai sau đó từ địa chỉ này trong 15 phút được đếm, không ghi từng lần",
      en:
        "a failed sign-in; further failures from this address within 15 minutes are counted, not recorded one by one"
    )
  }
  static var unknownLoginCounted: String {
    Language.text(
      vi:
        "đăng nhập với tên không có trong danh sách; các lần sau từ địa chỉ này trong 15 phút được đếm, không ghi từng lần",
      en:
        "a sign-in as a login that does not exist; further ones from this address within 15 minutes are counted, not recorded"
    )
  }
  static func slowedDown(_ failures: Int, wait: TimeInterval) -> String {
    let seconds = Int(wait.rounded())
    return Language.text(
      vi:
        "\(failures) lần đăng nhập sai từ địa chỉ này: lần thử tiếp theo từ đây phải chờ \(seconds) giây, mỗi lần sai sau đó chờ gấp đôi (địa chỉ khác không bị ảnh hưởng; Tổ thư ký gỡ bằng 'sangkien access unlock')",
      en:
        "\(failures) failed sign-ins from this address: the next attempt from it waits \(seconds) s, each further failure twice as long (other addresses are not affected; the secretariat lifts it with 'sangkien access unlock')"
    )
  }
  static var signInFailed: String {
    Language.text(vi: "đăng nhập không thành công", en: "sign-in failed")
  }
  static func lockedNow(_ failures: Int) -> String {
    Language.text(
      vi: "\(failures) lần đăng nhập sai: tạm khoá 15 phút",
      en: "\(failures) failed sign-ins: locked for 15 minutes")
  }
  static var notSignedIn: String {
    Language.text(
      vi: "chưa đăng nhập hoặc phiên đã hết hạn", en: "not signed in, or the session ended")
  }
  static func passwordTooShort(_ minimum: Int) -> String {
    Language.text(
      vi: "mật khẩu cần ít nhất \(minimum) ký tự",
      en: "a password needs at least \(minimum) characters")
  }
  static var passwordTooLong: String {
    Language.text(
      vi:
        "mật khẩu dài quá 72 byte (khoảng 24 chữ có dấu): phần sau sẽ bị bỏ qua khi kiểm tra, hãy chọn mật khẩu ngắn hơn",
      en:
        "the password is over 72 bytes (about 24 Vietnamese letters with marks): the rest would be ignored when checked; choose a shorter one"
    )
  }
  static var passwordControl: String {
    Language.text(
      vi: "mật khẩu có ký tự điều khiển (không gõ được từ bàn phím)",
      en: "the password holds a control character (not one a keyboard types)")
  }
  static var passwordBlank: String {
    Language.text(vi: "mật khẩu chỉ có dấu cách", en: "the password is only spaces")
  }
  static var passwordHasLogin: String {
    Language.text(
      vi: "mật khẩu không được chứa tên đăng nhập hay họ tên",
      en: "the password may not hold the login or the person's name")
  }
  static func staffDraft(_ judge: String) -> String {
    Language.text(
      vi:
        "bản nháp là của giám khảo \(judge): Tổ thư ký nhập phiếu bằng cách nộp (có ghi nhật ký), không sửa bản nháp",
      en:
        "the draft is judge \(judge)'s: the secretariat enters a sheet by submitting it (audited), never by editing the draft"
    )
  }
  static var currentPasswordNeeded: String {
    Language.text(
      vi: "hãy nhập đúng mật khẩu hiện tại để đổi mật khẩu",
      en: "give the current password to change it")
  }

  static func staleSheet(_ given: Int, now: Int) -> String {
    Language.text(
      vi:
        "phiếu đã được lưu ở nơi khác (bản \(now), trang này mở từ bản \(given)): tải lại để xem bản mới rồi sửa tiếp",
      en:
        "the sheet was saved elsewhere (version \(now); this page started from \(given)): reload to see it, then go on"
    )
  }

  // Dossiers.
  static var acceptedTypes: String {
    Language.text(
      vi:
        "hồ sơ chỉ nhận PDF, Word, Excel, PowerPoint (cả bản 97–2003), OpenDocument, RTF, ảnh JPEG, PNG và văn bản thuần UTF-8",
      en:
        "a dossier takes PDF, Word, Excel, PowerPoint (97–2003 too), OpenDocument, RTF, JPEG and PNG images and plain UTF-8 text"
    )
  }
  static func fileMissing(_ shown: String, at path: String) -> String {
    shown == path
      ? Language.text(vi: "không tìm thấy tệp", en: "no such file")
      : Language.text(
        vi: "không tìm thấy tệp '\(shown)' (tìm ở \(path))",
        en: "no file '\(shown)' (looked for \(path))")
  }
  static func fileIsFolder(_ shown: String) -> String {
    Language.text(
      vi: "'\(shown)' là thư mục, không phải tệp", en: "'\(shown)' is a folder, not a file")
  }
  static func badFileName(_ shown: String) -> String {
    Language.text(
      vi: "tên tệp '\(shown)' trống hoặc dài quá 255 ký tự",
      en: "the file name '\(shown)' is empty or longer than 255 characters")
  }
  static func fileUnreadable(_ shown: String) -> String {
    Language.text(vi: "không đọc được tệp '\(shown)'", en: "cannot read the file '\(shown)'")
  }
  static func fileEmpty(_ shown: String) -> String {
    Language.text(
      vi: "tệp '\(shown)' rỗng (0 byte): không có gì để đính kèm",
      en: "the file '\(shown)' is empty (0 bytes): nothing to attach")
  }
  static func fileTooBig(_ shown: String, size: Int64, limits: AttachmentLimits) -> String {
    Language.text(
      vi:
        "tệp '\(shown)' nặng \(Attachment.sizeText(size)), quá giới hạn \(limits.maxFileMB) MB một tệp (attachments.max_file_mb)",
      en:
        "the file '\(shown)' is \(Attachment.sizeText(size)), over the limit of \(limits.maxFileMB) MB a file (attachments.max_file_mb)"
    )
  }
  static func fileTypeRefused(_ shown: String, found: String) -> String {
    Language.text(
      vi: "tệp '\(shown)' là \(found): \(acceptedTypes)",
      en: "the file '\(shown)' is \(found): \(acceptedTypes)")
  }
  static func fileTwice(_ shown: String, code: String, other: Attachment) -> String {
    Language.text(
      vi:
        "tệp '\(shown)' đã có trong hồ sơ \(code) (số \(other.id), '\(other.name)', cùng SHA-256 \(other.sha256.prefix(12))…)",
      en:
        "the file '\(shown)' is already in \(code)'s dossier (#\(other.id), '\(other.name)', the same SHA-256 \(other.sha256.prefix(12))…)"
    )
  }
  static func fileTwiceGiven(_ shown: String, other: String) -> String {
    Language.text(
      vi: "tệp '\(shown)' có cùng nội dung với '\(other)': đính kèm một lần thôi",
      en: "the file '\(shown)' has the same bytes as '\(other)': attach it once")
  }
  static func dossierTooBig(_ code: String, total: Int64, limits: AttachmentLimits) -> String {
    Language.text(
      vi:
        "hồ sơ \(code) sẽ nặng \(Attachment.sizeText(total)), quá giới hạn \(limits.maxEntryMB) MB một hồ sơ (attachments.max_entry_mb)",
      en:
        "\(code)'s dossier would be \(Attachment.sizeText(total)), over the limit of \(limits.maxEntryMB) MB an entry (attachments.max_entry_mb)"
    )
  }
  static var uploadNamesFiles: String {
    Language.text(
      vi: "tệp tải lên không nêu được tệp trên máy: hãy đính kèm hồ sơ riêng cho từng sáng kiến",
      en: "an uploaded file cannot name files on disk: attach each entry's dossier on its own")
  }
  static var noFilesGiven: String {
    Language.text(vi: "chưa nêu tệp nào để đính kèm", en: "no file given to attach")
  }
  static func dossierClosed(_ entry: Entry) -> String {
    Language.text(
      vi: "sáng kiến \(entry.code) \(entry.status.vietnamese): hồ sơ không nhận thêm tệp",
      en: "entry \(entry.code) is \(entry.status.rawValue): its dossier takes no more files")
  }
  static var reasonNeeded: String {
    Language.text(vi: "cần nêu lý do", en: "a reason is needed")
  }
  static var wouldOverwrite: String {
    Language.text(
      vi: "đã có một tệp khác cùng tên ở đây; không ghi đè (hãy chọn thư mục khác)",
      en:
        "another file of this name is already here; nothing is overwritten (choose another folder)")
  }
  static func extractedWrong(_ file: Attachment, found: String) -> String {
    Language.text(
      vi:
        "tệp '\(file.name)' (số \(file.id)) của \(file.entry) đọc ra không khớp SHA-256 đã ghi (\(file.sha256.prefix(12))…, đọc được \(found.prefix(12))…): chạy 'sangkien audit verify'",
      en:
        "the file '\(file.name)' (#\(file.id)) of \(file.entry) reads back with another SHA-256 than recorded (\(file.sha256.prefix(12))…, read \(found.prefix(12))…): run 'sangkien audit verify'"
    )
  }
  static func noJudgeToReinstate(_ id: String) -> String {
    Language.text(
      vi:
        "không có giám khảo '\(id)' đã bị bỏ khỏi Ban mà còn giữ phiếu: người bị bỏ khi chưa chấm phiếu nào được thêm lại bằng 'sangkien judge add'",
      en:
        "no judge '\(id)' was removed with sheets kept: one removed before scoring anything is added again with 'sangkien judge add'"
    )
  }

  static func judgeStillOnJury(_ id: String) -> String {
    Language.text(
      vi: "giám khảo '\(id)' vẫn đang trong Ban giám khảo", en: "judge '\(id)' is on the jury")
  }

  static func conflictAlreadyDeclared(_ judge: String, _ code: String) -> String {
    Language.text(
      vi: "xung đột của giám khảo \(judge) với sáng kiến \(code) đã được khai",
      en: "the conflict of judge \(judge) with \(code) is declared already")
  }

  static func notYourEntry(_ judge: String, _ code: String) -> String {
    Language.text(
      vi: "giám khảo \(judge) không chấm sáng kiến \(code): không xem được hồ sơ của nó",
      en: "judge \(judge) does not score \(code): its dossier is not theirs to read")
  }

  // Score workbooks.
  static func notOurWorkbook(_ found: String) -> String {
    Language.text(
      vi:
        "trang '\(ScoreWorkbook.stampSheet)' không phải của một sổ chấm điểm mà phiên bản sangkien này đọc được (thấy '\(found)', cần '\(ScoreWorkbook.format)')",
      en:
        "the '\(ScoreWorkbook.stampSheet)' sheet is not that of a score workbook this version of sangkien reads (found '\(found)', expected '\(ScoreWorkbook.format)')"
    )
  }
  static func workbookFor(_ what: String, _ made: String, not now: String) -> String {
    let vi = [
      "contest": "cuộc thi", "round": "vòng", "rubric": "bộ tiêu chí", "judge": "giám khảo",
    ]
    let en = ["contest": "contest", "round": "round", "rubric": "rubric", "judge": "judge"]
    return Language.text(
      vi:
        "sổ chấm điểm này lập cho \(vi[what] ?? what) '\(made)', không phải \(vi[what] ?? what) '\(now)'; hãy dùng sổ lập cho \(vi[what] ?? what) '\(now)'",
      en:
        "this score workbook was made for \(en[what] ?? what) '\(made)', not \(en[what] ?? what) '\(now)'; use one made for '\(now)'"
    )
  }
  static func otherRubricVersion(_ rubric: String, made: String, now: String) -> String {
    Language.text(
      vi:
        "sổ chấm điểm này lập theo một phiên bản khác của bộ tiêu chí '\(rubric)' (dấu vân tay \(made.prefix(12)), bộ tiêu chí của vòng là \(now.prefix(12))); hãy xin Tổ thư ký sổ mới",
      en:
        "this score workbook was made for another version of the rubric '\(rubric)' (fingerprint \(made.prefix(12)); the round's is \(now.prefix(12))); ask the secretariat for a new one"
    )
  }
  static func notWorkbookJudge(_ judge: String, workbook: String) -> String {
    Language.text(
      vi: "sổ chấm điểm này của giám khảo \(workbook); dòng này ghi giám khảo \(judge)",
      en: "this score workbook is judge \(workbook)'s; this row names judge \(judge)")
  }

  static func onlyOwnScores(_ judge: String, not other: String) -> String {
    Language.text(
      vi: "\(judge) chỉ được nhập điểm của chính mình, không phải của \(other)",
      en: "\(judge) may enter only their own scores, not \(other)'s")
  }
  static func nothingScoredYet(_ rows: Int) -> String {
    Language.text(
      vi: "chưa dòng nào có điểm (\(rows) sáng kiến còn để trống)",
      en: "no row has points yet (\(rows) entries left blank)")
  }
  /// A list of codes, the first ten and how many more.
  static func codes(_ codes: [String]) -> String {
    let shown = codes.prefix(10).joined(separator: ", ")
    return codes.count > 10
      ? shown
        + Language.text(
          vi: " và \(codes.count - 10) sáng kiến khác", en: " and \(codes.count - 10) more")
      : shown
  }
  static func rowsMissing(_ missing: [String], judge: String, round: String, unscored: Int)
    -> String
  {
    let kept = missing.count - unscored
    return Language.text(
      vi:
        "sổ chấm thiếu \(missing.count) dòng của sáng kiến được phân cho \(judge) ở vòng \(RoundNames.shown(round))"
        + " (dòng bị xoá?): \(codes(missing))"
        + (unscored > 0 ? "; \(unscored) sáng kiến trong số đó chưa có phiếu của \(judge)" : "")
        + (kept > 0 ? "; \(kept) phiếu đã nộp trước giữ nguyên" : ""),
      en:
        "the workbook lacks \(missing.count) rows of entries assigned to \(judge) in round \(round)"
        + " (deleted rows?): \(codes(missing))"
        + (unscored > 0 ? "; \(unscored) of them have no sheet from \(judge)" : "")
        + (kept > 0 ? "; \(kept) sheets submitted before stay as they are" : ""))
  }
  static func judgeTally(_ t: JudgeTally) -> String {
    var parts = [
      Language.text(
        vi: "\(t.added) phiếu mới, \(t.replaced) phiếu thay, \(t.unchanged) phiếu không đổi",
        en: "\(t.added) new sheets, \(t.replaced) replaced, \(t.unchanged) unchanged")
    ]
    if !t.empty.isEmpty {
      parts.append(
        Language.text(
          vi: "\(t.empty.count) dòng trống (chưa chấm): \(codes(t.empty))",
          en: "\(t.empty.count) empty rows (not scored yet): \(codes(t.empty))"))
    }
    if !t.emptyKept.isEmpty {
      parts.append(
        Language.text(
          vi:
            "\(t.emptyKept.count) dòng để trống nhưng đã có phiếu (phiếu giữ nguyên): \(codes(t.emptyKept))",
          en:
            "\(t.emptyKept.count) empty rows with a sheet stored (the sheet stays): \(codes(t.emptyKept))"
        ))
    }
    let who = t.name.map { "\(t.judge) \($0)" } ?? t.judge
    return who + ": " + parts.joined(separator: "; ")
  }
  static var noSheetsInFile: String {
    Language.text(
      vi: "tệp chỉ có dòng tiêu đề, không có phiếu chấm nào",
      en: "the file has a header row and no sheets")
  }

  // Assignment.
  static func alreadyScored(_ judge: String, _ entry: String) -> String {
    Language.text(
      vi: "\(judge) đã chấm \(entry); không chuyển được",
      en: "\(judge) has already scored \(entry); it cannot move")
  }
  static func alreadyHas(_ judge: String, _ entry: String) -> String {
    Language.text(vi: "\(judge) đã được giao \(entry)", en: "\(judge) already has \(entry)")
  }
  static func notAnEntryOfRound(_ code: String) -> String {
    Language.text(
      vi: "'\(code)' không phải sáng kiến đang dự thi ở vòng này",
      en: "'\(code)' is not an entry in this round")
  }

  // Rounds and results.
  static func noRound(_ id: String, known: [String]? = nil) -> String {
    guard let known else {
      return Language.text(vi: "không có vòng '\(id)'", en: "no round '\(id)'")
    }
    let list = known.joined(separator: ", ")
    return Language.text(
      vi: "không có vòng '\(id)'; các vòng: \(list)", en: "no round '\(id)'; rounds: \(list)")
  }
  static var noneQualifies: String {
    Language.text(
      vi: "không có sáng kiến nào đủ điều kiện vào vòng sau", en: "no entry qualifies")
  }
  static var noPrizes: String {
    Language.text(vi: "cuộc thi không có giải thưởng", en: "the contest gives no prizes")
  }
  static func notPrizeRound(_ round: String, _ prizeRound: String) -> String {
    Language.text(
      vi:
        "giải thưởng được xét ở vòng \(RoundNames.shown(prizeRound)), không phải vòng \(RoundNames.shown(round))",
      en: "prizes are given in round '\(prizeRound)', not in round '\(round)'")
  }
  static func nothingPending(_ prize: String, group: String) -> String {
    Language.text(
      vi:
        "\(prize) (nhóm \(EntrantKind.groupWord(group))) không có giải nào chờ Ban giám khảo quyết định",
      en: "no place of \(prize) (group \(group)) is waiting for the jury")
  }
  static func placesToDecide(_ places: Int, among: [String]) -> String {
    let list = among.joined(separator: ", ")
    return Language.text(
      vi: "cần chọn đúng \(places) sáng kiến khác nhau trong số \(list)",
      en: "name exactly \(places) different entr\(places == 1 ? "y" : "ies") among \(list)")
  }
  static func notAmongTied(_ code: String, _ among: [String]) -> String {
    Language.text(
      vi: "\(code) không nằm trong số đồng hạng (\(among.joined(separator: ", ")))",
      en: "\(code) is not among the tied entries (\(among.joined(separator: ", ")))")
  }
  static func unknownGroup(_ group: String, known: [String]) -> String {
    let list = known.joined(separator: ", ")
    return Language.text(
      vi: "không có nhóm giải '\(group)'; các nhóm: \(list)",
      en: "no prize group '\(group)'; groups: \(list)")
  }
  static func notIntact(_ first: String) -> String {
    Language.text(
      vi:
        "dữ liệu không khớp nhật ký nên không công bố (\(Remedy.verifyLog.text)); chỗ khác đầu tiên: \(first)",
      en:
        "the data does not match the audit log, so nothing is published (\(Remedy.verifyLog.text)); the first difference: \(first)"
    )
  }
  static func publicationNumber(expected: Int64, got: Int64) -> String {
    Language.text(
      vi: "bản ghi công bố mang số \(got), không phải \(expected); không công bố",
      en: "the publication record got number \(got), not \(expected); nothing published")
  }
  static var noPublicationCode: String {
    Language.text(
      vi:
        "không thấy mã công bố trong tệp (ranking.json hoặc ranking.html do sangkien công bố)",
      en:
        "no publication code in the files (ranking.json or ranking.html as sangkien publishes them)"
    )
  }
  static func noPublicationRecord(_ code: Int64) -> String {
    Language.text(
      vi: "nhật ký không có lần công bố #\(code): tệp không do cơ sở dữ liệu này công bố",
      en:
        "the audit log holds no publication #\(code): these files were not published from this database"
    )
  }
  static func notPublished(_ name: String, _ code: Int64) -> String {
    Language.text(
      vi: "\(name) không thuộc lần công bố #\(code)",
      en: "\(name) is not part of publication #\(code)")
  }
  static func fileChanged(_ name: String, _ code: Int64) -> String {
    Language.text(
      vi: "\(name) khác với tệp đã công bố lần #\(code) (mã SHA-256 không khớp)",
      en: "\(name) differs from the file publication #\(code) recorded (SHA-256 does not match)")
  }
  static func rankingDiffers(_ code: String, paper: String, now: String) -> String {
    Language.text(
      vi: "\(code): trên giấy hạng · điểm · giải là \(paper), tính lại từ cơ sở dữ liệu là \(now)",
      en: "\(code): rank · score · prize is \(paper) on paper, \(now) worked out from the database")
  }
  static func moreDifferences(_ n: Int) -> String {
    Language.text(vi: "… và \(n) chỗ khác nữa", en: "… and \(n) more differences")
  }
  static func notAHead(_ text: String) -> String {
    Language.text(
      vi: "'\(text)' không phải mã kiểm chứng (64 chữ số hệ 16) hay mã công bố (#số)",
      en: "'\(text)' is neither an audit head (64 hex digits) nor a publication code (#number)")
  }
  static var resampling: String { Language.text(vi: "Lấy mẫu lại", en: "Resampling") }
  static func rubricMissing(_ id: String) -> String {
    Language.text(
      vi: "bộ tiêu chí \(id) không có trong cơ sở dữ liệu",
      en: "rubric \(id) is missing from the database")
  }
}
