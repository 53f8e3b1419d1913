package org.w3id.apecdekg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.apecdekg.security.TestCredentials.EDITOR;
import static org.w3id.apecdekg.security.TestCredentials.READER;
import static org.w3id.apecdekg.security.TestCredentials.basic;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.apecdekg.security.SecuredServerSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code POST /api/reports}: every supported type by content, the answer's fields, and refusals that change nothing. */
class ReportUploadIntegrationTests extends SecuredServerSupport {

    static final Path REPORTS = Path.of("src/test/resources/reports");
    static final Path TEXT = Path.of("src/test/resources/intake/text");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
    static final ObjectMapper JSON = new ObjectMapper();

    HttpResponse<String> upload(String query, String contentType, byte[] body) {
        return send("POST", "/api/reports" + query, contentType, body, basic(EDITOR));
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    static String q(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    @Test
    void aMarkdownReportAnswersItsEntitiesWarningsFormatAndPage() throws Exception {
        HttpResponse<String> r = upload("?name=desg-chair-summary-sample.en.md", "text/markdown",
                Files.readAllBytes(REPORTS.resolve("desg-chair-summary-sample.en.md")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode body = json(r);
        assertThat(body.get("file").asString()).isEqualTo("desg-chair-summary-sample.en.md");
        assertThat(body.get("format").asString()).isEqualTo("MARKDOWN");
        assertThat(body.get("report").asString()).isEqualTo("https://w3id.org/apec-dekg/id/report/desg-chair-summary-sample");
        assertThat(body.get("graph").asString()).isEqualTo("https://w3id.org/apec-dekg/graph/report/desg-chair-summary-sample");
        assertThat(body.get("page").asString()).isEqualTo("/id/report/desg-chair-summary-sample");
        assertThat(JSON.convertValue(body.get("entities"), Map.class)).isEqualTo(Map.of("Event", 1, "Meeting", 1, "Organization", 2, "Policy", 2, "Project", 4));
        assertThat(body.get("triples").asLong()).isGreaterThan(0);
        assertThat(body.get("warnings").isArray()).isTrue();

        HttpResponse<String> page = get(body.get("page").asString(), "text/html", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Second Meeting 2024");
    }

    /** The chair's summary as PDF, DOCX and HTML, under names without an extension: told by content, same entities. */
    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "desg-chair-summary-sample.en.pdf,  PDF,  'page \\d+, line \\d+'",
        "desg-chair-summary-sample.en.docx, DOCX, 'paragraph \\d+|table \\d+, row \\d+'",
        "desg-chair-summary-sample.en.html, HTML, 'paragraph \\d+|table \\d+, row \\d+'",
    })
    void pdfDocxAndHtmlAreToldByContentAndTheirWarningsPlacedInTheFile(String fixture, String format, String where)
            throws Exception {
        String name = "chair-summary-as-" + format.toLowerCase(java.util.Locale.ROOT);
        HttpResponse<String> r = upload("?name=" + name, "application/octet-stream",
                Files.readAllBytes(REPORTS.resolve("formats").resolve(fixture)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode body = json(r);
        assertThat(body.get("format").asString()).isEqualTo(format);
        assertThat(body.get("page").asString()).isEqualTo("/id/report/" + name);
        assertThat(JSON.convertValue(body.get("entities"), Map.class))
                .isEqualTo(Map.of("Event", 1, "Meeting", 1, "Organization", 2, "Policy", 2, "Project", 4));
        assertThat(body.get("warnings").size()).isPositive();
        body.get("warnings").forEach(w -> assertThat(w.get("where").asString()).matches(where));
    }

    @Test
    void aFormEncodedBodyIsRefusedSayingHowToSendAFile() throws Exception {
        HttpResponse<String> r = upload("?name=chair.pdf", "application/x-www-form-urlencoded",
                Files.readAllBytes(REPORTS.resolve("formats/desg-chair-summary-sample.en.pdf")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(415);
        assertThat(json(r).get("error").asString()).startsWith("a report is sent as the request body with"
                + " Content-Type: application/octet-stream");
    }

    @Test
    void warningsSayWhereTheyAreAndWhatTheySaw() {
        String text = """
                # APEC Digital Economy Steering Group — Meeting report

                Lima, Peru, 18 August 2024

                ## Project updates

                | No. | Project | Lead economy | Supporting economies |
                |---|---|---|---|
                | DESG 02 2021 | Digital trade and the cross-border flow of data | Chile | New Zealand; Atlantis |
                """;
        HttpResponse<String> r = upload("?name=warned", "text/plain", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode body = json(r);
        assertThat(body.get("format").asString()).isEqualTo("TEXT");
        assertThat(body.get("warnings").toString()).isEqualTo("["
                + "{\"where\":\"1\",\"line\":1,\"kind\":\"unknown-reporting-economy\",\"message\":\"no agency or economy"
                + " found in the report header; self-references are not resolved\",\"text\":\"\"},"
                // "Lima, Peru, 18 August 2024" is the report's dateline: no unknown-report-date warning
                + "{\"where\":\"9\",\"line\":9,\"kind\":\"unknown-economy\",\"message\":\"co-sponsor cell names an"
                + " unknown economy\",\"text\":\"Atlantis\"}]");
    }

    @Test
    void aChineseNameWithoutExtensionIsReadByContentAsMultipart() throws Exception {
        String boundary = "----dekg-boundary";
        byte[] report = Files.readAllBytes(TEXT.resolve("trip-report.zh-Hant.utf8.md"));
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ignored.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] multipart = new byte[head.length + report.length + tail.length];
        System.arraycopy(head, 0, multipart, 0, head.length);
        System.arraycopy(report, 0, multipart, head.length, report.length);
        System.arraycopy(tail, 0, multipart, head.length + report.length, tail.length);
        HttpResponse<String> r = upload("?name=" + q("出國報告 第一次"), "multipart/form-data; boundary=" + boundary, multipart);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode body = json(r);
        assertThat(body.get("file").asString()).isEqualTo("出國報告_第一次");
        assertThat(body.get("format").asString()).isEqualTo("TEXT");
    }

    @Test
    void aNamedEncodingIsUsedAndAnUnknownOneIs400() throws Exception {
        byte[] big5 = Files.readAllBytes(TEXT.resolve("trip-report.zh-Hant.big5.md"));
        long before = store.quadCount();
        HttpResponse<String> unknown = upload("?name=big5-trip.md&encoding=Klingon-8", "text/markdown", big5);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("error").asString()).isEqualTo(
                "unknown encoding 'Klingon-8' (use a Java charset name such as UTF-8, UTF-16, Big5 or GB18030)");
        HttpResponse<String> wrong = upload("?name=big5-trip.md&encoding=UTF-8", "text/markdown", big5);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json(wrong).get("error").asString()).startsWith("big5-trip.md:1: invalid UTF-8 at byte offset 2 ");
        assertThat(store.quadCount()).isEqualTo(before);

        HttpResponse<String> right = upload("?name=big5-trip.md&encoding=Big5", "text/markdown", big5);
        assertThat(right.statusCode()).as(right.body()).isEqualTo(201);
        assertThat(json(right).get("report").asString()).isEqualTo("https://w3id.org/apec-dekg/id/report/big5-trip");
        assertThat(query("ASK { GRAPH <https://w3id.org/apec-dekg/graph/report/big5-trip> { ?s ?p ?o } }", null).body())
                .contains("true");
    }

    @Test
    void aFileOfAnotherTypeIs400WithItsOneLineErrorAndChangesNothing() {
        long before = store.quadCount();
        HttpResponse<String> r = upload("?name=" + q("圖片.png"), "image/png", PNG);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = json(r);
        assertThat(body.get("error").asString()).isEqualTo("圖片.png: not a supported report type: the content is a PNG"
                + " image (supported: PDF, DOCX, HTML, Markdown and plain text)");
        assertThat(body.get("stored").asBoolean()).isFalse();
        HttpResponse<String> empty = upload("", "text/plain", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).get("error").asString()).isEqualTo("upload: file is empty");
        assertThat(store.quadCount()).isEqualTo(before);
    }

    @Test
    void safeNamesKeepLettersOfEveryScriptAndDropPaths() {
        assertThat(ReportUploadController.safeName("C:\\reports\\..\\報告 2024.md")).isEqualTo("報告_2024.md");
        assertThat(ReportUploadController.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ReportUploadController.safeName("...hidden.md")).isEqualTo("hidden.md");
        assertThat(ReportUploadController.safeName("a\u0000b\nc.md")).isEqualTo("a_b_c.md");
        assertThat(ReportUploadController.safeName("/")).isEqualTo("upload");
        assertThat(ReportUploadController.safeName(null)).isEqualTo("upload");
        assertThat(ReportUploadController.safeName("x".repeat(200) + ".pdf")).hasSize(120).endsWith("x.pdf");
    }

    @Test
    void scriptsGetTheir401WithoutABasicChallengeSoNoBrowserDialogOpens() {
        HttpResponse<String> browser = send("POST", "/api/reports?name=r.md", "text/markdown", "# x".getBytes(),
                basic(EDITOR, "wrong"));
        assertThat(browser.statusCode()).isEqualTo(401);
        assertThat(browser.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"apec-dekg\"");
        HttpResponse<String> script = send(HttpRequest.newBuilder(URI.create(url("/api/reports?name=r.md")))
                .header("Authorization", basic(EDITOR, "wrong")).header("X-Requested-With", "fetch")
                .header("Content-Type", "text/markdown").POST(HttpRequest.BodyPublishers.ofString("# x")).build());
        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(script.body()).isEqualTo("{\"status\":401,\"error\":\"bad credentials\"}");
    }

    @Test
    void whoAmITellsAPageWhoTheCredentialsAre() {
        assertThat(get("/api/whoami", "application/json", null).body())
                .isEqualTo("{\"user\":null,\"roles\":[],\"mayWrite\":false,\"writesEnabled\":true}");
        assertThat(get("/api/whoami", "application/json", basic(EDITOR)).body())
                .isEqualTo("{\"user\":\"editor\",\"roles\":[\"editor\",\"reader\"],\"mayWrite\":true,\"writesEnabled\":true}");
        assertThat(get("/api/whoami", "application/json", basic(READER)).body())
                .isEqualTo("{\"user\":\"reader\",\"roles\":[\"reader\"],\"mayWrite\":false,\"writesEnabled\":true}");
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(url("/api/whoami")))
                .header("Authorization", basic(EDITOR, "guess")).header("X-Requested-With", "fetch").GET().build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(get("/api/whoami", "application/json", basic(EDITOR)).headers().firstValue("Cache-Control"))
                .hasValue("no-store");
    }
}
