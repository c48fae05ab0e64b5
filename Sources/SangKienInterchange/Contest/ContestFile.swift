import Foundation
import SangKienModel
import Yams

/// A contest definition with the rubrics its rounds use, as loaded from files.
public struct LoadedContest: Sendable {
  /// The contest.
  public var contest: Contest
  /// The rubrics, one per id, in the order rounds first use them.
  public var rubrics: [Rubric]
}

/// Reads and checks a contest file and the rubric files it names.
public enum ContestFile {
  static let topKeys = [
    "id", "name", "organiser", "description", "documents", "code_prefix", "deadline",
    "categories", "groups", "rounds", "prizes", "attachments", "web",
    "papers", "publish", "intake", "complaints",
  ]
  static let roundKeys = [
    "id", "name", "rubric", "judges_per_entry", "aggregation", "trim_min_judges",
    "disagreement", "tie_break", "advance", "lock_submitted", "resolution", "scoring_deadline",
    "remind_days",
  ]

  /// Loads the contest file at `path` and its rubrics (paths relative to the file).
  ///
  /// Every problem in the contest file and its rubrics is reported together.
  /// `carried`: the rubrics of the last edition (`contest new --from`): a round's `rubric:`
  /// that names no file but one of their ids takes that rubric.
  public static func load(path: String, carried: [Rubric] = []) throws(DiagnosticsError)
    -> LoadedContest
  {
    let reader = YAMLReader(file: path)
    guard let text = TextFile.read(path: path, displayName: path, into: reader),
      let root = reader.parse(text)
    else { throw DiagnosticsError(reader.collector.diagnostics) }
    let base = URL(fileURLWithPath: path).deletingLastPathComponent()
    var rubricProblems: [Diagnostic] = []
    let loaded = read(root, reader: reader) { rubricPath, node in
      let full =
        rubricPath.hasPrefix("/") ? rubricPath : base.appendingPathComponent(rubricPath).path
      let shown = rubricPath.hasPrefix("/") ? rubricPath : relative(path, rubricPath)
      guard FileManager.default.fileExists(atPath: full) else {
        if let kept = carried.first(where: { $0.id == rubricPath }) { return kept }
        let ids = carried.map(\.id).joined(separator: ", ")
        reader.error(
          at: node,
          Language.text(
            vi: "không tìm thấy tệp bộ tiêu chí '\(rubricPath)' (tìm ở \(shown))"
              + (carried.isEmpty ? "" : "; bộ tiêu chí của kỳ trước: \(ids)"),
            en: "rubric file '\(rubricPath)' not found (looked for \(shown))"
              + (carried.isEmpty ? "" : "; the last edition's rubrics: \(ids)")))
        return nil
      }
      do {
        return try RubricFile.load(path: full, displayName: shown)
      } catch let error as DiagnosticsError {
        rubricProblems += error.diagnostics
        return nil
      } catch {
        reader.error(at: node, String(describing: error))
        return nil
      }
    }
    let all = reader.collector.diagnostics + rubricProblems
    if reader.collector.hasErrors || !rubricProblems.isEmpty {
      throw DiagnosticsError(all, omitted: reader.collector.omitted)
    }
    guard let loaded else { throw DiagnosticsError(all) }
    return loaded
  }

  private static func relative(_ contestPath: String, _ rubricPath: String) -> String {
    let dir = (contestPath as NSString).deletingLastPathComponent
    let joined = dir.isEmpty ? rubricPath : dir + "/" + rubricPath
    return (joined as NSString).standardizingPath
  }

  static func read(
    _ root: Node, reader: YAMLReader, loadRubric: (String, Node) -> Rubric?
  ) -> LoadedContest? {
    guard
      let keys = reader.mapping(
        root, what: Language.text(vi: "tệp cuộc thi", en: "the contest file"), allowed: topKeys,
        required: ["id", "name", "organiser", "code_prefix", "deadline", "rounds"])
    else { return nil }
    let id = reader.identifier(keys["id"], "id")
    let name = reader.string(keys["name"], "name")
    let organiser = reader.string(keys["organiser"], "organiser")
    let documents = readDocuments(keys["documents"], reader: reader)
    let prefix = readPrefix(keys["code_prefix"], reader: reader)
    let deadline = reader.day(keys["deadline"], "deadline")
    let categories = readCategories(keys["categories"], reader: reader)
    let groups = readGroups(keys["groups"], reader: reader)

    var rubrics: [Rubric] = []
    var rubricByPath: [String: Rubric] = [:]
    var rounds: [Round] = []
    var roundsOK = true
    var roundIds: Set<String> = []
    var declaredRoundIds: [String] = []
    for item in reader.sequence(keys["rounds"], "rounds") ?? [] {
      if let id = item.mapping?["id"]?.scalar?.string { declaredRoundIds.append(id) }
      let round = readRound(item, reader: reader) { path, node in
        if let known = rubricByPath[path] { return known }
        guard let rubric = loadRubric(path, node) else { return nil }
        if let clash = rubrics.first(where: { $0.id == rubric.id }), clash != rubric {
          reader.error(
            at: node,
            Language.text(
              vi: "hai tệp bộ tiêu chí khác nhau cùng mã '\(rubric.id)'",
              en: "two different rubric files share the id '\(rubric.id)'"))
          return nil
        }
        if !rubrics.contains(where: { $0.id == rubric.id }) { rubrics.append(rubric) }
        rubricByPath[path] = rubric
        return rubric
      }
      if let round {
        if roundIds.insert(round.id).inserted {
          rounds.append(round)
        } else {
          reader.error(
            at: item,
            Language.text(vi: "vòng '\(round.id)' bị trùng", en: "duplicate round '\(round.id)'"))
          roundsOK = false
        }
      } else {
        roundsOK = false
      }
    }
    if keys["rounds"] != nil, rounds.isEmpty, roundsOK {
      reader.error(
        at: keys["rounds"],
        Language.text(vi: "cần ít nhất một vòng thi", en: "at least one round is needed"))
    }
    let prizes = readPrizes(
      keys["prizes"], reader: reader, rounds: rounds, declaredRounds: declaredRoundIds,
      groups: groups ?? [], rubrics: rubrics)

    let attachments = readAttachments(keys["attachments"], reader: reader)
    let sessions = readSessions(keys["web"], reader: reader)
    let papers = readPapers(
      keys["papers"], reader: reader, organiser: organiser ?? "", prizes: prizes?.value)
    let publishing = readPublishing(keys["publish"], reader: reader)
    let intake = readIntake(keys["intake"], reader: reader, deadline: deadline)
    let complaints = readComplaints(keys["complaints"], reader: reader)

    guard let id, let name, let organiser, let documents, let prefix, let deadline,
      let categories, let groups, roundsOK, let prizes, let attachments, let sessions,
      let papers, let publishing, let intake, let complaints
    else { return nil }
    var contest = Contest(
      id: id, name: name, organiser: organiser, documents: documents, codePrefix: prefix,
      deadline: deadline, categories: categories, groups: groups, rounds: rounds,
      prizes: prizes.value, attachments: attachments, sessions: sessions, papers: papers)
    contest.publishing = publishing
    contest.intake = intake
    contest.complaints = complaints
    return LoadedContest(contest: contest, rubrics: rubrics)
  }

  static let paperKeys = [
    "parent_body", "issuer", "symbol", "place", "chair_title", "secretary_title",
    "signer_title", "amounts", "currency", "paid_by", "carried_out_by",
  ]

  /// `papers: {issuer: …, symbol: BTC, place: Hà Nội, amounts: {Giải Nhất: 10000000}, …}`:
  /// what the jury's papers say of who issues and signs them, and the prize money. Every
  /// key may be left out; `amounts` names only prizes the contest gives.
  private static func readPapers(
    _ node: Node?, reader: YAMLReader, organiser: String, prizes: PrizeRules?
  ) -> PaperSettings?? {
    guard let node else { return .some(nil) }
    guard let keys = reader.mapping(node, what: "papers", allowed: paperKeys) else { return nil }
    var ok = true
    func text(_ key: String) -> String? {
      guard let value = keys[key] else { return nil }
      guard let read = reader.string(value, key) else {
        ok = false
        return nil
      }
      return read
    }
    let standard = PaperSettings.standard(organiser: organiser)
    var amounts: [String: Int64] = [:]
    if let node = keys["amounts"] {
      if let mapping = node.mapping {
        // The contest's prize names in the order its groups list them (Nhất, Nhì, Ba, …).
        var order: [String] = []
        for group in (prizes?.groups ?? [:]).keys.sorted() {
          for prize in prizes?.groups[group] ?? [] where !order.contains(prize.name) {
            order.append(prize.name)
          }
        }
        let names = Set(order)
        for (nameNode, valueNode) in mapping {
          guard let name = reader.string(nameNode, "amounts") else {
            ok = false
            continue
          }
          if !names.contains(name) {
            reader.error(
              at: nameNode,
              Language.text(
                vi:
                  "'\(name)' không phải tên một giải của cuộc thi (\(order.joined(separator: ", ")))",
                en:
                  "'\(name)' names no prize of the contest (\(order.joined(separator: ", ")))"
              ))
            ok = false
            continue
          }
          guard let amount = reader.int(valueNode, "amounts.\(name)", min: 0) else {
            ok = false
            continue
          }
          amounts[name] = Int64(amount)
        }
      } else {
        reader.error(
          at: node,
          Language.text(
            vi: "'amounts' phải là bảng tên giải: số tiền",
            en: "'amounts' must map prize names to amounts"))
        ok = false
      }
    }
    let settings = PaperSettings(
      parentBody: text("parent_body") ?? standard.parentBody,
      issuer: text("issuer") ?? standard.issuer, symbol: text("symbol") ?? standard.symbol,
      place: text("place") ?? standard.place,
      chairTitle: text("chair_title") ?? standard.chairTitle,
      secretaryTitle: text("secretary_title") ?? standard.secretaryTitle,
      signerTitle: text("signer_title") ?? standard.signerTitle, amounts: amounts,
      currency: text("currency") ?? standard.currency,
      paidBy: text("paid_by") ?? standard.paidBy,
      carriedOutBy: text("carried_out_by") ?? standard.carriedOutBy)
    return ok ? .some(settings) : nil
  }

  /// `web: {idle_minutes: 30, max_hours: 12}` (the web application's sessions); either key
  /// may be left out. The outer optional is nil when the key is wrong, the inner when it is
  /// absent.
  /// `publish: {judge_statistics: internal|public}`: whether the published report shows each
  /// named judge's totals. The outer optional is nil when the key is wrong.
  private static func readPublishing(_ node: Node?, reader: YAMLReader) -> PublishSettings?? {
    guard let node else { return .some(nil) }
    guard let keys = reader.mapping(node, what: "publish", allowed: ["judge_statistics"])
    else { return nil }
    guard let value = keys["judge_statistics"] else { return .some(PublishSettings()) }
    guard let text = reader.string(value, "judge_statistics") else { return nil }
    guard let choice = PublishSettings.JudgeStatistics(rawValue: text) else {
      reader.error(
        at: value,
        Language.text(
          vi:
            "judge_statistics là 'internal' (chỉ Tổ thư ký, Ban tổ chức xem) hoặc 'public' (công bố), không phải '\(text)'",
          en: "judge_statistics is 'internal' or 'public', not '\(text)'"))
      return nil
    }
    return .some(PublishSettings(judgeStatistics: choice))
  }

  /// `intake: {online: true, opens: DATE, closes: DATETIME, max_drafts: 5, declaration: …,
  /// contact: …}`: entries submitted online. `closes` is required and may not fall after the
  /// contest's `deadline` (a submission then would be late); `opens` before `closes`. The
  /// outer optional is nil when the key is wrong.
  private static func readIntake(_ node: Node?, reader: YAMLReader, deadline: Day?)
    -> IntakeSettings??
  {
    guard let node else { return .some(nil) }
    guard
      let keys = reader.mapping(
        node, what: "intake",
        allowed: ["online", "opens", "closes", "max_drafts", "declaration", "contact"])
    else { return nil }
    var ok = true
    let online = keys["online"].map { reader.bool($0, "online") } ?? true
    if online == nil { ok = false }
    var opens: Day?
    if let value = keys["opens"] {
      if let text = reader.string(value, "opens") {
        opens = Day(parsing: text)
        if opens == nil {
          reader.error(
            at: value,
            Language.text(
              vi: "opens '\(text)' không phải một ngày: dạng '2025-03-01' hoặc '01/03/2025'",
              en: "opens '\(text)' is not a day: write '2025-03-01' or '01/03/2025'"))
          ok = false
        }
      } else {
        ok = false
      }
    }
    var closes: LocalMoment?
    if let value = keys["closes"] {
      if let text = reader.string(value, "closes") {
        closes = LocalMoment(parsing: text)
        if closes == nil {
          reader.error(
            at: value,
            Language.text(
              vi:
                "closes '\(text)' không đọc được: dạng '2025-06-30 17:00' hoặc '30/06/2025 17:00'",
              en: "closes '\(text)' cannot be read: write '2025-06-30 17:00' or '30/06/2025 17:00'")
          )
          ok = false
        }
      } else {
        ok = false
      }
    } else {
      reader.error(
        at: node,
        Language.text(
          vi: "intake cần 'closes': hạn cuối nhận hồ sơ trực tuyến (dạng '2025-06-30 17:00')",
          en: "intake needs 'closes': the last moment online entries are taken ('2025-06-30 17:00')"
        ))
      ok = false
    }
    let drafts = keys["max_drafts"].map { reader.int($0, "max_drafts", min: 1) } ?? 5
    if drafts == nil { ok = false }
    if let drafts, drafts > 50 {
      reader.error(
        at: keys["max_drafts"],
        Language.text(vi: "'max_drafts' tối đa 50", en: "'max_drafts' must be at most 50"))
      ok = false
    }
    let declaration =
      keys["declaration"].map { reader.string($0, "declaration") }
      ?? IntakeSettings.standardDeclaration
    if declaration == nil { ok = false }
    let contact = keys["contact"].map { reader.string($0, "contact", allowEmpty: true) } ?? ""
    if contact == nil { ok = false }
    if let opens, let closes, opens > closes.day {
      reader.error(
        at: keys["opens"],
        Language.text(
          vi: "opens (\(opens.vietnamese)) sau closes (\(closes.shown))",
          en: "opens (\(opens.iso)) is after closes (\(closes.shown))"))
      ok = false
    }
    if let closes, let deadline, closes.day > deadline {
      reader.error(
        at: keys["closes"],
        Language.text(
          vi:
            "closes (\(closes.shown)) sau hạn nhận hồ sơ 'deadline' (\(deadline.vietnamese)): hồ sơ nộp khi đó sẽ bị coi là nộp muộn",
          en:
            "closes (\(closes.shown)) is after the contest's deadline (\(deadline.iso)): entries submitted then would be late"
        ))
      ok = false
    }
    guard ok, let online, let closes, let drafts, let declaration, let contact else { return nil }
    return .some(
      IntakeSettings(
        online: online, opens: opens, closes: closes, maxDrafts: drafts,
        declaration: VietnameseText.clean(declaration), contact: VietnameseText.clean(contact)))
  }

  /// `complaints: {days: 10, answer_days: 30, remarking_judges: 2, method: mean-remarks |
  /// mean-all}`; every key may be left out (the defaults of `ComplaintSettings`). The outer
  /// optional is nil when the key is wrong.
  private static func readComplaints(_ node: Node?, reader: YAMLReader) -> ComplaintSettings?? {
    guard let node else { return .some(nil) }
    guard
      let keys = reader.mapping(
        node, what: "complaints", allowed: ["days", "answer_days", "remarking_judges", "method"])
    else { return nil }
    let standard = ComplaintSettings()
    let days = keys["days"].map { reader.int($0, "days", min: 1) } ?? standard.days
    let answer =
      keys["answer_days"].map { reader.int($0, "answer_days", min: 1) } ?? standard.answerDays
    let remarkers =
      keys["remarking_judges"].map { reader.int($0, "remarking_judges", min: 1) }
      ?? standard.remarkingJudges
    var method: ComplaintMethod? = standard.method
    if let value = keys["method"] {
      let text = reader.string(value, "method")
      method = text.flatMap(ComplaintMethod.init(rawValue:))
      if let text, method == nil {
        reader.error(
          at: value,
          Language.text(
            vi:
              "method của khiếu nại là 'mean-remarks' (trung bình điểm phúc khảo) hoặc 'mean-all' (trung bình mọi phiếu), không phải '\(text)'",
            en: "the complaints' method is 'mean-remarks' or 'mean-all', not '\(text)'"))
      }
    }
    for (key, value) in [("days", days), ("answer_days", answer)] where (value ?? 0) > 365 {
      reader.error(
        at: keys[key], Language.text(vi: "'\(key)' tối đa 365", en: "'\(key)' must be at most 365"))
      return nil
    }
    guard let days, let answer, let remarkers, let method else { return nil }
    if remarkers > 10 {
      reader.error(
        at: keys["remarking_judges"],
        Language.text(
          vi: "'remarking_judges' tối đa 10", en: "'remarking_judges' must be at most 10"))
      return nil
    }
    return .some(
      ComplaintSettings(days: days, answerDays: answer, remarkingJudges: remarkers, method: method))
  }

  private static func readSessions(_ node: Node?, reader: YAMLReader) -> SessionLimits?? {
    guard let node else { return .some(nil) }
    guard let keys = reader.mapping(node, what: "web", allowed: ["idle_minutes", "max_hours"])
    else { return nil }
    let idle = keys["idle_minutes"].map { reader.int($0, "idle_minutes", min: 1) }
    let longest = keys["max_hours"].map { reader.int($0, "max_hours", min: 1) }
    if idle == .some(nil) || longest == .some(nil) { return nil }
    let limits = SessionLimits(
      idleMinutes: (idle ?? nil) ?? SessionLimits.standard.idleMinutes,
      maxHours: (longest ?? nil) ?? SessionLimits.standard.maxHours)
    if limits.idleMinutes > limits.maxHours * 60 {
      reader.error(
        at: keys["idle_minutes"] ?? node,
        Language.text(
          vi: "'idle_minutes' dài hơn 'max_hours': phiên hết hạn trước khi kịp rảnh lâu như vậy",
          en:
            "'idle_minutes' is longer than 'max_hours': a session ends before it could be idle that long"
        ))
      return nil
    }
    return .some(limits)
  }

  /// `attachments: {max_file_mb: 25, max_entry_mb: 100}`; either key may be left out.
  /// The outer optional is nil when the key is wrong, the inner when it is absent.
  private static func readAttachments(_ node: Node?, reader: YAMLReader) -> AttachmentLimits?? {
    guard let node else { return .some(nil) }
    guard
      let keys = reader.mapping(
        node, what: "attachments", allowed: ["max_file_mb", "max_entry_mb"])
    else { return nil }
    let standard = AttachmentLimits.standard
    let file = keys["max_file_mb"].map { reader.int($0, "max_file_mb", min: 1) }
    let entry = keys["max_entry_mb"].map { reader.int($0, "max_entry_mb", min: 1) }
    if file == .some(nil) || entry == .some(nil) { return nil }
    let limits = AttachmentLimits(
      maxFileMB: (file ?? nil) ?? standard.maxFileMB,
      maxEntryMB: (entry ?? nil) ?? standard.maxEntryMB)
    if limits.maxFileMB > 1024 {
      reader.error(
        at: keys["max_file_mb"],
        Language.text(
          vi: "'max_file_mb' tối đa 1024 (1 GB)", en: "'max_file_mb' must be at most 1024 (1 GB)"))
      return nil
    }
    if limits.maxEntryMB < limits.maxFileMB {
      reader.error(
        at: keys["max_entry_mb"] ?? node,
        Language.text(
          vi:
            "'max_entry_mb' (\(limits.maxEntryMB)) nhỏ hơn 'max_file_mb' (\(limits.maxFileMB)): một tệp lớn nhất đã vượt giới hạn cả hồ sơ",
          en:
            "'max_entry_mb' (\(limits.maxEntryMB)) is below 'max_file_mb' (\(limits.maxFileMB)): one file of the largest size would pass the dossier's limit"
        ))
      return nil
    }
    return .some(limits)
  }

  private static func readDocuments(_ node: Node?, reader: YAMLReader) -> [ContestDocument]? {
    guard let node else { return [] }
    guard let items = reader.sequence(node, "documents") else { return nil }
    var documents: [ContestDocument] = []
    var ok = true
    for item in items {
      guard
        let keys = reader.mapping(
          item, what: Language.text(vi: "văn bản", en: "a document"),
          allowed: ["ref", "date", "title"], required: ["ref", "date", "title"]),
        let ref = reader.string(keys["ref"], "ref"),
        let date = reader.day(keys["date"], "date"),
        let title = reader.string(keys["title"], "title")
      else {
        ok = false
        continue
      }
      documents.append(ContestDocument(ref: ref, date: date, title: title))
    }
    return ok ? documents : nil
  }

  private static func readPrefix(_ node: Node?, reader: YAMLReader) -> String? {
    guard let text = reader.string(node, "code_prefix") else { return nil }
    guard (1...10).contains(text.count),
      text.unicodeScalars.allSatisfy({
        $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)
      })
    else {
      reader.error(
        at: node,
        Language.text(
          vi: "code_prefix '\(text)' chỉ gồm 1 đến 10 chữ Latin không dấu hoặc chữ số",
          en: "code_prefix '\(text)' must be 1 to 10 ASCII letters or digits"))
      return nil
    }
    return text
  }

  private static func readCategories(_ node: Node?, reader: YAMLReader) -> [EntryCategory]? {
    guard let node else { return EntryCategory.allCases }
    guard let items = reader.sequence(node, "categories") else { return nil }
    var result: [EntryCategory] = []
    for item in items {
      guard let text = reader.string(item, "categories") else { return nil }
      guard let category = EntryCategory(parsing: text) else {
        reader.error(
          at: item,
          Language.text(
            vi: "loại '\(text)' không có; dùng idea, solution hoặc model",
            en: "unknown category '\(text)'; use idea, solution or model"))
        return nil
      }
      result.append(category)
    }
    return result
  }

  private static func readGroups(_ node: Node?, reader: YAMLReader) -> [EntrantGroup]? {
    guard let node else {
      return [EntrantGroup(name: "all", kinds: EntrantKind.allCases)]
    }
    guard let mapping = node.mapping else {
      reader.error(
        at: node, Language.text(vi: "'groups' phải là một bảng", en: "'groups' must be a mapping"))
      return nil
    }
    var groups: [EntrantGroup] = []
    var owner: [EntrantKind: String] = [:]
    var ok = true
    for (keyNode, value) in mapping {
      guard let name = reader.identifier(keyNode, "groups"),
        let items = reader.sequence(value, name)
      else {
        ok = false
        continue
      }
      var kinds: [EntrantKind] = []
      for item in items {
        guard let text = reader.string(item, name) else {
          ok = false
          continue
        }
        guard let kind = EntrantKind(parsing: text) else {
          reader.error(
            at: item,
            Language.text(
              vi:
                "đối tượng '\(text)' không có; dùng individual, collective, organisation, business hoặc agency",
              en:
                "unknown entrant kind '\(text)'; use individual, collective, organisation, business or agency"
            ))
          ok = false
          continue
        }
        if let other = owner[kind] {
          reader.error(
            at: item,
            Language.text(
              vi: "'\(kind.rawValue)' đã thuộc nhóm '\(other)'",
              en: "'\(kind.rawValue)' is already in group '\(other)'"))
          ok = false
          continue
        }
        owner[kind] = name
        kinds.append(kind)
      }
      groups.append(EntrantGroup(name: name, kinds: kinds))
    }
    return ok ? groups : nil
  }

  private static func readRound(
    _ node: Node, reader: YAMLReader, rubric load: (String, Node) -> Rubric?
  ) -> Round? {
    guard
      let keys = reader.mapping(
        node, what: Language.text(vi: "vòng thi", en: "a round"), allowed: roundKeys,
        required: ["id", "name", "rubric", "judges_per_entry"])
    else { return nil }
    let id = reader.identifier(keys["id"], "id")
    let name = reader.string(keys["name"], "name")
    var rubric: Rubric? = nil
    if let rubricNode = keys["rubric"], let path = reader.string(rubricNode, "rubric") {
      rubric = load(path, rubricNode)
    }
    var perEntry: JudgesPerEntry? = nil
    if let perNode = keys["judges_per_entry"] {
      if perNode.scalar?.string == "all" {
        perEntry = .all
      } else if let count = reader.int(perNode, "judges_per_entry", min: 1) {
        perEntry = .count(count)
      }
    }
    var aggregation: Aggregation? = .mean
    if let aggNode = keys["aggregation"], let text = reader.string(aggNode, "aggregation") {
      aggregation = Aggregation(rawValue: text)
      if aggregation == nil {
        reader.error(
          at: aggNode,
          Language.text(
            vi: "cách tổng hợp '\(text)' không có; dùng mean, trimmed, median hoặc zscore",
            en: "unknown aggregation '\(text)'; use mean, trimmed, median or zscore"))
      }
    }
    let trim = keys["trim_min_judges"].map { reader.int($0, "trim_min_judges", min: 3) } ?? 5
    let spread = keys["disagreement"].map { reader.decimal($0, "disagreement") } ?? 20
    var tieBreak: [String] = []
    var tieOK = true
    if let tieNode = keys["tie_break"] {
      for item in reader.sequence(tieNode, "tie_break") ?? [] {
        guard let criterion = reader.string(item, "tie_break") else {
          tieOK = false
          continue
        }
        if let rubric, rubric.criterion(criterion) == nil {
          reader.error(
            at: item,
            Language.text(
              vi: "tie_break '\(criterion)' không phải tiêu chí của bộ '\(rubric.id)'",
              en: "tie_break '\(criterion)' names no criterion of rubric '\(rubric.id)'"))
          tieOK = false
        }
        tieBreak.append(criterion)
      }
    }
    let advance = readAdvance(keys["advance"], reader: reader)
    let lock = keys["lock_submitted"].map { reader.bool($0, "lock_submitted") } ?? false
    let resolution = readResolution(keys["resolution"], perEntry: perEntry, reader: reader)
    var deadlineOK = true
    var deadline: LocalMoment?
    if let node = keys["scoring_deadline"], let text = reader.string(node, "scoring_deadline") {
      deadline = LocalMoment(parsing: text)
      if deadline == nil {
        reader.error(
          at: node,
          Language.text(
            vi:
              "scoring_deadline '\(text)' không đọc được: dạng '2019-12-20 17:00' hoặc '20/12/2019 17:00'",
            en:
              "scoring_deadline '\(text)' cannot be read: write '2019-12-20 17:00' or '20/12/2019 17:00'"
          ))
        deadlineOK = false
      }
    } else if keys["scoring_deadline"] != nil {
      deadlineOK = false
    }
    var remind = [3, 1]
    if let node = keys["remind_days"] {
      let items = reader.sequence(node, "remind_days") ?? []
      let days = items.compactMap { reader.int($0, "remind_days", min: 1) }
      if days.count != items.count || items.isEmpty { deadlineOK = false } else { remind = days }
    }
    guard let id, let name, let rubric, let perEntry, let aggregation, let trim, let spread,
      tieOK, let advance, let lock, let resolution, deadlineOK
    else { return nil }
    var round = Round(
      id: id, name: name, rubricId: rubric.id, judgesPerEntry: perEntry, aggregation: aggregation,
      trimMinJudges: trim, disagreement: spread, tieBreak: tieBreak, advance: advance.value,
      lockSubmitted: lock, resolution: resolution.value)
    round.scoringDeadline = deadline
    round.remindDays = Array(Set(remind)).sorted(by: >)
    return round
  }

  /// `resolution: {extra_judges: 1, method: mean-all | mean-closest-two}`: only where
  /// entries have a number of judges (a round every judge scores has none left to add).
  private static func readResolution(
    _ node: Node?, perEntry: JudgesPerEntry?, reader: YAMLReader
  ) -> Present<Resolution>? {
    guard let node else { return Present(value: nil) }
    guard
      let keys = reader.mapping(
        node, what: "resolution", allowed: ["extra_judges", "method"], required: ["method"])
    else { return nil }
    let extra = keys["extra_judges"].map { reader.int($0, "extra_judges", min: 1) } ?? 1
    var method: ResolutionMethod? = nil
    if let methodNode = keys["method"], let text = reader.string(methodNode, "method") {
      method = ResolutionMethod(rawValue: text)
      if method == nil {
        reader.error(
          at: methodNode,
          Language.text(
            vi: "cách xử lý '\(text)' không có; dùng mean-all hoặc mean-closest-two",
            en: "unknown method '\(text)'; use mean-all or mean-closest-two"))
      }
    }
    if perEntry == .all {
      reader.error(
        at: node,
        Language.text(
          vi:
            "resolution cần judges_per_entry là một số: vòng mọi giám khảo đều chấm thì không còn ai để chấm thêm",
          en:
            "resolution needs judges_per_entry as a number: in a round every judge scores there is nobody left to add"
        ))
      return nil
    }
    guard let extra, let method else { return nil }
    return Present(value: Resolution(extraJudges: extra, method: method))
  }

  /// Wraps an optional result so that "absent" and "invalid" differ.
  struct Present<T> {
    var value: T?
  }

  private static func readAdvance(_ node: Node?, reader: YAMLReader) -> Present<Advancement>? {
    guard let node else { return Present(value: nil) }
    guard
      let keys = reader.mapping(
        node, what: "advance", allowed: ["top", "min_score", "per_category"])
    else { return nil }
    let top = keys["top"].map { reader.int($0, "top", min: 1) }
    let minScore = keys["min_score"].map { reader.decimal($0, "min_score") }
    let perCategory = keys["per_category"].map { reader.bool($0, "per_category") }
    if top == .some(nil) || minScore == .some(nil) || perCategory == .some(nil) { return nil }
    if top == nil && minScore == nil {
      reader.error(
        at: node,
        Language.text(
          vi: "'advance' cần 'top' hoặc 'min_score'", en: "'advance' needs 'top' or 'min_score'"))
      return nil
    }
    return Present(
      value: Advancement(
        top: top ?? nil, minScore: minScore ?? nil, perCategory: (perCategory ?? nil) ?? false))
  }

  private static func readPrizes(
    _ node: Node?, reader: YAMLReader, rounds: [Round], declaredRounds: [String],
    groups: [EntrantGroup], rubrics: [Rubric]
  ) -> Present<PrizeRules>? {
    guard let node else { return Present(value: nil) }
    guard
      let keys = reader.mapping(
        node, what: "prizes", allowed: ["round", "roll_down", "groups"],
        required: ["round", "groups"])
    else { return nil }
    var ok = true
    let roundId = reader.identifier(keys["round"], "round")
    let round = roundId.flatMap { id in rounds.first { $0.id == id } }
    if let roundId, !declaredRounds.contains(roundId) {
      reader.error(
        at: keys["round"],
        Language.text(
          vi: "prizes.round '\(roundId)' không phải vòng nào của cuộc thi",
          en: "prizes.round '\(roundId)' names no round of the contest"))
      ok = false
    }
    let total = round.flatMap { r in rubrics.first { $0.id == r.rubricId } }?.total
    let rollDown = keys["roll_down"].map { reader.bool($0, "roll_down") } ?? false
    var byGroup: [String: [Prize]] = [:]
    if let groupsNode = keys["groups"] {
      if let mapping = groupsNode.mapping {
        for (keyNode, value) in mapping {
          guard let group = reader.identifier(keyNode, "groups") else {
            ok = false
            continue
          }
          if !groups.contains(where: { $0.name == group }) {
            reader.error(
              at: keyNode,
              Language.text(
                vi: "nhóm giải '\(group)' không có trong 'groups'",
                en: "prize group '\(group)' is not one of 'groups'"))
            ok = false
          }
          var prizes: [Prize] = []
          for item in reader.sequence(value, group) ?? [] {
            guard
              let prizeKeys = reader.mapping(
                item, what: Language.text(vi: "giải", en: "a prize"),
                allowed: ["name", "count", "min_score"], required: ["name", "count"]),
              let name = reader.string(prizeKeys["name"], "name"),
              let count = reader.int(prizeKeys["count"], "count", min: 1)
            else {
              ok = false
              continue
            }
            let minScore = prizeKeys["min_score"].map { reader.decimal($0, "min_score") } ?? 0
            guard let minScore else {
              ok = false
              continue
            }
            if let total, minScore > total {
              reader.error(
                at: prizeKeys["min_score"],
                Language.text(
                  vi:
                    "min_score \(RubricFile.fmt(minScore)) của '\(name)' vượt tổng điểm \(RubricFile.fmt(total))",
                  en:
                    "min_score \(RubricFile.fmt(minScore)) of '\(name)' is above the rubric's \(RubricFile.fmt(total)) points"
                ))
              ok = false
            }
            prizes.append(Prize(name: name, count: count, minScore: minScore))
          }
          byGroup[group] = prizes
        }
      } else {
        reader.error(
          at: groupsNode,
          Language.text(
            vi: "'prizes.groups' phải là một bảng", en: "'prizes.groups' must be a mapping"))
        ok = false
      }
    }
    guard ok, let roundId, let rollDown else { return nil }
    return Present(value: PrizeRules(round: roundId, rollDown: rollDown, groups: byGroup))
  }
}
