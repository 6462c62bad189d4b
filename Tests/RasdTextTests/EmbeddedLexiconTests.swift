import RasdTestSupport
import Testing
@testable import RasdText

@Test("the embedded lexicons match Sources/RasdText/Lexicons (run Scripts/embed-lexicons after an edit)")
func embeddedLexiconsAreCurrent() {
    let files = LexiconFiles.contents(ofTarget: "RasdText")
    #expect(!files.isEmpty)
    #expect(Set(files.keys) == Set(EmbeddedLexicons.byFileName.keys))
    for (name, text) in files {
        #expect(EmbeddedLexicons.byFileName[name] == text, "\(name) changed since Scripts/embed-lexicons ran")
    }
}
