// Common `build` command lines run without swift-argument-parser (see BuildArguments); the rest go through it.
if !BuildArguments.ranQuickly(CommandLine.arguments.dropFirst()) { AlmanacCommand.main() }
