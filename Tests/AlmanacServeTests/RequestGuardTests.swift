@testable import AlmanacServe
import Testing

/// Host and Origin checks against DNS rebinding and cross-site pages, and the addresses `--host` accepts.
@Suite struct RequestGuardTests {
    let loopback = RequestGuard(boundAddresses: ["127.0.0.1", "::1"])

    @Test(arguments: ["127.0.0.1:8000", "127.0.0.1", "localhost:8000", "LOCALHOST", "[::1]:8000", "[::1]"])
    func acceptsOwnHosts(_ host: String) {
        #expect(loopback.allowsHost(host))
    }

    @Test(arguments: ["evil.example", "evil.example:8000", "localhost.evil.example", "127.0.0.1.nip.io:8000",
                      "localhost.", "", "127.0.0.1:80x", "127.0.0.1:", "user@127.0.0.1", "127.0.0.1/x", "::1", "[::1",
                      "10.0.0.7:8000", "[::ffff:127.0.0.1]"])
    func refusesOtherHosts(_ host: String) {
        #expect(!loopback.allowsHost(host))
    }

    @Test func refusesMissingHost() {
        #expect(!loopback.allowsHost(nil))
    }

    @Test func acceptsBoundAddressAndAnyAddressOnlyWhenListeningEverywhere() {
        let lan = RequestGuard(boundAddresses: ["192.168.1.20"])
        #expect(lan.allowsHost("192.168.1.20:8000"))
        #expect(!lan.allowsHost("192.168.1.21:8000"))
        let everywhere = RequestGuard(boundAddresses: ["0.0.0.0"])
        #expect(everywhere.allowsHost("192.168.1.21:8000"))
        #expect(everywhere.allowsHost("[fe80::1]:8000"))
        #expect(!everywhere.allowsHost("evil.example:8000"))
    }

    @Test func checksOrigins() {
        #expect(loopback.allowsOrigin(nil))
        #expect(loopback.allowsOrigin("http://127.0.0.1:8000"))
        #expect(loopback.allowsOrigin("http://localhost:8000"))
        #expect(loopback.allowsOrigin("http://[::1]:8000"))
        #expect(!loopback.allowsOrigin("http://evil.example"))
        #expect(!loopback.allowsOrigin("https://evil.example"))
        #expect(!loopback.allowsOrigin("null"))
        #expect(!loopback.allowsOrigin("http://127.0.0.1.evil.example"))
        #expect(!loopback.allowsOrigin("http://localhost:8000/path"))
    }

    @Test func parsesListenAddresses() throws {
        let standard = try ListenAddress.parse(nil)
        #expect(standard.required == [.ipv4("127.0.0.1")])
        #expect(standard.optional == [.ipv6("::1")])
        #expect(try ListenAddress.parse("localhost").required == [.ipv4("127.0.0.1")])
        #expect(try ListenAddress.parse("0.0.0.0").required == [.ipv4("0.0.0.0")])
        #expect(try ListenAddress.parse("[::1]").required == [.ipv6("::1")])
        #expect(throws: ListenAddress.InvalidHost.self) { try ListenAddress.parse("example.com") }
        #expect(throws: ListenAddress.InvalidHost.self) { try ListenAddress.parse("127.0.0.1:80") }
    }
}
