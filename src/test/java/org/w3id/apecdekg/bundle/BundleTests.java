package org.w3id.apecdekg.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle: what the build packs, how it is listed and hashed, and how it is unpacked and re-used. */
class BundleTests {

    @TempDir
    Path dir;

    static Bundle.Entry entry(String path, String content) {
        return new Bundle.Entry(path, content.getBytes(StandardCharsets.UTF_8));
    }

    static final List<Bundle.Entry> SMALL = List.of(entry("ontology/dekg.ttl", "@prefix : <urn:x#> ."),
            entry("data/reference/economies.ttl", "# economies"), entry("queries/a.rq", "SELECT * {}"));

    /** Every file of the repository's bundled directories, by path relative to the repository. */
    private static List<String> repositoryFiles() throws IOException {
        List<String> files = new ArrayList<>();
        for (String d : List.of("ontology", "data/reference", "data/dictionaries", "data/reports", "queries")) {
            try (Stream<Path> s = Files.walk(Path.of(d))) {
                s.filter(Files::isRegularFile).forEach(p -> files.add(p.toString().replace('\\', '/')));
            }
        }
        Collections.sort(files);
        return files;
    }

    @Test
    void theBuildBundlesTheOntologyDataAndQueriesOfTheRepositoryByteForByte() throws IOException {
        Bundle bundle = Bundle.fromClasspath(getClass().getClassLoader());
        List<String> expected = repositoryFiles();
        assertThat(expected).contains("ontology/dekg.ttl", "ontology/shapes.ttl", "data/reference/economies.ttl");
        assertThat(bundle.paths()).containsExactlyElementsOf(expected);
        for (Bundle.Entry e : bundle.entries()) {
            assertThat(e.content()).as(e.path()).isEqualTo(Files.readAllBytes(Path.of(e.path())));
        }
        assertThat(bundle.paths()).anyMatch(p -> p.startsWith("data/dictionaries/") && p.endsWith(".csv"))
                .anyMatch(p -> p.startsWith("data/reports/") && p.endsWith(".md"))
                .anyMatch(p -> p.startsWith("queries/") && p.endsWith(".rq"));
    }

    @Test
    void theBundleIsListedFromAJarToo() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("bundled/"));
            out.putNextEntry(new JarEntry("bundled/ontology/"));
            for (Bundle.Entry e : SMALL) {
                out.putNextEntry(new JarEntry("bundled/" + e.path()));
                out.write(e.content());
            }
            out.putNextEntry(new JarEntry("other/file.txt"));
            out.write("not bundled".getBytes(StandardCharsets.UTF_8));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Bundle fromJar = Bundle.fromClasspath(loader);
            assertThat(fromJar.paths()).containsExactly("data/reference/economies.ttl", "ontology/dekg.ttl", "queries/a.rq");
            assertThat(fromJar.hash()).isEqualTo(Bundle.of(SMALL).hash());
        }
        try (URLClassLoader none = new URLClassLoader(new URL[0], null)) {
            assertThat(Bundle.fromClasspath(none).isEmpty()).isTrue();
        }
    }

    @Test
    void theHashDependsOnContentAndNamesNotOnOrder() {
        Bundle a = Bundle.of(SMALL);
        List<Bundle.Entry> reversed = new ArrayList<>(SMALL);
        Collections.reverse(reversed);
        assertThat(Bundle.of(reversed).hash()).isEqualTo(a.hash());
        assertThat(a.hash()).matches("[0-9a-f]{64}");
        assertThat(a.directoryName()).isEqualTo("apec-dekg-bundle-" + a.hash().substring(0, 16));

        List<Bundle.Entry> edited = new ArrayList<>(SMALL);
        edited.set(2, entry("queries/a.rq", "SELECT * {} "));
        List<Bundle.Entry> renamed = new ArrayList<>(SMALL);
        renamed.set(2, entry("queries/b.rq", "SELECT * {}"));
        List<Bundle.Entry> added = new ArrayList<>(SMALL);
        added.add(entry("queries/c.rq", ""));
        assertThat(List.of(Bundle.of(edited).hash(), Bundle.of(renamed).hash(), Bundle.of(added).hash(), a.hash()))
                .doesNotHaveDuplicates();
        assertThat(a.index()).contains(" 11 queries/a.rq\n").startsWith(SMALL.get(1).sha256() + " ");
    }

    @Test
    void pathsOutsideTheBundleAreRefused() {
        for (String bad : List.of("../etc/passwd", "/abs", "a//b", "a/./b", "a/../../b", "", Bundle.INDEX_FILE, "a\\b")) {
            assertThatThrownBy(() -> entry(bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Bundle.of(List.of(entry("a", "1"), entry("a", "2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void extractionWritesEveryFileAndTheIndexAndLeavesNothingElse() throws IOException {
        Bundle bundle = Bundle.of(SMALL);
        Path out = bundle.extractTo(dir.resolve("cache"));
        assertThat(out).isEqualTo(dir.resolve("cache").resolve(bundle.directoryName()));
        for (Bundle.Entry e : SMALL) {
            assertThat(out.resolve(e.path())).hasBinaryContent(e.content());
        }
        assertThat(Files.readString(out.resolve(Bundle.INDEX_FILE))).isEqualTo(bundle.index());
        try (Stream<Path> s = Files.list(dir.resolve("cache"))) {
            assertThat(s.toList()).containsExactly(out);
        }
    }

    @Test
    void anIntactCopyIsReusedAsItIs() throws IOException {
        Bundle bundle = Bundle.of(SMALL);
        Path out = bundle.extractTo(dir);
        Path file = out.resolve("queries/a.rq");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);
        Object key = Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        assertThat(bundle.extractTo(dir)).isEqualTo(out);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
        assertThat(Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(key);
    }

    @Test
    void aDamagedCopyIsReplaced() throws IOException {
        Bundle bundle = Bundle.of(SMALL);
        Path out = bundle.extractTo(dir);
        Files.delete(out.resolve("ontology/dekg.ttl"));
        Files.writeString(out.resolve("queries/a.rq"), "DROP ALL");
        assertThat(bundle.matches(out)).isFalse();

        assertThat(bundle.extractTo(dir)).isEqualTo(out);
        assertThat(bundle.matches(out)).isTrue();
        assertThat(out.resolve("ontology/dekg.ttl")).hasContent("@prefix : <urn:x#> .");
        assertThat(out.resolve("queries/a.rq")).hasContent("SELECT * {}");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.toList()).as("no temporary or moved-aside directories left").containsExactly(out);
        }
    }

    @Test
    void aDifferentBundleGetsItsOwnDirectory() throws IOException {
        Path first = Bundle.of(SMALL).extractTo(dir);
        List<Bundle.Entry> edited = new ArrayList<>(SMALL);
        edited.set(2, entry("queries/a.rq", "SELECT ?x {}"));
        Path second = Bundle.of(edited).extractTo(dir);
        assertThat(second).isNotEqualTo(first);
        assertThat(first.resolve("queries/a.rq")).hasContent("SELECT * {}");
        assertThat(second.resolve("queries/a.rq")).hasContent("SELECT ?x {}");
    }

    @Test
    void concurrentStartsAllGetOneCompleteCopy() throws Exception {
        List<Bundle.Entry> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(entry("data/reports/r" + i + ".md", "report " + i + "\n".repeat(i)));
        }
        Bundle bundle = Bundle.of(many);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Path>> starts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                starts.add(() -> bundle.extractTo(dir));
            }
            for (Future<Path> f : pool.invokeAll(starts)) {
                assertThat(f.get()).isEqualTo(dir.resolve(bundle.directoryName()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(bundle.matches(dir.resolve(bundle.directoryName()))).isTrue();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.toList()).containsExactly(dir.resolve(bundle.directoryName()));
        }
    }

    @Test
    void anUnwritableCacheIsAnIOExceptionNamingIt() throws IOException {
        Path file = dir.resolve("plain-file");
        try (OutputStream o = Files.newOutputStream(file)) {
            o.write(1);
        }
        assertThatThrownBy(() -> Bundle.of(SMALL).extractTo(file.resolve("cache"))).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString());
    }
}
