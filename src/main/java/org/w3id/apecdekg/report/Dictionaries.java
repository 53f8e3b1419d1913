package org.w3id.apecdekg.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.apecdekg.report.lexicon.CsvFile;
import org.w3id.apecdekg.report.text.NameKeys;
import org.w3id.apecdekg.report.lexicon.Cue;
import org.w3id.apecdekg.report.lexicon.Gazetteer;
import org.w3id.apecdekg.vocab.DEKG;
import org.w3id.apecdekg.vocab.Ids;

/**
 * The word lists the extractor uses: the CSV files of {@code data/dictionaries/} (see its
 * README) plus the names of economies, fora and organisations in the reference data.
 */
public final class Dictionaries {

    /** Value standing for "the reporting economy" in the economy gazetteer. */
    public static final String SELF = "SELF";

    private static final String ORG_NS = "http://www.w3.org/ns/org#";

    /** An agency that writes reports: its name, economy and (optional) organisation slug. */
    public record Agency(String name, String iso2, String orgSlug) {}

    private final Gazetteer<String> economies = new Gazetteer<>();
    private final Gazetteer<String> forums = new Gazetteer<>();
    private final Gazetteer<String> organizations = new Gazetteer<>();
    private final Gazetteer<String> agreements = new Gazetteer<>();
    private final Gazetteer<Agency> agencies = new Gazetteer<>();
    /** agencies.csv and known-organizations.csv: organisations of one economy by name. */
    private final Gazetteer<Agency> economyOrganizations = new Gazetteer<>();
    /** demonyms.csv: adjective → ISO2. */
    private final Gazetteer<String> demonyms = new Gazetteer<>();
    /** places.csv: a city's names → the ISO2 of its economy. */
    private final Gazetteer<String> cityEconomies = new Gazetteer<>();
    private final Set<String> forumAcronyms = new LinkedHashSet<>();
    private final Set<String> economyCodes = new LinkedHashSet<>();
    private final Set<String> referenceAgreements = new LinkedHashSet<>();
    private final Map<String, String> organizationIris = new LinkedHashMap<>();
    private final Map<String, String> projectCodeForums = new LinkedHashMap<>();
    private final Map<String, List<Cue>> cues = new LinkedHashMap<>();
    /** policy-aliases.csv: issuer + TAB + policy key of a written name → the canonical name. */
    private final Map<String, String> policyAliases = new LinkedHashMap<>();
    /** person-aliases.csv: person key of a written name → the canonical names, each with the context it needs. */
    private final Map<String, List<PersonAlias>> personAliases = new LinkedHashMap<>();

    /** A variant of a person's name (person-aliases.csv): the canonical name, valid where the person's body is {@code context}. */
    public record PersonAlias(String name, String context) {}

    /** A row of organization-words.csv: a word, its kind (zh-suffix, zh-prefix, zh-break, demonym, not-org), an ISO2 or "". */
    public record OrganizationWord(String word, String kind, String iso2) {}

    private final List<OrganizationWord> organizationWords = new ArrayList<>();
    /** IRI of a known organisation (reference data, organization-aliases.csv) → its names. */
    private final Map<String, Set<String>> organizationNames = new LinkedHashMap<>();

    private Dictionaries() {}

    public static Dictionaries load(Path dictionaryDir, Model referenceData) {
        Dictionaries d = new Dictionaries();
        Model ref = referenceData == null ? ModelFactory.createDefaultModel() : referenceData;
        Set<String> selfWords = new LinkedHashSet<>();
        for (Cue c : CsvFile.cues(dictionaryDir.resolve("self-references.csv"), "phrase", "note")) {
            selfWords.add(c.text());
            d.economies.add(c.text(), SELF);
        }
        for (Cue c : CsvFile.cues(dictionaryDir.resolve("economy-aliases.csv"), "alias", "iso2")) {
            d.economies.add(c.text(), c.value().equals("-") || c.value().isEmpty() ? null : c.value());
            if (!c.value().equals("-") && !c.value().isEmpty()) {
                d.economyCodes.add(c.value());
            }
        }
        d.loadReferenceEconomies(ref, selfWords);
        for (Cue c : CsvFile.cues(dictionaryDir.resolve("forum-aliases.csv"), "alias", "acronym")) {
            d.forums.add(c.text(), c.value());
            d.forumAcronyms.add(c.value());
        }
        for (Cue c : CsvFile.cues(dictionaryDir.resolve("organization-aliases.csv"), "alias", "slug")) {
            d.organizations.add(c.text(), c.value());
        }
        d.loadReferenceNamed(ref, DEKG.Forum, true);
        d.loadReferenceNamed(ref, ref.createResource(ORG_NS + "Organization"), false);
        d.loadReferenceUnits(ref);
        for (Cue c : CsvFile.cues(dictionaryDir.resolve("organization-aliases.csv"), "alias", "slug")) {
            d.organizationNames.computeIfAbsent(d.organizationIri(c.value()), k -> new LinkedHashSet<>()).add(c.text());
        }
        d.loadProjectNumberCodes(ref);
        for (Resource a : ref.listResourcesWithProperty(RDF.type, DEKG.Agreement).toList()) {
            if (a.getURI() != null && a.getURI().startsWith(Ids.agreement(""))) {
                d.referenceAgreements.add(a.getURI().substring(Ids.agreement("").length()));
            }
        }
        for (Cue c : CsvFile.cues(dictionaryDir.resolve("agreements.csv"), "alias", "slug")) {
            d.agreements.add(c.text(), c.value());
        }
        Path placesFile = dictionaryDir.resolve("places.csv");
        if (java.nio.file.Files.exists(placesFile)) {
            for (Map<String, String> row : CsvFile.read(placesFile)) {
                String name = row.getOrDefault("name", "");
                String economy = row.getOrDefault("economy", "");
                if (!name.isEmpty() && !economy.isEmpty()) {
                    d.cityEconomies.add(name, economy);
                }
            }
        }
        Path orgWords = dictionaryDir.resolve("organization-words.csv");
        if (java.nio.file.Files.exists(orgWords)) {
            for (Map<String, String> row : CsvFile.read(orgWords)) {
                String word = row.getOrDefault("word", "");
                if (!word.isEmpty()) {
                    d.organizationWords.add(new OrganizationWord(word, row.getOrDefault("kind", ""), row.getOrDefault("iso2", "")));
                }
            }
        }
        for (Map<String, String> row : CsvFile.read(dictionaryDir.resolve("agencies.csv"))) {
            Agency a = new Agency(row.get("name"), row.getOrDefault("iso2", ""), row.getOrDefault("org_slug", ""));
            d.agencies.add(a.name(), a);
            d.economyOrganizations.add(a.name(), a);
        }
        Path demonymFile = dictionaryDir.resolve("demonyms.csv");
        if (java.nio.file.Files.exists(demonymFile)) {
            for (Cue c : CsvFile.cues(demonymFile, "demonym", "iso2")) {
                d.demonyms.add(c.text(), c.value());
            }
        }
        Path known = dictionaryDir.resolve("known-organizations.csv");
        if (java.nio.file.Files.exists(known)) {
            for (Map<String, String> row : CsvFile.read(known)) {
                Agency a = new Agency(row.get("name"), row.getOrDefault("iso2", ""), "");
                d.economyOrganizations.add(a.name(), a);
            }
        }
        d.cue("section-cues", dictionaryDir, "cue", "status");
        d.cue("status-phrases", dictionaryDir, "phrase", "status");
        d.cue("cosponsor-triggers", dictionaryDir, "phrase", "position");
        d.cue("kfa-cues", dictionaryDir, "cue", "position");
        d.cue("policy-cues", dictionaryDir, "cue", "policy_type");
        d.cue("policy-topics", dictionaryDir, "keyword", "topic");
        d.cue("policy-exclusions", dictionaryDir, "pattern", "reason");
        d.cue("role-cues", dictionaryDir, "cue", "role");
        d.cue("person-cues", dictionaryDir, "cue", "kind");
        d.cue("agreement-relations", dictionaryDir, "cue", "relation");
        d.cue("list-words", dictionaryDir, "word", "kind");
        d.cue("attendance-cues", dictionaryDir, "cue", "kind");
        d.cue("project-cues", dictionaryDir, "cue", "kind");
        d.cue("table-columns", dictionaryDir, "header", "role");
        d.cue("meeting-cues", dictionaryDir, "cue", "kind");
        d.cue("places", dictionaryDir, "name", "city");
        d.cue("header-fields", dictionaryDir, "label", "field");
        d.cue("report-genres", dictionaryDir, "cue", "iso2");
        d.cue("policy-name-words", dictionaryDir, "word", "kind");
        for (Map<String, String> row : CsvFile.read(dictionaryDir.resolve("policy-aliases.csv"))) {
            String issuer = row.getOrDefault("issuer", "");
            String canonical = row.getOrDefault("canonical", "");
            if (!issuer.isEmpty() && !canonical.isEmpty()) {
                d.policyAliases.putIfAbsent(issuer + "\t" + NameKeys.policy(row.get("name")), canonical);
                d.policyAliases.putIfAbsent(issuer + "\t" + NameKeys.policy(canonical), canonical);
            }
        }
        for (Map<String, String> row : CsvFile.read(dictionaryDir.resolve("person-aliases.csv"))) {
            String name = row.getOrDefault("name", "");
            String context = row.getOrDefault("context", "");
            if (!name.isEmpty() && !context.isEmpty()) {
                d.personAliases.computeIfAbsent(NameKeys.person(row.get("variant")), k -> new ArrayList<>())
                        .add(new PersonAlias(name, context));
            }
        }
        return d;
    }

    private void cue(String name, Path dir, String textColumn, String valueColumn) {
        List<Cue> list = new ArrayList<>(CsvFile.cues(dir.resolve(name + ".csv"), textColumn, valueColumn));
        list.sort(Comparator.comparingInt((Cue c) -> c.text().length()).reversed());
        cues.put(name, List.copyOf(list));
    }

    private void loadReferenceEconomies(Model ref, Set<String> selfWords) {
        List<Resource> list = ref.listResourcesWithProperty(RDF.type, DEKG.Economy).toList();
        list.sort(Comparator.comparing(Resource::getURI, Comparator.nullsLast(Comparator.naturalOrder())));
        for (Resource e : list) {
            String iso2 = notation(e);
            if (iso2 == null && e.getURI() != null && e.getURI().startsWith(Ids.economy(""))) {
                iso2 = e.getURI().substring(Ids.economy("").length());
            }
            if (iso2 == null) {
                continue;
            }
            economyCodes.add(iso2);
            for (String label : labels(e)) {
                if (!selfWords.contains(label)) {
                    economies.add(label, iso2);
                }
            }
        }
    }

    private void loadReferenceNamed(Model ref, Resource type, boolean forum) {
        List<Resource> list = ref.listResourcesWithProperty(RDF.type, type).toList();
        list.sort(Comparator.comparing(Resource::getURI, Comparator.nullsLast(Comparator.naturalOrder())));
        for (Resource r : list) {
            if (r.getURI() == null) {
                continue;
            }
            String key;
            if (forum) {
                key = notation(r);
                if (key == null && r.getURI().startsWith(Ids.forum(""))) {
                    key = r.getURI().substring(Ids.forum("").length());
                }
            } else {
                if (!r.getURI().startsWith(Ids.organization(""))) {
                    continue;
                }
                key = r.getURI().substring(Ids.organization("").length());
            }
            if (key == null) {
                continue;
            }
            if (forum) {
                forumAcronyms.add(key);
                forums.add(key, key);
            } else {
                String n = notation(r);
                if (n != null) {
                    organizations.add(n, key);
                    organizationNames.computeIfAbsent(r.getURI(), k -> new LinkedHashSet<>()).add(n);
                }
            }
            for (String label : labels(r)) {
                (forum ? forums : organizations).add(label, key);
                if (!forum) {
                    organizationNames.computeIfAbsent(r.getURI(), k -> new LinkedHashSet<>()).add(label);
                }
            }
        }
    }

    /**
     * Organisations of the reference data that live outside {@code id/org/} (the APEC Secretariat's
     * units, such as id/forum/PSU): an alias slug equal to their lower-cased notation means them.
     */
    private void loadReferenceUnits(Model ref) {
        Resource orgType = ref.createResource(ORG_NS + "Organization");
        List<Resource> list = ref.listResourcesWithProperty(RDF.type, orgType).toList();
        list.sort(Comparator.comparing(Resource::getURI, Comparator.nullsLast(Comparator.naturalOrder())));
        for (Resource r : list) {
            String n = notation(r);
            if (r.getURI() != null && n != null && !r.getURI().startsWith(Ids.organization(""))
                    && !r.hasProperty(RDF.type, DEKG.Forum)) {
                organizationIris.putIfAbsent(n.toLowerCase(Locale.ROOT), r.getURI());
                Set<String> names = organizationNames.computeIfAbsent(r.getURI(), k -> new LinkedHashSet<>());
                names.add(n);
                names.addAll(labels(r));
            }
        }
    }

    /**
     * The register of project-number codes ({@code dekg:ProjectNumberCode}: skos:notation →
     * dekg:designatesForum), e.g. TEL → id/forum/TELWG. The codes are allowed in project numbers
     * but are not forum names: "SME" in running text is not a forum.
     */
    private void loadProjectNumberCodes(Model ref) {
        List<Resource> list = ref.listResourcesWithProperty(RDF.type, DEKG.ProjectNumberCode).toList();
        list.sort(Comparator.comparing(Resource::getURI, Comparator.nullsLast(Comparator.naturalOrder())));
        for (Resource r : list) {
            String code = notation(r);
            Statement f = r.getProperty(DEKG.designatesForum);
            if (code == null || f == null || !f.getObject().isURIResource()) {
                continue;
            }
            forumAcronyms.add(code);
            projectCodeForums.putIfAbsent(code, f.getResource().getURI());
        }
    }

    private static String notation(Resource r) {
        Statement s = r.getProperty(SKOS.notation);
        return s == null || !s.getObject().isLiteral() ? null : s.getString().strip();
    }

    private static List<String> labels(Resource r) {
        List<String> out = new ArrayList<>();
        for (var p : List.of(SKOS.prefLabel, SKOS.altLabel, RDFS.label, SKOS.notation)) {
            for (Statement s : r.listProperties(p).toList()) {
                RDFNode o = s.getObject();
                if (o.isLiteral()) {
                    out.add(o.asLiteral().getLexicalForm());
                }
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** Economies by name; values are ISO2 codes or {@link #SELF}. */
    public Gazetteer<String> economies()       { return economies; }
    /** APEC fora by name; values are acronyms. */
    public Gazetteer<String> forums()          { return forums; }
    /** Other organisations by name; values are id/org slugs. */
    public Gazetteer<String> organizations()   { return organizations; }
    /** Agreements by name; values are id/agreement slugs. */
    public Gazetteer<String> agreements()      { return agreements; }
    /** The names a known organisation goes by (reference labels, notation, organization-aliases.csv), by IRI. */
    public Set<String> organizationNames(String iri) {
        return organizationNames.getOrDefault(iri, Set.of());
    }

    /** organization-words.csv, in file order. */
    public List<OrganizationWord> organizationWords() { return organizationWords; }
    /** Adjectives naming an economy (demonyms.csv) → ISO2. */
    public Gazetteer<String> demonyms() { return demonyms; }

    /** Host cities (places.csv) by name → ISO2 of their economy. */
    public Gazetteer<String> cityEconomies() { return cityEconomies; }
    /** Organisations of one economy by name: report-writing agencies and known-organizations.csv. */
    public Gazetteer<Agency> economyOrganizations() { return economyOrganizations; }
    /** Report-writing agencies by name. */
    public Gazetteer<Agency> agencies()        { return agencies; }
    /** Forum codes allowed in project numbers: forum acronyms and the registered project-number codes. */
    public Set<String> forumAcronyms()         { return forumAcronyms; }

    /**
     * The IRI of the forum a project-number code stands for: the registered forum (TEL →
     * id/forum/TELWG), else id/forum/{code}.
     */
    public String projectForumIri(String code) {
        return projectCodeForums.getOrDefault(code, Ids.forum(code));
    }
    /** True if the reference data describes the agreement {@code id/agreement/{slug}} (with its labels). */
    public boolean referenceAgreement(String slug) { return referenceAgreements.contains(slug); }

    /** The IRI of an organisation by its slug: the reference data's when it lives elsewhere, else id/org/{slug}. */
    public String organizationIri(String slug) {
        return organizationIris.getOrDefault(slug, Ids.organization(slug));
    }
    public Set<String> economyCodes()          { return economyCodes; }

    /**
     * The canonical name policy-aliases.csv gives a policy of {@code issuer} written {@code name}
     * (compared by {@link NameKeys#policy}), or null. Never crosses issuers.
     */
    public String policyCanonical(String issuer, String name) {
        return name == null ? null : policyAliases.get(issuer + "\t" + NameKeys.policy(name));
    }

    /** The entries of person-aliases.csv for a written name (compared by {@link NameKeys#person}). */
    public List<PersonAlias> personAliases(String name) {
        return personAliases.getOrDefault(NameKeys.person(name), List.of());
    }

    /** The cues of one dictionary file (by base name, e.g. {@code "section-cues"}), longest first. */
    public List<Cue> cues(String file) {
        return cues.getOrDefault(file, List.of());
    }

    /** The value of the longest cue of {@code file} found in {@code text} (case-insensitive), or null. */
    public String firstCueValue(String file, String text) {
        Cue c = findCue(file, text);
        return c == null ? null : c.value();
    }

    /** The longest cue of {@code file} found in {@code text} (case-insensitive), or null. */
    public Cue findCue(String file, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Cue c : cues(file)) {
            if (containsWord(lower, c.text().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }

    /** Cues of {@code file} with the given value. */
    public List<String> cueTexts(String file, String value) {
        List<String> out = new ArrayList<>();
        for (Cue c : cues(file)) {
            if (c.value().equalsIgnoreCase(value)) {
                out.add(c.text());
            }
        }
        return out;
    }

    /** Substring test that respects word boundaries for Latin-script words. */
    public static boolean containsWord(String haystackLower, String needleLower) {
        int from = 0;
        while (true) {
            int i = haystackLower.indexOf(needleLower, from);
            if (i < 0) {
                return false;
            }
            int end = i + needleLower.length();
            boolean startOk = !isWordChar(needleLower.charAt(0)) || i == 0 || !isWordChar(haystackLower.charAt(i - 1));
            boolean endOk = !isWordChar(needleLower.charAt(needleLower.length() - 1)) || end >= haystackLower.length()
                    || !isWordChar(haystackLower.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = i + 1;
        }
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
