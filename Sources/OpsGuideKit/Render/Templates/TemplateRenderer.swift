/// Renders compiled templates against a `TemplateMap` into UTF-8 bytes.
///
/// Names are looked up the Mustache way: in the innermost section's value first, then outward.
/// A section renders once for a value that is not a list, once per item for a list, and not at
/// all for `false`, an empty list or a missing name (inverted sections do the opposite).
///
/// The programs are reached by position through unretained references (`TemplateLibrary` owns
/// them and resolves the partials): retaining them would write counts every thread shares.
struct TemplateRenderer {
    /// Deeper partials than this are not rendered: a partial that includes itself would never end.
    static let maximumPartialDepth = 32

    private let programs: UnsafeBufferPointer<Unmanaged<TemplateProgram>>
    private var output: ByteBuffer
    private var stack: [TemplateValue] = []
    private var partialDepth = 0
    /// Output already handed over in pieces: `batches` values go into it as they are, after
    /// what was written before them, to be made when the file is written.
    private var finished: [OutputFile.Piece] = []
    /// How many indented partials are being rendered: their output is indented in `output`,
    /// so nothing is handed over in pieces meanwhile.
    private var indentedPartials = 0

    /// A renderer of `programs`, which must stay valid while it renders.
    init(programs: UnsafeBufferPointer<Unmanaged<TemplateProgram>>, capacity: Int = 0) {
        self.programs = programs
        output = ByteBuffer(capacity: capacity)
    }

    /// Renders the program at `position` with `context`.
    mutating func render(_ position: Int, with context: TemplateMap) {
        stack.append(.map(context))
        programs[position]._withUnsafeGuaranteedRef { run($0, steps: $0.steps.indices) }
        stack.removeLast()
    }

    /// What `render` wrote, handed over in the pieces it has (one unless `batches` values were
    /// written); the renderer starts again empty.
    mutating func finishPieces() -> [OutputFile.Piece] {
        defer { finished = [] }
        return finished + [.bytes(output.finish())]
    }

    private mutating func run(_ program: TemplateProgram, steps: Range<Int>) {
        var index = steps.lowerBound
        while index < steps.upperBound {
            let step = program.steps[index]
            index += 1
            switch step.kind {
            case .text:
                program.text.withUnsafeBufferPointer { text in
                    output.append(UnsafeBufferPointer(rebasing: text[Int(step.operand)..<Int(step.operand + step.count)]))
                }
            case .value, .rawValue:
                guard let value = lookup(program, step) else { continue }
                write(value, escaped: step.kind == .value)
            case .section, .invertedSection:
                let body = index..<(index + Int(step.count))
                section(lookup(program, step), inverted: step.kind == .invertedSection, program: program, body: body)
                index = body.upperBound
            case .partial:
                partial(Int(step.operand), of: program)
            }
        }
    }

    private mutating func section(_ value: TemplateValue?, inverted: Bool, program: TemplateProgram, body: Range<Int>) {
        switch value {
        case nil, .flag(false)?:
            if inverted { run(program, steps: body) }
        case .flag(true)?:
            if !inverted { run(program, steps: body) }
        case .list(let items)?:
            if inverted {
                if items.isEmpty { run(program, steps: body) }
                return
            }
            for item in items {
                stack.append(item)
                run(program, steps: body)
                stack.removeLast()
            }
        case let value?:
            guard !inverted else { return }
            stack.append(value)
            run(program, steps: body)
            stack.removeLast()
        }
    }

    /// Renders partial number `number` of `program`, read in place: a copy of its name and
    /// indentation would retain them.
    private mutating func partial(_ number: Int, of program: TemplateProgram) {
        guard let target = program.partials[number].target, partialDepth < Self.maximumPartialDepth else { return }
        partialDepth += 1
        defer { partialDepth -= 1 }
        guard !program.partials[number].indentation.isEmpty else {
            return programs[target]._withUnsafeGuaranteedRef { run($0, steps: $0.steps.indices) }
        }
        indentedPartials += 1
        defer { indentedPartials -= 1 }
        let start = output.count
        programs[target]._withUnsafeGuaranteedRef { run($0, steps: $0.steps.indices) }
        output.append(Self.indent(output.removeTail(from: start), with: program.partials[number].indentation))
    }

    /// Every line that has text gets `indentation` in front of it.
    private static func indent(_ text: [UInt8], with indentation: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.count + indentation.count * 8)
        var atLineStart = true
        for byte in text {
            if atLineStart { result.append(contentsOf: indentation) }
            result.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
        return result
    }

    /// The value of the name path of `step`, looked up the Mustache way.
    private func lookup(_ program: TemplateProgram, _ step: TemplateProgram.Step) -> TemplateValue? {
        guard step.pathLength > 0 else { return stack.last }
        return program.names.withUnsafeBufferPointer { names in
            let path = names[Int(step.operand)..<Int(step.operand + step.pathLength)]
            var found: TemplateValue?
            for index in stack.indices.reversed() {
                if case .map(let map) = stack[index], let child = map[path[path.startIndex]] {
                    found = child
                    break
                }
            }
            for name in path.dropFirst() {
                guard case .map(let map)? = found else { return nil }
                found = map[name]
            }
            return found
        }
    }

    private mutating func write(_ bytes: [UInt8], escaped: Bool) {
        if escaped { bytes.withUnsafeBufferPointer { HTMLEscape.append($0, to: &output) } } else { output.append(bytes) }
    }

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text):
            if escaped { HTMLEscape.append(text, to: &output) } else { output.append(text) }
        case .utf8(let bytes):
            write(bytes, escaped: escaped)
        case .batches(let batches):
            if !escaped, indentedPartials == 0 {
                finished.append(.bytes(output.finish()))
                finished.append(.batches(batches))
            } else {
                batches.forEach { write($0, escaped: escaped) }
            }
        case .number(let number):
            output.append(String(number))
        case .flag(let flag):
            output.append(flag ? "true" : "false")
        case .list, .map:
            return
        }
    }
}
