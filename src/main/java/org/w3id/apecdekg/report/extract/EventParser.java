package org.w3id.apecdekg.report.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Mention;
import org.w3id.apecdekg.report.text.DateMention;
import org.w3id.apecdekg.report.text.DateParser;

/** Project events: a sentence with a workshop cue and a full date (or range), and the economy where it is held. */
public final class EventParser {

    /** How far after the date the host economy may be named. */
    static final int HOST_WINDOW = 16;

    private final ExtractionContext ctx;

    public EventParser(ExtractionContext ctx) {
        this.ctx = ctx;
    }

    public List<ProjectMention.EventInfo> parse(String text) {
        List<ProjectMention.EventInfo> out = new ArrayList<>();
        Cue kind = ctx.dict().findCue("meeting-cues", text);
        if (kind == null || !kind.value().equals("workshop")) {
            return out;
        }
        for (DateMention d : DateParser.find(text, ctx.defaultYear())) {
            String host = null;
            for (Mention<String> m : ctx.economies(text)) {
                if (m.from() >= d.to() && m.from() - d.to() <= HOST_WINDOW) {
                    host = m.value();
                    break;
                }
            }
            out.add(new ProjectMention.EventInfo("workshop", d.start(), d.end(), host));
            break;
        }
        return out;
    }
}
