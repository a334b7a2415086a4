/// libFuzzer's entry point: every input is handed to `FuzzHarness`. libFuzzer treats a trap, a
/// crash, a timeout or running out of memory as a finding; the return value must be 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
