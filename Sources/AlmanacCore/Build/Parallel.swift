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

    /// `map`, starting the costliest items first so that no core is left with a long one at the end (the largest
    /// records file used to start last and run alone); results stay in input order. `cost` is an estimate.
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], costliestFirst cost: (Item) -> Int,
                                                      _ transform: @Sendable (Item) -> Result) -> [Result] {
        let costs = items.map(cost)
        // Ties keep input order, so the schedule is the same on every run.
        let order = items.indices.sorted { (costs[$1], $0) < (costs[$0], $1) }
        let done = map(order) { transform(items[$0]) }
        var results = [Result?](repeating: nil, count: items.count)
        for (position, index) in order.enumerated() { results[index] = done[position] }
        return results.map { $0! }
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
