import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit
import NIOCore
import SangKienInterchange
import SangKienModel
import SangKienWorkflow
import ZIPFoundation

/// One part of a `multipart/form-data` body.
struct FormPart {
  var name: String
  var filename: String?
  var bytes: [UInt8]
}

enum Multipart {
  /// The parts of a `multipart/form-data` request (parsed by vapor/multipart-kit), read up
  /// to `limit` bytes (past it, 413), refused 403 unless its `csrf` part is `csrf` (the
  /// session's token: `CSRFMiddleware` leaves such bodies to this reader).
  static func parts(_ request: Request, limit: Int, csrf: String) async throws -> [FormPart] {
    let boundary = try boundary(of: request)
    let body = try await request.body.collect(upTo: limit)
    final class Collector {
      var parts: [FormPart] = []
      var headers: [String: String] = [:]
      var bytes: [UInt8] = []
    }
    let collector = Collector()
    let parser = MultipartParser(boundary: boundary)
    parser.onHeader = { name, value in collector.headers[name.lowercased()] = value }
    parser.onBody = { buffer in
      collector.bytes += buffer.readBytes(length: buffer.readableBytes) ?? []
    }
    parser.onPartComplete = {
      let disposition = collector.headers["content-disposition"] ?? ""
      collector.parts.append(
        FormPart(
          name: Self.parameter("name", in: disposition) ?? "",
          filename: Self.parameter("filename", in: disposition), bytes: collector.bytes))
      collector.headers = [:]
      collector.bytes = []
    }
    do {
      try parser.execute(body)
    } catch {
      throw HTTPError(
        .badRequest,
        message: WebText.formDamaged)
    }
    let sent = collector.parts.first { $0.name == "csrf" }?.bytes ?? []
    guard CSRF.matches(String(decoding: sent, as: UTF8.self), csrf) else {
      throw AccessRefusal.csrf
    }
    return collector.parts
  }

  /// The boundary of a `multipart/form-data` request; 400 for any other body.
  static func boundary(of request: Request) throws -> String {
    let type = request.headers[.contentType] ?? ""
    guard type.lowercased().hasPrefix("multipart/form-data"),
      let range = type.range(of: "boundary=")
    else { throw HTTPError(.badRequest, message: WebText.multipartOnly) }
    var boundary = String(type[range.upperBound...].prefix { $0 != ";" })
    if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 {
      boundary = String(boundary.dropFirst().dropLast())
    }
    return boundary
  }

  /// `name="…"` of a Content-Disposition value.
  static func parameter(_ key: String, in header: String) -> String? {
    for piece in header.split(separator: ";") {
      let part = piece.trimmingCharacters(in: .whitespaces)
      guard part.lowercased().hasPrefix(key + "=") else { continue }
      var value = String(part.dropFirst(key.count + 1))
      if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
        value = String(value.dropFirst().dropLast())
      }
      return value
    }
    return nil
  }
}
