import RasdTestSupport
import Testing
@testable import RasdAnalysis

@Test("the embedded lexicons match Sources/RasdAnalysis/Lexicons (run Scripts/embed-lexicons after an edit)")
func embeddedLexiconsAreCurrent() {
    let files = LexiconFiles.contents(ofTarget: "RasdAnalysis")
    #expect(!files.isEmpty)
    #expect(Set(files.keys) == Set(EmbeddedLexicons.byFileName.keys))
    for (name, text) in files {
        #expect(EmbeddedLexicons.byFileName[name] == text, "\(name) changed since Scripts/embed-lexicons ran")
    }
}
