/// Everything a build depends on besides the files themselves: paths, clock and limits, in one value.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var templatesDirectory: String
    public var outputDirectory: String
    /// The build date shown in the report; from `SOURCE_DATE_EPOCH` or the content, never the clock.
    public var buildDate: PartialDate?
    /// Turn warnings into errors.
    public var strict: Bool
    /// Replace an output folder that holds files Almanac did not write (`--replace-output`); off by default.
    public var replaceUnownedOutput: Bool
    /// How long a build waits for another build writing the same output folder before giving up.
    public var outputLockTimeout: Duration
    public var limits: Limits
    /// Told of each stage and page as the build goes (the command line draws it on a terminal); nil: nobody listens.
    public var progress: (any BuildProgress)?

    public init(contentDirectory: String = "content", templatesDirectory: String = "templates",
                outputDirectory: String = "output", buildDate: PartialDate? = nil, strict: Bool = false,
                replaceUnownedOutput: Bool = false, outputLockTimeout: Duration = .seconds(30),
                limits: Limits = Limits(), progress: (any BuildProgress)? = nil) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.buildDate = buildDate
        self.strict = strict
        self.replaceUnownedOutput = replaceUnownedOutput
        self.outputLockTimeout = outputLockTimeout
        self.limits = limits
        self.progress = progress
    }
}

/// Caps that keep every build bounded, whatever the input.
public struct Limits: Sendable, Hashable {
    /// libcmark 0.30.2 has quadratic inputs (CVE-2023-22486): 128 KiB keeps the worst case near a second.
    public var maxMarkdownBytes = 128 * 1024
    public var maxYAMLBytes = 8 * 1024 * 1024
    public var maxAssetBytes = 16 * 1024 * 1024
    /// YAML nodes in one file, counted before anything is read from it.
    public var maxYAMLNodes = 500_000

    public init() {}
}
