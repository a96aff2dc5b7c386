/// The one line a terminal shows while a long build runs: the stage, then pages rendered of total.
public struct ProgressLine: Sendable, Equatable {
    public var stage: String
    public var pagesRendered: Int
    public var pagesTotal: Int

    public init(stage: String = "load", pagesRendered: Int = 0, pagesTotal: Int = 0) {
        self.stage = stage
        self.pagesRendered = pagesRendered
        self.pagesTotal = pagesTotal
    }

    /// The text, e.g. "almanac: rendered 1,234 of 10,000 pages (12%)"; before rendering, what the stage does.
    public var text: String {
        guard stage == "render", pagesTotal > 0 else { return "almanac: \(Self.stageWords[stage] ?? stage)…" }
        let percent = pagesRendered * 100 / pagesTotal
        return "almanac: rendered \(FigureFormat.grouped(pagesRendered)) of \(FigureFormat.grouped(pagesTotal)) pages (\(percent)%)"
    }

    /// What each stage is doing, in the words of the command's other messages.
    static let stageWords = ["load": "reading files", "templates": "checking templates", "parse": "reading content",
                             "aggregate": "computing figures", "open output": "opening the output folder",
                             "render": "rendering pages", "check links": "checking links", "write": "writing the site"]
}
