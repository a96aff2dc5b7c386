/// Durations as whole or fractional milliseconds, for build timings and the preview server's log.
extension Duration {
    public var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}
