package org.newsgraph.export;

import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamResult;

import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;
import org.jgrapht.nio.gexf.GEXFExporter.Parameter;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * GEXF 1.2 for Gephi: JGraphT's exporter writes nodes, edges, labels and typed attributes; dated edges then
 * get GEXF's dynamic {@code start}/{@code end} (the days their date covers) so Gephi's timeline works.
 */
public final class GexfWriter implements ViewGraphWriter {
    @Override
    public void write(ViewGraph graph, OutputStream out) {
        GEXFExporter<ViewGraph.Node, ViewGraph.Edge> exporter = new GEXFExporter<>(ViewGraph.Node::id, ViewGraph.Edge::id);
        exporter.setParameter(Parameter.EXPORT_EDGE_LABELS, true);
        exporter.setParameter(Parameter.EXPORT_META, true);
        exporter.setCreator("newsgraph");
        exporter.setDescription("persons, countries, organisations and treaties; the facts news articles state about them");
        // GEXF writes labels as XML attributes of <node> and <edge>: JGraphT reserves the name "label" for them
        ViewAttributes.NODE.stream().filter(column -> !column.name().equals("label"))
                .forEach(column -> exporter.registerAttribute(column.name(), AttributeCategory.NODE, gexfType(column.type())));
        ViewAttributes.EDGE.stream().filter(column -> !column.name().equals("label"))
                .forEach(column -> exporter.registerAttribute(column.name(), AttributeCategory.EDGE, gexfType(column.type())));
        exporter.setVertexAttributeProvider(ViewAttributes::of);
        exporter.setEdgeAttributeProvider(ViewAttributes::of);
        StringWriter staticGexf = new StringWriter();
        exporter.exportGraph(JGraphTGraphs.of(graph), staticGexf);
        addTimes(staticGexf.toString(), graph, out);
    }

    /**
     * JGraphT's GEXFExporter (1.5.2) has no way to put {@code mode="dynamic"} and {@code timeformat} on the
     * graph nor {@code start}/{@code end} on an edge: it writes a fixed set of XML attributes. So its output
     * passes once through this SAX filter, which adds exactly those attributes, into the same JDK serializer
     * JGraphT uses (it escapes line breaks in attributes as &#10;, which the StAX writer does not).
     */
    private static void addTimes(String gexf, ViewGraph graph, OutputStream out) {
        Map<String, DateRange> times = new HashMap<>();
        graph.edges().forEach(edge -> {
            if (edge.date() != null) {
                times.put(edge.id(), edge.dateRange());
            }
        });
        try {
            SAXParserFactory parsers = SAXParserFactory.newInstance();
            parsers.setNamespaceAware(true);
            parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            XMLFilterImpl filter = new XMLFilterImpl(parsers.newSAXParser().getXMLReader()) {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
                    AttributesImpl more = new AttributesImpl(attributes);
                    if (localName.equals("graph")) {
                        more.addAttribute("", "mode", "mode", "CDATA", "dynamic");
                        more.addAttribute("", "timeformat", "timeformat", "CDATA", "date");
                    } else if (localName.equals("edge")) {
                        DateRange range = times.get(attributes.getValue("id"));
                        if (range != null) {
                            more.addAttribute("", "start", "start", "CDATA", range.first().toString());
                            more.addAttribute("", "end", "end", "CDATA", range.last().toString());
                        }
                    }
                    super.startElement(uri, localName, qName, more);
                }
            };
            Transformer serializer = TransformerFactory.newInstance().newTransformer();
            serializer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            serializer.transform(new SAXSource(filter, new InputSource(new StringReader(gexf))), new StreamResult(out));
        } catch (ParserConfigurationException | SAXException | TransformerException e) {
            throw new IllegalStateException("could not add times to the GEXF that JGraphT wrote: " + e.getMessage(), e);
        }
    }

    private static GEXFAttributeType gexfType(AttributeType type) {
        return switch (type) {
            case BOOLEAN -> GEXFAttributeType.BOOLEAN;
            case INT -> GEXFAttributeType.INTEGER;
            case DOUBLE -> GEXFAttributeType.DOUBLE;
            default -> GEXFAttributeType.STRING;
        };
    }
}
