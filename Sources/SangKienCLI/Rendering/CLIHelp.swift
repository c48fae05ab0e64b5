import SangKienModel

/// The commands' one-line descriptions in Vietnamese: `--help` speaks the session's
/// language, options included.
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
    "Published in Vietnamese unless --lang en.":
      "Công bố bằng tiếng Việt, trừ khi có --lang en.",
    "--format csv writes the judges' table only; json writes everything.":
      "--format csv chỉ ghi bảng theo giám khảo; json ghi tất cả.",
    "Points as criterion=value pairs, one per leaf criterion: novelty=22 time=8 …":
      "Điểm theo cặp tiêu chí=giá trị, mỗi tiêu chí lá một cặp: novelty=22 time=8 …",
    "Fill in the criterion columns and give it back with 'sangkien score import'. With --format xlsx it is a score workbook: a form that checks each value as it is typed, protected but for the cells to fill in, stamped with the contest, round, judge and rubric version; --all writes one per judge into the folder --out names.":
      "Điền các cột tiêu chí rồi nộp lại bằng 'sangkien score import'. Với --format xlsx đó là sổ chấm điểm: một biểu mẫu tự kiểm tra từng điểm khi gõ, khoá mọi ô trừ ô cần điền, ghi rõ cuộc thi, vòng, giám khảo và phiên bản bộ tiêu chí; --all ghi cho mỗi giám khảo một tệp vào thư mục --out.",
    "Sign-in codes for the web application: issue, revoke, unlock.":
      "Mã đăng nhập trang web: cấp, thu hồi, gỡ giới hạn.",
    "Issue a one-time sign-in code to a judge or a member of staff (the last line).":
      "Cấp mã đăng nhập dùng một lần cho một giám khảo hoặc cán bộ (dòng cuối).",
    "The person signs in once with the code and sets a password. A new code ends the person's password and sessions.":
      "Người đó đăng nhập một lần bằng mã rồi đặt mật khẩu. Cấp mã mới thì mật khẩu và các phiên cũ của người đó hết hiệu lực.",
    "The judge's id, or the staff member's name.": "Mã giám khảo, hoặc tên cán bộ.",
    "How many days the code works (default 7).": "Số ngày mã dùng được (mặc định 7).",
    "End a person's sign-in: their code, password and sessions.":
      "Thu hồi quyền đăng nhập của một người: mã, mật khẩu và các phiên.",
    "Serve the web application for judges on this database.":
      "Chạy trang web cho giám khảo trên cơ sở dữ liệu này.",
    "The command line keeps working on the same file. SIGTERM or Ctrl-C stops it once the requests in flight are done. One line per request goes to standard error.":
      "Dòng lệnh vẫn dùng được trên cùng tệp. SIGTERM hoặc Ctrl-C dừng máy chủ sau khi các yêu cầu đang chạy xong. Mỗi yêu cầu một dòng ra stderr.",
    "The address to listen on (default 127.0.0.1).": "Địa chỉ lắng nghe (mặc định 127.0.0.1).",
    "The port (default 8080; 0 picks a free one).": "Cổng (mặc định 8080; 0 là chọn cổng trống).",
    "The address people reach it at, behind a reverse proxy.":
      "Địa chỉ người dùng truy cập, khi đứng sau reverse proxy.",
    "Send the session cookie only over HTTPS (behind an HTTPS proxy).":
      "Chỉ gửi cookie phiên qua HTTPS (khi đứng sau proxy HTTPS).",
    "Add files to an entry's dossier (secretariat).":
      "Thêm tệp vào hồ sơ của một sáng kiến (Tổ thư ký).",
    "Each file is checked (not empty, within the contest's limits, of an accepted type found from its bytes, not already in the dossier); then all are stored in the database in one transaction, or none. Only files marked --blind (naming no author) reach the judges.":
      "Từng tệp được kiểm tra (không rỗng, trong giới hạn của cuộc thi, đúng loại được nhận xét theo nội dung, chưa có trong hồ sơ); rồi tất cả được lưu vào cơ sở dữ liệu trong một giao dịch, hoặc không tệp nào. Chỉ tệp đánh dấu --blind (không nêu tác giả) mới đến tay giám khảo.",
    "The files to attach.": "Các tệp cần đính kèm.",
    "The files name no author: judges may see them.":
      "Các tệp không nêu tác giả: giám khảo được xem.",
    "List an entry's dossier: number, name, type, size, SHA-256, blind.":
      "Liệt kê hồ sơ của một sáng kiến: số, tên, loại, cỡ, SHA-256, giám khảo xem được không.",
    "Show a dossier file to the judges, or hide it again (--off).":
      "Cho giám khảo xem một tệp trong hồ sơ, hoặc thôi cho xem (--off).",
    "Show only a file that names no author or unit: the reason (required) says who checked it. Recorded in the log.":
      "Chỉ cho xem tệp không nêu tên tác giả hay đơn vị: lý do (bắt buộc) nói ai đã kiểm tra. Có ghi nhật ký.",
    "Hide the file from the judges.": "Thôi cho giám khảo xem tệp.",
    "Why (required to show a file; recorded).": "Lý do (bắt buộc khi cho xem; có ghi lại).",
    "Give the entries the judges disagree on their further judges (the round's resolution).":
      "Giao thêm giám khảo chấm độc lập các sáng kiến có điểm chênh lệch (theo resolution của vòng).",
    "Each entry flagged for disagreement, with every due sheet in, gets the round's extra_judges more: none in conflict with it nor already on it, the further work balanced. An entry no judge is free for is named with the reason. The ranking settles such an entry by the round's method once their sheets are in.":
      "Mỗi sáng kiến bị đánh dấu chênh lệch, khi đã đủ phiếu, được giao thêm extra_judges giám khảo: không xung đột lợi ích, chưa chấm sáng kiến đó, chia đều số bài. Sáng kiến không còn giám khảo rảnh được nêu tên kèm lý do. Khi đủ phiếu chấm thêm, bảng xếp hạng tính điểm theo cách của vòng.",
    "Work it out; write nothing.": "Tính thử; không ghi gì.",
    "Take a file out of an entry's dossier, with the reason (recorded).":
      "Gỡ một tệp khỏi hồ sơ của sáng kiến, kèm lý do (được ghi lại).",
    "The file's number ('entry attachments').": "Số của tệp (xem 'entry attachments').",
    "Why it is taken out (required; recorded).": "Lý do gỡ (bắt buộc; được ghi lại).",
    "Write an entry's dossier files into a folder, each checked against its SHA-256.":
      "Ghi các tệp hồ sơ của một sáng kiến ra thư mục, kiểm tra từng tệp theo SHA-256.",
    "A judge gets only the blind files of an entry they score. Nothing is overwritten: a file already there with the same bytes is left as it is.":
      "Giám khảo chỉ nhận các tệp ẩn danh của sáng kiến mình chấm. Không ghi đè tệp nào: tệp đã có sẵn cùng nội dung thì để nguyên.",
    "The folder (default: one named after the code).": "Thư mục (mặc định: thư mục mang tên mã).",
    "Only the files judges may see.": "Chỉ các tệp giám khảo được xem.",
    "Every judge with entries to score: one file each, in the folder --out names.":
      "Mọi giám khảo có sáng kiến phải chấm: mỗi người một tệp, trong thư mục --out.",
    "csv (default), xlsx, table or json.":
      "csv (mặc định), xlsx, table hoặc json.",
    "Write to this file (with --all, this folder).":
      "Ghi ra tệp này (với --all: thư mục này).",
    "The judge's place on the entry is freed; 'sangkien assign repair' fills it.":
      "Chỗ của giám khảo ở sáng kiến được giải phóng; 'sangkien assign repair' sẽ bù vào.",
    "The current content is kept beside the database first; nothing is lost. Where there is no database yet, the backup creates it.":
      "Nội dung hiện tại được giữ lại cạnh cơ sở dữ liệu trước; không mất gì. Nơi chưa có cơ sở dữ liệu, bản sao lưu tạo ra nó.",
    "Only the newest so many records.":
      "Chỉ bấy nhiêu bản ghi mới nhất.",
    "table, csv, json or md (json and csv carry before and after).":
      "table, csv, json hoặc md (json và csv kèm trước và sau khi sửa).",
    "A head kept elsewhere (a ranking's audit_head, or a publication code #N): does the log still lead to it?":
      "Một mã kiểm chứng đã giữ (audit_head của bảng xếp hạng, hoặc mã công bố #N): nhật ký có còn dẫn tới nó không?",
    "Only records about this entry code or id.":
      "Chỉ các bản ghi về mã sáng kiến hoặc đối tượng này.",
    "The published folder, or one of its files.":
      "Thư mục đã công bố, hoặc một tệp trong đó.",
    "The judge's id.":
      "Mã giám khảo.",
    "The entry's code.":
      "Mã sáng kiến.",
    "Why (required; recorded).":
      "Lý do (bắt buộc; được ghi lại).",
    "Include dismissed ones.":
      "Kể cả các xung đột đã bỏ qua.",
    "table, csv, json, md or xlsx (with --out).":
      "table, csv, json, md hoặc xlsx (kèm --out).",
    "csv, json or xlsx (with --out).":
      "csv, json hoặc xlsx (kèm --out).",
    "csv or xlsx (with --out).":
      "csv hoặc xlsx (kèm --out).",
    "table, csv, json or md.":
      "table, csv, json hoặc md.",
    "Why it does not count (required; recorded).":
      "Vì sao không tính (bắt buộc; được ghi lại).",
    "Replace an existing database (the old file is kept beside it, renamed).":
      "Thay cơ sở dữ liệu đang có (tệp cũ được giữ lại bên cạnh, đổi tên).",
    "The contest file (YAML).":
      "Tệp cuộc thi (YAML).",
    "The round ranked.":
      "Vòng được xếp hạng.",
    "The round the shortlist is for.":
      "Vòng nhận danh sách.",
    "How many advance (ties at the cut all go through).":
      "Số sáng kiến vào vòng sau (đồng hạng ở ngưỡng đều được vào).",
    "The lowest score that advances.":
      "Điểm thấp nhất được vào vòng sau.",
    "Apply --top within each category.":
      "Áp --top trong từng loại.",
    "Show who would advance; write nothing.":
      "Xem ai sẽ vào vòng sau; không ghi gì.",
    "The round id.":
      "Mã vòng thi.",
    "Aggregate by this method instead of the round's.":
      "Tổng hợp theo cách này thay cho cách của vòng.",
    "Only entries of this category (ranks worked out among them).":
      "Chỉ sáng kiến loại này (xếp hạng trong số đó).",
    "Only entries of this prize group (ranks worked out among them).":
      "Chỉ sáng kiến của nhóm giải này (xếp hạng trong số đó).",
    "A short id used on sheets (e.g. gk01).":
      "Mã ngắn dùng trên phiếu chấm (ví dụ gk01).",
    "Full name.":
      "Họ và tên.",
    "The judge's unit (for conflicts of interest).":
      "Đơn vị công tác của giám khảo (để xét xung đột lợi ích).",
    "A field of expertise; repeat for each.":
      "Một lĩnh vực chuyên môn; ghi lại cho mỗi lĩnh vực.",
    "chair or member.":
      "chair (trưởng ban) hoặc member (thành viên).",
    "The judge's post (chức vụ), e.g. \"Phó Giám đốc Sở\".":
      "Chức vụ của giám khảo, ví dụ \"Phó Giám đốc Sở\".",
    "Include judges removed but kept for their sheets.":
      "Kể cả giám khảo đã rút nhưng còn giữ vì phiếu đã chấm.",
    "A field of expertise; repeat for each (replaces all).":
      "Một lĩnh vực chuyên môn; ghi lại cho mỗi lĩnh vực (thay toàn bộ).",
    "The judge's post (chức vụ).":
      "Chức vụ của giám khảo.",
    "Delete the sheets the judge already scored.":
      "Xoá cả phiếu giám khảo đã chấm.",
    "The judges file: CSV or an Excel workbook (.xlsx).":
      "Tệp danh sách giám khảo: CSV hoặc sổ tính Excel (.xlsx).",
    "The folder for the demo database and report.":
      "Thư mục cho cơ sở dữ liệu và kết quả chạy thử.",
    "The folder to write into.":
      "Thư mục ghi kết quả.",
    "Bootstrap resamples for prize stability.":
      "Số lần lấy mẫu lại để xét độ vững của giải.",
    "The bootstrap's seed.":
      "Hạt giống của phép lấy mẫu lại.",
    "The code (default: the next one, e.g. SK-0041).":
      "Mã sáng kiến (mặc định: mã kế tiếp, ví dụ SK-0041).",
    "The title.":
      "Tên sáng kiến.",
    "idea | solution | model (or sáng kiến | giải pháp | mô hình).":
      "sáng kiến | giải pháp | mô hình (hoặc idea | solution | model).",
    "individual | collective | organisation | business | agency (or cá nhân, tập thể, …).":
      "cá nhân | tập thể | tổ chức | doanh nghiệp | cơ quan (hoặc individual, collective, …).",
    "An author, optionally with \"(unit)\"; repeat for each, or separate with ';'.":
      "Một tác giả, có thể kèm \"(đơn vị)\"; ghi lại cho mỗi người, hoặc cách nhau bằng ';'.",
    "The submitting unit.":
      "Đơn vị dự thi.",
    "The field of administrative procedure (lĩnh vực).":
      "Lĩnh vực thủ tục hành chính.",
    "The receiving office.":
      "Nơi tiếp nhận hồ sơ.",
    "The day received: dd/mm/yyyy or yyyy-mm-dd.":
      "Ngày nhận: dd/mm/yyyy hoặc yyyy-mm-dd.",
    "A short summary.":
      "Tóm tắt ngắn.",
    "A phone number or e-mail address.":
      "Số điện thoại hoặc thư điện tử.",
    "Accept an entry received after the deadline.":
      "Nhận sáng kiến đến sau hạn.",
    "Why a late entry is accepted (required with --late-ok; recorded).":
      "Vì sao nhận muộn (bắt buộc khi có --late-ok; được ghi lại).",
    "Accept likely duplicates.":
      "Nhận cả sáng kiến có thể trùng.",
    "Only check the file; write nothing.":
      "Chỉ kiểm tra tệp; không ghi gì.",
    "Only entries with this status: received, valid, rejected, withdrawn.":
      "Chỉ sáng kiến ở trạng thái này: đã nhận, hợp lệ, bị loại, đã rút.",
    "Only entries of this category.":
      "Chỉ sáng kiến loại này.",
    "Sort by code, title or author (Vietnamese order).":
      "Sắp theo mã, tên hoặc tác giả (thứ tự tiếng Việt).",
    "table or json.":
      "table hoặc json.",
    "Every entry still received.":
      "Mọi sáng kiến còn ở trạng thái đã nhận.",
    "A note for the audit log.":
      "Ghi chú cho nhật ký.",
    "Why it is rejected (required; recorded).":
      "Lý do loại (bắt buộc; được ghi lại).",
    "Why it is withdrawn (required; recorded).":
      "Lý do rút (bắt buộc; được ghi lại).",
    "csv or json.":
      "csv hoặc json.",
    "The entries file: CSV or an Excel workbook (.xlsx).":
      "Tệp danh sách sáng kiến: CSV hoặc sổ tính Excel (.xlsx).",
    "The entries' codes.":
      "Mã các sáng kiến.",
    "Write to this file instead of standard output.":
      "Ghi ra tệp này thay vì ra màn hình.",
    "The rubric file (YAML).":
      "Tệp bộ tiêu chí (YAML).",
    "The judge's comment.":
      "Nhận xét của giám khảo.",
    "Replace the judge's existing sheet for this entry (audited).":
      "Thay phiếu giám khảo đã có cho sáng kiến này (có ghi nhật ký).",
    "Replace existing sheets (each replacement audited).":
      "Thay các phiếu đã có (mỗi lần thay đều ghi nhật ký).",
    "Only the entries not scored yet.":
      "Chỉ các sáng kiến chưa chấm.",
    "Only this judge's sheets.":
      "Chỉ phiếu của giám khảo này.",
    "Only the sheets of this entry.":
      "Chỉ phiếu của sáng kiến này.",
    "Include sheets set aside (voided, or in conflict), with why.":
      "Kể cả phiếu bị gạt ra (bị huỷ, hoặc vì xung đột), kèm lý do.",
    "Why the jury sets it aside (required; recorded).":
      "Lý do Ban giám khảo gạt phiếu ra (bắt buộc; được ghi lại).",
    "criterion=points, for every leaf criterion.":
      "tiêu_chí=điểm, cho mọi tiêu chí chấm.",
    "The scores file: CSV or an Excel workbook (.xlsx).":
      "Tệp phiếu chấm: CSV hoặc sổ tính Excel (.xlsx).",
    "Write to this file.":
      "Ghi ra tệp này.",
    "The most entries any judge may take.":
      "Số sáng kiến tối đa một giám khảo được nhận.",
    "The seed of the tie-breaking (default 1).":
      "Hạt giống để chia đều khi ngang nhau (mặc định 1).",
    "Show the result; write nothing.":
      "Xem kết quả; không ghi gì.",
    "Judges per entry (default: the round's).":
      "Số giám khảo mỗi sáng kiến (mặc định: của vòng).",
    "The judge who has it.":
      "Giám khảo đang được giao.",
    "The judge who takes it.":
      "Giám khảo nhận thay.",
    "Only check the file.":
      "Chỉ kiểm tra tệp.",
    "Only this judge.":
      "Chỉ giám khảo này.",
    "The assignments file: CSV or an Excel workbook (.xlsx).":
      "Tệp phân công: CSV hoặc sổ tính Excel (.xlsx).",
    "The prize group (e.g. individual).":
      "Nhóm giải (ví dụ cá nhân).",
    "The prize's name, as in the contest file.":
      "Tên giải, như trong tệp cuộc thi.",
    "The entries the jury gives the places to.":
      "Các sáng kiến Ban giám khảo trao giải.",
    "The jury's reason (required; recorded).":
      "Lý do của Ban giám khảo (bắt buộc; được ghi lại).",
    "Replace FILE if it exists.":
      "Thay FILE nếu đã có.",
    "The copy to write.":
      "Bản sao cần ghi.",
    "The backup to restore.":
      "Bản sao lưu cần khôi phục.",
    "The person's name.":
      "Họ tên người đó.",
    "secretariat or organiser.":
      "secretariat (Tổ thư ký) hoặc organiser (Ban tổ chức).",
    "The language of messages: vi (default) or en.":
      "Ngôn ngữ thông báo: vi (mặc định) hoặc en.",
    "The round id (default: the first open round, else the last).":
      "Mã vòng (mặc định: vòng đầu tiên đang mở, nếu không thì vòng cuối).",
    "In an Excel workbook, the worksheet to read (default: the first with a recognisable header).":
      "Trong sổ tính Excel, trang tính cần đọc (mặc định: trang đầu tiên có dòng tiêu đề nhận ra được).",
    "Convert from tcvn3 (ABC), vni or cp1258, raw or re-saved by Excel as UTF-8.":
      "Chuyển từ bảng mã tcvn3 (ABC), vni hoặc cp1258, tệp gốc hay đã được Excel lưu lại thành UTF-8.",
    "The database file (default: $SANGKIEN_DB, else ./sangkien.sqlite).":
      "Tệp cơ sở dữ liệu (mặc định: $SANGKIEN_DB, nếu không thì ./sangkien.sqlite).",
    "Who is acting, for the audit log (default: $SANGKIEN_ACTOR, else the OS user).":
      "Người thực hiện, ghi vào nhật ký (mặc định: $SANGKIEN_ACTOR, nếu không thì người dùng máy).",
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
    "Open a round again to score changes, with the reason (audited).":
      "Mở lại một vòng để sửa điểm, ghi rõ lý do (ghi nhật ký).",
    "Why the round is opened again.": "Lý do mở lại vòng.",
    "Discard changes typed over submitted sheets and close.":
      "Bỏ các thay đổi chưa nộp trên phiếu đã nộp rồi đóng vòng.",
    "Put a removed judge back on the jury; they may be assigned and sign in again.":
      "Đưa giám khảo đã bị bỏ trở lại Ban; được phân công và đăng nhập lại.",
    "Why (kept in the audit log).": "Lý do (ghi vào nhật ký).",
    "Declare for this round only (default: every round).":
      "Chỉ khai cho vòng này (mặc định: mọi vòng).",
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
    "Lift the slow-down of a person's failed sign-ins (a new invitation lifts it too).":
      "Gỡ giới hạn sau các lần đăng nhập sai của một người (mời lại cũng gỡ).",
    "Show the contest, or change its settings on the record.":
      "Xem thông tin cuộc thi, hoặc thay đổi thiết lập (có ghi nhật ký).",
    "Change the contest's settings from a contest file, key by key, in one audited change.":
      "Thay đổi thiết lập cuộc thi theo tệp cuộc thi, từng khoá một, trong một lần ghi có nhật ký.",
    "Reads the file as 'sangkien init' does (with the rubrics it names), lists every difference from the settings in force and writes them in one transaction that 'audit verify' replays. Refused whole for another contest's file, rounds removed or reordered, a new code prefix once entries have codes, a rubric changed under sheets, or any change to a closed round's rules or result until the organisers reopen it.":
      "Đọc tệp như 'sangkien init' (cùng các bộ tiêu chí tệp nêu), liệt kê mọi khác biệt so với thiết lập đang dùng và ghi chúng trong một giao dịch mà 'audit verify' kiểm lại được. Từ chối toàn bộ nếu tệp của cuộc thi khác, bỏ hay đổi thứ tự vòng, đổi tiền tố mã khi đã có sáng kiến, đổi bộ tiêu chí đã có phiếu chấm, hoặc đổi quy tắc hay kết quả của vòng đã đóng khi Ban tổ chức chưa mở lại.",
    "The contest file (YAML), as for 'sangkien init'.":
      "Tệp cuộc thi (YAML), như cho 'sangkien init'.",
    "Only show the differences; write nothing.":
      "Chỉ xem khác biệt; không ghi gì.",
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
    "Stop at the open final round, print sign-in codes for a judge, the secretariat and an organiser, and serve the web application.":
      "Dừng ở vòng chung khảo đang mở, in mã đăng nhập cho một giám khảo, Tổ thư ký và Ban tổ chức, rồi chạy ứng dụng web.",
    "With --serve: the port (default 8080; 0 picks a free one).":
      "Với --serve: cổng (mặc định 8080; 0 để tự chọn cổng trống).",
    "With --serve: the address to listen on (default 127.0.0.1).":
      "Với --serve: địa chỉ lắng nghe (mặc định 127.0.0.1).",
    "Reopen a submitted sheet of a round that locks them, so its judge can change it.":
      "Mở lại một phiếu đã nộp của vòng khóa phiếu đã nộp, để giám khảo sửa được.",
    "Only for rounds with 'lock_submitted: true'. The reason is recorded; the judge's next submission locks the sheet again.":
      "Chỉ dùng cho vòng có 'lock_submitted: true'. Lý do được ghi lại; giám khảo nộp lại thì phiếu lại khóa.",
    "Why it is reopened (required; recorded).":
      "Lý do mở lại (bắt buộc; được ghi lại).",
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
