/// The catalogue files compiled into the binary (`Package.swift`: `resources: [.embedInCode(...)]`).
enum CatalogueFiles {
    /// The JSON of `language`'s catalogue.
    static func json(for language: Language) -> [UInt8] {
        switch language {
        case .english: PackageResources.en_json
        case .german: PackageResources.de_json
        case .french: PackageResources.fr_json
        case .spanish: PackageResources.es_json
        case .brazilianPortuguese: PackageResources.pt_BR_json
        case .russian: PackageResources.ru_json
        case .japanese: PackageResources.ja_json
        case .simplifiedChinese: PackageResources.zh_Hans_json
        }
    }
}
