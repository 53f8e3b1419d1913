package org.w3id.apecdekg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.apecdekg.store.DekgStore;
import org.w3id.apecdekg.vocab.Ids;

/**
 * Runs every query of {@code queries/} over the sample data ({@code src/test/resources/sample/sample.trig}
 * plus {@code data/reference/*.ttl}) in a real TDB2 store with a union default graph, and compares
 * the exact rows, in order. The expected rows were worked out by reading the sample data.
 *
 * <p>Cells are written as: IRIs without {@code https://w3id.org/apec-dekg/} ({@code id/economy/TW}),
 * language-tagged literals as {@code text@lang}, other literals as their lexical form, unbound as null.
 */
class LibraryQueriesTests {

    static final Path QUERIES = Path.of("queries");
    static final Path SAMPLE = Path.of("src/test/resources/sample/sample.trig");
    static final Path REFERENCE = Path.of("data/reference");

    static final String R1 = "id/report/moda-apec-desg-som3-2024";
    static final String R1_IRI = Ids.report("moda-apec-desg-som3-2024");
    static final String R2 = "id/report/synthetic-desg-2025";
    static final String R2_IRI = Ids.report("synthetic-desg-2025");
    static final String R1_DATE = "2024-11-15";
    static final String R2_DATE = "2025-03-31";

    static final String DONE = "參、會議情形 > 三、數位經濟指導小組第一次會議 > (七) 各經濟體更新計畫進度 > 1. 已完成之計畫";
    static final String ONGOING = "參、會議情形 > 三、數位經濟指導小組第一次會議 > (七) 各經濟體更新計畫進度 > 2. 執行中計畫";
    static final String DPS_SECTION =
            "參、會議情形 > 三、數位經濟指導小組第一次會議 > （二）資料隱私次級小組（Data Privacy Sub-group, DPS）主席報告";

    // Projects of the sample: IRI, number, label as the queries pick it (English, else Chinese).
    static final String P_CTI01 = "id/project/CTI-01-2023S";
    static final String P_CTI05 = "id/project/CTI-05-2022S";
    static final String P_DESG02_21 = "id/project/DESG-02-2021";
    static final String P_DESG01_24 = "id/project/DESG-01-2024S";
    static final String P_DESG02_24 = "id/project/DESG-02-2024S";
    static final String P_DESG101 = "id/project/DESG-101-2024A";
    static final String P_DESG03_25 = "id/project/DESG-03-2025";
    static final String P_AI_GOV = "id/project/CN-5d1f0a2b7c3e";
    static final String P_PETS = "id/project/TW-8a4c2e6f1b09";
    static final String P_ENV = "id/project/PE-c37e91d04a58";

    static final String L_CTI01 = "Fostering Greater SME Participation in Global Value Chains - Phase 2: "
            + "Utilisation of Digital Technologies and Digitalisation@en";
    static final String L_CTI05 = "Measuring the Economic Impact of Digital Trade / e-Commerce Provisions@en";
    static final String L_DESG02_21 = "APEC 經濟體利用數位科技為貧困長者提供服務之障礙與機會研究@zh-Hant";
    static final String L_DESG01_24 = "Measuring the Economic Relationship between Digitalisation and Digital Trade@en";
    static final String L_DESG02_24 = "探討 APEC 經濟體於 AI 公私夥伴關係之機會@zh-Hant";
    static final String L_DESG101 = "透過在全通路環境中無縫營運，使微中小企業能夠在全球經濟中成長@zh-Hant";
    static final String L_DESG03_25 = "AI Policy Dialogue in the Context of Trade@en";
    static final String L_AI_GOV = "Cooperation on Artificial Intelligence Governance@en";
    static final String L_PETS = "Workshop on Privacy Enhancing Technologies-Opportunities and Challenges@en";
    static final String L_ENV = "環境監測技術創新工作坊，應用 AI、大數據等技術於生產活動@zh-Hant";

    static final String DESG_MEETING = "id/event/desg-2024-08-19";
    static final String DPS_MEETING = "id/event/dps-2024-08-18";
    static final String WORKSHOP = "id/event/desg-workshop-omnichannel-msme-2024-08-16";
    static final String L_DESG_MEETING = "DESG 2nd Meeting in 2024@en";
    static final String L_DPS_MEETING = "49th DPS Meeting@en";
    static final String L_WORKSHOP = "DESG 工作坊-透過在全通路環境中無縫營運，使微中小企業在全球經濟中成長:公私部門能力建構工作坊@zh-Hant";

    /** Every query of the library has at least one test below; keep in step with queries/. */
    static final Set<String> TESTED = new TreeSet<>(List.of(
            "agreement-participation", "cosponsorship-evidence", "cosponsorship-network", "economies-by-kfa",
            "economy-profile", "extraction-issues", "fact-evidence", "kfa-coverage", "labels-missing-language",
            "meeting-attendance-matrix", "meeting-quorum", "people-by-forum", "policy-timeline",
            "policy-topic-counts", "project-status-changes", "projects-by-economy", "projects-by-forum",
            "projects-by-funding-source", "projects-by-status", "projects-by-year", "projects-without-kfa",
            "reports"));

    @TempDir
    static Path storeDir;

    static DekgStore store;
    static QueryLibrary library;
    static QueryRunner runner;

    @BeforeAll
    static void loadSample() {
        store = DekgStore.open(storeDir);
        Node referenceGraph = NodeFactory.createURI(Ids.GRAPH_REFERENCE);
        store.write(dsg -> {
            RDFDataMgr.read(dsg, SAMPLE.toString());
            for (Path ttl : referenceFiles()) {
                RDFDataMgr.read(dsg.getGraph(referenceGraph), ttl.toString());
            }
        });
        library = QueryLibrary.load(QUERIES);
        runner = new QueryRunner(store, new ResultCache(100));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    // ------------------------------------------------------------------ coverage

    @Test
    void everyQueryOfTheLibraryIsTested() {
        Set<String> names = library.all().stream().map(QueryDefinition::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(names).isEqualTo(TESTED);
    }

    // ------------------------------------------------------------------ economies

    @Test
    void economyProfileDefaultsToChineseTaipei() {
        assertThat(columns("economy-profile")).containsExactly("relation", "item", "label", "detail");
        assertThat(rows("economy-profile")).containsExactly(
                r("proposes", P_PETS, L_PETS, null),
                r("co-sponsors", P_CTI01, L_CTI01, "CTI 01 2023S"),
                r("co-sponsors", P_CTI05, L_CTI05, "CTI 05 2022S"),
                r("co-sponsors", P_DESG01_24, L_DESG01_24, "DESG 01 2024S"),
                r("co-sponsors", P_DESG02_21, L_DESG02_21, "DESG 02 2021"),
                r("co-sponsors", P_DESG02_24, L_DESG02_24, "DESG 02 2024S"),
                r("co-sponsors", P_DESG03_25, L_DESG03_25, "DESG 03 2025"),
                r("co-sponsors", P_DESG101, L_DESG101, "DESG 101 2024A"),
                r("co-sponsors", P_ENV, L_ENV, null),
                r("issued", "id/policy/TW-6e2a9c4f0b58", "AI 基本法@zh-Hant", "2024"),
                r("issued", "id/policy/TW-d3b8e1a7c406", "Digital Identity Wallet Project@en", null),
                r("attended", DPS_MEETING, L_DPS_MEETING, "2024-08-18"),
                r("attended", DESG_MEETING, L_DESG_MEETING, "2024-08-19"));
    }

    @Test
    void economyProfileOfAustralia() {
        assertThat(rows("economy-profile", "economy", "AU")).containsExactly(
                r("proposes", P_CTI01, L_CTI01, "CTI 01 2023S"),
                r("proposes", P_CTI05, L_CTI05, "CTI 05 2022S"),
                r("proposes", P_DESG01_24, L_DESG01_24, "DESG 01 2024S"),
                r("co-sponsors", P_DESG101, L_DESG101, "DESG 101 2024A"),
                r("issued", "id/policy/AU-4c6a1e93b2d7", "National Framework for the Assurance of AI@en", "2023"),
                r("issued", "id/policy/AU-e85b3d2f6a14", "Digital ID Bill@en", "2024-12-01"),
                r("attended", DPS_MEETING, L_DPS_MEETING, "2024-08-18"),
                r("attended", DESG_MEETING, L_DESG_MEETING, "2024-08-19"));
    }

    @Test
    void economyProfileOfHongKongAndOfAnEconomyWithNothing() {
        assertThat(rows("economy-profile", "economy", "HK")).containsExactly(
                r("co-sponsors", P_CTI01, L_CTI01, "CTI 01 2023S"),
                r("co-sponsors", P_CTI05, L_CTI05, "CTI 05 2022S"),
                r("co-sponsors", P_DESG01_24, L_DESG01_24, "DESG 01 2024S"),
                r("co-sponsors", P_AI_GOV, L_AI_GOV, null),
                r("attended", DESG_MEETING, L_DESG_MEETING, "2024-08-19"));
        assertThat(rows("economy-profile", "economy", "BN")).isEmpty();
    }

    @Test
    void illTypedEconomyCodesAreRefused() {
        assertThatThrownBy(() -> rows("economy-profile", "economy", "tw"))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("economy");
        assertThatThrownBy(() -> rows("economy-profile", "economy", "TWN"))
                .isInstanceOf(BadParameterException.class);
        assertThatThrownBy(() -> rows("economy-profile", "country", "TW"))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("unknown parameter 'country'");
    }

    // ------------------------------------------------------------------ co-sponsorship network

    @Test
    void cosponsorshipNetworkLinksEveryPairOfBackersOfAProject() {
        assertThat(columns("cosponsorship-network")).containsExactly(
                "source", "sourceCode", "sourceLabel", "target", "targetCode", "targetLabel", "projects");
        List<List<String>> expected = network(p -> true);
        assertThat(expected).hasSize(77);
        assertThat(rows("cosponsorship-network")).containsExactlyElementsOf(expected);
        // the strongest ties, worked out by hand
        assertThat(expected.subList(0, 4)).containsExactly(
                pair("TW", "US", 5), pair("AU", "TW", 4), pair("AU", "US", 4), pair("PE", "TW", 4));
    }

    @Test
    void cosponsorshipNetworkFilteredByYearAndForum() {
        assertThat(rows("cosponsorship-network", "year", "2025")).containsExactly(
                pair("JP", "KR", 1), pair("JP", "TW", 1), pair("KR", "TW", 1));
        assertThat(rows("cosponsorship-network", "forum", "DESG", "year", "2024"))
                .containsExactlyElementsOf(network(p -> p.forum.equals("DESG") && Integer.valueOf(2024).equals(p.year)));
        assertThat(rows("cosponsorship-network", "forum", "DESG", "year", "2024").get(0)).isEqualTo(pair("TW", "US", 3));
        assertThat(rows("cosponsorship-network", "forum", "CTI"))
                .containsExactlyElementsOf(network(p -> p.forum.equals("CTI")));
        assertThat(rows("cosponsorship-network", "forum", "CTI", "year", "2021")).isEmpty();
        assertThatThrownBy(() -> rows("cosponsorship-network", "year", "abc"))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> rows("cosponsorship-network", "year", "24"))
                .isInstanceOf(BadParameterException.class);
    }

    // ------------------------------------------------------------------ projects

    @Test
    void projectsOfChineseTaipeiByDefault() {
        assertThat(columns("projects-by-economy"))
                .containsExactly("project", "number", "label", "role", "forumCode", "statusCode");
        assertThat(rows("projects-by-economy")).containsExactly(
                r(P_PETS, null, L_PETS, "proposer", "DESG", "proposed"),
                r(P_CTI01, "CTI 01 2023S", L_CTI01, "co-sponsor", "CTI", "completed"),
                r(P_CTI05, "CTI 05 2022S", L_CTI05, "co-sponsor", "CTI", "completed"),
                r(P_DESG01_24, "DESG 01 2024S", L_DESG01_24, "co-sponsor", "DESG", "completed"),
                r(P_DESG02_21, "DESG 02 2021", L_DESG02_21, "co-sponsor", "DESG", "completed"),
                r(P_DESG02_24, "DESG 02 2024S", L_DESG02_24, "co-sponsor", "DESG", "ongoing"),
                r(P_DESG03_25, "DESG 03 2025", L_DESG03_25, "co-sponsor", "DESG", "proposed"),
                r(P_DESG101, "DESG 101 2024A", L_DESG101, "co-sponsor", "DESG", "ongoing"),
                r(P_ENV, null, L_ENV, "co-sponsor", "DESG", "proposed"));
    }

    @Test
    void projectsOfAustraliaAndRoleFilter() {
        assertThat(rows("projects-by-economy", "economy", "AU")).containsExactly(
                r(P_CTI01, "CTI 01 2023S", L_CTI01, "proposer", "CTI", "completed"),
                r(P_CTI05, "CTI 05 2022S", L_CTI05, "proposer", "CTI", "completed"),
                r(P_DESG01_24, "DESG 01 2024S", L_DESG01_24, "proposer", "DESG", "completed"),
                r(P_DESG101, "DESG 101 2024A", L_DESG101, "co-sponsor", "DESG", "ongoing"));
        assertThat(rows("projects-by-economy", "economy", "AU", "role", "co-sponsor")).containsExactly(
                r(P_DESG101, "DESG 101 2024A", L_DESG101, "co-sponsor", "DESG", "ongoing"));
        assertThat(rows("projects-by-economy", "role", "proposer")).containsExactly(
                r(P_PETS, null, L_PETS, "proposer", "DESG", "proposed"));
        assertThatThrownBy(() -> rows("projects-by-economy", "role", "sponsor"))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("not one of");
    }

    @Test
    void projectsPerForum() {
        assertThat(columns("projects-by-forum")).containsExactly("forum", "forumCode", "forumLabel", "projects");
        assertThat(rows("projects-by-forum")).containsExactly(
                r("id/forum/DESG", "DESG", "Digital Economy Steering Group@en", "8"),
                r("id/forum/CTI", "CTI", "Committee on Trade and Investment@en", "2"));
        // DESG 01 2024S counts as completed: the later (synthetic) report says so
        assertThat(rows("projects-by-forum", "status", "completed")).containsExactly(
                r("id/forum/CTI", "CTI", "Committee on Trade and Investment@en", "2"),
                r("id/forum/DESG", "DESG", "Digital Economy Steering Group@en", "2"));
        assertThat(rows("projects-by-forum", "status", "ongoing")).containsExactly(
                r("id/forum/DESG", "DESG", "Digital Economy Steering Group@en", "3"));
    }

    @Test
    void projectsPerYearOfTheProjectNumber() {
        assertThat(columns("projects-by-year")).containsExactly("year", "projects");
        assertThat(rows("projects-by-year")).containsExactly(
                r("2021", "1"), r("2022", "1"), r("2023", "1"), r("2024", "3"), r("2025", "1"));
        assertThat(rows("projects-by-year", "forum", "CTI")).containsExactly(r("2022", "1"), r("2023", "1"));
        assertThat(rows("projects-by-year", "forum", "ECSG")).isEmpty();
    }

    @Test
    void projectsByCurrentStatus() {
        assertThat(columns("projects-by-status"))
                .containsExactly("statusCode", "project", "number", "label", "proposerCode", "statusDate");
        assertThat(rows("projects-by-status")).containsExactly(
                r("completed", P_CTI01, "CTI 01 2023S", L_CTI01, "AU", R1_DATE),
                r("completed", P_CTI05, "CTI 05 2022S", L_CTI05, "AU", R1_DATE),
                r("completed", P_DESG01_24, "DESG 01 2024S", L_DESG01_24, "AU", R2_DATE),
                r("completed", P_DESG02_21, "DESG 02 2021", L_DESG02_21, "PE", R1_DATE),
                r("ongoing", P_DESG02_24, "DESG 02 2024S", L_DESG02_24, "ID", R1_DATE),
                r("ongoing", P_DESG101, "DESG 101 2024A", L_DESG101, "US", R2_DATE),
                r("ongoing", P_AI_GOV, null, L_AI_GOV, "CN", R1_DATE),
                r("proposed", P_DESG03_25, "DESG 03 2025", L_DESG03_25, "KR", R2_DATE),
                r("proposed", P_PETS, null, L_PETS, "TW", R1_DATE),
                r("proposed", P_ENV, null, L_ENV, "PE", R1_DATE));
        assertThat(rows("projects-by-status", "status", "proposed")).containsExactly(
                r("proposed", P_DESG03_25, "DESG 03 2025", L_DESG03_25, "KR", R2_DATE),
                r("proposed", P_PETS, null, L_PETS, "TW", R1_DATE),
                r("proposed", P_ENV, null, L_ENV, "PE", R1_DATE));
        assertThatThrownBy(() -> rows("projects-by-status", "status", "done"))
                .isInstanceOf(BadParameterException.class);
    }

    @Test
    void projectsPerFundingSourceIncludingUnusedSources() {
        assertThat(columns("projects-by-funding-source")).containsExactly("fundingSource", "code", "label", "projects");
        assertThat(rows("projects-by-funding-source")).containsExactly(
                r("id/funding-source/self-funded", "self-funded", "Self-funded@en", "4"),
                r("id/funding-source/gpa", "gpa", "General Project Account@en", "2"),
                r("id/funding-source/asf", "asf", "APEC Support Fund@en", "1"),
                r("id/funding-source/asf-connectivity", "asf-connectivity", "ASF Connectivity sub-fund@en", "0"),
                r("id/funding-source/asf-digital-innovation", "asf-digital-innovation",
                        "ASF Digital Innovation sub-fund@en", "0"),
                r("id/funding-source/asf-general-fund", "asf-general-fund", "ASF General Fund@en", "0"),
                r("id/funding-source/asf-human-security", "asf-human-security", "ASF Human Security sub-fund@en", "0"),
                r("id/funding-source/asf-ierg", "asf-ierg",
                        "ASF Innovative Development, Economic Reform and Growth sub-fund@en", "0"),
                r("id/funding-source/asf-msme", "asf-msme",
                        "ASF Micro, Small and Medium Enterprises sub-fund@en", "0"),
                r("id/funding-source/tilf", "tilf",
                        "Trade and Investment Liberalisation and Facilitation account@en", "0"));
    }

    // ------------------------------------------------------------------ KFAs

    @Test
    void kfaCoverageCountsProjectsPerKfaIncludingZero() {
        assertThat(columns("kfa-coverage")).containsExactly("kfa", "kfaNumber", "kfaLabel", "projects");
        List<List<String>> rows = rows("kfa-coverage");
        assertThat(rows).extracting(row -> row.get(1))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        assertThat(rows).extracting(row -> row.get(3))
                .containsExactly("0", "0", "0", "0", "1", "1", "0", "0", "1", "1", "1");
        assertThat(rows.get(0)).containsExactly("id/aider-kfa/1", "1", "Development of digital infrastructure@en", "0");
        assertThat(rows.get(8)).containsExactly("id/aider-kfa/9", "9",
                "Improvement of baseline Internet and Digital Economy measurements@en", "1");
    }

    @Test
    void economiesPerKfa() {
        assertThat(columns("economies-by-kfa"))
                .containsExactly("kfaNumber", "kfaLabel", "economy", "economyCode", "economyLabel", "projects");
        String kfa5 = "Promoting coherence and cooperation of regulatory approaches affecting the Internet and Digital Economy@en";
        String kfa6 = "Promoting innovation and adoption of enabling technologies and services@en";
        String kfa9 = "Improvement of baseline Internet and Digital Economy measurements@en";
        String kfa10 = "Enhancing inclusiveness of Internet and Digital Economy@en";
        String kfa11 = "Facilitation of E-commerce and advancing cooperation on digital trade@en";
        List<List<String>> expected = new ArrayList<>();
        for (String code : List.of("AU", "CL", "TW", "US")) {         // DESG 101 2024A
            expected.add(economyRow("5", kfa5, code, "1"));
        }
        for (String code : List.of("AU", "CL", "TW", "US")) {
            expected.add(economyRow("6", kfa6, code, "1"));
        }
        for (String code : List.of("AU", "HK", "NZ", "SG", "TW", "US")) { // DESG 01 2024S (synthetic report)
            expected.add(economyRow("9", kfa9, code, "1"));
        }
        for (String code : List.of("AU", "CL", "TW", "US")) {
            expected.add(economyRow("10", kfa10, code, "1"));
        }
        for (String code : List.of("JP", "KR", "TW")) {               // DESG 03 2025 (synthetic report)
            expected.add(economyRow("11", kfa11, code, "1"));
        }
        assertThat(rows("economies-by-kfa")).containsExactlyElementsOf(expected);
        assertThat(rows("economies-by-kfa", "kfa", "9")).containsExactlyElementsOf(expected.subList(8, 14));
        assertThat(rows("economies-by-kfa", "kfa", "1")).isEmpty();
        assertThatThrownBy(() -> rows("economies-by-kfa", "kfa", "five"))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("integer");
    }

    @Test
    void projectsWithoutKfa() {
        assertThat(columns("projects-without-kfa"))
                .containsExactly("project", "number", "label", "proposerCode", "forumCode");
        assertThat(rows("projects-without-kfa")).containsExactly(
                r(P_CTI01, "CTI 01 2023S", L_CTI01, "AU", "CTI"),
                r(P_CTI05, "CTI 05 2022S", L_CTI05, "AU", "CTI"),
                r(P_DESG02_21, "DESG 02 2021", L_DESG02_21, "PE", "DESG"),
                r(P_DESG02_24, "DESG 02 2024S", L_DESG02_24, "ID", "DESG"),
                r(P_AI_GOV, null, L_AI_GOV, "CN", "DESG"),
                r(P_PETS, null, L_PETS, "TW", "DESG"),
                r(P_ENV, null, L_ENV, "PE", "DESG"));
    }

    // ------------------------------------------------------------------ policies

    static final List<String> SG_MODEL = r("2019", "2019", "id/policy/SG-2b9e4f7a1c30",
            "Model AI Governance Framework@en", "SG", "framework", "ai-governance");
    static final List<String> CL_AI = r("2021", "2021", "id/policy/CL-93a7f2b8c5e1",
            "國家 AI 政策@zh-Hant", "CL", "strategy", "ai-governance");
    static final List<String> KR_RIGHTS_INCLUSION = r("2022", "2022", "id/policy/KR-0f4d6b2e8a73",
            "Digital Bill of Rights@en", "KR", "framework", "digital-inclusion");
    static final List<String> KR_RIGHTS_PRIVACY = r("2022", "2022", "id/policy/KR-0f4d6b2e8a73",
            "Digital Bill of Rights@en", "KR", "framework", "privacy");
    static final List<String> AU_ASSURANCE = r("2023", "2023", "id/policy/AU-4c6a1e93b2d7",
            "National Framework for the Assurance of AI@en", "AU", "framework", "ai-governance");
    static final List<String> SG_STRATEGY = r("2023", "2023", "id/policy/SG-71d0c8e5a942",
            "National AI Strategy 2.0@en", "SG", "strategy", "ai-governance");
    static final List<String> TW_AI_ACT = r("2024", "2024", "id/policy/TW-6e2a9c4f0b58",
            "AI 基本法@zh-Hant", "TW", "bill", "ai-governance");
    static final List<String> AU_DIGITAL_ID = r("2024-12-01", "2024", "id/policy/AU-e85b3d2f6a14",
            "Digital ID Bill@en", "AU", "bill", "digital-identity");
    static final List<String> TW_WALLET = r(null, null, "id/policy/TW-d3b8e1a7c406",
            "Digital Identity Wallet Project@en", "TW", "programme", "digital-identity");

    @Test
    void policyTimelineInDateOrderUndatedLast() {
        assertThat(columns("policy-timeline"))
                .containsExactly("date", "year", "policy", "label", "economyCode", "typeCode", "topicCode");
        assertThat(rows("policy-timeline")).containsExactly(SG_MODEL, CL_AI, KR_RIGHTS_INCLUSION, KR_RIGHTS_PRIVACY,
                AU_ASSURANCE, SG_STRATEGY, TW_AI_ACT, AU_DIGITAL_ID, TW_WALLET);
    }

    @Test
    void policyTimelineFilteredByEconomyTopicAndYear() {
        assertThat(rows("policy-timeline", "economy", "AU")).containsExactly(AU_ASSURANCE, AU_DIGITAL_ID);
        assertThat(rows("policy-timeline", "economy", "TW")).containsExactly(TW_AI_ACT, TW_WALLET);
        assertThat(rows("policy-timeline", "topic", "digital-identity")).containsExactly(AU_DIGITAL_ID, TW_WALLET);
        assertThat(rows("policy-timeline", "year", "2023")).containsExactly(AU_ASSURANCE, SG_STRATEGY);
        assertThat(rows("policy-timeline", "topic", "ai-governance", "year", "2024")).containsExactly(TW_AI_ACT);
        assertThat(rows("policy-timeline", "economy", "SG", "year", "2023")).containsExactly(SG_STRATEGY);
        assertThatThrownBy(() -> rows("policy-timeline", "year", "abc"))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("four-digit year");
    }

    @Test
    void policiesPerTopicIncludingZero() {
        assertThat(columns("policy-topic-counts")).containsExactly("topic", "topicCode", "topicLabel", "policies");
        List<List<String>> all = rows("policy-topic-counts");
        assertThat(all).extracting(row -> row.get(1) + "=" + row.get(3)).containsExactly(
                "ai-governance=5", "digital-identity=2", "digital-inclusion=1", "privacy=1",
                "child-online-safety=0", "consumer-protection=0", "cybersecurity=0", "data-governance=0",
                "digital-government=0", "e-commerce-trade=0", "green-digital-transition=0",
                "msme-digitalisation=0", "online-fraud=0", "telecommunications=0");
        assertThat(all.get(0)).containsExactly("id/policy-topic/ai-governance", "ai-governance", "AI governance@en", "5");
        assertThat(rows("policy-topic-counts", "economy", "TW")).extracting(row -> row.get(1) + "=" + row.get(3))
                .containsExactly("ai-governance=1", "digital-identity=1", "child-online-safety=0",
                        "consumer-protection=0", "cybersecurity=0", "data-governance=0", "digital-government=0",
                        "digital-inclusion=0", "e-commerce-trade=0", "green-digital-transition=0",
                        "msme-digitalisation=0", "online-fraud=0", "privacy=0", "telecommunications=0");
    }

    // ------------------------------------------------------------------ meetings

    static final List<String> ALL_ECONOMIES = List.of("AU", "BN", "CA", "CL", "CN", "HK", "ID", "JP", "KR", "MX",
            "MY", "NZ", "PE", "PG", "PH", "RU", "SG", "TH", "TW", "US", "VN");
    static final Set<String> AT_DPS = Set.of("AU", "CL", "CN", "JP", "KR", "NZ", "PG", "PE", "PH", "SG", "US", "VN",
            "TW");
    static final Set<String> AT_DESG = Set.of("AU", "CL", "CN", "HK", "ID", "JP", "KR", "NZ", "PE", "PG", "PH", "SG",
            "TW", "US", "VN");

    @Test
    void attendanceMatrixHasOneRowPerMeetingAndEconomy() {
        assertThat(columns("meeting-attendance-matrix"))
                .containsExactly("meeting", "meetingLabel", "forumCode", "startDate", "economyCode", "attended");
        List<List<String>> expected = new ArrayList<>();
        expected.addAll(matrix(DPS_MEETING, L_DPS_MEETING, "DPS", "2024-08-18", AT_DPS));
        expected.addAll(matrix(DESG_MEETING, L_DESG_MEETING, "DESG", "2024-08-19", AT_DESG));
        assertThat(rows("meeting-attendance-matrix")).containsExactlyElementsOf(expected);
        assertThat(rows("meeting-attendance-matrix", "forum", "DPS"))
                .containsExactlyElementsOf(expected.subList(0, 21))
                .filteredOn(row -> row.get(5).equals("true")).hasSize(13);
        assertThat(rows("meeting-attendance-matrix", "forum", "DESG"))
                .filteredOn(row -> row.get(5).equals("true")).hasSize(15);
    }

    @Test
    void quorumOfTheDpsMeetingWasNotReached() {
        assertThat(columns("meeting-quorum")).containsExactly("meeting", "meetingLabel", "forumCode", "startDate",
                "attendanceCount", "economiesListed", "quorum", "quorumReached");
        assertThat(rows("meeting-quorum")).containsExactly(
                r(DPS_MEETING, L_DPS_MEETING, "DPS", "2024-08-18", "13", "13", "14", "false"),
                r(DESG_MEETING, L_DESG_MEETING, "DESG", "2024-08-19", "15", "15", null, null));
    }

    // ------------------------------------------------------------------ agreements and people

    @Test
    void depaPartiesAndApplicants() {
        assertThat(columns("agreement-participation")).containsExactly("agreement", "agreementCode",
                "agreementLabel", "relation", "economy", "economyCode", "economyLabel");
        String depa = "Digital Economy Partnership Agreement@en";
        List<List<String>> expected = List.of(
                r("id/agreement/depa", "DEPA", depa, "party", "id/economy/CL", "CL", "Chile@en"),
                r("id/agreement/depa", "DEPA", depa, "party", "id/economy/KR", "KR", "Korea@en"),
                r("id/agreement/depa", "DEPA", depa, "party", "id/economy/NZ", "NZ", "New Zealand@en"),
                r("id/agreement/depa", "DEPA", depa, "party", "id/economy/SG", "SG", "Singapore@en"),
                r("id/agreement/depa", "DEPA", depa, "applicant", "id/economy/CA", "CA", "Canada@en"),
                r("id/agreement/depa", "DEPA", depa, "applicant", "id/economy/CN", "CN", "China@en"),
                r("id/agreement/depa", "DEPA", depa, "applicant", "id/economy/PE", "PE", "Peru@en"));
        assertThat(rows("agreement-participation")).containsExactlyElementsOf(expected);
        assertThat(rows("agreement-participation", "agreement", "DEPA")).containsExactlyElementsOf(expected);
        assertThat(rows("agreement-participation", "agreement", "CPEA")).isEmpty();
    }

    @Test
    void peopleAndTheirRolesByForum() {
        assertThat(columns("people-by-forum"))
                .containsExactly("forumCode", "person", "name", "roleCode", "roleLabel", "event", "eventLabel");
        List<String> ishii = r("DPS", "id/person/9b1d2c3e5f47", "Junichi Ishii@en", "chair", "Chair@en",
                DPS_MEETING, L_DPS_MEETING);
        assertThat(rows("people-by-forum")).containsExactly(
                r("DESG", "id/person/5e3f8a1d0c92", "Ben Jarvis@en", "candidate", "Candidate@en",
                        DESG_MEETING, L_DESG_MEETING),
                r("DESG", "id/person/b7a2d9f4e613", "Hayun Kang@en", "candidate", "Candidate@en",
                        DESG_MEETING, L_DESG_MEETING),
                r("DESG", "id/person/1c9e5a7b3d20", "Ekapong Rimcharone@en", "chair", "Chair@en",
                        DESG_MEETING, L_DESG_MEETING),
                r("DESG", "id/person/2f6c0b8e4a17", "高瑜澤@zh-Hant", "speaker", "Speaker@en", WORKSHOP, L_WORKSHOP),
                r("DESG", "id/person/5e3f8a1d0c92", "Ben Jarvis@en", "vice-chair", "Vice-Chair@en", null, null),
                ishii,
                r("SOM", "id/person/8d5b1f3a7e20", "Carlos Vasquez@en", "chair", "Chair@en", null, null));
        assertThat(rows("people-by-forum", "forum", "DPS")).containsExactly(ishii);
        assertThat(rows("people-by-forum", "forum", "TELWG")).isEmpty();
    }

    // ------------------------------------------------------------------ evidence

    @Test
    void evidenceOfChineseTaipeiCoSponsorshipsByDefault() {
        assertThat(columns("cosponsorship-evidence"))
                .containsExactly("project", "number", "report", "reportDate", "section", "line", "quote");
        assertThat(rows("cosponsorship-evidence")).containsExactly(
                r(P_CTI01, "CTI 01 2023S", R1, R1_DATE, DONE, "390", "此計畫由智利、香港、中國、秘魯、我方和美國共同連署。"),
                r(P_CTI05, "CTI 05 2022S", R1, R1_DATE, DONE, "391", "此計畫由香港、日本、韓國、紐西蘭、新加坡、我方和美國共同連署。"),
                r(P_DESG01_24, "DESG 01 2024S", R1, R1_DATE, ONGOING, "400", "此計畫由香港、紐西蘭、新加坡、我方和美國共同連署。"),
                r(P_DESG01_24, "DESG 01 2024S", R2, R2_DATE, "3. Project updates > 3.1 Completed projects", "41",
                        "The project was co-sponsored by Chinese Taipei."),
                r(P_DESG02_21, "DESG 02 2021", R1, R1_DATE, DONE, "392", "此計畫由加拿大、中國、菲律賓、俄羅斯和我方共同連署。"),
                r(P_DESG101, "DESG 101 2024A", R1, R1_DATE, ONGOING, "409", "此計畫由澳洲、智利和我方共同連署。"));
    }

    @Test
    void evidenceForOtherEconomiesAndOneProject() {
        assertThat(rows("cosponsorship-evidence", "economy", "JP")).containsExactly(
                r(P_CTI05, "CTI 05 2022S", R1, R1_DATE, DONE, "391", "此計畫由香港、日本、韓國、紐西蘭、新加坡、我方和美國共同連署。"));
        assertThat(rows("cosponsorship-evidence", "economy", "AU")).containsExactly(
                r(P_DESG101, "DESG 101 2024A", R1, R1_DATE, ONGOING, "409", "此計畫由澳洲、智利和我方共同連署。"));
        assertThat(rows("cosponsorship-evidence", "project", Ids.project("DESG 01 2024S"))).containsExactly(
                r(P_DESG01_24, "DESG 01 2024S", R1, R1_DATE, ONGOING, "400", "此計畫由香港、紐西蘭、新加坡、我方和美國共同連署。"),
                r(P_DESG01_24, "DESG 01 2024S", R2, R2_DATE, "3. Project updates > 3.1 Completed projects", "41",
                        "The project was co-sponsored by Chinese Taipei."));
        // the United States co-sponsors four projects, but the sample records no evidence of it
        assertThat(rows("cosponsorship-evidence", "economy", "US")).isEmpty();
        assertThat(rows("cosponsorship-evidence", "economy", "AU", "project", Ids.project("CTI 01 2023S"))).isEmpty();
        assertThatThrownBy(() -> rows("cosponsorship-evidence", "project", "DESG 01 2024S"))
                .isInstanceOf(BadParameterException.class);
    }

    @Test
    void factsWithEvidenceAboutTheDpsMeetingByDefaultAndAboutAProject() {
        assertThat(columns("fact-evidence"))
                .containsExactly("predicate", "object", "report", "reportDate", "section", "line", "quote");
        String quorumQuote = "未及會議法定人數（14 個），無法作成有效決議";
        assertThat(rows("fact-evidence")).containsExactly(
                r("ontology#attendanceCount", "13", R1, R1_DATE, DPS_SECTION, "202",
                        "第 49 次 DPS 會議由澳洲、智利、中國、日本、韓國、紐西蘭、巴布亞紐幾內亞、秘魯、菲律賓、新加坡、美國、越南及我方等 13 個經濟體與會"),
                r("ontology#quorum", "14", R1, R1_DATE, DPS_SECTION, "202", quorumQuote),
                r("ontology#quorumReached", "false", R1, R1_DATE, DPS_SECTION, "202", quorumQuote));
        assertThat(rows("fact-evidence", "resource", Ids.project("DESG 01 2024S"))).containsExactly(
                r("ontology#coSponsoredBy", "id/economy/TW", R1, R1_DATE, ONGOING, "400",
                        "此計畫由香港、紐西蘭、新加坡、我方和美國共同連署。"),
                r("ontology#status", "id/project-status/ongoing", R1, R1_DATE, ONGOING, "400",
                        "澳洲\t澳洲「測量數位化與數位貿易之間的經濟關係」( DESG 01 2024S)"),
                r("ontology#status", "id/project-status/completed", R2, R2_DATE,
                        "3. Project updates > 3.1 Completed projects", "40",
                        "Australia: Measuring the Economic Relationship between Digitalisation and Digital Trade "
                                + "(DESG 01 2024S), completed in March 2025."),
                r("ontology#coSponsoredBy", "id/economy/TW", R2, R2_DATE,
                        "3. Project updates > 3.1 Completed projects", "41",
                        "The project was co-sponsored by Chinese Taipei."));
    }

    // ------------------------------------------------------------------ changes between reports

    @Test
    void statusChangeOfOneProjectBetweenTheTwoReports() {
        List<String> change = r(P_DESG01_24, "DESG 01 2024S", L_DESG01_24, R1, R1_DATE, "ongoing", R2, R2_DATE,
                "completed");
        assertThat(columns("project-status-changes")).containsExactly("project", "number", "label", "earlierReport",
                "earlierDate", "earlierStatus", "laterReport", "laterDate", "laterStatus");
        assertThat(rows("project-status-changes")).containsExactly(change);
        assertThat(rows("project-status-changes", "earlier", R1_IRI, "later", R2_IRI)).containsExactly(change);
        assertThat(rows("project-status-changes", "later", R2_IRI)).containsExactly(change);
        // reversed: the "earlier" report must be the older one
        assertThat(rows("project-status-changes", "earlier", R2_IRI, "later", R1_IRI)).isEmpty();
    }

    // ------------------------------------------------------------------ data quality and reports

    @Test
    void entitiesWithoutALabelInOneLanguage() {
        assertThat(columns("labels-missing-language")).containsExactly("missingLanguage", "type", "entity", "label");
        List<String> noChinese = r("zh-Hant", "Project", P_DESG03_25, L_DESG03_25);
        assertThat(rows("labels-missing-language")).containsExactly(
                r("en", "Event", WORKSHOP, L_WORKSHOP),
                r("en", "Policy", "id/policy/CL-93a7f2b8c5e1", "國家 AI 政策@zh-Hant"),
                r("en", "Policy", "id/policy/TW-6e2a9c4f0b58", "AI 基本法@zh-Hant"),
                r("en", "Project", P_DESG02_21, L_DESG02_21),
                r("en", "Project", P_DESG02_24, L_DESG02_24),
                r("en", "Project", P_DESG101, L_DESG101),
                r("en", "Project", P_ENV, L_ENV),
                noChinese);
        assertThat(rows("labels-missing-language", "language", "zh-Hant")).containsExactly(noChinese);
        assertThatThrownBy(() -> rows("labels-missing-language", "language", "zh"))
                .isInstanceOf(BadParameterException.class);
    }

    @Test
    void extractionIssuesOfBothReports() {
        assertThat(columns("extraction-issues"))
                .containsExactly("report", "reportDate", "kind", "mention", "line", "comment");
        List<String> rule = r(R1, R1_DATE, "unparsed-row", "--\t-------\t----", "395", "A stray table rule with no content.");
        List<String> eu = r(R2, R2_DATE, "unresolved-economy", "European Union", "57", "Not an APEC member economy.");
        assertThat(rows("extraction-issues")).containsExactly(rule, eu);
        assertThat(rows("extraction-issues", "kind", "unresolved-economy")).containsExactly(eu);
        assertThat(rows("extraction-issues", "kind", "ambiguous")).isEmpty();
    }

    @Test
    void reportsWithMetadataAndCounts() {
        assertThat(columns("reports")).containsExactly(
                "report", "title", "date", "language", "economyCode", "graph", "evidence", "issues");
        assertThat(rows("reports")).containsExactly(
                r(R1, "出席 2024 年亞太經濟合作（APEC） 數位經濟指導小組（DESG）第三次 會議暨相關會議出國報告@zh-Hant", R1_DATE,
                        "zh-Hant", "TW", "graph/report/moda-apec-desg-som3-2024", "11", "1"),
                r(R2, "DESG meeting report 2025 (synthetic test fixture)@en", R2_DATE, "en", "TW",
                        "graph/report/synthetic-desg-2025", "2", "1"));
    }

    // ------------------------------------------------------------------ helpers

    /** A project of the sample: its forum, the year in its number (null if none) and its backers. */
    record SampleProject(String forum, Integer year, List<String> economies) {}

    /** Proposer and co-sponsors of every project in the sample (both report graphs together). */
    static final List<SampleProject> PROJECTS = List.of(
            new SampleProject("CTI", 2023, List.of("AU", "CL", "HK", "CN", "PE", "TW", "US")),       // CTI 01 2023S
            new SampleProject("CTI", 2022, List.of("AU", "HK", "JP", "KR", "NZ", "SG", "TW", "US")), // CTI 05 2022S
            new SampleProject("DESG", 2021, List.of("PE", "CA", "CN", "PH", "RU", "TW")),            // DESG 02 2021
            new SampleProject("DESG", 2024, List.of("AU", "HK", "NZ", "SG", "TW", "US")),            // DESG 01 2024S
            new SampleProject("DESG", 2024, List.of("ID", "PE", "TW", "US")),                        // DESG 02 2024S
            new SampleProject("DESG", 2024, List.of("US", "AU", "CL", "TW")),                        // DESG 101 2024A
            new SampleProject("DESG", 2025, List.of("KR", "JP", "TW")),                              // DESG 03 2025
            new SampleProject("DESG", null, List.of("CN", "CL", "HK", "MX", "RU", "SG", "TH")),      // AI 治理合作
            new SampleProject("DESG", null, List.of("TW")),                                          // PETs workshop
            new SampleProject("DESG", null, List.of("PE", "CL", "KR", "TW", "CN")));                 // 環境監測工作坊

    static final Map<String, String> ECONOMY_LABELS = Map.ofEntries(
            Map.entry("AU", "Australia"), Map.entry("CA", "Canada"), Map.entry("CL", "Chile"),
            Map.entry("CN", "China"), Map.entry("HK", "Hong Kong, China"), Map.entry("ID", "Indonesia"),
            Map.entry("JP", "Japan"), Map.entry("KR", "Korea"), Map.entry("MX", "Mexico"),
            Map.entry("NZ", "New Zealand"), Map.entry("PE", "Peru"), Map.entry("PH", "Philippines"),
            Map.entry("RU", "Russia"), Map.entry("SG", "Singapore"), Map.entry("TH", "Thailand"),
            Map.entry("TW", "Chinese Taipei"), Map.entry("US", "United States"));

    /** Expected network rows: pairs of backers of the selected projects, most shared projects first. */
    static List<List<String>> network(Predicate<SampleProject> selected) {
        Map<String, Integer> counts = new TreeMap<>();
        for (SampleProject p : PROJECTS) {
            if (!selected.test(p)) {
                continue;
            }
            List<String> codes = p.economies().stream().sorted().toList();
            for (int i = 0; i < codes.size(); i++) {
                for (int j = i + 1; j < codes.size(); j++) {
                    counts.merge(codes.get(i) + " " + codes.get(j), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> pair(e.getKey().split(" ")[0], e.getKey().split(" ")[1], e.getValue()))
                .toList();
    }

    static List<String> pair(String a, String b, int projects) {
        return r("id/economy/" + a, a, ECONOMY_LABELS.get(a) + "@en", "id/economy/" + b, b,
                ECONOMY_LABELS.get(b) + "@en", String.valueOf(projects));
    }

    static List<String> economyRow(String kfa, String kfaLabel, String code, String projects) {
        return r(kfa, kfaLabel, "id/economy/" + code, code, ECONOMY_LABELS.get(code) + "@en", projects);
    }

    static List<List<String>> matrix(String meeting, String label, String forum, String date, Set<String> attended) {
        return ALL_ECONOMIES.stream()
                .map(code -> r(meeting, label, forum, date, code, String.valueOf(attended.contains(code))))
                .toList();
    }

    static List<String> r(String... cells) {
        return Arrays.asList(cells);
    }

    static List<String> columns(String query) {
        return run(query, Map.of()).variables().stream().map(Var::getVarName).toList();
    }

    static List<List<String>> rows(String query, String... params) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        QueryResults results = run(query, map);
        assertThat(results.hasMore()).as("%s returns more rows than one page", query).isFalse();
        List<List<String>> out = new ArrayList<>();
        for (Binding b : results.rows()) {
            List<String> row = new ArrayList<>();
            for (Var v : results.variables()) {
                row.add(cell(b.get(v)));
            }
            out.add(row);
        }
        return out;
    }

    static QueryResults run(String query, Map<String, String> params) {
        assertThat(TESTED).contains(query);
        QueryDefinition def = library.find(query).orElseThrow(() -> new AssertionError("no query " + query));
        return runner.run(def, params, 1, null);
    }

    static String cell(Node n) {
        if (n == null) {
            return null;
        }
        if (n.isURI()) {
            return n.getURI().startsWith(Ids.BASE) ? n.getURI().substring(Ids.BASE.length()) : n.getURI();
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            return lang == null || lang.isEmpty() ? n.getLiteralLexicalForm() : n.getLiteralLexicalForm() + "@" + lang;
        }
        return n.toString();
    }

    static List<Path> referenceFiles() {
        try (Stream<Path> files = Files.list(REFERENCE)) {
            return files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
