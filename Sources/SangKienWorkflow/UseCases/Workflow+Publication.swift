import Foundation
import SangKienInterchange
import SangKienModel
import SangKienScoring
import SangKienStorage

/// What checking a published result found.
public struct PublicationCheck: Sendable {
  /// The publication the files name, as its audit record holds it.
  public var publication: PublicationRecord?
  /// Files whose SHA-256 is the one the publication recorded.
  public var matched: [String]
  /// Every difference found, in words.
  public var problems: [String]
  /// Audit records written after the publication.
  public var recordsSince: Int

  /// Whether the files are what was published, and the database still leads to them.
  public var isGenuine: Bool { publication != nil && problems.isEmpty }
}

extension Workflow {
  /// Checks published files (any of `ranking.html`, `ranking.csv`, `ranking.json`,
  /// `prizes.csv`) against the publication record they name: each file's SHA-256, the data
  /// against the audit log, and the ranking worked out again from the database against the
  /// one on paper.
  public func checkPublication(_ files: [PublishedFile], by person: Person)
    throws(WorkflowError) -> PublicationCheck
  {
    try authorize(.auditCheckPublication, person)
    guard let code = files.lazy.compactMap(Self.publicationCode).first else {
      throw .invalid([Problem(field: "file", message: WorkflowText.noPublicationCode)])
    }
    return try attempt {
      try database.snapshot {
        var check = PublicationCheck(publication: nil, matched: [], problems: [], recordsSince: 0)
        guard let record = try database.publication(id: code) else {
          check.problems.append(WorkflowText.noPublicationRecord(code))
          return check
        }
        check.publication = record
        check.recordsSince = Int(try database.nextAuditId() - 1 - code)
        for file in files {
          switch record.files[file.name] {
          case Fingerprint.sha256(file.bytes)?: check.matched.append(file.name)
          case nil: check.problems.append(WorkflowText.notPublished(file.name, code))
          case .some: check.problems.append(WorkflowText.fileChanged(file.name, code))
          }
        }
        let verification = try database.verifyAudit()
        check.problems +=
          (verification.integrityProblems + verification.chainProblems
          + verification.dataProblems).prefix(10)
        if let json = files.first(where: { $0.name == "ranking.json" }),
          let onPaper = Self.rankingLines(json.bytes)
        {
          let context = try RoundContext.load(database, round: record.round)
          let now = context.awarded(context.ranking()).ranking.entries
          let current = Dictionary(
            now.map { ($0.entry.code, Self.line($0)) }, uniquingKeysWith: { a, _ in a })
          var differences: [String] = []
          for code in Set(onPaper.keys).union(current.keys).sorted()
          where onPaper[code] != current[code] {
            differences.append(
              WorkflowText.rankingDiffers(
                code, paper: onPaper[code] ?? "–", now: current[code] ?? "–"))
          }
          check.problems += differences.prefix(20)
          if differences.count > 20 {
            check.problems.append(WorkflowText.moreDifferences(differences.count - 20))
          }
        }
        return check
      }
    }
  }

  /// The publication code a file carries: `"publication": "#N"` in the JSON, the
  /// `id="publication"` paragraph of the page.
  static func publicationCode(_ file: PublishedFile) -> Int64? {
    let text = String(decoding: file.bytes, as: UTF8.self)
    if file.name.hasSuffix(".json"), case .object(let m)? = JSONValue(parsing: text),
      case .string(let code)? = m["publication"]
    {
      return Int64(code.dropFirst())
    }
    guard let range = text.range(of: #"id="publication">#"#) else { return nil }
    return Int64(text[range.upperBound...].prefix { $0.isNumber })
  }

  /// Each entry's rank, score and prize as a ranking JSON gives them.
  static func rankingLines(_ bytes: [UInt8]) -> [String: String]? {
    guard case .object(let m)? = JSONValue(parsing: String(decoding: bytes, as: UTF8.self)),
      case .array(let entries)? = m["entries"]
    else { return nil }
    var lines: [String: String] = [:]
    for case .object(let e) in entries {
      guard case .string(let code)? = e["code"] else { continue }
      func text(_ key: String) -> String {
        switch e[key] {
        case .string(let s)?: s
        case .number(let n)?: Self.number(n)
        default: "–"
        }
      }
      lines[code] = "\(text("rank")) · \(text("score")) · \(text("prize"))"
    }
    return lines
  }

  /// A number as text, the same however it was written (`71`, `71.0`, `71.00`).
  static func number(_ text: String) -> String {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")).map { "\($0)" } ?? text
  }

  static func line(_ entry: RankedEntry) -> String {
    let score = entry.hundredths.map { Self.number(DecimalFormat.twoPlaces(hundredths: $0)) } ?? "–"
    return "\(entry.rank.map(String.init) ?? "–") · \(score) · \(entry.prize ?? "–")"
  }
}
