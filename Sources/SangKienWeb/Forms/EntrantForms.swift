import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit
import NIOCore
import SangKienModel
import SangKienWorkflow

/// The sign-up form.
struct SignUpPageForm: Decodable {
  var email: String?
  var name: String?
  var phone: String?
  var password: String?
  var confirm: String?
}

/// The verification form.
struct VerifyForm: Decodable {
  var email: String?
  var code: String?
}

/// A complaint's text.
struct ComplaintForm: Decodable {
  var text: String?
}

/// Submitting: the declaration ticked.
struct DeclarationForm: Decodable {
  var declaration: String?
}

/// The secretariat's answer from the intake queue.
struct IntakeAnswerForm: Decodable {
  var action: String?
  var reason: String?
  var until: String?
}

/// The intake page's "not a duplicate" form: the look-alike (`CONTEST/CODE`) and why.
struct IntakeDistinctForm: Decodable {
  var other: String?
  var reason: String?
}

/// A submission's fields as the page's form sends them: the entry's fields by their
/// interchange ids, and the authors as numbered lines (`author1`, `author1_unit`, …).
enum SubmissionForm {
  static func fields(_ form: [String: String]) -> (SubmissionFields, version: Int?) {
    var authors: [Author] = []
    for n in 1...20 {
      let name = form["author\(n)"] ?? ""
      let unit = form["author\(n)_unit"] ?? ""
      if !name.trimmingCharacters(in: .whitespaces).isEmpty {
        authors.append(Author(name: name, unit: unit.isEmpty ? nil : unit))
      }
    }
    return (
      SubmissionFields(
        title: form["title"] ?? "", category: form["category"] ?? "",
        entrantKind: form["entrant_kind"] ?? "", authors: authors, unit: form["unit"] ?? "",
        field: form["field"] ?? "", summary: form["summary"] ?? "", contact: form["contact"] ?? ""),
      form["version"].flatMap { Int($0) }
    )
  }

  /// The fields of the API's JSON (`authors: [{name, unit?}]`); a value of the wrong type
  /// is a 422 naming it.
  static func fields(_ json: [String: JSONValue]) throws -> SubmissionFields {
    var problems: [Problem] = []
    func text(_ key: String) -> String {
      switch json[key] {
      case .string(let value)?: return value
      case nil, .null?: return ""
      default:
        problems.append(Problem(field: key, message: WebText.mustBeText))
        return ""
      }
    }
    var fields = SubmissionFields(
      title: text("title"), category: text("category"), entrantKind: text("entrant_kind"),
      authors: [], unit: text("unit"), field: text("field"), summary: text("summary"),
      contact: text("contact"))
    switch json["authors"] {
    case nil, .null?: break
    case .array(let items)?:
      for item in items.prefix(50) {
        guard case .object(let m) = item, case .string(let name)? = m["name"] else {
          problems.append(Problem(field: "authors", message: WebText.authorsShape))
          break
        }
        var unit: String?
        if case .string(let given)? = m["unit"], !given.isEmpty { unit = given }
        fields.authors.append(Author(name: name, unit: unit))
      }
    default: problems.append(Problem(field: "authors", message: WebText.authorsShape))
    }
    if !problems.isEmpty { throw WorkflowError.invalid(problems) }
    return fields
  }
}

/// A file sent by an entrant, streamed to a folder of its own as it arrives (never held
/// whole in memory), under the name given; removed when done. The workflow then sniffs,
/// hashes and checks it before the one short write that stores it.
struct StreamedUpload {
  /// Where the file was written.
  var path: String
  /// The folder made for it.
  var folder: String
  /// The form's other fields (small).
  var fields: [String: String]

  /// Why the file cannot be taken.
  struct Problem: Error {
    var message: String
    var status: HTTPResponse.Status
  }

  private static func folder() throws -> String {
    let folder = NSTemporaryDirectory() + "sangkien-upload-\(Workflow.randomToken(bytes: 12))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  private static func safeName(_ given: String) throws -> String {
    let last = (given as NSString).lastPathComponent
    guard let name = last.attachmentName, name.utf8.count <= 255 else {
      throw Problem(
        message: WebText.badFileName(String(given.prefix(80))), status: .unprocessableContent)
    }
    return String(name.map { $0 == "/" || $0 == "\\" ? "_" : $0 })
  }

  /// The body is the file (the API): written as it comes, at most `limit` bytes (past it,
  /// 413 and nothing kept).
  static func raw(_ request: Request, name: String, limit: Int64) async throws -> StreamedUpload {
    let safe = try safeName(name)
    let folder = try folder()
    let path = (folder as NSString).appendingPathComponent(safe)
    do {
      guard FileManager.default.createFile(atPath: path, contents: nil),
        let handle = FileHandle(forWritingAtPath: path)
      else { throw WorkflowError.failed(WebText.fileNotStaged) }
      defer { try? handle.close() }
      var written: Int64 = 0
      for try await buffer in request.body {
        written += Int64(buffer.readableBytes)
        if written > limit {
          throw Problem(message: WebText.uploadTooLarge(limit), status: .contentTooLarge)
        }
        try handle.write(contentsOf: buffer.readableBytesView)
      }
      if written == 0 {
        throw Problem(message: WebText.noFileChosen, status: .unprocessableContent)
      }
    } catch {
      try? FileManager.default.removeItem(atPath: folder)
      throw error
    }
    return StreamedUpload(path: path, folder: folder, fields: [:])
  }

  /// A `multipart/form-data` form (a page): its `file` part written as it arrives, its
  /// other parts (at most 4 KB each) kept; at most `limit` bytes in all (past it, 413);
  /// refused 403, nothing kept, unless its `csrf` part is the session's.
  static func form(_ request: Request, csrf: String, limit: Int64) async throws
    -> StreamedUpload
  {
    let boundary = try Multipart.boundary(of: request)
    let folder = try folder()
    final class State {
      var headers: [String: String] = [:]
      var fields: [String: String] = [:]
      var small: [UInt8] = []
      var handle: FileHandle?
      var path: String?
      var failure: (any Error)?
    }
    let state = State()
    let parser = MultipartParser(boundary: boundary)
    parser.onHeader = { name, value in state.headers[name.lowercased()] = value }
    parser.onBody = { buffer in
      guard state.failure == nil else { return }
      let disposition = state.headers["content-disposition"] ?? ""
      let name = Multipart.parameter("name", in: disposition) ?? ""
      if name == "file", let filename = Multipart.parameter("filename", in: disposition),
        !filename.isEmpty
      {
        do {
          if state.handle == nil {
            let path = (folder as NSString).appendingPathComponent(try safeName(filename))
            FileManager.default.createFile(atPath: path, contents: nil)
            state.handle = FileHandle(forWritingAtPath: path)
            state.path = path
          }
          try state.handle?.write(contentsOf: buffer.readableBytesView)
        } catch {
          state.failure = error
        }
      } else if state.small.count + buffer.readableBytes <= 4096 {
        state.small += buffer.readableBytesView
      }
    }
    parser.onPartComplete = {
      let disposition = state.headers["content-disposition"] ?? ""
      let name = Multipart.parameter("name", in: disposition) ?? ""
      if name != "file" { state.fields[name] = String(decoding: state.small, as: UTF8.self) }
      state.headers = [:]
      state.small = []
    }
    do {
      var total: Int64 = 0
      for try await buffer in request.body {
        total += Int64(buffer.readableBytes)
        if total > limit {
          throw Problem(message: WebText.uploadTooLarge(limit), status: .contentTooLarge)
        }
        do {
          try parser.execute(buffer)
        } catch {
          throw HTTPError(.badRequest, message: WebText.formDamaged)
        }
        if let failure = state.failure { throw failure }
      }
      try? state.handle?.close()
      guard CSRF.matches(state.fields["csrf"] ?? "", csrf) else { throw AccessRefusal.csrf }
      guard let path = state.path else {
        throw Problem(message: WebText.noFileChosen, status: .unprocessableContent)
      }
      return StreamedUpload(path: path, folder: folder, fields: state.fields)
    } catch {
      try? state.handle?.close()
      try? FileManager.default.removeItem(atPath: folder)
      throw error
    }
  }

  /// Removes the folder and the file.
  func remove() { try? FileManager.default.removeItem(atPath: folder) }
}
