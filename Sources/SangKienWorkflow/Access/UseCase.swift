/// Every use case of the contest: what the permission table and the audit log of refusals
/// name. The raw value is the command that carries it out.
public enum UseCase: String, Sendable, CaseIterable {
  case contestShow = "contest show"
  case contestUpdate = "contest update"
  case rubricShow = "rubric show"
  case entryAdd = "entry add"
  case entryImport = "entry import"
  case entryList = "entry list"
  case entryShow = "entry show"
  case entryUpdate = "entry update"
  case entryValidate = "entry validate"
  case entryReject = "entry reject"
  case entryWithdraw = "entry withdraw"
  case entryExport = "entry export"
  case entryAttach = "entry attach"
  case entryAttachments = "entry attachments"
  case entryDetach = "entry detach"
  case entryBlind = "entry blind"
  case entryExtract = "entry extract"
  case staffAdd = "staff add"
  case staffList = "staff list"
  case judgeAdd = "judge add"
  case judgeImport = "judge import"
  case judgeList = "judge list"
  case judgeUpdate = "judge update"
  case judgeRemove = "judge remove"
  case judgeReinstate = "judge reinstate"
  case conflictAdd = "conflict add"
  case conflictList = "conflict list"
  case conflictDismiss = "conflict dismiss"
  case conflictDeclare = "conflict declare"
  case assignRun = "assign"
  case assignShow = "assign show"
  case assignExport = "assign export"
  case assignImport = "assign import"
  case assignMove = "assign move"
  case assignExtra = "assign extra"
  case assignRepair = "assign repair"
  case worklist = "worklist"
  case scoreEnter = "score enter"
  case scoreImport = "score import"
  case scoreSheet = "score sheet"
  case scoreList = "score list"
  case scoreProgress = "score progress"
  case scoreVoid = "score void"
  case scoreRestore = "score restore"
  case scoreReopen = "score reopen"
  case roundOpen = "round open"
  case roundClose = "round close"
  case roundAdvance = "round advance"
  case roundStatus = "round status"
  case rank = "rank"
  case prizes = "prizes"
  case prizesDecide = "prizes decide"
  case stats = "stats"
  case publish = "publish"
  case auditLog = "audit log"
  case auditVerify = "audit verify"
  case auditHead = "audit head"
  case auditCheckPublication = "audit check-publication"
  case accessInvite = "access invite"
  case accessRevoke = "access revoke"
  case accessUnlock = "access unlock"
  case backup = "backup"
  case restore = "restore"
  case mailList = "mail list"
  case mailSend = "mail send"
  case mailRetry = "mail retry"
  case submissionList = "submission list"
  case submissionEdit = "submission edit"
  case submissionSubmit = "submission submit"
  case submissionWithdraw = "submission withdraw"
  case entryRequest = "entry request"
  case entryIntake = "entry intake"
  case complaintAdd = "complaint add"
  case complaintFile = "complaint file"
  case complaintList = "complaint list"
  case complaintAccept = "complaint accept"
  case complaintReject = "complaint reject"
  case assignRemark = "assign remark"
  case complaintRemark = "complaint remark"
  case complaintDecide = "complaint decide"

  /// Who may: the role × use-case table, the only one.
  public var permission: Permission {
    switch self {
    case .contestShow, .rubricShow: .anyone
    case .entryAdd, .entryImport, .entryUpdate, .entryValidate, .entryReject, .entryWithdraw,
      .entryAttach, .entryDetach, .entryBlind, .staffAdd, .judgeAdd, .judgeImport, .judgeUpdate,
      .judgeRemove, .judgeReinstate,
      .conflictAdd,
      .conflictDismiss,
      .assignRun, .assignImport, .assignMove, .assignRepair, .assignExtra, .scoreVoid,
      .scoreRestore,
      .scoreReopen, .backup,
      .restore, .accessInvite, .accessRevoke, .accessUnlock, .mailSend, .mailRetry, .entryRequest,
      .complaintAdd, .complaintAccept, .complaintReject, .assignRemark:
      .secretariat
    case .contestUpdate, .entryList, .entryShow, .entryExport, .staffList, .judgeList,
      .conflictList,
      .assignExport, .scoreProgress, .roundStatus, .rank, .stats, .auditLog, .auditVerify,
      .auditHead,
      .auditCheckPublication, .mailList, .entryIntake, .complaintList:
      .staff
    case .submissionList, .submissionEdit, .submissionSubmit, .submissionWithdraw, .complaintFile:
      .entrant
    case .roundOpen, .roundClose, .roundAdvance, .prizes, .prizesDecide, .publish,
      .complaintDecide:
      .organiser
    case .scoreEnter, .scoreImport, .conflictDeclare, .complaintRemark: .judgeOrSecretariat
    case .assignShow, .worklist, .scoreSheet, .scoreList, .entryAttachments, .entryExtract:
      .judgeOrStaff
    }
  }
}
