#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Comparing whole files in memory: at once when both arrays share storage (a page reused from the last build),
/// else with memcmp (Array's `==` compares element by element, 20 ms for a 24 MB print version).
public extension Array where Element == UInt8 {
    func hasSameBytes(as other: [UInt8]) -> Bool {
        guard count == other.count else { return false }
        return withUnsafeBufferPointer { mine in
            other.withUnsafeBufferPointer { theirs in
                mine.baseAddress == theirs.baseAddress || count == 0 || memcmp(mine.baseAddress!, theirs.baseAddress!, count) == 0
            }
        }
    }
}
