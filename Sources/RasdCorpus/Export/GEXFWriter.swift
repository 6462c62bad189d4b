import Foundation

/// The entity graph as GEXF 1.3 (`http://gexf.net/1.3`), the format Gephi opens: each node with
/// its label (the canonical name, else the Arabic one, else the identifier) and the attributes
/// `type`, `canonical_ar`, `mentions`, `documents` (and `hops` around an entity); each edge with
/// its `weight`, its `kind` (GEXF 1.3's edge kind, so a meeting and a co-mention between the
/// same two entities stay two edges), `type="directed"` for `says-about`, `denies`, `supports` and `accuses`, and the
/// attribute `documents` (the ids it lists).
public enum GEXFWriter {
    public static func write(_ graph: EntityGraph, to stream: ExportStream) throws {
        func line(_ text: String) throws { try stream.write(text + "\n") }
        let escape = XMLEscaping.escaped
        let description = graph.entity.map { "Entity graph within \(graph.depth ?? 1) hops of \($0)" } ?? "Entity graph of the corpus"
        try line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        try line("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                 + "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">")
        let seen = graph.minimumWeight == 1 ? "1 document" : "\(graph.minimumWeight) documents"
        try line("  <meta><creator>Rasd</creator><description>\(escape(description + ", edges seen in at least " + seen))</description></meta>")
        try line("  <graph mode=\"static\" defaultedgetype=\"undirected\">")
        try line("    <attributes class=\"node\" mode=\"static\">")
        try line("      <attribute id=\"type\" title=\"type\" type=\"string\"/>")
        try line("      <attribute id=\"canonical_ar\" title=\"canonical_ar\" type=\"string\"/>")
        try line("      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>")
        try line("      <attribute id=\"documents\" title=\"documents\" type=\"integer\"/>")
        if graph.entity != nil { try line("      <attribute id=\"hops\" title=\"hops\" type=\"integer\"/>") }
        try line("    </attributes>")
        try line("    <attributes class=\"edge\" mode=\"static\">")
        try line("      <attribute id=\"documents\" title=\"documents\" type=\"string\"/>")
        try line("    </attributes>")
        try line("    <nodes>")
        for node in graph.nodes {
            let label = node.canonical ?? node.canonicalAr ?? node.entity
            var values = [("type", node.type)]
            if let arabic = node.canonicalAr { values.append(("canonical_ar", arabic)) }
            values += [("mentions", String(node.mentions)), ("documents", String(node.documents))]
            if let hops = node.hops { values.append(("hops", String(hops))) }
            try line("      <node id=\"\(escape(node.entity))\" label=\"\(escape(label))\">" + attributeValues(values) + "</node>")
        }
        try line("    </nodes>")
        try line("    <edges>")
        for (index, edge) in graph.edges.enumerated() {
            try line("      <edge id=\"\(index)\" source=\"\(escape(edge.source))\" target=\"\(escape(edge.target))\""
                     + (edge.directed ? " type=\"directed\"" : "") + " kind=\"\(escape(edge.kind))\" weight=\"\(edge.weight)\">"
                     + attributeValues([("documents", edge.documents.joined(separator: " | "))]) + "</edge>")
        }
        try line("    </edges>")
        try line("  </graph>")
        try line("</gexf>")
    }

    private static func attributeValues(_ values: [(String, String)]) -> String {
        "<attvalues>" + values.map { "<attvalue for=\"\($0.0)\" value=\"\(XMLEscaping.escaped($0.1))\"/>" }.joined() + "</attvalues>"
    }
}
