import AlmanacCore

/// Applies the loader's strict UTF-8 rules to fuzz bytes, exactly as a file from disk would get them.
enum FuzzDecoding {
    static func decode(_ bytes: [UInt8], path: String, diagnostics: inout Diagnostics) -> String? {
        switch TextDecoder.decode(bytes, path: path) {
        case .success(let text): return text
        case .failure(let problem): diagnostics.append(problem); return nil
        }
    }
}
