package org.w3id.apecdekg.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.UnsupportedRDFormatException;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.w3id.apecdekg.export.JenaRio;

/**
 * Reads partner RDF with RDF4J Rio, in any format Rio has a parser for, chosen by the file
 * extension or else the media type. Every statement (named graphs included) goes into one graph.
 * A syntax error becomes {@code FILE:LINE:COLUMN: message}.
 */
final class RdfFileReader {

    private RdfFileReader() {}

    /** The Rio format for a file name, else for a media type. */
    static Optional<RDFFormat> formatOf(String fileName, String mediaType) {
        Optional<RDFFormat> byName = fileName == null ? Optional.empty() : Rio.getParserFormatForFileName(fileName);
        if (byName.isPresent() || mediaType == null) {
            return byName;
        }
        return Rio.getParserFormatForMIMEType(mediaType.split(";")[0].strip());
    }

    static Graph read(String fileName, byte[] content, RDFFormat format, String baseIri) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser parser;
        try {
            parser = Rio.createParser(format);
        } catch (UnsupportedRDFormatException e) {
            throw new ImportException(ImportException.Kind.UNSUPPORTED_FORMAT, fileName + ": " + e.getMessage());
        }
        parser.getParserConfig().set(BasicParserSettings.VERIFY_URI_SYNTAX, true);
        parser.setRDFHandler(new AbstractRDFHandler() {
            @Override
            public void handleStatement(Statement st) {
                graph.add(JenaRio.quad(st).asTriple());
            }
        });
        try {
            parser.parse(new ByteArrayInputStream(content), baseIri);
        } catch (RDFParseException e) {
            long line = e.getLineNumber();
            long column = e.getColumnNumber();
            if (column < 1) {
                // Rio gives no column for some errors (e.g. an unterminated literal); Jena's tokenizer does.
                long[] jena = jenaPosition(content, format);
                if (jena != null) {
                    line = jena[0];
                    column = jena[1];
                }
            }
            String where = fileName + (line > 0 ? ":" + line : "") + (line > 0 && column > 0 ? ":" + column : "");
            String message = e.getMessage().replaceAll("\\s*\\[line \\d+(, column \\d+)?\\]\\s*$", "");
            throw new ImportException(ImportException.Kind.SYNTAX, where + ": syntax error: " + message);
        } catch (IOException e) {
            throw new ImportException(ImportException.Kind.SYNTAX, fileName + ": " + e.getMessage());
        }
        return graph;
    }

    /** Line and column of the first syntax error Jena finds in the same bytes, or null. */
    private static long[] jenaPosition(byte[] content, RDFFormat format) {
        Lang lang = RDFLanguages.contentTypeToLang(format.getDefaultMIMEType());
        if (lang == null) {
            return null;
        }
        long[] position = new long[2];
        ErrorHandler capture = new ErrorHandler() {
            @Override public void warning(String message, long line, long col) {}
            @Override public void error(String message, long line, long col) { fatal(message, line, col); }
            @Override public void fatal(String message, long line, long col) {
                if (position[0] == 0) {
                    position[0] = line;
                    position[1] = col;
                }
                throw new RiotParseException(message, line, col);
            }
        };
        try {
            org.apache.jena.riot.RDFParser.source(new ByteArrayInputStream(content)).lang(lang).errorHandler(capture)
                    .parse(StreamRDFLib.sinkNull());
        } catch (RuntimeException e) {
            // position recorded by the handler
        }
        return position[0] > 0 && position[1] > 0 ? position : null;
    }
}
