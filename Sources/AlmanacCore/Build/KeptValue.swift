import Foundation

/// One value a preview keeps from one build to the next with the key of its inputs: made again only when the key
/// changes. For work that is the same function of inputs that rarely change between two saves.
final class KeptValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: (key: Int, value: Value)?
    /// How many builds took the kept value (for tests).
    private(set) var reused = 0

    /// The kept value when `key` is the one it was made with, else `make()`'s, kept.
    func value(key: Int, make: () -> Value) -> Value {
        if let kept = lock.withLock({ kept }), kept.key == key {
            lock.withLock { reused += 1 }
            return kept.value
        }
        let made = make()
        lock.withLock { kept = (key, made) }
        return made
    }
}
