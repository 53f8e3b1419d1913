package org.w3id.apecdekg.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar redrawn in place ({@code \r}) on a terminal; silent when the output is
 * not a terminal (a pipe, a file, a test), so logs hold only the per-file lines.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean enabled;
    private final int total;
    private int shownLength;

    ProgressBar(PrintWriter out, boolean enabled, int total) {
        this.out = out;
        this.enabled = enabled && total > 1;
        this.total = total;
    }

    /** True when standard output is an interactive terminal. */
    static boolean onTerminal() {
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    void show(int done, String current) {
        if (!enabled) {
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String name = current.length() > 40 ? "…" + current.substring(current.length() - 39) : current;
        String line = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + name;
        out.print("\r" + line + " ".repeat(Math.max(0, shownLength - line.length())));
        out.flush();
        shownLength = line.length();
    }

    /** Clears the bar so the next line starts clean. */
    void clear() {
        if (enabled && shownLength > 0) {
            out.print("\r" + " ".repeat(shownLength) + "\r");
            out.flush();
            shownLength = 0;
        }
    }
}
