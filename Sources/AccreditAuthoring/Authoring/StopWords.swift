import AccreditCore

/// Common Danish and English words that say nothing about what a requirement asks for,
/// left out when comparing requirement texts. Words of three letters or fewer are dropped
/// anyway, so only longer ones are listed; so are words every requirement in this field uses.
enum StopWords {
    static let all: Set<String> = danish.union(english).union(domain)

    static let danish: Set<String> = [
        "alle", "andre", "andet", "anden", "blev", "bliver", "blive", "både", "dens", "deres", "dette", "disse",
        "eller", "efter", "ellers", "fordi", "foran", "gennem", "have", "hvad", "hvis", "hvor", "hvordan",
        "hvilke", "hvilken", "ikke", "inden", "indenfor", "kunne", "lige", "meget", "mellem", "mere", "mest",
        "mindst", "også", "over", "samt", "sådan", "selv", "sine", "sidste", "skal", "skulle", "som", "over",
        "typisk", "under", "uden", "vores", "være", "været", "blandt", "herunder", "f.eks", "eksempel", "derfor",
        "omkring", "ligesom", "således", "gerne", "hver", "hvert", "enhver", "nogle", "noget", "nogen", "sammen",
    ]

    static let english: Set<String> = [
        "about", "also", "been", "being", "both", "does", "each", "every", "from", "have", "having", "into",
        "more", "most", "must", "other", "over", "same", "shall", "should", "some", "such", "than", "that",
        "their", "them", "then", "there", "these", "they", "this", "those", "through", "under", "what", "when",
        "where", "which", "while", "will", "with", "within", "would", "example", "typical", "typically",
        "least", "among", "including", "whole",
    ]

    /// Words so common in quality standards that sharing them says little.
    static let domain: Set<String> = [
        "kommunen", "kommunens", "municipality", "municipality's", "organisation", "organisationen",
        "organisationens", "organisation's", "requirement", "krav", "kravet", "standard", "standarden",
        "evidence", "dokumentation", "would", "show", "vise",
    ]
}
