import Yams

/// A node of the plain block YAML `SimpleYAMLReader` reads: text, style and place, and nothing that needs a Yams
/// tag object, so a records file can be read into records without composing Yams nodes (`PlainRecords`).
indirect enum PlainYAML {
    case scalar(Scalar)
    case sequence([PlainYAML], Mark)
    case mapping([(key: Scalar, value: PlainYAML)], Mark)

    /// libyaml's mark: 1-based line, and 1-based column counted in Unicode scalars.
    struct Mark {
        var line: Int
        var column: Int
    }

    struct Scalar {
        var text: String
        var style: Node.Scalar.Style
        var mark: Mark
    }

    var mark: Mark {
        switch self {
        case .scalar(let scalar): return scalar.mark
        case .sequence(_, let mark), .mapping(_, let mark): return mark
        }
    }

    /// The node Yams composes for the same text: each node with a tag of its own, made with one resolver and
    /// constructor as a Yams parser does (`Constructor.default` builds its tables anew on every access), quoted
    /// scalars tagged `str` at once and collections styled `.any`, as from a block's end event.
    func yamsNode() -> Node {
        let resolver = Resolver.basic, constructor = Constructor.default
        func convert(_ node: PlainYAML) -> Node {
            switch node {
            case .scalar(let scalar): return .scalar(convert(scalar))
            case .sequence(let items, let mark):
                return .sequence(Node.Sequence(items.map(convert), Tag(.implicit, resolver, constructor), .any, yams(mark)))
            case .mapping(let pairs, let mark):
                return .mapping(Node.Mapping(pairs.map { (.scalar(convert($0.key)), convert($0.value)) },
                                             Tag(.implicit, resolver, constructor), .any, yams(mark)))
            }
        }
        func convert(_ scalar: Scalar) -> Node.Scalar {
            Node.Scalar(scalar.text, Tag(scalar.style == .plain ? .implicit : .str, resolver, constructor), scalar.style,
                        yams(scalar.mark))
        }
        func yams(_ mark: Mark) -> Yams.Mark { YAMLMark.make(line: mark.line, column: mark.column) }
        return convert(self)
    }
}
