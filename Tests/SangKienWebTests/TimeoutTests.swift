import HTTPTypes
import NIOCore
import NIOEmbedded
import NIOHTTPTypes
import Testing

@testable import SangKienWeb

/// Slow clients: 200 half-sent requests held their connections for 60 s.
@Suite("a request's head must arrive in time")
struct TimeoutTests {
  @Test("a connection whose head does not arrive in full within the limit is closed")
  func headTimeout() throws {
    let channel = EmbeddedChannel(handler: RequestHeadTimeout(limit: .seconds(10)))
    try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
    channel.embeddedEventLoop.advanceTime(by: .seconds(9))
    #expect(channel.isActive, "still within the limit")
    channel.embeddedEventLoop.advanceTime(by: .seconds(2))
    #expect(!channel.isActive, "closed at the limit")
  }

  @Test("a head in time is served; the next one has the limit again after the response")
  func keptAlive() throws {
    let channel = EmbeddedChannel(handler: RequestHeadTimeout(limit: .seconds(10)))
    try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 1)).wait()
    channel.embeddedEventLoop.advanceTime(by: .seconds(5))
    let head = HTTPRequest(method: .get, scheme: "http", authority: "x", path: "/")
    try channel.writeInbound(HTTPRequestPart.head(head))
    // A slow answer (a backup streaming) is not cut.
    channel.embeddedEventLoop.advanceTime(by: .seconds(60))
    #expect(channel.isActive)
    try channel.writeOutbound(HTTPResponsePart.head(HTTPResponse(status: .ok)))
    try channel.writeOutbound(HTTPResponsePart.end(nil))
    channel.embeddedEventLoop.advanceTime(by: .seconds(11))
    #expect(!channel.isActive, "no next request: closed")
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
