import HTTPTypes
import NIOCore
import NIOEmbedded
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1
import Testing

@testable import SangKienWeb

/// Slow clients: 200 half-sent requests held their connections for 60 s.
@Suite("a request's head must arrive in time")
struct TimeoutTests {
  /// A connection as the server builds it: bytes decoded into request parts, then the
  /// timeout.
  static func channel() throws -> EmbeddedChannel {
    let channel = EmbeddedChannel()
    try channel.pipeline.syncOperations.addHandlers([
      ByteToMessageHandler(HTTPRequestDecoder()), HTTP1ToHTTPServerCodec(secure: false),
      RequestHeadTimeout(limit: .seconds(10)),
    ])
    try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
    return channel
  }

  @Test("a head trickled past the limit from its first byte is cut; a silent one is not hurried")
  func headTimeout() throws {
    let channel = try Self.channel()
    // Connected and silent: the idle timeout's business, not this one's.
    channel.embeddedEventLoop.advanceTime(by: .seconds(60))
    #expect(channel.isActive)
    try channel.writeInbound(ByteBuffer(string: "GET / HTTP/1.1\r\nHost: x\r\n"))
    channel.embeddedEventLoop.advanceTime(by: .seconds(5))
    try channel.writeInbound(ByteBuffer(string: "X-Slow: 1\r\n"))
    channel.embeddedEventLoop.advanceTime(by: .seconds(4))
    #expect(channel.isActive, "9 s after the first byte")
    channel.embeddedEventLoop.advanceTime(by: .seconds(2))
    #expect(!channel.isActive, "closed 10 s after the first byte")
  }

  @Test(
    "a head in time is served, a slow answer not cut, the next request timed from its own first byte"
  )
  func keptAlive() throws {
    let channel = try Self.channel()
    try channel.writeInbound(ByteBuffer(string: "GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
    #expect(try channel.readInbound(as: HTTPRequestPart.self) != nil)
    // A slow answer (a backup streaming) is not cut.
    channel.embeddedEventLoop.advanceTime(by: .seconds(60))
    #expect(channel.isActive)
    try channel.writeOutbound(HTTPResponsePart.head(HTTPResponse(status: .ok)))
    try channel.writeOutbound(HTTPResponsePart.end(nil))
    // Kept alive and quiet between requests: not this timeout's business.
    channel.embeddedEventLoop.advanceTime(by: .seconds(20))
    #expect(channel.isActive)
    try channel.writeInbound(ByteBuffer(string: "GET /b HTTP/1.1\r\n"))
    channel.embeddedEventLoop.advanceTime(by: .seconds(11))
    #expect(!channel.isActive)
  }
}

/// Uploads: a workbook is unpacked while it is read, so only so many at once.
@Suite("at most two files read at once")
struct ParseGateTests {
  @Test("a third read is refused until one ends")
  func gate() {
    let store = UploadStore()
    #expect(store.startParse() && store.startParse())
    #expect(!store.startParse())
    store.endParse()
    #expect(store.startParse())
  }
}
