package org.w3id.apecdekg.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.apecdekg.DekgProperties;

/** The path checks name the path and the option, and explicit paths are never replaced by the bundle. */
class PathCheckTests {

    @TempDir
    Path dir;

    @Test
    void missingOrWrongKindOfPathIsOneLineNamingIt() throws IOException {
        Path missing = dir.resolve("nope");
        Path file = Files.writeString(dir.resolve("f.ttl"), "");
        assertThatThrownBy(() -> PathCheck.directory(missing, "--data")).isInstanceOf(BadPathException.class)
                .hasMessage(missing + ": no such directory (--data)");
        assertThatThrownBy(() -> PathCheck.directory(file, "--data")).hasMessage(file + ": not a directory (--data)");
        assertThatThrownBy(() -> PathCheck.file(missing, "--ontology")).hasMessage(missing + ": no such file (--ontology)");
        assertThatThrownBy(() -> PathCheck.file(dir, "--ontology")).hasMessageStartingWith(dir + ": is a directory");
        assertThat(PathCheck.file(file, "--ontology")).isEqualTo(file);
        assertThat(PathCheck.directory(dir, "--data")).isEqualTo(dir);
    }

    @Test
    void aStoreDirectoryIsCreatedOrItsFailureNamed() throws IOException {
        Path store = dir.resolve("a/b/store");
        assertThat(PathCheck.writableDirectory(store, "store")).isDirectory();
        Path file = Files.writeString(dir.resolve("plain"), "x");
        assertThatThrownBy(() -> PathCheck.writableDirectory(file, "store")).isInstanceOf(BadPathException.class)
                .hasMessage(file + ": not a directory (store directory)");
        Path under = file.resolve("store");
        assertThatThrownBy(() -> PathCheck.writableDirectory(under, "store")).isInstanceOf(BadPathException.class)
                .hasMessageStartingWith(under + ": cannot create the store directory: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void explicitPathsAreUsedAsGivenEvenWhenMissing() {
        DekgProperties p = new DekgProperties();
        p.setData(Path.of("no-such-data"));
        p.setOntology(Path.of("no-such-ontology/dekg.ttl"));
        p.setQueries(Path.of("no-such-queries"));
        assertThat(p.getData()).isEqualTo(Path.of("no-such-data"));
        assertThat(p.getOntology()).isEqualTo(Path.of("no-such-ontology/dekg.ttl"));
        assertThat(p.getQueries()).isEqualTo(Path.of("no-such-queries"));
        // Explicitly naming the default is explicit too.
        DekgProperties same = new DekgProperties();
        same.setData(Path.of("data"));
        assertThat(same.getData()).isEqualTo(Path.of("data"));
    }

    @Test
    void defaultsThatExistHereAreUsedAsTheyAre() {
        // The tests run in the repository root, which has data/, ontology/ and queries/.
        DekgProperties p = new DekgProperties();
        assertThat(p.getData()).isEqualTo(Path.of("data"));
        assertThat(p.getOntology()).isEqualTo(Path.of("ontology/dekg.ttl"));
        assertThat(p.getQueries()).isEqualTo(Path.of("queries"));
        assertThat(BundledDefaults.resolve(Path.of("no-such-file-anywhere"))).isEqualTo(Path.of("no-such-file-anywhere"));
        assertThat(BundledDefaults.resolve(dir.resolve("x"))).isEqualTo(dir.resolve("x"));
    }
}
