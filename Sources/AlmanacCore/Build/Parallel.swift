import Dispatch

/// Runs independent pieces of a stage on every core, keeping results in input order so output stays deterministic.
enum Parallel {
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.store(transform(items[index]), at: index)
        }
        return results.takeValues()
    }
}

/// One write-once slot per item in memory allocated up front: iterations write through a fixed pointer, never
/// through a Swift array (whose copy-on-write bookkeeping is not safe to touch from several threads).
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// Each index is written by exactly one iteration, so no lock is needed.
    func store(_ value: Value, at index: Int) {
        (slots + index).pointee = value
    }

    /// Called once, after every iteration has finished.
    func takeValues() -> [Value] {
        (0..<count).map { (slots + $0).pointee! }
    }
}
