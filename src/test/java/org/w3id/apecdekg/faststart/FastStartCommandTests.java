package org.w3id.apecdekg.faststart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.apecdekg.ApecDekg;
import picocli.CommandLine;

/** The command's own parts; the whole command runs in the build (integration-test), see pom.xml. */
class FastStartCommandTests {

    @Test
    void theLauncherStartsTheTrainedJvmWithItsCacheInAotMode() {
        String script = FastStartCommand.launcherScript(Path.of("/opt/jdk 25/bin/java"), JvmCache.forFeature(25),
                Path.of("/srv/fast-start/apec-dekg.aot"), Path.of("/srv/fast-start/apec-dekg.jar"));
        assertThat(script).isEqualTo("""
                #!/bin/sh
                # Starts apec-dekg with the class cache trained by 'apec-dekg fast-start' for this JVM.
                # JAVA_OPTS adds JVM options; the arguments go to apec-dekg (none: serve).
                exec '/opt/jdk 25/bin/java' $JAVA_OPTS '-XX:AOTCache=/srv/fast-start/apec-dekg.aot' \
                '-Dspring.aot.enabled=true' -jar '/srv/fast-start/apec-dekg.jar' "$@"
                """);
    }

    @Test
    void refusesAJavaThatIsNotThere(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("apec-dekg.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("BOOT-INF/classes/"));
        }
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ApecDekg());
        cli.setErr(new PrintWriter(err));
        Path missing = dir.resolve("jdk/bin/java");
        int exit = cli.execute("fast-start", "--jar", jar.toString(), "--java", missing.toString(),
                "--dir", dir.resolve("out").toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("fast-start: no Java at " + missing + " (--java names the java "
                + "executable, e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java)" + System.lineSeparator());
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void refusesAJarThatIsNotThePackagedApplication(@TempDir Path dir) throws Exception {
        Path notAJar = Files.writeString(dir.resolve("apec-dekg.jar"), "not a jar");
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ApecDekg());
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("fast-start", "--jar", notAJar.toString(), "--dir", dir.resolve("out").toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("fast-start: " + notAJar + " is not the packaged application: run this "
                + "command as 'java -jar target/apec-dekg.jar fast-start', or name the jar with --jar" + System.lineSeparator());
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
