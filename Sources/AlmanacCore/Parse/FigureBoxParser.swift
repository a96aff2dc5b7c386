import Yams

/// Reads the `boxes:` of `figures.yaml`: for each box (headlines, theme_glance, theme_card), a list of
/// `{figure, text}` items; names are checked against the declarations by `FigureBoxChecker`.
enum FigureBoxParser {
    static func parse(_ node: Node, _ document: YAMLDocument,
                      _ diagnostics: inout Diagnostics) -> [FigureBoxItem.Box: [FigureBoxItem]] {
        let names = FigureBoxItem.Box.allCases.map(\.rawValue)
        guard case .mapping(let mapping) = node else {
            diagnostics.error("\"boxes\" must map box names (\(names.joined(separator: ", "))) to lists of {figure, text}",
                              at: document.location(node))
            return [:]
        }
        var boxes: [FigureBoxItem.Box: [FigureBoxItem]] = [:]
        for (key, value) in mapping {
            guard let word = document.text(key, field: "boxes", diagnostics: &diagnostics) else { continue }
            guard let box = FigureBoxItem.Box(rawValue: word) else {
                diagnostics.error("unknown box \"\(word)\"", at: document.location(key),
                                  hint: Suggestion.didYouMean(word, among: names) ?? "boxes: \(names.joined(separator: ", "))")
                continue
            }
            guard case .sequence(let items) = value else {
                diagnostics.error("box \"\(word)\" must be a list of {figure, text}", at: document.location(value))
                continue
            }
            boxes[box] = items.compactMap { item in
                guard let fields = YAMLFields(item, in: document, what: "box item", required: ["figure", "text"], optional: [],
                                              diagnostics: &diagnostics),
                      let figure = fields.text("figure", diagnostics: &diagnostics),
                      let textNode = fields.node("text"),
                      let text = FigureDeclarationsParser.pluralText(textNode, field: "text", document, &diagnostics)
                else { return nil }
                return FigureBoxItem(figure: figure, text: text, location: fields.location("figure"))
            }
        }
        return boxes
    }
}
