package org.w3id.apecdekg.evaluate;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps extracted meetings to the expected meeting keys of a document, the way project keys map
 * projects: an extracted meeting takes the key of an expected meeting of the same forum (or, for an
 * event of no forum, one whose name contains or is contained in one of its labels), preferring one
 * with the same start date; each expected key is taken once. Unmatched meetings keep their IRI.
 */
final class MeetingKeys {

    /** A meeting as extracted: IRI, forum code ("-" for none), labels, start date (or null). */
    record ExtractedMeeting(String iri, String forum, List<String> labels, String start) {}

    private MeetingKeys() {}

    static Map<String, String> of(List<Fact> expected, List<ExtractedMeeting> meetings) {
        Map<String, String> forumOf = new LinkedHashMap<>();
        Map<String, String> dateOf = new LinkedHashMap<>();
        for (Fact f : expected) {
            if (f.type().equals("meeting")) {
                forumOf.put(f.subject(), f.object());
            } else if (f.type().equals("meeting-date")) {
                dateOf.put(f.subject(), f.object());
            }
        }
        Set<String> taken = new HashSet<>();
        Map<String, String> keys = new LinkedHashMap<>();
        for (boolean byDate : new boolean[] {true, false}) {
            for (ExtractedMeeting m : meetings) {
                if (keys.containsKey(m.iri())) {
                    continue;
                }
                for (Map.Entry<String, String> e : forumOf.entrySet()) {
                    String key = e.getKey();
                    if (taken.contains(key) || !compatible(key, e.getValue(), m)) {
                        continue;
                    }
                    String date = dateOf.get(key);
                    if (byDate && (date == null || !date.equals(m.start()))) {
                        continue;
                    }
                    keys.put(m.iri(), key);
                    taken.add(key);
                    break;
                }
            }
        }
        for (ExtractedMeeting m : meetings) {
            keys.putIfAbsent(m.iri(), m.iri());
        }
        return keys;
    }

    private static boolean compatible(String key, String forum, ExtractedMeeting m) {
        if (!forum.equals("-")) {
            return forum.equals(m.forum());
        }
        return m.labels().stream().anyMatch(l -> Names.containsEither(l, key));
    }
}
