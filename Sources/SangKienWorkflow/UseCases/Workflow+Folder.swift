import Foundation
import SangKienModel
internal import SangKienStorage

/// A contest database of a folder (`serve --contests DIR`, `entry similar --contests DIR`),
/// as read without writing to it.
public struct FolderContest: Sendable, Hashable {
  /// The file.
  public var path: String
  /// The contest's id: its address under `/c/{id}`.
  public var id: String
  /// Its name, for the folder's home page.
  public var name: String
  /// Its organiser, for the folder's home page.
  public var organiser: String
  /// Its online intake, if any.
  public var intake: IntakeSettings?
  /// When the file (or its write-ahead log) last changed, as read.
  public var changed: Date

  /// Where its online intake stands at `now`.
  public func phase(at now: Date) -> IntakePhase { intake?.phase(at: now) ?? .offline }
}

/// A file of a folder that is not served, and why.
public struct FolderSkip: Sendable, Hashable {
  /// The file's name in the folder.
  public var file: String
  /// Why it is left out.
  public var reason: String
}

extension Workflow {
  /// The contest databases (`*.sqlite`) of `folder`, by name: their paths. Refused when the
  /// folder does not exist (field `contests`).
  public static func contestFiles(in folder: String) throws(WorkflowError) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      throw .invalid([Problem(field: "contests", message: WorkflowText.noContestsFolder(folder))])
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw .invalid([Problem(field: "contests", message: "\(folder): \(error)")])
    }
    return names.filter { $0.hasSuffix(".sqlite") }.sorted().map {
      URL(fileURLWithPath: folder).appendingPathComponent($0).standardizedFileURL.path
    }
  }

  /// When the database at `path` (or its write-ahead log) last changed.
  public static func lastChange(of path: String) -> Date {
    [path, path + "-wal"].compactMap {
      (try? FileManager.default.attributesOfItem(atPath: $0))?[.modificationDate] as? Date
    }.max() ?? .distantPast
  }

  /// The contest in the database at `path`, read without writing (nothing is migrated).
  public static func folderContest(at path: String) throws(WorkflowError) -> FolderContest {
    let database: ContestDatabase
    do {
      database = try ContestDatabase.open(path: path, readOnly: true)
    } catch {
      throw WorkflowError(storage: error)
    }
    return try Workflow(database: database).folderContest()
  }

  /// This workflow's contest as a folder lists it, read through its own connections: for a
  /// file this process has open, never `folderContest(at:)`, whose reading of the file's
  /// header with a descriptor of its own would, on closing it, drop the locks SQLite holds on
  /// the file for this process (POSIX locks belong to the process, not the descriptor).
  public func folderContest() throws(WorkflowError) -> FolderContest {
    let contest = try attempt { try database.contest() }
    return FolderContest(
      path: URL(fileURLWithPath: database.path).standardizedFileURL.path, id: contest.id,
      name: contest.name, organiser: contest.organiser, intake: contest.intake,
      changed: Self.lastChange(of: database.path))
  }

  /// Whether the contest file at `path` has mail due at `now`, read through one read-only
  /// SQLite connection (see `ContestDatabase.hasMailDue`); true when it cannot be read, so
  /// that the contest is opened and the reason logged there.
  public static func hasMailDue(at path: String, now: Date) -> Bool {
    (try? ContestDatabase.hasMailDue(path: path, now: AuditContext.format(now))) ?? true
  }

  /// Every contest of `folder`, by id, and the files left out with why (not a contest
  /// database, unreadable). Two files holding one contest are refused, both named: which
  /// one `/c/{id}` serves must not depend on the order of a directory listing.
  public static func folderContests(in folder: String) throws(WorkflowError)
    -> (contests: [FolderContest], skipped: [FolderSkip])
  {
    var contests: [String: FolderContest] = [:]
    var skipped: [FolderSkip] = []
    for path in try contestFiles(in: folder) {
      let file = (path as NSString).lastPathComponent
      let contest: FolderContest
      do {
        contest = try folderContest(at: path)
      } catch {
        skipped.append(FolderSkip(file: file, reason: error.description))
        continue
      }
      if let first = contests[contest.id] {
        throw .invalid([
          Problem(
            field: "contests",
            message: WorkflowText.sameContestTwice(
              contest.id, (first.path as NSString).lastPathComponent, file))
        ])
      }
      contests[contest.id] = contest
    }
    return (contests.values.sorted { $0.id < $1.id }, skipped)
  }
}

extension Workflow {
  /// The address of this contest's pages, for the links in mail: `site` (the site's root),
  /// and `site/c/{contest-id}` when this file lies in `servedFolder`, the folder
  /// `serve --contests` serves (a command run on one contest of it: `$SANGKIEN_CONTESTS`).
  public func siteAddress(_ site: String?, servedFolder: String?) -> String? {
    guard let site, let servedFolder,
      let id = try? database.contest().id
    else { return site }
    let folder = URL(fileURLWithPath: database.path).standardizedFileURL
      .deletingLastPathComponent().path
    guard folder == URL(fileURLWithPath: servedFolder).standardizedFileURL.path else {
      return site
    }
    return (site.hasSuffix("/") ? String(site.dropLast()) : site) + "/c/" + id
  }
}

extension WorkflowText {
  static func sameContestTwice(_ id: String, _ first: String, _ second: String) -> String {
    Language.text(
      vi:
        "\(first) và \(second) cùng là cuộc thi '\(id)': mỗi cuộc thi một tệp trong thư mục (chuyển bản sao ra chỗ khác)",
      en:
        "\(first) and \(second) both hold contest '\(id)': one file per contest in the folder (move the copy elsewhere)"
    )
  }
}
