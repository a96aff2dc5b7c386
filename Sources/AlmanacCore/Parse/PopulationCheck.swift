/// Checks the population against the register: its types exist, it is not empty, its declared size holds.
enum PopulationCheck {
    static func check(_ report: ParsedReport, diagnostics: inout Diagnostics) {
        let population = report.settings.population
        let register = report.organisations
        let typeField = report.model.register.field("type")
        if typeField == nil, !population.types.isEmpty {
            diagnostics.error("the population lists types, but the register declares no \"type\" field", at: population.location,
                              hint: "add type: {choice: [...]} to register: fields: in model.yaml")
        }
        if case .choice(let words)? = typeField?.type {
            for type in population.types where !words.contains(type) {
                diagnostics.error("unknown organisation type \"\(type)\" in the population", at: population.location,
                                  hint: Suggestion.didYouMean(type, among: words) ?? "types: \(words.joined(separator: ", "))")
            }
        }
        let members = report.populationIDs
        if let declared = population.declaredSize, declared != members.count, !members.isEmpty {
            diagnostics.warning(
                "population \"\(population.name)\" is declared as \(declared) in report.yaml but the register holds \(members.count) organisations of the listed types",
                at: population.location)
        }
        if members.isEmpty && !register.isEmpty {
            let present = Set(register.compactMap { $0.text("type") }).sorted().joined(separator: ", ")
            diagnostics.error("population \"\(population.name)\" matches no organisation in the register "
                              + "(types listed: \(population.types.joined(separator: ", "))), so every share of it would be 0 of 0",
                              at: population.location, hint: "list types the register uses: \(present)")
        }
        let measures = report.settings.surveyMeasures.map(\.id)
        if Set(measures).count != measures.count {
            diagnostics.error("survey_measures lists an id twice", at: report.settings.location)
        }
    }
}
