package org.w3id.apecdekg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.riot.RiotNotFoundException;
import org.w3id.apecdekg.bundle.BadPathException;
import org.w3id.apecdekg.bundle.PathCheck;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a command that fails with an exception prints: {@code error: <message>} on one line, naming the
 * file or directory at fault when there is one, and exit code 1; never a stack trace, unless the
 * environment variable {@code DEKG_DEBUG} (or the system property {@code dekg.debug}) is set to anything
 * but {@code 0} or {@code false}.
 */
public final class CliErrors implements IExecutionExceptionHandler {

    /** Exit code of a command that failed with an exception. */
    public static final int EXIT = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        report(ex, commandLine.getErr());
        return EXIT;
    }

    /** Prints the one-line error for {@code ex} (and, in debug mode, its stack trace). */
    public static void report(Throwable ex, PrintWriter err) {
        err.println("error: " + message(ex));
        if (debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
    }

    /** The one-line message for an exception, from the most telling exception of its cause chain. */
    public static String message(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BadPathException || t instanceof RiotNotFoundException) {
                return firstLine(t.getMessage());
            }
            if (t instanceof UncheckedIOException u) {
                return withReason(u.getMessage(), u.getCause());
            }
            if (t instanceof IOException io) {
                return PathCheck.reason(io);
            }
            if (t instanceof RuntimeIOException r && r.getCause() instanceof IOException io) {
                return withReason(null, io);
            }
        }
        Throwable shown = ex;
        // Spring wraps failures at start-up (bean creation): the innermost exception says what went wrong.
        while (shown.getCause() != null && shown.getCause() != shown
                && shown.getClass().getName().startsWith("org.springframework.")) {
            shown = shown.getCause();
        }
        String text = shown.getMessage();
        if (shown instanceof IllegalArgumentException || shown instanceof IllegalStateException
                || shown instanceof UnsupportedOperationException) {
            return firstLine(text == null ? shown.getClass().getSimpleName() : text);
        }
        return (text == null ? shown.getClass().getSimpleName() : shown.getClass().getSimpleName() + ": " + firstLine(text))
                + (debug() ? "" : " (set DEKG_DEBUG=1 for the stack trace)");
    }

    private static String withReason(String message, IOException cause) {
        if (cause == null) {
            return message == null ? "input/output error" : firstLine(message);
        }
        if (message == null || message.equals(cause.toString())) {
            return PathCheck.reason(cause);
        }
        String file = cause instanceof java.nio.file.FileSystemException f ? f.getFile() : null;
        String reason = PathCheck.reason(cause, file == null || !message.contains(file));
        return message.contains(reason) ? firstLine(message) : firstLine(message) + ": " + reason;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip() + " …";
    }

    /** True when stack traces were asked for. */
    public static boolean debug() {
        String v = System.getenv("DEKG_DEBUG");
        if (v == null) {
            v = System.getProperty("dekg.debug");
        }
        return v != null && !v.isBlank() && !v.equals("0") && !v.toLowerCase(Locale.ROOT).equals("false");
    }
}
