import SangKienModel

/// The words of `--help`, Vietnamese and English side by side: every command's description,
/// discussion and option help, by key. `CLIHelp.t(key)` gives them in the session's language.
enum HelpText: CaseIterable {
  // AccessCommand.swift
  case signCodesWeb
  case issueTimeSign
  case personSignsOnce
  case judgesIdStaff
  case howManyDays
  case endPersonsSign
  case liftSlowDown
  case serveWebApplication
  case commandLineKeeps
  case addressListenDefault
  case portDefault8080
  case addressPeopleReach
  case sendSessionCookie
  // AssignCommand.swift
  case assignJudgesEntries
  case mostEntriesAny
  case seedTieBreaking
  case showResultWrite
  case assignJudgesEvery
  case judgesPerEntry
  case writeRoundsAssignments
  case writeFile2
  case csvXlsxOut
  case giveEntryAnother
  case entrysCode2
  case judgeWhoHas
  case judgeWhoTakes
  case fillPlacesLeft
  case giveEntriesJudges
  case entryFlaggedDisagreement
  case workOutWrite
  case registerAssignmentsCsv
  case assignmentsFileCsv
  case onlyCheckFile
  case judgesWorklist2
  case onlyJudge2
  // AuditCommand.swift
  case readVerifyAudit
  case checkAuditChain
  case headKeptElsewhere
  case printHashLast
  case listAuditRecords
  case onlyRecordsAbout
  case onlyNewestSo
  case tableCsvJson
  case checkPublishedFiles
  case publishedFolderFiles
  // BackupCommand.swift
  case copyDatabaseFile
  case copyWrite2
  case replaceFileIf
  case replaceDatabaseBackup
  case currentContentKept
  case backupRestore2
  // ConflictCommand.swift
  case declareListDismiss
  case declareConflictInterest
  case judgesId2
  case whyRequiredRecorded
  case declareRoundOnly
  case listConflictsInterest
  case includeDismissedOnes
  case tableCsvJsonMd
  case dismissDetectedConflict
  case whyDoesNot
  // ContestCommand.swift
  case showContestChange
  case showContestPapers
  case changeContestsSettings
  case readsFileSangkien
  case contestFileYaml
  case onlyShowDifferences
  // Demo.swift
  case runWholeContest
  case folderDemoDatabase
  case stopOpenFinal
  case servePortDefault
  case serveAddressListen
  // EntryCommand.swift
  case registerListChange
  case codeDefaultNext
  case title2
  case ideaSolutionModel
  case individualCollectiveOrganisation
  case authorOptionallyUnit
  case submittingUnit2
  case fieldAdministrativeProcedure
  case receivingOffice2
  case dayReceivedDd
  case shortSummary2
  case phoneNumberE
  case acceptEntryReceived
  case whyLateEntry
  case acceptLikelyDuplicates
  case registerEntry2
  case registerEntriesCsv
  case entriesFileCsv
  case onlyCheckFileWrite
  case listEntries2
  case onlyEntriesStatus
  case onlyEntriesCategory
  case sortCodeTitle
  case showEntryFull
  case tableJson2
  case changeEntrysFields
  case markEntriesValid
  case entriesCodes2
  case everyEntryStill
  case noteAuditLog
  case rejectEntryReason
  case requestSupplement
  case complaintCommand
  case complaintAdd
  case complaintText
  case complaintReceivedOn
  case complaintList
  case complaintState
  case complaintShow
  case complaintId
  case complaintAccept
  case complaintNote
  case complaintReject
  case complaintRejectReason
  case assignRemark
  case trustedProxy
  case serveContestsFolder
  case contestNew
  case entrySimilar
  case entrySimilarDiscussion
  case entryDistinct
  case entryDistinctDiscussion
  case distinctOther
  case distinctReason
  case similarContests
  case similarThreshold
  case contestNewDiscussion
  case contestNewFrom
  case complaintRemark
  case complaintRemarkJudge
  case complaintDecide
  case complaintOutcome
  case complaintDecideReason
  case complaintConfirm
  case whatIsMissing
  case supplementUntil
  case whyRejectedRequired
  case withdrawEntryAuthors
  case whyWithdrawnRequired
  case exportEveryEntry
  case csvJsonXlsx
  // EntryDossierCommands.swift
  case addFilesEntrys
  case fileCheckedNot
  case filesAttach2
  case filesNameNo
  case listEntrysDossier
  case tableCsvJsonMdXlsx
  case takeFileOut
  case filesNumberEntry
  case whyTakenOut
  case showDossierFile
  case showOnlyFile
  case hideFileJudges
  case whyRequiredShow
  case writeEntrysDossier
  case judgeGetsOnly
  case folderDefaultNamed
  case onlyFilesJudges
  // Init.swift
  case createContestDatabase
  case contestFileYaml2
  case replaceExistingDatabase
  // JudgeCommand.swift
  case manageJury2
  case addJudge2
  case shortIdUsed
  case fullName2
  case judgesUnitConflicts
  case fieldExpertiseRepeat
  case chairMember2
  case judgesPostCh
  case addJudgesCsv
  case judgesFileCsv
  case listJudges2
  case includeJudgesRemoved
  case changeJudgesName
  case fieldExpertiseRepeatReplaces
  case judgesPostChC
  case judgesEmail
  case inviteByMail
  case staffEmail
  case staffPhone
  case inviteMailTo
  case inviteBaseURL
  case mailCommand
  case mailList
  case mailListFailed
  case mailSend
  case mailSendLimit
  case mailRetry
  case mailRetryId
  case acceptDisagreements
  case judgesPhone
  case removeJudgeTheir
  case deleteSheetsJudge
  case whyKeptAudit
  case putRemovedJudge
  // PrizesCommand.swift
  case allocatePrizesRecord
  case allocatePrizesPrize
  case recordJurysDecision
  case prizeGroupE
  case prizesNameContest
  case entriesJuryGives
  case jurysReasonRequired
  // PublishCommand.swift
  case writeRoundsResult
  case publishedVietnameseUnless
  case folderWriteInto
  // RankCommand.swift
  case rankRoundsEntries
  case aggregateMethodInstead
  case onlyEntriesCategoryRanks
  case onlyEntriesPrize
  // RoundCommand.swift
  case openCloseAdvance
  case openRoundAgain
  case roundId2
  case whyRoundOpened
  case closeRoundEvery
  case discardChangesTyped
  case putBestEntries
  case roundRanked2
  case roundShortlist2
  case howManyAdvance
  case lowestScoreAdvances
  case applyTopWithin
  case showWhoWould
  case beforeClosingPublishing
  // RubricCommand.swift
  case showRoundsRubric
  case showRubricRound
  case checkRubricFile
  case rubricFileYaml
  // ScoreCommand.swift
  case enterImportFollow
  case enterJudgesPoints
  case pointsCriterionValue
  case criterionPointsEvery
  case judgesComment2
  case replaceJudgesExisting
  case importScoreSheets
  case scoresFileCsv
  case replaceExistingSheets
  case judgesBlankScore
  case fillCriterionColumns
  case everyJudgeEntries
  case csvDefaultXlsx
  case writeFileAll
  case onlyEntriesNot
  case listSheetsEntered
  case onlyJudgesSheets
  case onlySheetsEntry
  case includeSheetsSet
  case howFarJudges
  case setSheetAside
  case judgesPlaceEntry
  case whyJurySets
  case countVoidedSheet
  case reopenSubmittedSheet
  case onlyRoundsLock
  case whyReopenedRequired
  // StaffCommand.swift
  case whoSecretariatAmong
  case addMemberStaff
  case personsName2
  case secretariatOrganiser2
  case listStaff2
  // StatsCommand.swift
  case judgeStatisticsInter
  case formatCsvWrites
  case bootstrapResamplesPrize
  case bootstrapsSeed2
  // SangKienCommand.swift
  case runInnovationContest
  // Options.swift
  case databaseFileDefault
  case whoActingAudit
  case languageMessagesVi
  case roundIdDefault
  case writeFileInstead
  case convertTcvn3Abc
  case excelWorkbookWorksheet

  /// The text in both languages.
  var words: (vi: String, en: String) {
    switch self {
    case .signCodesWeb:
      (
        vi: "Mã đăng nhập trang web: cấp, thu hồi, gỡ giới hạn.",
        en: "Sign-in codes for the web application: issue, revoke, unlock."
      )
    case .issueTimeSign:
      (
        vi: "Cấp mã đăng nhập dùng một lần cho một giám khảo hoặc cán bộ (dòng cuối).",
        en: "Issue a one-time sign-in code to a judge or a member of staff (the last line)."
      )
    case .personSignsOnce:
      (
        vi:
          "Người đó đăng nhập một lần bằng mã rồi đặt mật khẩu. Cấp mã mới thì mật khẩu và các phiên cũ của người đó hết hiệu lực.",
        en:
          "The person signs in once with the code and sets a password. A new code ends the person's password and sessions."
      )
    case .judgesIdStaff:
      (
        vi: "Mã giám khảo, hoặc tên cán bộ.",
        en: "The judge's id, or the staff member's name."
      )
    case .howManyDays:
      (
        vi: "Số ngày mã dùng được (mặc định 7).",
        en: "How many days the code works (default 7)."
      )
    case .endPersonsSign:
      (
        vi: "Thu hồi quyền đăng nhập của một người: mã, mật khẩu và các phiên.",
        en: "End a person's sign-in: their code, password and sessions."
      )
    case .liftSlowDown:
      (
        vi: "Gỡ giới hạn sau các lần đăng nhập sai của một người (mời lại cũng gỡ).",
        en: "Lift the slow-down of a person's failed sign-ins (a new invitation lifts it too)."
      )
    case .serveWebApplication:
      (
        vi: "Chạy trang web cho giám khảo trên cơ sở dữ liệu này.",
        en: "Serve the web application for judges on this database."
      )
    case .commandLineKeeps:
      (
        vi:
          "Dòng lệnh vẫn dùng được trên cùng tệp. SIGTERM hoặc Ctrl-C dừng máy chủ sau khi các yêu cầu đang chạy xong. Mỗi yêu cầu một dòng ra stderr.",
        en:
          "The command line keeps working on the same file. SIGTERM or Ctrl-C stops it once the requests in flight are done. One line per request goes to standard error."
      )
    case .addressListenDefault:
      (
        vi: "Địa chỉ lắng nghe (mặc định 127.0.0.1).",
        en: "The address to listen on (default 127.0.0.1)."
      )
    case .portDefault8080:
      (
        vi: "Cổng (mặc định 8080; 0 là chọn cổng trống).",
        en: "The port (default 8080; 0 picks a free one)."
      )
    case .addressPeopleReach:
      (
        vi: "Địa chỉ người dùng truy cập, khi đứng sau reverse proxy.",
        en: "The address people reach it at, behind a reverse proxy."
      )
    case .sendSessionCookie:
      (
        vi: "Chỉ gửi cookie phiên qua HTTPS (khi đứng sau proxy HTTPS).",
        en: "Send the session cookie only over HTTPS (behind an HTTPS proxy)."
      )
    case .assignJudgesEntries:
      (
        vi: "Phân công giám khảo chấm sáng kiến; xem, chuyển và bổ sung phân công.",
        en: "Assign judges to entries, and show, move and repair assignments."
      )
    case .mostEntriesAny:
      (
        vi: "Số sáng kiến tối đa một giám khảo được nhận.",
        en: "The most entries any judge may take."
      )
    case .seedTieBreaking:
      (
        vi: "Hạt giống để chia đều khi ngang nhau (mặc định 1).",
        en: "The seed of the tie-breaking (default 1)."
      )
    case .showResultWrite:
      (
        vi: "Xem kết quả; không ghi gì.",
        en: "Show the result; write nothing."
      )
    case .assignJudgesEvery:
      (
        vi:
          "Phân công giám khảo cho mọi sáng kiến của vòng: tránh xung đột, chia đều, đúng lĩnh vực.",
        en: "Assign judges to every entry of a round: no conflicts, even loads, fields matched."
      )
    case .judgesPerEntry:
      (
        vi: "Số giám khảo mỗi sáng kiến (mặc định: của vòng).",
        en: "Judges per entry (default: the round's)."
      )
    case .writeRoundsAssignments:
      (
        vi: "Xuất phân công của vòng ra CSV (vòng, giám khảo, sáng kiến).",
        en: "Write the round's assignments as CSV (round, judge, entry)."
      )
    case .writeFile2:
      (
        vi: "Ghi ra tệp này.",
        en: "Write to this file."
      )
    case .csvXlsxOut:
      (
        vi: "csv hoặc xlsx (kèm --out).",
        en: "csv or xlsx (with --out)."
      )
    case .giveEntryAnother:
      (
        vi: "Chuyển một sáng kiến sang giám khảo khác (không chuyển được khi đã chấm).",
        en: "Give one entry to another judge (not once the first judge has scored it)."
      )
    case .entrysCode2:
      (
        vi: "Mã sáng kiến.",
        en: "The entry's code."
      )
    case .judgeWhoHas:
      (
        vi: "Giám khảo đang được giao.",
        en: "The judge who has it."
      )
    case .judgeWhoTakes:
      (
        vi: "Giám khảo nhận thay.",
        en: "The judge who takes it."
      )
    case .fillPlacesLeft:
      (
        vi:
          "Bổ sung các chỗ bị trống (giám khảo rút, xung đột mới); giữ nguyên mọi phân công khác.",
        en:
          "Fill the places left empty (a judge removed, a conflict declared); keeps every other assignment."
      )
    case .giveEntriesJudges:
      (
        vi:
          "Giao thêm giám khảo chấm độc lập các sáng kiến có điểm chênh lệch (theo resolution của vòng).",
        en: "Give the entries the judges disagree on their further judges (the round's resolution)."
      )
    case .entryFlaggedDisagreement:
      (
        vi:
          "Mỗi sáng kiến bị đánh dấu chênh lệch, khi đã đủ phiếu, được giao thêm extra_judges giám khảo: không xung đột lợi ích, chưa chấm sáng kiến đó, chia đều số bài. Sáng kiến không còn giám khảo rảnh được nêu tên kèm lý do. Khi đủ phiếu chấm thêm, bảng xếp hạng tính điểm theo cách của vòng.",
        en:
          "Each entry flagged for disagreement, with every due sheet in, gets the round's extra_judges more: none in conflict with it nor already on it, the further work balanced. An entry no judge is free for is named with the reason. The ranking settles such an entry by the round's method once their sheets are in."
      )
    case .workOutWrite:
      (
        vi: "Tính thử; không ghi gì.",
        en: "Work it out; write nothing."
      )
    case .registerAssignmentsCsv:
      (
        vi:
          "Nhập phân công từ CSV (vòng, giám khảo, sáng kiến): nhận đủ cả tệp hoặc không nhận gì.",
        en: "Register assignments from CSV (round, judge, entry), all or none."
      )
    case .assignmentsFileCsv:
      (
        vi: "Tệp phân công: CSV hoặc sổ tính Excel (.xlsx).",
        en: "The assignments file: CSV or an Excel workbook (.xlsx)."
      )
    case .onlyCheckFile:
      (
        vi: "Chỉ kiểm tra tệp.",
        en: "Only check the file."
      )
    case .judgesWorklist2:
      (
        vi: "Danh sách sáng kiến của từng giám khảo.",
        en: "Each judge's worklist."
      )
    case .onlyJudge2:
      (
        vi: "Chỉ giám khảo này.",
        en: "Only this judge."
      )
    case .readVerifyAudit:
      (
        vi: "Xem và kiểm tra nhật ký.",
        en: "Read and verify the audit log."
      )
    case .checkAuditChain:
      (
        vi:
          "Kiểm tra chuỗi nhật ký, và dữ liệu (hồ sơ, phân công, phiếu chấm…) có đúng như nhật ký ghi không.",
        en:
          "Check the audit chain, and that entries, assignments and scores are what the log replays to."
      )
    case .headKeptElsewhere:
      (
        vi:
          "Một mã kiểm chứng đã giữ (audit_head của bảng xếp hạng, hoặc mã công bố #N): nhật ký có còn dẫn tới nó không?",
        en:
          "A head kept elsewhere (a ranking's audit_head, or a publication code #N): does the log still lead to it?"
      )
    case .printHashLast:
      (
        vi: "In mã băm của bản ghi nhật ký cuối (mã in trên bảng xếp hạng và kết quả).",
        en: "Print the hash of the last audit record (what rankings and results carry)."
      )
    case .listAuditRecords:
      (
        vi: "Liệt kê nhật ký: ai sửa gì, lúc nào, từ gì thành gì.",
        en: "List the audit records: who changed what, when, from what to what."
      )
    case .onlyRecordsAbout:
      (
        vi: "Chỉ các bản ghi về mã sáng kiến hoặc đối tượng này.",
        en: "Only records about this entry code or id."
      )
    case .onlyNewestSo:
      (
        vi: "Chỉ bấy nhiêu bản ghi mới nhất.",
        en: "Only the newest so many records."
      )
    case .tableCsvJson:
      (
        vi: "table, csv, json hoặc md (json và csv kèm trước và sau khi sửa).",
        en: "table, csv, json or md (json and csv carry before and after)."
      )
    case .checkPublishedFiles:
      (
        vi: "Đối chiếu tệp đã công bố với lần công bố ghi trong nhật ký và với cơ sở dữ liệu.",
        en: "Check published files against the publication they name and the database."
      )
    case .publishedFolderFiles:
      (
        vi: "Thư mục đã công bố, hoặc một tệp trong đó.",
        en: "The published folder, or one of its files."
      )
    case .copyDatabaseFile:
      (
        vi: "Sao lưu cơ sở dữ liệu ra FILE, nhất quán, kể cả khi giám khảo đang ghi.",
        en: "Copy the database to FILE, consistently, even while judges are writing."
      )
    case .copyWrite2:
      (
        vi: "Bản sao cần ghi.",
        en: "The copy to write."
      )
    case .replaceFileIf:
      (
        vi: "Thay FILE nếu đã có.",
        en: "Replace FILE if it exists."
      )
    case .replaceDatabaseBackup:
      (
        vi:
          "Khôi phục cơ sở dữ liệu từ bản sao lưu, sau khi kiểm tra bản sao (toàn vẹn, chuỗi nhật ký).",
        en:
          "Replace the database with a backup, after checking the backup (integrity, audit chain)."
      )
    case .currentContentKept:
      (
        vi:
          "Nội dung hiện tại được giữ lại cạnh cơ sở dữ liệu trước; không mất gì. Nơi chưa có cơ sở dữ liệu, bản sao lưu tạo ra nó.",
        en:
          "The current content is kept beside the database first; nothing is lost. Where there is no database yet, the backup creates it."
      )
    case .backupRestore2:
      (
        vi: "Bản sao lưu cần khôi phục.",
        en: "The backup to restore."
      )
    case .declareListDismiss:
      (
        vi: "Khai báo, liệt kê và bỏ qua xung đột lợi ích.",
        en: "Declare, list and dismiss conflicts of interest."
      )
    case .declareConflictInterest:
      (
        vi: "Khai báo một xung đột lợi ích.",
        en: "Declare a conflict of interest."
      )
    case .judgesId2:
      (
        vi: "Mã giám khảo.",
        en: "The judge's id."
      )
    case .whyRequiredRecorded:
      (
        vi: "Lý do (bắt buộc; được ghi lại).",
        en: "Why (required; recorded)."
      )
    case .declareRoundOnly:
      (
        vi: "Chỉ khai cho vòng này (mặc định: mọi vòng).",
        en: "Declare for this round only (default: every round)."
      )
    case .listConflictsInterest:
      (
        vi: "Liệt kê xung đột lợi ích và nguồn của từng xung đột.",
        en: "List conflicts of interest with where each comes from."
      )
    case .includeDismissedOnes:
      (
        vi: "Kể cả các xung đột đã bỏ qua.",
        en: "Include dismissed ones."
      )
    case .tableCsvJsonMd:
      (
        vi: "table, csv, json hoặc md.",
        en: "table, csv, json or md."
      )
    case .dismissDetectedConflict:
      (
        vi: "Bỏ qua một xung đột tự phát hiện (ví dụ sở lớn, khác phòng), có ghi lý do.",
        en: "Dismiss a detected conflict (e.g. a large department), with the reason."
      )
    case .whyDoesNot:
      (
        vi: "Vì sao không tính (bắt buộc; được ghi lại).",
        en: "Why it does not count (required; recorded)."
      )
    case .showContestChange:
      (
        vi: "Xem thông tin cuộc thi, hoặc thay đổi thiết lập (có ghi nhật ký).",
        en: "Show the contest, or change its settings on the record."
      )
    case .showContestPapers:
      (
        vi: "Xem cuộc thi: văn bản căn cứ, hạn nộp, các vòng, giải thưởng và số sáng kiến.",
        en: "Show the contest: its papers, deadline, rounds, prizes and entry counts."
      )
    case .changeContestsSettings:
      (
        vi:
          "Thay đổi thiết lập cuộc thi theo tệp cuộc thi, từng khoá một, trong một lần ghi có nhật ký.",
        en: "Change the contest's settings from a contest file, key by key, in one audited change."
      )
    case .readsFileSangkien:
      (
        vi:
          "Đọc tệp như 'sangkien init' (cùng các bộ tiêu chí tệp nêu), liệt kê mọi khác biệt so với thiết lập đang dùng và ghi chúng trong một giao dịch mà 'audit verify' kiểm lại được. Từ chối toàn bộ nếu tệp của cuộc thi khác, bỏ hay đổi thứ tự vòng, đổi tiền tố mã khi đã có sáng kiến, đổi bộ tiêu chí đã có phiếu chấm, hoặc đổi quy tắc hay kết quả của vòng đã đóng khi Ban tổ chức chưa mở lại.",
        en:
          "Reads the file as 'sangkien init' does (with the rubrics it names), lists every difference from the settings in force and writes them in one transaction that 'audit verify' replays. Refused whole for another contest's file, rounds removed or reordered, a new code prefix once entries have codes, a rubric changed under sheets, or any change to a closed round's rules or result until the organisers reopen it."
      )
    case .contestFileYaml:
      (
        vi: "Tệp cuộc thi (YAML), như cho 'sangkien init'.",
        en: "The contest file (YAML), as for 'sangkien init'."
      )
    case .onlyShowDifferences:
      (
        vi: "Chỉ xem khác biệt; không ghi gì.",
        en: "Only show the differences; write nothing."
      )
    case .runWholeContest:
      (
        vi: "Chạy thử cả cuộc thi trên dữ liệu mẫu hư cấu, trong một cơ sở dữ liệu mới.",
        en: "Run a whole contest on the fictional demo data, in a fresh database."
      )
    case .folderDemoDatabase:
      (
        vi: "Thư mục cho cơ sở dữ liệu và kết quả chạy thử.",
        en: "The folder for the demo database and report."
      )
    case .stopOpenFinal:
      (
        vi:
          "Dừng ở vòng chung khảo đang mở, in mã đăng nhập cho một giám khảo, Tổ thư ký và Ban tổ chức, rồi chạy ứng dụng web.",
        en:
          "Stop at the open final round, print sign-in codes for a judge, the secretariat and an organiser, and serve the web application."
      )
    case .servePortDefault:
      (
        vi: "Với --serve: cổng (mặc định 8080; 0 để tự chọn cổng trống).",
        en: "With --serve: the port (default 8080; 0 picks a free one)."
      )
    case .serveAddressListen:
      (
        vi: "Với --serve: địa chỉ lắng nghe (mặc định 127.0.0.1).",
        en: "With --serve: the address to listen on (default 127.0.0.1)."
      )
    case .registerListChange:
      (
        vi: "Đăng ký, liệt kê, sửa và xuất hồ sơ sáng kiến.",
        en: "Register, list, change and export entries."
      )
    case .codeDefaultNext:
      (
        vi: "Mã sáng kiến (mặc định: mã kế tiếp, ví dụ SK-0041).",
        en: "The code (default: the next one, e.g. SK-0041)."
      )
    case .title2:
      (
        vi: "Tên sáng kiến.",
        en: "The title."
      )
    case .ideaSolutionModel:
      (
        vi: "sáng kiến | giải pháp | mô hình (hoặc idea | solution | model).",
        en: "idea | solution | model (or sáng kiến | giải pháp | mô hình)."
      )
    case .individualCollectiveOrganisation:
      (
        vi:
          "cá nhân | tập thể | tổ chức | doanh nghiệp | cơ quan (hoặc individual, collective, …).",
        en: "individual | collective | organisation | business | agency (or cá nhân, tập thể, …)."
      )
    case .authorOptionallyUnit:
      (
        vi: "Một tác giả, có thể kèm \"(đơn vị)\"; ghi lại cho mỗi người, hoặc cách nhau bằng ';'.",
        en: "An author, optionally with \"(unit)\"; repeat for each, or separate with ';'."
      )
    case .submittingUnit2:
      (
        vi: "Đơn vị dự thi.",
        en: "The submitting unit."
      )
    case .fieldAdministrativeProcedure:
      (
        vi: "Lĩnh vực thủ tục hành chính.",
        en: "The field of administrative procedure (lĩnh vực)."
      )
    case .receivingOffice2:
      (
        vi: "Nơi tiếp nhận hồ sơ.",
        en: "The receiving office."
      )
    case .dayReceivedDd:
      (
        vi: "Ngày nhận: dd/mm/yyyy hoặc yyyy-mm-dd.",
        en: "The day received: dd/mm/yyyy or yyyy-mm-dd."
      )
    case .shortSummary2:
      (
        vi: "Tóm tắt ngắn.",
        en: "A short summary."
      )
    case .phoneNumberE:
      (
        vi: "Số điện thoại hoặc thư điện tử.",
        en: "A phone number or e-mail address."
      )
    case .acceptEntryReceived:
      (
        vi: "Nhận sáng kiến đến sau hạn.",
        en: "Accept an entry received after the deadline."
      )
    case .whyLateEntry:
      (
        vi: "Vì sao nhận muộn (bắt buộc khi có --late-ok; được ghi lại).",
        en: "Why a late entry is accepted (required with --late-ok; recorded)."
      )
    case .acceptLikelyDuplicates:
      (
        vi: "Nhận cả sáng kiến có thể trùng.",
        en: "Accept likely duplicates."
      )
    case .registerEntry2:
      (
        vi: "Đăng ký một sáng kiến.",
        en: "Register one entry."
      )
    case .registerEntriesCsv:
      (
        vi: "Đăng ký sáng kiến từ tệp CSV: nhận đủ cả tệp hoặc không nhận gì.",
        en: "Register the entries of a CSV file, all or none."
      )
    case .entriesFileCsv:
      (
        vi: "Tệp danh sách sáng kiến: CSV hoặc sổ tính Excel (.xlsx).",
        en: "The entries file: CSV or an Excel workbook (.xlsx)."
      )
    case .onlyCheckFileWrite:
      (
        vi: "Chỉ kiểm tra tệp; không ghi gì.",
        en: "Only check the file; write nothing."
      )
    case .listEntries2:
      (
        vi: "Liệt kê sáng kiến.",
        en: "List entries."
      )
    case .onlyEntriesStatus:
      (
        vi: "Chỉ sáng kiến ở trạng thái này: đã nhận, hợp lệ, bị loại, đã rút.",
        en: "Only entries with this status: received, valid, rejected, withdrawn."
      )
    case .onlyEntriesCategory:
      (
        vi: "Chỉ sáng kiến loại này.",
        en: "Only entries of this category."
      )
    case .sortCodeTitle:
      (
        vi: "Sắp theo mã, tên hoặc tác giả (thứ tự tiếng Việt).",
        en: "Sort by code, title or author (Vietnamese order)."
      )
    case .showEntryFull:
      (
        vi: "Xem đầy đủ một sáng kiến, kèm lịch sử thay đổi.",
        en: "Show one entry in full, with its history."
      )
    case .tableJson2:
      (
        vi: "table hoặc json.",
        en: "table or json."
      )
    case .changeEntrysFields:
      (
        vi: "Sửa thông tin sáng kiến (mã và trạng thái giữ nguyên).",
        en: "Change an entry's fields (the code and status stay)."
      )
    case .markEntriesValid:
      (
        vi: "Công nhận sáng kiến hợp lệ (được chấm): một hay nhiều mã, tất cả hoặc không mã nào.",
        en: "Mark entries valid (admitted to judging): one or several codes, all or none."
      )
    case .entriesCodes2:
      (
        vi: "Mã các sáng kiến.",
        en: "The entries' codes."
      )
    case .everyEntryStill:
      (
        vi: "Mọi sáng kiến còn ở trạng thái đã nhận.",
        en: "Every entry still received."
      )
    case .noteAuditLog:
      (
        vi: "Ghi chú cho nhật ký.",
        en: "A note for the audit log."
      )
    case .complaintCommand:
      (
        vi: "Khiếu nại kết quả (phúc khảo): nhận đơn, liệt kê, xem, thụ lý hoặc không thụ lý.",
        en: "Complaints about published results: file, list, show, accept or reject."
      )
    case .complaintAdd:
      (
        vi:
          "Nhận đơn khiếu nại kết quả của một sáng kiến thay người dự thi (trong hạn 'days' ngày kể từ ngày công bố).",
        en:
          "File a complaint about an entry's published result on its entrant's behalf (within 'days' of the publication)."
      )
    case .complaintText:
      (vi: "Nội dung đơn (bắt buộc).", en: "What the complaint says (required).")
    case .complaintReceivedOn:
      (
        vi: "Ngày Tổ thư ký nhận đơn (dd/mm/yyyy; mặc định: hôm nay).",
        en: "The day the secretariat received it (dd/mm/yyyy; default: today)."
      )
    case .complaintList:
      (
        vi: "Liệt kê đơn khiếu nại, mới nhất trước, kèm hạn trả lời.",
        en: "List the complaints, newest first, with their due days."
      )
    case .complaintState:
      (
        vi:
          "Chỉ đơn ở trạng thái: filed (đã nhận), accepted (đã thụ lý), rejected (không thụ lý), decided (đã giải quyết).",
        en: "Only complaints in this state: filed, accepted, rejected, decided."
      )
    case .complaintShow:
      (vi: "Xem một đơn khiếu nại.", en: "Show one complaint.")
    case .complaintId:
      (vi: "Số đơn khiếu nại.", en: "The complaint's number.")
    case .complaintAccept:
      (
        vi: "Thụ lý đơn khiếu nại: hồ sơ sẽ được chấm phúc khảo; người dự thi được báo qua thư.",
        en: "Accept a complaint for re-marking; the entrant is told by mail."
      )
    case .complaintNote:
      (vi: "Ghi chú gửi kèm (không bắt buộc).", en: "A note to go with it (optional).")
    case .complaintReject:
      (
        vi: "Không thụ lý đơn khiếu nại, có ghi lý do; người dự thi được báo qua thư.",
        en: "Reject a complaint, with the reason; the entrant is told by mail."
      )
    case .complaintRejectReason:
      (vi: "Lý do không thụ lý (bắt buộc).", en: "Why it is rejected (required).")
    case .entrySimilar:
      (
        vi:
          "Các sáng kiến giống sáng kiến này (gần trùng), trong cuộc thi này và các kỳ trước: mức giống và giống ở đâu.",
        en:
          "The entries close to this one (near-duplicates), in this contest and earlier editions: how close, and in what."
      )
    case .entryDistinct:
      (
        vi:
          "Xác nhận một sáng kiến và một sáng kiến gần giống không phải là một (không cảnh báo nữa).",
        en: "Mark an entry and a look-alike not one entry twice (flagged no more)."
      )
    case .entryDistinctDiscussion:
      (
        vi:
          "Sáng kiến gần giống được cảnh báo khi đăng ký, nhập tệp và nộp trực tuyến (so với cuộc thi này và các kỳ khác trong cùng thư mục), không bao giờ bị từ chối. Tổ thư ký xem xét rồi ghi nhận 'không trùng' kèm lý do; việc này được ghi vào nhật ký và kiểm tra bằng 'sangkien audit verify'.",
        en:
          "Look-alikes are flagged at registration, import and online submission (against this contest and the other editions of its folder), never refused. The secretariat looks, then records 'not a duplicate' with the reason; audited, and checked by 'sangkien audit verify'."
      )
    case .distinctOther:
      (
        vi: "Sáng kiến gần giống: MÃ (cuộc thi này) hoặc MÃ-KỲ/MÃ (kỳ khác).",
        en: "The look-alike: CODE (this contest) or CONTEST/CODE (another edition)."
      )
    case .distinctReason:
      (vi: "Vì sao không trùng (bắt buộc).", en: "Why they are not duplicates (required).")
    case .entrySimilarDiscussion:
      (
        vi:
          "So tên (tính hai lần) và tóm tắt theo TF-IDF trên từ và cặp từ, sau khi bỏ dấu, đổi đ thành d, viết đầy đủ các chữ tắt hành chính (UBND, TTHC, BHXH …); cùng đơn vị, chung tác giả được cộng thêm. Chỉ để Tổ thư ký xem xét: không sáng kiến nào bị loại tự động.",
        en:
          "Compares the title (counted twice) and the summary by TF-IDF over words and word pairs, after folding diacritics, đ as d, and writing administrative abbreviations out (UBND, TTHC, BHXH …); the same unit and shared authors add to it. For the secretariat to look at: nothing is refused."
      )
    case .similarContests:
      (
        vi: "Thư mục chứa cơ sở dữ liệu các kỳ khác (*.sqlite) để so cùng.",
        en: "A folder of the other editions' databases (*.sqlite) to compare with too."
      )
    case .similarThreshold:
      (
        vi: "Mức giống từ đó trở lên mới liệt kê, từ 0 đến 1 (mặc định 0,35).",
        en: "The figure from which an entry is listed, 0 to 1 (default 0.35)."
      )
    case .contestNew:
      (
        vi:
          "Tạo kỳ thi mới (năm sau) từ tệp cuộc thi mới, lấy bộ tiêu chí, Ban giám khảo, Tổ thư ký và thiết lập của kỳ trước.",
        en:
          "Create next year's edition from its contest file, carrying the last edition's rubric, jury, staff and settings."
      )
    case .contestNewDiscussion:
      (
        vi:
          "Bộ tiêu chí: một vòng ghi 'rubric:' là mã bộ tiêu chí của kỳ trước (không phải tệp) thì lấy bộ đó. Giám khảo đang hoạt động và Tổ thư ký, Ban tổ chức được lấy sang, không kèm mật khẩu, mã hay phiên. Thiết lập tệp mới không ghi (attachments, web, papers, publish, complaints) lấy theo kỳ trước; intake thì không. Sáng kiến, phiếu chấm và nhật ký ở lại kỳ trước.",
        en:
          "Rubrics: a round whose 'rubric:' names a rubric id of the last edition (not a file) takes it. Active judges and the staff are carried, without passwords, codes or sessions. Settings the new file leaves out (attachments, web, papers, publish, complaints) follow the last edition; intake does not. Entries, sheets and the log stay with the last edition."
      )
    case .contestNewFrom:
      (vi: "Cơ sở dữ liệu của kỳ trước (chỉ đọc).", en: "The last edition's database (only read).")
    case .trustedProxy:
      (
        vi:
          "Địa chỉ của máy chủ chuyển tiếp (nginx) được tin: chỉ yêu cầu đến từ địa chỉ này mới lấy địa chỉ người dùng từ X-Forwarded-For và HTTPS từ X-Forwarded-Proto; có thể ghi nhiều lần.",
        en:
          "A reverse proxy (nginx) to believe: only requests from this address take the client's address from X-Forwarded-For and HTTPS from X-Forwarded-Proto; may be given more than once."
      )
    case .serveContestsFolder:
      (
        vi:
          "Phục vụ mọi cuộc thi (tệp *.sqlite) trong thư mục, mỗi cuộc thi tại /c/<mã cuộc thi>/; trang / liệt kê các cuộc thi đang nhận hồ sơ. Mỗi cuộc thi mở khi có yêu cầu đầu tiên và đóng sau 15 phút không dùng.",
        en:
          "Serve every contest (*.sqlite file) of the folder, each at /c/<contest id>/; the page / lists the contests taking entries. A contest is opened on its first request and closed after 15 minutes unused."
      )
    case .assignRemark:
      (
        vi:
          "Giao chấm phúc khảo một đơn khiếu nại đã thụ lý: số giám khảo theo 'remarking_judges', chưa chấm hồ sơ đó, không xung đột lợi ích, chia đều việc giữa các giám khảo.",
        en:
          "Give an accepted complaint's entry its re-markers: 'remarking_judges' judges who have not marked it and have no conflict, the work balanced."
      )
    case .complaintRemark:
      (
        vi:
          "Nhập phiếu chấm phúc khảo của một giám khảo (phiếu giấy): điểm từng tiêu chí dạng ma=điểm; nộp rồi không sửa được.",
        en:
          "Enter a re-marker's sheet (a paper sheet): each criterion as id=points; final once submitted."
      )
    case .complaintRemarkJudge:
      (vi: "Mã giám khảo chấm phúc khảo.", en: "The re-marker's id.")
    case .complaintDecide:
      (
        vi:
          "Quyết định giải quyết đơn khiếu nại (Ban tổ chức) khi đã đủ phiếu phúc khảo: giữ nguyên hoặc điều chỉnh kết quả. Không có --yes thì chỉ xem trước xếp hạng, giải trước và sau.",
        en:
          "Decide a complaint (organisers) once every re-marking sheet is in: upheld or amended. Without --yes it only shows the ranking and prizes before and after."
      )
    case .complaintOutcome:
      (
        vi: "upheld (giữ nguyên kết quả) hoặc amended (điều chỉnh theo phúc khảo).",
        en: "upheld (the result stands) or amended (by the re-marking)."
      )
    case .complaintDecideReason:
      (vi: "Lý do của quyết định (bắt buộc).", en: "Why (required).")
    case .complaintConfirm:
      (
        vi: "Ghi quyết định (không có thì chỉ xem trước, không ghi gì).",
        en: "Record the decision (without it, a preview: nothing is written)."
      )
    case .requestSupplement:
      (
        vi:
          "Đề nghị người dự thi (hồ sơ nộp trực tuyến) bổ sung hồ sơ đến một ngày; gửi thư cho họ.",
        en: "Ask the entrant of an online entry for a supplement until a day; mails them."
      )
    case .whatIsMissing:
      (vi: "Nội dung cần bổ sung (bắt buộc).", en: "What is missing (required).")
    case .supplementUntil:
      (
        vi: "Hạn bổ sung: ngày cuối người dự thi còn sửa được hồ sơ (dd/mm/yyyy).",
        en: "The last day the entrant may add to the entry (dd/mm/yyyy)."
      )
    case .rejectEntryReason:
      (
        vi: "Loại một sáng kiến, có ghi lý do.",
        en: "Reject an entry, with the reason."
      )
    case .whyRejectedRequired:
      (
        vi: "Lý do loại (bắt buộc; được ghi lại).",
        en: "Why it is rejected (required; recorded)."
      )
    case .withdrawEntryAuthors:
      (
        vi: "Rút một sáng kiến theo đề nghị của tác giả, có ghi lý do.",
        en: "Withdraw an entry at its authors' request, with the reason."
      )
    case .whyWithdrawnRequired:
      (
        vi: "Lý do rút (bắt buộc; được ghi lại).",
        en: "Why it is withdrawn (required; recorded)."
      )
    case .exportEveryEntry:
      (
        vi: "Xuất mọi sáng kiến ra CSV (mở bằng Excel, nhập lại được) hoặc JSON.",
        en: "Export every entry as CSV (for Excel, re-importable) or JSON."
      )
    case .csvJsonXlsx:
      (
        vi: "csv, json hoặc xlsx (kèm --out).",
        en: "csv, json or xlsx (with --out)."
      )
    case .addFilesEntrys:
      (
        vi: "Thêm tệp vào hồ sơ của một sáng kiến (Tổ thư ký).",
        en: "Add files to an entry's dossier (secretariat)."
      )
    case .fileCheckedNot:
      (
        vi:
          "Từng tệp được kiểm tra (không rỗng, trong giới hạn của cuộc thi, đúng loại được nhận xét theo nội dung, chưa có trong hồ sơ); rồi tất cả được lưu vào cơ sở dữ liệu trong một giao dịch, hoặc không tệp nào. Chỉ tệp đánh dấu --blind (không nêu tác giả) mới đến tay giám khảo.",
        en:
          "Each file is checked (not empty, within the contest's limits, of an accepted type found from its bytes, not already in the dossier); then all are stored in the database in one transaction, or none. Only files marked --blind (naming no author) reach the judges."
      )
    case .filesAttach2:
      (
        vi: "Các tệp cần đính kèm.",
        en: "The files to attach."
      )
    case .filesNameNo:
      (
        vi: "Các tệp không nêu tác giả: giám khảo được xem.",
        en: "The files name no author: judges may see them."
      )
    case .listEntrysDossier:
      (
        vi:
          "Liệt kê hồ sơ của một sáng kiến: số, tên, loại, cỡ, SHA-256, giám khảo xem được không.",
        en: "List an entry's dossier: number, name, type, size, SHA-256, blind."
      )
    case .tableCsvJsonMdXlsx:
      (
        vi: "table, csv, json, md hoặc xlsx (kèm --out).",
        en: "table, csv, json, md or xlsx (with --out)."
      )
    case .takeFileOut:
      (
        vi: "Gỡ một tệp khỏi hồ sơ của sáng kiến, kèm lý do (được ghi lại).",
        en: "Take a file out of an entry's dossier, with the reason (recorded)."
      )
    case .filesNumberEntry:
      (
        vi: "Số của tệp (xem 'entry attachments').",
        en: "The file's number ('entry attachments')."
      )
    case .whyTakenOut:
      (
        vi: "Lý do gỡ (bắt buộc; được ghi lại).",
        en: "Why it is taken out (required; recorded)."
      )
    case .showDossierFile:
      (
        vi: "Cho giám khảo xem một tệp trong hồ sơ, hoặc thôi cho xem (--off).",
        en: "Show a dossier file to the judges, or hide it again (--off)."
      )
    case .showOnlyFile:
      (
        vi:
          "Chỉ cho xem tệp không nêu tên tác giả hay đơn vị: lý do (bắt buộc) nói ai đã kiểm tra. Có ghi nhật ký.",
        en:
          "Show only a file that names no author or unit: the reason (required) says who checked it. Recorded in the log."
      )
    case .hideFileJudges:
      (
        vi: "Thôi cho giám khảo xem tệp.",
        en: "Hide the file from the judges."
      )
    case .whyRequiredShow:
      (
        vi: "Lý do (bắt buộc khi cho xem; có ghi lại).",
        en: "Why (required to show a file; recorded)."
      )
    case .writeEntrysDossier:
      (
        vi: "Ghi các tệp hồ sơ của một sáng kiến ra thư mục, kiểm tra từng tệp theo SHA-256.",
        en: "Write an entry's dossier files into a folder, each checked against its SHA-256."
      )
    case .judgeGetsOnly:
      (
        vi:
          "Giám khảo chỉ nhận các tệp ẩn danh của sáng kiến mình chấm. Không ghi đè tệp nào: tệp đã có sẵn cùng nội dung thì để nguyên.",
        en:
          "A judge gets only the blind files of an entry they score. Nothing is overwritten: a file already there with the same bytes is left as it is."
      )
    case .folderDefaultNamed:
      (
        vi: "Thư mục (mặc định: thư mục mang tên mã).",
        en: "The folder (default: one named after the code)."
      )
    case .onlyFilesJudges:
      (
        vi: "Chỉ các tệp giám khảo được xem.",
        en: "Only the files judges may see."
      )
    case .createContestDatabase:
      (
        vi: "Tạo cơ sở dữ liệu cuộc thi từ tệp cuộc thi và bộ tiêu chí.",
        en: "Create the contest database from a contest file and its rubrics."
      )
    case .contestFileYaml2:
      (
        vi: "Tệp cuộc thi (YAML).",
        en: "The contest file (YAML)."
      )
    case .replaceExistingDatabase:
      (
        vi: "Thay cơ sở dữ liệu đang có (tệp cũ được giữ lại bên cạnh, đổi tên).",
        en: "Replace an existing database (the old file is kept beside it, renamed)."
      )
    case .manageJury2:
      (
        vi: "Quản lý Ban giám khảo.",
        en: "Manage the jury."
      )
    case .addJudge2:
      (
        vi: "Thêm một giám khảo.",
        en: "Add a judge."
      )
    case .shortIdUsed:
      (
        vi: "Mã ngắn dùng trên phiếu chấm (ví dụ gk01).",
        en: "A short id used on sheets (e.g. gk01)."
      )
    case .fullName2:
      (
        vi: "Họ và tên.",
        en: "Full name."
      )
    case .judgesUnitConflicts:
      (
        vi: "Đơn vị công tác của giám khảo (để xét xung đột lợi ích).",
        en: "The judge's unit (for conflicts of interest)."
      )
    case .fieldExpertiseRepeat:
      (
        vi: "Một lĩnh vực chuyên môn; ghi lại cho mỗi lĩnh vực.",
        en: "A field of expertise; repeat for each."
      )
    case .chairMember2:
      (
        vi: "chair (trưởng ban) hoặc member (thành viên).",
        en: "chair or member."
      )
    case .judgesPostCh:
      (
        vi: "Chức vụ của giám khảo, ví dụ \"Phó Giám đốc Sở\".",
        en: "The judge's post (chức vụ), e.g. \"Phó Giám đốc Sở\"."
      )
    case .addJudgesCsv:
      (
        vi:
          "Thêm giám khảo từ tệp CSV (mã, họ tên, đơn vị, lĩnh vực, vai trò): thêm đủ cả tệp hoặc không thêm gì.",
        en: "Add the judges of a CSV file (id, name, unit, fields, role), all or none."
      )
    case .judgesFileCsv:
      (
        vi: "Tệp danh sách giám khảo: CSV hoặc sổ tính Excel (.xlsx).",
        en: "The judges file: CSV or an Excel workbook (.xlsx)."
      )
    case .listJudges2:
      (
        vi: "Liệt kê giám khảo.",
        en: "List the judges."
      )
    case .includeJudgesRemoved:
      (
        vi: "Kể cả giám khảo đã rút nhưng còn giữ vì phiếu đã chấm.",
        en: "Include judges removed but kept for their sheets."
      )
    case .changeJudgesName:
      (
        vi:
          "Sửa họ tên, đơn vị, lĩnh vực, vai trò hay chức vụ của giám khảo; xung đột lợi ích được xét lại.",
        en: "Change a judge's name, unit, fields, role or post; conflicts are detected again."
      )
    case .fieldExpertiseRepeatReplaces:
      (
        vi: "Một lĩnh vực chuyên môn; ghi lại cho mỗi lĩnh vực (thay toàn bộ).",
        en: "A field of expertise; repeat for each (replaces all)."
      )
    case .acceptDisagreements:
      (
        vi:
          "Ý kiến của Ban Giám khảo chấp nhận điểm tổng hợp của sáng kiến được giải mà điểm các giám khảo chênh lệch lớn (ghi vào biên bản); thiếu nó thì việc công bố bị từ chối.",
        en:
          "The jury's reason for accepting the aggregate of prize-winning entries whose judges' totals are far apart (written in the minutes); without it publishing is refused."
      )
    case .staffPhone:
      (vi: "Số điện thoại.", en: "Telephone number.")
    case .staffEmail:
      (
        vi: "Địa chỉ email (Tổ thư ký nhận thư báo khi giám khảo khai xung đột lợi ích).",
        en: "E-mail address (the secretariat is told by mail of conflicts judges declare)."
      )
    case .inviteByMail:
      (
        vi:
          "Gửi cả thư mời (mã và đường dẫn đăng nhập) tới email của giám khảo, qua hàng chờ gửi thư.",
        en:
          "Also mail the invitation (code and sign-in link) to the judge's e-mail, through the outbox."
      )
    case .inviteMailTo:
      (
        vi:
          "Gửi thư mời tới địa chỉ này (người của Tổ thư ký, Ban tổ chức; hoặc thay email của giám khảo).",
        en: "Mail the invitation to this address (staff; or instead of the judge's e-mail)."
      )
    case .inviteBaseURL:
      (
        vi: "Địa chỉ của trang chấm điểm cho đường dẫn trong thư (mặc định: $SANGKIEN_BASE_URL).",
        en: "The site's address for the link in the message (default: $SANGKIEN_BASE_URL)."
      )
    case .mailCommand:
      (
        vi: "Thư gửi đi: hàng chờ, gửi qua máy chủ thư (SANGKIEN_SMTP_URL), gửi lại thư lỗi.",
        en: "Outgoing mail: the outbox, delivery through the relay (SANGKIEN_SMTP_URL), retries."
      )
    case .mailList:
      (
        vi: "Liệt kê thư trong hàng chờ, đã gửi và gửi không được.",
        en: "List queued, delivered and failed messages."
      )
    case .mailListFailed:
      (
        vi: "Chỉ thư gửi không được (sau 5 lần thử).",
        en: "Only messages given up on (after five attempts)."
      )
    case .mailSend:
      (
        vi:
          "Gửi một lượt các thư đến hạn qua máy chủ thư SANGKIEN_SMTP_URL (dùng cho cron; 'sangkien serve' tự gửi).",
        en:
          "One pass: deliver the messages due through the relay SANGKIEN_SMTP_URL (for cron; 'sangkien serve' sends by itself)."
      )
    case .mailSendLimit:
      (
        vi: "Gửi nhiều nhất chừng này thư trong lượt này.",
        en: "Deliver at most this many messages in this pass."
      )
    case .mailRetry:
      (
        vi: "Đưa một thư gửi không được vào hàng chờ gửi lại (có ghi nhật ký).",
        en: "Put a failed message back in the queue (audited)."
      )
    case .mailRetryId:
      (
        vi: "Số của thư (cột Số của 'mail list').",
        en: "The message's number (the No. column of 'mail list')."
      )
    case .judgesEmail:
      (
        vi: "Địa chỉ email của giám khảo (để gửi thư mời, nhắc hạn).",
        en: "The judge's e-mail address (for invitations and reminders)."
      )
    case .judgesPhone:
      (
        vi: "Số điện thoại của giám khảo.",
        en: "The judge's telephone number."
      )
    case .judgesPostChC:
      (
        vi: "Chức vụ của giám khảo.",
        en: "The judge's post (chức vụ)."
      )
    case .removeJudgeTheir:
      (
        vi: "Rút giám khảo; phiếu đã chấm được giữ lại trừ khi có --drop-scores.",
        en: "Remove a judge; their sheets stay unless --drop-scores."
      )
    case .deleteSheetsJudge:
      (
        vi: "Xoá cả phiếu giám khảo đã chấm.",
        en: "Delete the sheets the judge already scored."
      )
    case .whyKeptAudit:
      (
        vi: "Lý do (ghi vào nhật ký).",
        en: "Why (kept in the audit log)."
      )
    case .putRemovedJudge:
      (
        vi: "Đưa giám khảo đã bị bỏ trở lại Ban; được phân công và đăng nhập lại.",
        en: "Put a removed judge back on the jury; they may be assigned and sign in again."
      )
    case .allocatePrizesRecord:
      (
        vi: "Xét giải; ghi quyết định của Ban giám khảo khi đồng hạng.",
        en: "Allocate the prizes; record the jury's decisions on ties."
      )
    case .allocatePrizesPrize:
      (
        vi: "Xét giải theo bảng xếp hạng của vòng xét giải.",
        en: "Allocate the prizes from the prize round's ranking."
      )
    case .recordJurysDecision:
      (
        vi: "Ghi quyết định của Ban giám khảo cho các giải bị đồng hạng.",
        en: "Record the jury's decision for a prize's places left to it by a tie."
      )
    case .prizeGroupE:
      (
        vi: "Nhóm giải (ví dụ cá nhân).",
        en: "The prize group (e.g. individual)."
      )
    case .prizesNameContest:
      (
        vi: "Tên giải, như trong tệp cuộc thi.",
        en: "The prize's name, as in the contest file."
      )
    case .entriesJuryGives:
      (
        vi: "Các sáng kiến Ban giám khảo trao giải.",
        en: "The entries the jury gives the places to."
      )
    case .jurysReasonRequired:
      (
        vi: "Lý do của Ban giám khảo (bắt buộc; được ghi lại).",
        en: "The jury's reason (required; recorded)."
      )
    case .writeRoundsResult:
      (
        vi: "Công bố kết quả vòng: ranking.html (khổ A4), ranking.csv, ranking.json, prizes.csv.",
        en: "Write the round's result: ranking.html (A4), ranking.csv, ranking.json, prizes.csv."
      )
    case .publishedVietnameseUnless:
      (
        vi: "Công bố bằng tiếng Việt, trừ khi có --lang en.",
        en: "Published in Vietnamese unless --lang en."
      )
    case .folderWriteInto:
      (
        vi: "Thư mục ghi kết quả.",
        en: "The folder to write into."
      )
    case .rankRoundsEntries:
      (
        vi: "Xếp hạng sáng kiến của một vòng theo điểm giám khảo.",
        en: "Rank a round's entries by their judges' scores."
      )
    case .aggregateMethodInstead:
      (
        vi: "Tổng hợp theo cách này thay cho cách của vòng.",
        en: "Aggregate by this method instead of the round's."
      )
    case .onlyEntriesCategoryRanks:
      (
        vi: "Chỉ sáng kiến loại này (xếp hạng trong số đó).",
        en: "Only entries of this category (ranks worked out among them)."
      )
    case .onlyEntriesPrize:
      (
        vi: "Chỉ sáng kiến của nhóm giải này (xếp hạng trong số đó).",
        en: "Only entries of this prize group (ranks worked out among them)."
      )
    case .openCloseAdvance:
      (
        vi: "Mở, đóng vòng thi và chọn sáng kiến vào vòng sau.",
        en: "Open, close and advance rounds."
      )
    case .openRoundAgain:
      (
        vi: "Mở lại một vòng để sửa điểm, ghi rõ lý do (ghi nhật ký).",
        en: "Open a round again to score changes, with the reason (audited)."
      )
    case .roundId2:
      (
        vi: "Mã vòng thi.",
        en: "The round id."
      )
    case .whyRoundOpened:
      (
        vi: "Lý do mở lại vòng.",
        en: "Why the round is opened again."
      )
    case .closeRoundEvery:
      (
        vi: "Đóng vòng thi: từ đó không nhận thay đổi điểm nào.",
        en: "Close a round: every score change is refused from then on."
      )
    case .discardChangesTyped:
      (
        vi: "Bỏ các thay đổi chưa nộp trên phiếu đã nộp rồi đóng vòng.",
        en: "Discard changes typed over submitted sheets and close."
      )
    case .putBestEntries:
      (
        vi: "Đưa các sáng kiến cao điểm nhất của một vòng vào danh sách vòng sau.",
        en: "Put the best entries of one round on the next round's shortlist."
      )
    case .roundRanked2:
      (
        vi: "Vòng được xếp hạng.",
        en: "The round ranked."
      )
    case .roundShortlist2:
      (
        vi: "Vòng nhận danh sách.",
        en: "The round the shortlist is for."
      )
    case .howManyAdvance:
      (
        vi: "Số sáng kiến vào vòng sau (đồng hạng ở ngưỡng đều được vào).",
        en: "How many advance (ties at the cut all go through)."
      )
    case .lowestScoreAdvances:
      (
        vi: "Điểm thấp nhất được vào vòng sau.",
        en: "The lowest score that advances."
      )
    case .applyTopWithin:
      (
        vi: "Áp --top trong từng loại.",
        en: "Apply --top within each category."
      )
    case .showWhoWould:
      (
        vi: "Xem ai sẽ vào vòng sau; không ghi gì.",
        en: "Show who would advance; write nothing."
      )
    case .beforeClosingPublishing:
      (
        vi: "Trước khi đóng vòng hay công bố: tình hình các vòng, và một vòng còn thiếu gì.",
        en: "Before closing or publishing: every round, and what one round still lacks."
      )
    case .showRoundsRubric:
      (
        vi: "Xem bộ tiêu chí của một vòng, hoặc kiểm tra tệp bộ tiêu chí.",
        en: "Show a round's rubric, or check a rubric file."
      )
    case .showRubricRound:
      (
        vi: "Xem bộ tiêu chí của một vòng (mặc định vòng đầu).",
        en: "Show the rubric of a round (the first round by default)."
      )
    case .checkRubricFile:
      (
        vi: "Kiểm tra và hiển thị tệp bộ tiêu chí; mọi lỗi được nêu kèm tệp:dòng:cột.",
        en: "Check a rubric file and show it; every problem is listed with file:line:column."
      )
    case .rubricFileYaml:
      (
        vi: "Tệp bộ tiêu chí (YAML).",
        en: "The rubric file (YAML)."
      )
    case .enterImportFollow:
      (
        vi: "Nhập và theo dõi phiếu chấm.",
        en: "Enter, import and follow score sheets."
      )
    case .enterJudgesPoints:
      (
        vi: "Nhập điểm của một giám khảo cho một sáng kiến.",
        en: "Enter one judge's points for one entry."
      )
    case .pointsCriterionValue:
      (
        vi: "Điểm theo cặp tiêu chí=giá trị, mỗi tiêu chí lá một cặp: novelty=22 time=8 …",
        en: "Points as criterion=value pairs, one per leaf criterion: novelty=22 time=8 …"
      )
    case .criterionPointsEvery:
      (
        vi: "tiêu_chí=điểm, cho mọi tiêu chí chấm.",
        en: "criterion=points, for every leaf criterion."
      )
    case .judgesComment2:
      (
        vi: "Nhận xét của giám khảo.",
        en: "The judge's comment."
      )
    case .replaceJudgesExisting:
      (
        vi: "Thay phiếu giám khảo đã có cho sáng kiến này (có ghi nhật ký).",
        en: "Replace the judge's existing sheet for this entry (audited)."
      )
    case .importScoreSheets:
      (
        vi:
          "Nhập phiếu chấm từ tệp CSV (vòng, giám khảo, sáng kiến, mỗi tiêu chí một cột, nhận xét): nhận đủ cả tệp hoặc không nhận gì.",
        en:
          "Import score sheets from CSV (round, judge, entry, a column per criterion, comment), all or none."
      )
    case .scoresFileCsv:
      (
        vi: "Tệp phiếu chấm: CSV hoặc sổ tính Excel (.xlsx).",
        en: "The scores file: CSV or an Excel workbook (.xlsx)."
      )
    case .replaceExistingSheets:
      (
        vi: "Thay các phiếu đã có (mỗi lần thay đều ghi nhật ký).",
        en: "Replace existing sheets (each replacement audited)."
      )
    case .judgesBlankScore:
      (
        vi: "Phiếu chấm trống của một giám khảo: ẩn danh (chỉ mã, tên và tóm tắt sáng kiến).",
        en: "A judge's blank score sheet for their entries: blind (code, title, summary only)."
      )
    case .fillCriterionColumns:
      (
        vi:
          "Điền các cột tiêu chí rồi nộp lại bằng 'sangkien score import'. Với --format xlsx đó là sổ chấm điểm: một biểu mẫu tự kiểm tra từng điểm khi gõ, khoá mọi ô trừ ô cần điền, ghi rõ cuộc thi, vòng, giám khảo và phiên bản bộ tiêu chí; --all ghi cho mỗi giám khảo một tệp vào thư mục --out.",
        en:
          "Fill in the criterion columns and give it back with 'sangkien score import'. With --format xlsx it is a score workbook: a form that checks each value as it is typed, protected but for the cells to fill in, stamped with the contest, round, judge and rubric version; --all writes one per judge into the folder --out names."
      )
    case .everyJudgeEntries:
      (
        vi: "Mọi giám khảo có sáng kiến phải chấm: mỗi người một tệp, trong thư mục --out.",
        en: "Every judge with entries to score: one file each, in the folder --out names."
      )
    case .csvDefaultXlsx:
      (
        vi: "csv (mặc định), xlsx, table hoặc json.",
        en: "csv (default), xlsx, table or json."
      )
    case .writeFileAll:
      (
        vi: "Ghi ra tệp này (với --all: thư mục này).",
        en: "Write to this file (with --all, this folder)."
      )
    case .onlyEntriesNot:
      (
        vi: "Chỉ các sáng kiến chưa chấm.",
        en: "Only the entries not scored yet."
      )
    case .listSheetsEntered:
      (
        vi: "Liệt kê phiếu chấm đã nhập.",
        en: "List the sheets entered."
      )
    case .onlyJudgesSheets:
      (
        vi: "Chỉ phiếu của giám khảo này.",
        en: "Only this judge's sheets."
      )
    case .onlySheetsEntry:
      (
        vi: "Chỉ phiếu của sáng kiến này.",
        en: "Only the sheets of this entry."
      )
    case .includeSheetsSet:
      (
        vi: "Kể cả phiếu bị gạt ra (bị huỷ, hoặc vì xung đột), kèm lý do.",
        en: "Include sheets set aside (voided, or in conflict), with why."
      )
    case .howFarJudges:
      (
        vi:
          "Tiến độ chấm: mỗi giám khảo được giao và đã chấm bao nhiêu, mỗi sáng kiến còn thiếu phiếu nào.",
        en: "How far the judges are: per judge assigned and done, per entry sheets in and missing."
      )
    case .setSheetAside:
      (
        vi:
          "Gạt một phiếu ra theo quyết định của Ban giám khảo: vẫn lưu và ghi nhật ký, không được tính.",
        en: "Set a sheet aside for the jury's reason: kept and logged, never counted."
      )
    case .judgesPlaceEntry:
      (
        vi: "Chỗ của giám khảo ở sáng kiến được giải phóng; 'sangkien assign repair' sẽ bù vào.",
        en: "The judge's place on the entry is freed; 'sangkien assign repair' fills it."
      )
    case .whyJurySets:
      (
        vi: "Lý do Ban giám khảo gạt phiếu ra (bắt buộc; được ghi lại).",
        en: "Why the jury sets it aside (required; recorded)."
      )
    case .countVoidedSheet:
      (
        vi: "Tính lại một phiếu đã bị gạt ra.",
        en: "Count a voided sheet again."
      )
    case .reopenSubmittedSheet:
      (
        vi: "Mở lại một phiếu đã nộp của vòng khóa phiếu đã nộp, để giám khảo sửa được.",
        en: "Reopen a submitted sheet of a round that locks them, so its judge can change it."
      )
    case .onlyRoundsLock:
      (
        vi:
          "Chỉ dùng cho vòng có 'lock_submitted: true'. Lý do được ghi lại; giám khảo nộp lại thì phiếu lại khóa.",
        en:
          "Only for rounds with 'lock_submitted: true'. The reason is recorded; the judge's next submission locks the sheet again."
      )
    case .whyReopenedRequired:
      (
        vi: "Lý do mở lại (bắt buộc; được ghi lại).",
        en: "Why it is reopened (required; recorded)."
      )
    case .whoSecretariatAmong:
      (
        vi: "Danh sách Tổ thư ký và Ban tổ chức.",
        en: "Who is on the secretariat and among the organisers."
      )
    case .addMemberStaff:
      (
        vi: "Thêm một người vào Tổ thư ký hoặc Ban tổ chức.",
        en: "Add a member of staff."
      )
    case .personsName2:
      (
        vi: "Họ tên người đó.",
        en: "The person's name."
      )
    case .secretariatOrganiser2:
      (
        vi: "secretariat (Tổ thư ký) hoặc organiser (Ban tổ chức).",
        en: "secretariat or organiser."
      )
    case .listStaff2:
      (
        vi: "Liệt kê Tổ thư ký và Ban tổ chức.",
        en: "List the staff."
      )
    case .judgeStatisticsInter:
      (
        vi: "Thống kê giám khảo, mức thống nhất, các sáng kiến chênh lệch và độ vững của giải.",
        en: "Judge statistics, inter-rater reliability, disagreements and prize stability."
      )
    case .formatCsvWrites:
      (
        vi: "--format csv chỉ ghi bảng theo giám khảo; json ghi tất cả.",
        en: "--format csv writes the judges' table only; json writes everything."
      )
    case .bootstrapResamplesPrize:
      (
        vi: "Số lần lấy mẫu lại để xét độ vững của giải.",
        en: "Bootstrap resamples for prize stability."
      )
    case .bootstrapsSeed2:
      (
        vi: "Hạt giống của phép lấy mẫu lại.",
        en: "The bootstrap's seed."
      )
    case .runInnovationContest:
      (
        vi: "Điều hành cuộc thi sáng kiến: hồ sơ, giám khảo, phiếu chấm, xếp hạng và giải thưởng.",
        en: "Run an innovation contest: entries, judges, scores, rankings and prizes."
      )
    case .databaseFileDefault:
      (
        vi: "Tệp cơ sở dữ liệu (mặc định: $SANGKIEN_DB, nếu không thì ./sangkien.sqlite).",
        en: "The database file (default: $SANGKIEN_DB, else ./sangkien.sqlite)."
      )
    case .whoActingAudit:
      (
        vi:
          "Người thực hiện, ghi vào nhật ký (mặc định: $SANGKIEN_ACTOR, nếu không thì người dùng máy).",
        en: "Who is acting, for the audit log (default: $SANGKIEN_ACTOR, else the OS user)."
      )
    case .languageMessagesVi:
      (
        vi: "Ngôn ngữ thông báo: vi (mặc định) hoặc en.",
        en: "The language of messages: vi (default) or en."
      )
    case .roundIdDefault:
      (
        vi: "Mã vòng (mặc định: vòng đầu tiên đang mở, nếu không thì vòng cuối).",
        en: "The round id (default: the first open round, else the last)."
      )
    case .writeFileInstead:
      (
        vi: "Ghi ra tệp này thay vì ra màn hình.",
        en: "Write to this file instead of standard output."
      )
    case .convertTcvn3Abc:
      (
        vi:
          "Chuyển từ bảng mã tcvn3 (ABC), vni hoặc cp1258, tệp gốc hay đã được Excel lưu lại thành UTF-8.",
        en: "Convert from tcvn3 (ABC), vni or cp1258, raw or re-saved by Excel as UTF-8."
      )
    case .excelWorkbookWorksheet:
      (
        vi:
          "Trong sổ tính Excel, trang tính cần đọc (mặc định: trang đầu tiên có dòng tiêu đề nhận ra được).",
        en:
          "In an Excel workbook, the worksheet to read (default: the first with a recognisable header)."
      )
    }
  }
}
