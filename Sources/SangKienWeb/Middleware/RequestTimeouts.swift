import Foundation
import NIOCore
import NIOHTTPTypes

/// Closes a connection whose request head (the request line and headers) has not arrived
/// in full within `limit` of its first byte.
///
/// What an attack found: 200 half-sent requests held their connections for 60 s and, with
/// a small descriptor limit, new visitors timed out. The server's idle timeout closes a
/// connection that says nothing; this closes one that trickles its headers a byte at a
/// time. A connection kept alive between requests is not hurried (the idle timeout is its
/// bound), nor is a slow answer or a request's body (a large upload on a slow line is
/// legitimate; its size is bounded by the routes). A reverse proxy is not always there.
///
/// Two handlers share one clock: `RequestHeadTimeout` sits after the HTTP decoder and sees
/// whole heads; it puts a `FirstByteWatch` at the front of the pipeline, which sees bytes.
final class RequestHeadTimeout: ChannelDuplexHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPRequestPart
  typealias InboundOut = HTTPRequestPart
  typealias OutboundIn = HTTPResponsePart
  typealias OutboundOut = HTTPResponsePart

  /// What both handlers know, on the channel's event loop only.
  final class Clock {
    let limit: TimeAmount
    var timer: Scheduled<Void>?
    /// Between requests: the next byte starts a head.
    var awaitingHead = true

    init(limit: TimeAmount) { self.limit = limit }

    func start(_ context: ChannelHandlerContext) {
      guard awaitingHead, timer == nil else { return }
      let channel = context.channel
      timer = context.eventLoop.scheduleTask(in: limit) { channel.close(promise: nil) }
    }

    func stop() {
      timer?.cancel()
      timer = nil
    }
  }

  /// The front of the pipeline: the first byte of a request starts the clock.
  final class FirstByteWatch: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    let clock: Clock

    init(clock: Clock) { self.clock = clock }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
      clock.start(context)
      context.fireChannelRead(data)
    }
  }

  private let clock: Clock

  init(limit: TimeAmount) { clock = Clock(limit: limit) }

  func handlerAdded(context: ChannelHandlerContext) {
    try? context.pipeline.syncOperations.addHandler(
      FirstByteWatch(clock: clock), position: .first)
  }

  func handlerRemoved(context: ChannelHandlerContext) { clock.stop() }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    if case .head = unwrapInboundIn(data) {
      clock.stop()
      clock.awaitingHead = false
    }
    context.fireChannelRead(data)
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    // The response is out: the next request's first byte starts the clock again.
    if case .end = unwrapOutboundIn(data) { clock.awaitingHead = true }
    context.write(data, promise: promise)
  }
}
