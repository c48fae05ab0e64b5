import Foundation
import HTTPTypes
import Hummingbird
import SangKienModel
import SangKienWorkflow

/// A file sent from an entry's page for its dossier, written to a folder of its own under
/// the name the person gave (the workflow reads a path), and removed when done.
struct DossierUpload {
  /// Why the form cannot be taken, said on the entry's page.
  struct Problem: Error {
    var message: String
    var status: HTTPResponse.Status = .unprocessableContent
  }

  /// Where the file was written.
  var path: String
  /// The folder made for it.
  var folder: String
  /// Whether the judges may see it.
  var blind: Bool

  /// The file of `request`'s form (its `csrf` part checked); the dossier's own limit is
  /// the workflow's, 110 MB the request's ceiling.
  static func read(_ request: Request, csrf: String) async throws -> DossierUpload {
    let parts = try await Multipart.parts(request, limit: 110 << 20, csrf: csrf)
    guard let file = parts.first(where: { $0.name == "file" }),
      let name = file.filename.map({ ($0 as NSString).lastPathComponent }), !name.isEmpty
    else { throw Problem(message: WebText.noFileChosen) }
    // `.`, `..`, a name of controls only or longer than a file name may be: the form's field
    // is named (422), nothing staged.
    guard let given = name.attachmentName, given.utf8.count <= 255 else {
      throw Problem(message: WebText.badFileName(String(name.prefix(80))))
    }
    let folder = NSTemporaryDirectory() + "sangkien-attach-\(Workflow.randomToken())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let safe = String(given.map { $0 == "/" || $0 == "\\" ? "_" : $0 })
    let path = (folder as NSString).appendingPathComponent(safe)
    guard FileManager.default.createFile(atPath: path, contents: Data(file.bytes)) else {
      try? FileManager.default.removeItem(atPath: folder)
      throw WorkflowError.failed(WebText.fileNotStaged)
    }
    let blind = parts.first { $0.name == "blind" }.map { String(decoding: $0.bytes, as: UTF8.self) }
    return DossierUpload(path: path, folder: folder, blind: blind == "on")
  }

  /// Removes the folder and the file.
  func remove() { try? FileManager.default.removeItem(atPath: folder) }
}
