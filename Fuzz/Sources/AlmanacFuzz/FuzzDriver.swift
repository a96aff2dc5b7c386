/// SwiftPM links an executable's entry point as `<Target>_main` and aliases `main` to it, which hides
/// libFuzzer's own `main`; this entry point hands control straight to libFuzzer's driver instead.
@_cdecl("AlmanacFuzz_main")
public func almanacFuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return libFuzzerRunDriver(&count, &arguments, almanacFuzzOneInput)
}

@_silgen_name("LLVMFuzzerRunDriver")
func libFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> Int32
