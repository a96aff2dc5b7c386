import Foundation

/// Durations as whole or fractional milliseconds, for build timings and the preview server's log.
extension Duration {
    public var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }

    /// "30", "0.2": a wait in seconds as a reader would write it.
    var secondsText: String {
        String(format: "%g", milliseconds / 1000)
    }
}
