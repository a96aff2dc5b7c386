import Dispatch
import Foundation
import Testing
@testable import AlmanacCore

/// The build runs the templates, the strings file and the cross-reference check on another core while it goes on;
/// their values, diagnostics and stage times must still arrive whole (the invalid case
/// `problems-of-three-stages-in-one-run` checks the diagnostics of all three together).
@Suite struct OverlappedStagesTests {
    @Test func backgroundWorkRunsWhileTheCallerGoesOn() {
        let callerWentOn = DispatchSemaphore(value: 0)
        let work = BackgroundWork { () -> Bool in
            // Run in the caller's thread, this would wait out the timeout and give false.
            callerWentOn.wait(timeout: .now() + 10) == .success
        }
        callerWentOn.signal()
        #expect(work.value())
    }

    @Test func backgroundWorkGivesItsValue() {
        let works = (0..<50).map { number in BackgroundWork { (0...number).reduce(0, +) } }
        #expect(works.map { $0.value() } == (0..<50).map { $0 * ($0 + 1) / 2 })
    }

    /// The queue's thread and any caller may reach the work at once (`runIfNotStarted`, `value()`): it runs once.
    @Test func backgroundWorkRunsOnceWhicheverThreadComesFirst() throws {
        final class Runs: @unchecked Sendable {
            private let lock = NSLock()
            private var count = 0
            func add() { lock.lock(); count += 1; lock.unlock() }
            var total: Int { lock.lock(); defer { lock.unlock() }; return count }
        }
        let runs = (0..<200).map { _ in Runs() }
        for (number, counted) in runs.enumerated() {
            let work = BackgroundWork { () -> Int in counted.add(); return number }
            DispatchQueue.concurrentPerform(iterations: 3) { _ in work.runIfNotStarted() }
            #expect(work.value() == number)
        }
        // A queued run that came late finds the work taken.
        Thread.sleep(forTimeInterval: 0.05)
        #expect(runs.allSatisfy { $0.total == 1 })
    }

    @Test func aClockJoinedLaterKeepsThePipelineOrder() {
        var main = StageClock()
        main.time("load") {}
        main.time("parse") {}
        main.time("aggregate") {}
        var other = StageClock()
        other.time("load") {}
        other.time("templates") {}
        let loadBefore = main.stages[0].duration
        main.add(other)
        #expect(main.stages.map(\.stage) == ["load", "templates", "parse", "aggregate"])
        #expect(main.stages[0].duration == loadBefore + other.stages[0].duration)
        #expect(main.stages[1].duration == other.stages[1].duration)
    }

    @Test func aStageOutsideThePipelineGoesLast() {
        var main = StageClock()
        main.time("render") {}
        var other = StageClock()
        other.time("something else") {}
        other.time("write") {}
        main.add(other)
        #expect(main.stages.map(\.stage) == ["render", "write", "something else"])
    }
}
