import SangKienModel

/// The commands' one-line descriptions in Vietnamese: `--help` speaks the session's
/// language (the options' own help is English still).
enum CLIHelp {
  /// `english` in the current language.
  static func t(_ english: String) -> String {
    Language.current == .vi ? (vietnamese[english] ?? english) : english
  }

  /// The root command's discussion.
  static var rootDiscussion: String {
    Language.text(
      vi: """
        Cơ sở dữ liệu là ./sangkien.sqlite, trừ khi --db hoặc $SANGKIEN_DB chỉ tệp khác.
        Thông báo bằng tiếng Việt; --lang en hoặc SANGKIEN_LANG=en cho tiếng Anh.
        """,
      en: """
        The database is ./sangkien.sqlite unless --db or $SANGKIEN_DB names another.
        Messages are in Vietnamese; --lang en or SANGKIEN_LANG=en gives English.
        """)
  }

  static let vietnamese: [String: String] = [
    "Read and verify the audit log.":
      "Xem và kiểm tra nhật ký.",
    "Check the audit chain, and that entries, assignments and scores are what the log replays to.":
      "Kiểm tra chuỗi nhật ký, và dữ liệu (hồ sơ, phân công, phiếu chấm…) có đúng như nhật ký ghi không.",
    "Print the hash of the last audit record (what rankings and results carry).":
      "In mã băm của bản ghi nhật ký cuối (mã in trên bảng xếp hạng và kết quả).",
    "List the audit records: who changed what, when, from what to what.":
      "Liệt kê nhật ký: ai sửa gì, lúc nào, từ gì thành gì.",
    "Check published files against the publication they name and the database.":
      "Đối chiếu tệp đã công bố với lần công bố ghi trong nhật ký và với cơ sở dữ liệu.",
    "Declare, list and dismiss conflicts of interest.":
      "Khai báo, liệt kê và bỏ qua xung đột lợi ích.",
    "Declare a conflict of interest.":
      "Khai báo một xung đột lợi ích.",
    "List conflicts of interest with where each comes from.":
      "Liệt kê xung đột lợi ích và nguồn của từng xung đột.",
    "Dismiss a detected conflict (e.g. a large department), with the reason.":
      "Bỏ qua một xung đột tự phát hiện (ví dụ sở lớn, khác phòng), có ghi lý do.",
    "Create the contest database from a contest file and its rubrics.":
      "Tạo cơ sở dữ liệu cuộc thi từ tệp cuộc thi và bộ tiêu chí.",
    "Open, close and advance rounds.":
      "Mở, đóng vòng thi và chọn sáng kiến vào vòng sau.",
    "Open a round to score changes.":
      "Mở vòng thi để nhận và sửa điểm.",
    "Close a round: every score change is refused from then on.":
      "Đóng vòng thi: từ đó không nhận thay đổi điểm nào.",
    "Put the best entries of one round on the next round's shortlist.":
      "Đưa các sáng kiến cao điểm nhất của một vòng vào danh sách vòng sau.",
    "Before closing or publishing: every round, and what one round still lacks.":
      "Trước khi đóng vòng hay công bố: tình hình các vòng, và một vòng còn thiếu gì.",
    "Rank a round's entries by their judges' scores.":
      "Xếp hạng sáng kiến của một vòng theo điểm giám khảo.",
    "Manage the jury.":
      "Quản lý Ban giám khảo.",
    "Add a judge.":
      "Thêm một giám khảo.",
    "Add the judges of a CSV file (id, name, unit, fields, role), all or none.":
      "Thêm giám khảo từ tệp CSV (mã, họ tên, đơn vị, lĩnh vực, vai trò): thêm đủ cả tệp hoặc không thêm gì.",
    "List the judges.":
      "Liệt kê giám khảo.",
    "Change a judge's name, unit, fields, role or post; conflicts are detected again.":
      "Sửa họ tên, đơn vị, lĩnh vực, vai trò hay chức vụ của giám khảo; xung đột lợi ích được xét lại.",
    "Remove a judge; their sheets stay unless --drop-scores.":
      "Rút giám khảo; phiếu đã chấm được giữ lại trừ khi có --drop-scores.",
    "Run a whole contest on the fictional demo data, in a fresh database.":
      "Chạy thử cả cuộc thi trên dữ liệu mẫu hư cấu, trong một cơ sở dữ liệu mới.",
    "Write the round's result: ranking.html (A4), ranking.csv, ranking.json, prizes.csv.":
      "Công bố kết quả vòng: ranking.html (khổ A4), ranking.csv, ranking.json, prizes.csv.",
    "Judge statistics, inter-rater reliability, disagreements and prize stability.":
      "Thống kê giám khảo, mức thống nhất, các sáng kiến chênh lệch và độ vững của giải.",
    "Register, list, change and export entries.":
      "Đăng ký, liệt kê, sửa và xuất hồ sơ sáng kiến.",
    "Register one entry.":
      "Đăng ký một sáng kiến.",
    "Register the entries of a CSV file, all or none.":
      "Đăng ký sáng kiến từ tệp CSV: nhận đủ cả tệp hoặc không nhận gì.",
    "List entries.":
      "Liệt kê sáng kiến.",
    "Show one entry in full, with its history.":
      "Xem đầy đủ một sáng kiến, kèm lịch sử thay đổi.",
    "Change an entry's fields (the code and status stay).":
      "Sửa thông tin sáng kiến (mã và trạng thái giữ nguyên).",
    "Mark entries valid (admitted to judging): one or several codes, all or none.":
      "Công nhận sáng kiến hợp lệ (được chấm): một hay nhiều mã, tất cả hoặc không mã nào.",
    "Reject an entry, with the reason.":
      "Loại một sáng kiến, có ghi lý do.",
    "Withdraw an entry at its authors' request, with the reason.":
      "Rút một sáng kiến theo đề nghị của tác giả, có ghi lý do.",
    "Export every entry as CSV (for Excel, re-importable) or JSON.":
      "Xuất mọi sáng kiến ra CSV (mở bằng Excel, nhập lại được) hoặc JSON.",
    "Show a round's rubric, or check a rubric file.":
      "Xem bộ tiêu chí của một vòng, hoặc kiểm tra tệp bộ tiêu chí.",
    "Show the rubric of a round (the first round by default).":
      "Xem bộ tiêu chí của một vòng (mặc định vòng đầu).",
    "Check a rubric file and show it; every problem is listed with file:line:column.":
      "Kiểm tra và hiển thị tệp bộ tiêu chí; mọi lỗi được nêu kèm tệp:dòng:cột.",
    "Show the contest.":
      "Xem thông tin cuộc thi.",
    "Show the contest: its papers, deadline, rounds, prizes and entry counts.":
      "Xem cuộc thi: văn bản căn cứ, hạn nộp, các vòng, giải thưởng và số sáng kiến.",
    "Enter, import and follow score sheets.":
      "Nhập và theo dõi phiếu chấm.",
    "Enter one judge's points for one entry.":
      "Nhập điểm của một giám khảo cho một sáng kiến.",
    "Import score sheets from CSV (round, judge, entry, a column per criterion, comment), all or none.":
      "Nhập phiếu chấm từ tệp CSV (vòng, giám khảo, sáng kiến, mỗi tiêu chí một cột, nhận xét): nhận đủ cả tệp hoặc không nhận gì.",
    "A judge's blank score sheet for their entries: blind (code, title, summary only).":
      "Phiếu chấm trống của một giám khảo: ẩn danh (chỉ mã, tên và tóm tắt sáng kiến).",
    "List the sheets entered.":
      "Liệt kê phiếu chấm đã nhập.",
    "How far the judges are: per judge assigned and done, per entry sheets in and missing.":
      "Tiến độ chấm: mỗi giám khảo được giao và đã chấm bao nhiêu, mỗi sáng kiến còn thiếu phiếu nào.",
    "Set a sheet aside for the jury's reason: kept and logged, never counted.":
      "Gạt một phiếu ra theo quyết định của Ban giám khảo: vẫn lưu và ghi nhật ký, không được tính.",
    "Count a voided sheet again.":
      "Tính lại một phiếu đã bị gạt ra.",
    "Assign judges to entries, and show, move and repair assignments.":
      "Phân công giám khảo chấm sáng kiến; xem, chuyển và bổ sung phân công.",
    "Assign judges to every entry of a round: no conflicts, even loads, fields matched.":
      "Phân công giám khảo cho mọi sáng kiến của vòng: tránh xung đột, chia đều, đúng lĩnh vực.",
    "Write the round's assignments as CSV (round, judge, entry).":
      "Xuất phân công của vòng ra CSV (vòng, giám khảo, sáng kiến).",
    "Give one entry to another judge (not once the first judge has scored it).":
      "Chuyển một sáng kiến sang giám khảo khác (không chuyển được khi đã chấm).",
    "Fill the places left empty (a judge removed, a conflict declared); keeps every other assignment.":
      "Bổ sung các chỗ bị trống (giám khảo rút, xung đột mới); giữ nguyên mọi phân công khác.",
    "Register assignments from CSV (round, judge, entry), all or none.":
      "Nhập phân công từ CSV (vòng, giám khảo, sáng kiến): nhận đủ cả tệp hoặc không nhận gì.",
    "Each judge's worklist.":
      "Danh sách sáng kiến của từng giám khảo.",
    "Allocate the prizes; record the jury's decisions on ties.":
      "Xét giải; ghi quyết định của Ban giám khảo khi đồng hạng.",
    "Allocate the prizes from the prize round's ranking.":
      "Xét giải theo bảng xếp hạng của vòng xét giải.",
    "Record the jury's decision for a prize's places left to it by a tie.":
      "Ghi quyết định của Ban giám khảo cho các giải bị đồng hạng.",
    "Copy the database to FILE, consistently, even while judges are writing.":
      "Sao lưu cơ sở dữ liệu ra FILE, nhất quán, kể cả khi giám khảo đang ghi.",
    "Replace the database with a backup, after checking the backup (integrity, audit chain).":
      "Khôi phục cơ sở dữ liệu từ bản sao lưu, sau khi kiểm tra bản sao (toàn vẹn, chuỗi nhật ký).",
    "Who is on the secretariat and among the organisers.":
      "Danh sách Tổ thư ký và Ban tổ chức.",
    "Add a member of staff.":
      "Thêm một người vào Tổ thư ký hoặc Ban tổ chức.",
    "List the staff.":
      "Liệt kê Tổ thư ký và Ban tổ chức.",
    "Run an innovation contest: entries, judges, scores, rankings and prizes.":
      "Điều hành cuộc thi sáng kiến: hồ sơ, giám khảo, phiếu chấm, xếp hạng và giải thưởng.",
  ]
}
