import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit
import NIOCore
import SangKienInterchange
import SangKienModel
import SangKienWorkflow
import ZIPFoundation

/// Uploads waiting for their confirmation: kept in memory (a restart asks for the file
/// again), for the person who sent them, for 30 minutes at most.
final class UploadStore: @unchecked Sendable {
  struct Staged {
    var login: String
    var kind: UploadKind
    var round: String?
    var name: String
    var bytes: [UInt8]
    var at: Date
    var options = UploadOptions()
  }
  private let lock = NSLock()
  private var staged: [String: Staged] = [:]
  private var parsing = 0
  static let lifetime: TimeInterval = 30 * 60
  static let most = 20
  /// Files read at once: a workbook's parts are unpacked in memory while it is read, so two
  /// at a time bound what uploads can take; a third is asked to come back (503).
  static let parsesAtOnce = 2

  /// A place to read a file, or nil when `parsesAtOnce` are being read.
  func startParse() -> Bool {
    lock.withLock {
      guard parsing < Self.parsesAtOnce else { return false }
      parsing += 1
      return true
    }
  }

  /// The file is read.
  func endParse() { lock.withLock { parsing = max(0, parsing - 1) } }

  func put(_ item: Staged, token given: String? = nil) -> String {
    let token = given ?? Workflow.randomToken()
    lock.withLock {
      staged = staged.filter { Date().timeIntervalSince($0.value.at) < Self.lifetime }
      while staged.count >= Self.most, let oldest = staged.min(by: { $0.value.at < $1.value.at }) {
        staged[oldest.key] = nil
      }
      staged[token] = item
    }
    return token
  }

  /// Whether no upload waits for its confirmation (the stale ones are dropped), nor is being
  /// read: a folder's contest is closed only then.
  var isEmpty: Bool {
    lock.withLock {
      staged = staged.filter { Date().timeIntervalSince($0.value.at) < Self.lifetime }
      return staged.isEmpty && parsing == 0
    }
  }

  /// The upload `token` names, if it is `login`'s and still fresh; it is used once.
  func take(_ token: String, login: String, kind: UploadKind) -> Staged? {
    lock.withLock {
      guard let item = staged[token], item.login == login, item.kind == kind,
        Date().timeIntervalSince(item.at) < Self.lifetime
      else { return nil }
      staged[token] = nil
      return item
    }
  }
}
