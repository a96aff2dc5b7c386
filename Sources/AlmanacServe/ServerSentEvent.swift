import FlyingSocks
import Foundation

/// One message on the live-reload stream, in the `text/event-stream` wire format.
public struct ServerSentEvent: Sendable, Equatable {
    public var name: String
    /// One line of data; callers encode anything multi-line (the overlay travels as JSON).
    public var data: String

    public init(name: String, data: String) {
        self.name = name
        self.data = data.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: " ")
    }

    /// `event:` and `data:` lines and the blank line that ends the message.
    public var bytes: [UInt8] {
        Array("event: \(name)\ndata: \(data)\n\n".utf8)
    }

    /// Sent first on every connection: the version served now; a page served at another version reloads.
    public static func hello(version: String) -> ServerSentEvent {
        ServerSentEvent(name: "hello", data: version)
    }

    /// After a good build: pages reload.
    public static func reload(version: String) -> ServerSentEvent {
        ServerSentEvent(name: "reload", data: version)
    }

    /// After a failed build: pages swap in the overlay without reloading.
    public static func failed(version: String, overlay: String) -> ServerSentEvent {
        /// The JSON the page's script reads: the new version and the overlay to show.
        struct Message: Encodable {
            var version: String
            var overlay: String
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(Message(version: version, overlay: overlay))).map { String(decoding: $0, as: UTF8.self) }
        return ServerSentEvent(name: "failed", data: json ?? "{}")
    }

    /// Tells the browser to wait a second before reconnecting after the server goes away.
    public static let retry = Array("retry: 1000\n\n".utf8)

    /// A comment line: keeps idle connections open through proxies and finds closed ones.
    public static let heartbeat = Array(": ping\n\n".utf8)

    /// Adapts a stream of messages to the byte sequence FlyingFox sends as a chunked response body.
    struct Body: AsyncBufferedSequence {
        typealias Element = UInt8

        let messages: AsyncStream<[UInt8]>

        func makeAsyncIterator() -> Iterator {
            Iterator(messages: messages.makeAsyncIterator())
        }

        /// Hands out each message whole when it fits the suggested size, in pieces when it does not.
        struct Iterator: AsyncBufferedIteratorProtocol {
            var messages: AsyncStream<[UInt8]>.Iterator
            var pending: ArraySlice<UInt8> = []

            mutating func next() async -> UInt8? {
                await nextBuffer(suggested: 1)?.first
            }

            /// Nil when the stream ends: the server is stopping, or the page went away.
            mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
                while pending.isEmpty {
                    guard let message = await messages.next() else { return nil }
                    pending = message[...]
                }
                let piece = pending.prefix(Swift.max(1, count))
                pending = pending.dropFirst(piece.count)
                return Array(piece)
            }
        }
    }
}
