import SangKienModel

/// What an audit record says was done: the one list shared by the writers and by the
/// replay of `audit verify`, so a misspelt action cannot be written nor slip past the replay.
///
/// The raw values are what the log stores; they never change once shipped.
public enum AuditAction: String, Sendable, CaseIterable {
  /// The contest was created from its file.
  case contestInit = "contest.init"
  /// A member of staff was added.
  case staffAdd = "staff.add"
  /// Someone was refused something they may not do.
  case accessRefused = "access.refused"
  /// One entry was registered.
  case entryAdd = "entry.add"
  /// An entry was registered from a file.
  case entryImport = "entry.import"
  /// An entry's fields changed.
  case entryUpdate = "entry.update"
  /// An entry was admitted to judging.
  case entryValidate = "entry.validate"
  /// An entry was rejected.
  case entryReject = "entry.reject"
  /// An entry was withdrawn.
  case entryWithdraw = "entry.withdraw"
  /// A file was added to an entry's dossier (name, type, size, SHA-256; not the bytes).
  case entryAttach = "entry.attach"
  /// A file was taken out of an entry's dossier, with the reason.
  case entryDetach = "entry.detach"
  /// A judge joined the jury.
  case judgeAdd = "judge.add"
  /// A judge's name, unit, fields, role or post changed.
  case judgeUpdate = "judge.update"
  /// A judge was removed; their sheets stay.
  case judgeRemove = "judge.remove"
  /// A judge was removed with the sheets they had scored.
  case judgeRemoveWithScores = "judge.remove-with-scores"
  /// A conflict of interest was declared.
  case conflictAdd = "conflict.add"
  /// A detected conflict was dismissed.
  case conflictDismiss = "conflict.dismiss"
  /// A judge was assigned an entry.
  case assignAdd = "assign.add"
  /// An assignment moved to another judge.
  case assignMove = "assign.move"
  /// A round's unscored assignments were replaced by the solver's.
  case assignRun = "assign.run"
  /// A sheet was entered.
  case scoreEnter = "score.enter"
  /// A sheet was replaced.
  case scoreReplace = "score.replace"
  /// A sheet was set aside by the jury (voided), with the reason.
  case scoreVoid = "score.void"
  /// A voided sheet was restored.
  case scoreRestore = "score.restore"
  /// A round was opened.
  case roundOpen = "round.open"
  /// A round was closed.
  case roundClose = "round.close"
  /// A round's shortlist was written.
  case roundAdvance = "round.advance"
  /// The jury decided the places of a prize left to it by a tie.
  case prizesDecide = "prizes.decide"
  /// A round's results were published; the record holds every file's SHA-256.
  case publish = "publish"
  /// The database was restored from a backup.
  case databaseRestore = "database.restore"
  /// A one-time sign-in code was issued to a person.
  case accessInvite = "access.invite"
  /// A person's sign-in was revoked: code, password and sessions gone.
  case accessRevoke = "access.revoke"
  /// A person signed in to the web application (with the address).
  case accessSignIn = "access.sign-in"
  /// A sign-in failed (with the address).
  case accessSignInFailed = "access.sign-in-failed"
  /// Five failures in 15 minutes locked a login.
  case accessLocked = "access.locked"
  /// A person set their password.
  case accessPassword = "access.password"
  /// A person signed out.
  case accessSignOut = "access.sign-out"
  /// A submitted sheet of a round that locks them, reopened by the secretariat.
  case scoreReopen = "score.reopen"
  /// A file of an entry's dossier was shown to the judges (blind) or hidden from them.
  case entryBlind = "entry.blind"
  /// A judge's changes typed over a submitted sheet were discarded at the round's closing;
  /// the submitted sheet counts as it was.
  case scoreDiscard = "score.discard"
  /// A removed judge was put back on the jury; their kept sheets count again.
  case judgeReinstate = "judge.reinstate"
  /// The contest's definition and rubrics changed by `contest update`; the record holds the
  /// fingerprints before and after, the note the differences key by key.
  case contestUpdate = "contest.update"
  /// The secretariat lifted a login's slow-down after failed sign-ins.
  case accessUnlock = "access.unlock"
  /// A copy of the whole database was taken (`backup`, the jury page's download).
  case databaseBackup = "database.backup"
  /// A message was queued in the outbox (recipient, kind, subject, the bodies' SHA-256).
  case mailQueue = "mail.queue"
  /// A message given up on was put back in the queue by the secretariat.
  case mailRetry = "mail.retry"
  /// An entrant's account was opened (e-mail, name; never the password or the code).
  case entrantSignUp = "entrant.sign-up"
  /// An entrant's e-mail address was verified with the code sent to it.
  case entrantVerify = "entrant.verify"
  /// The secretariat asked an entrant for a supplement: the reason and the last day.
  case entryRequest = "entry.request"
  /// A complaint about an entry's published result was filed (its text, the day received,
  /// the publication it is about, the day it is due).
  case complaintAdd = "complaint.add"
  /// The secretariat accepted a complaint for re-marking.
  case complaintAccept = "complaint.accept"
  /// The secretariat rejected a complaint, with the reason.
  case complaintReject = "complaint.reject"
  /// A judge was given a complaint's entry to re-mark.
  case remarkAssign = "remark.assign"
  /// A re-marker was replaced (a conflict declared, removed from the jury), with the reason.
  case remarkRelease = "remark.release"
  /// A re-marker's sheet was submitted (the points and the comment).
  case remarkSubmit = "remark.submit"
  /// The organisers decided a complaint: upheld, or amended with the entry's new score.
  case complaintDecide = "complaint.decide"
  /// The secretariat marked an entry and a look-alike "not a duplicate", with the reason.
  case entryDistinct = "entry.distinct"
}

extension RoundPair {
  /// `{round, judge, entry}`, as assignment records carry it.
  var jsonValue: JSONValue {
    .object(["round": .string(round), "judge": .string(judge), "entry": .string(entry)])
  }
}
