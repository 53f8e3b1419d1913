package org.w3id.apecdekg.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files packed into the application under the classpath prefix {@value #PREFIX}: {@code ontology/},
 * {@code data/reference/}, {@code data/dictionaries/}, {@code data/reports/} and {@code queries/}, laid
 * out as in the repository (the build's {@code <resources>} put them there).
 *
 * <p>{@link #fromClasspath(ClassLoader)} lists them from a directory on the classpath (a build) or from
 * the jar (the packaged application, nested jars included). The {@link #index() index} (SHA-256, size and
 * path of every file, sorted by path) identifies the content; its hash names the cache directory that
 * {@link #extractTo(Path)} unpacks into, atomically: a copy is written beside it under a temporary name
 * and renamed into place, so a concurrent start sees either no directory or a complete one. An existing
 * directory is re-used only when its files match the index; one that does not (half deleted by a
 * temporary-file cleaner, tampered with) is replaced.
 */
public final class Bundle {

    /** Classpath prefix of the bundled files. */
    public static final String PREFIX = "bundled/";

    /** Prefix of the cache directories' names; the hash follows. */
    public static final String DIRECTORY_PREFIX = "apec-dekg-bundle-";

    /** Name of the index written into an unpacked bundle. */
    public static final String INDEX_FILE = ".bundle-index";

    /** One file of the bundle: its path below {@value #PREFIX} ('/'-separated) and its bytes. */
    public record Entry(String path, byte[] content) {
        public Entry {
            path = checkPath(path);
            Objects.requireNonNull(content, "content");
        }

        /** SHA-256 of the content, hex. */
        public String sha256() {
            return HexFormat.of().formatHex(digest().digest(content));
        }
    }

    private final List<Entry> entries;
    private final String index;
    private final String hash;

    /** A bundle of these files (in any order; listed by path). */
    public static Bundle of(List<Entry> entries) {
        return new Bundle(entries);
    }

    private Bundle(List<Entry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparing(Entry::path)).toList();
        for (int i = 1; i < this.entries.size(); i++) {
            if (this.entries.get(i).path().equals(this.entries.get(i - 1).path())) {
                throw new IllegalArgumentException("bundle: " + this.entries.get(i).path() + " twice");
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Entry e : this.entries) {
            sb.append(e.sha256()).append(' ').append(e.content().length).append(' ').append(e.path()).append('\n');
        }
        this.index = sb.toString();
        this.hash = HexFormat.of().formatHex(digest().digest(index.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The bundle on the classpath of {@code loader}: every file below {@value #PREFIX}. Empty when there is
     * none (e.g. a build without the bundled resources).
     */
    public static Bundle fromClasspath(ClassLoader loader) {
        URL root = loader.getResource(PREFIX);
        if (root == null) {
            return new Bundle(List.of());
        }
        try {
            if ("file".equals(root.getProtocol())) {
                return new Bundle(fromDirectory(Path.of(root.toURI())));
            }
            URLConnection connection = root.openConnection();
            if (connection instanceof JarURLConnection jar) {
                return new Bundle(fromJar(jar.getJarFile(), jar.getEntryName()));
            }
            throw new IllegalStateException("bundle: cannot list " + root);
        } catch (IOException e) {
            throw new UncheckedIOException("bundle: cannot read " + root, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bundle: cannot list " + root, e);
        }
    }

    private static List<Entry> fromDirectory(Path dir) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String rel = dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
                entries.add(new Entry(rel, Files.readAllBytes(f)));
            }
        }
        return entries;
    }

    private static List<Entry> fromJar(JarFile jar, String prefix) throws IOException {
        String p = prefix == null ? PREFIX : prefix.endsWith("/") ? prefix : prefix + "/";
        List<Entry> entries = new ArrayList<>();
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
            JarEntry entry = e.nextElement();
            if (entry.isDirectory() || !entry.getName().startsWith(p) || entry.getName().length() == p.length()) {
                continue;
            }
            try (InputStream in = jar.getInputStream(entry)) {
                entries.add(new Entry(entry.getName().substring(p.length()), in.readAllBytes()));
            }
        }
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The files' paths, sorted. */
    public List<String> paths() {
        return entries.stream().map(Entry::path).toList();
    }

    public List<Entry> entries() {
        return entries;
    }

    /** One line per file, sorted by path: {@code sha256 size path}. */
    public String index() {
        return index;
    }

    /** SHA-256 of the index (hex): changes with any file's content, name, addition or removal. */
    public String hash() {
        return hash;
    }

    /** The name of this bundle's cache directory: {@value #DIRECTORY_PREFIX} and 16 hex digits of the hash. */
    public String directoryName() {
        return DIRECTORY_PREFIX + hash.substring(0, 16);
    }

    /**
     * Unpacks the bundle into {@code parent}/{@link #directoryName()}, or re-uses that directory when it
     * already holds exactly these files; returns it.
     */
    public Path extractTo(Path parent) throws IOException {
        Path target = parent.resolve(directoryName());
        if (matches(target)) {
            return target;
        }
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, directoryName() + ".tmp-");
        try {
            for (Entry e : entries) {
                Path file = tmp.resolve(e.path());
                Files.createDirectories(file.getParent());
                Files.write(file, e.content());
            }
            Files.writeString(tmp.resolve(INDEX_FILE), index, StandardCharsets.UTF_8);
            if (moveIntoPlace(tmp, target)) {
                return target;
            }
            if (matches(target)) { // another process unpacked the same bundle first
                deleteTree(tmp);
                return target;
            }
            // A damaged copy is in the way: move it aside, then ours into place.
            Path aside = Files.createTempDirectory(parent, directoryName() + ".old-");
            try {
                Files.move(target, aside.resolve("old"), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // moved or replaced by a concurrent start: checked below
            }
            deleteTree(aside);
            if (moveIntoPlace(tmp, target) || matches(target)) {
                deleteTree(tmp);
                return target;
            }
            throw new IOException(target + ": cannot replace a damaged copy of the bundle");
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    private static boolean moveIntoPlace(Path tmp, Path target) {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) { // target exists and is not empty (or cannot be replaced)
            return false;
        }
    }

    /** True when {@code dir} holds this bundle's index and every file of it, byte for byte. */
    boolean matches(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Path indexFile = dir.resolve(INDEX_FILE);
            if (!Files.isRegularFile(indexFile, LinkOption.NOFOLLOW_LINKS)
                    || !Files.readString(indexFile, StandardCharsets.UTF_8).equals(index)) {
                return false;
            }
            for (Entry e : entries) {
                Path file = dir.resolve(e.path());
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != e.content().length
                        || !java.util.Arrays.equals(Files.readAllBytes(file), e.content())) {
                    return false;
                }
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a leftover temporary directory does no harm
        }
    }

    private static String checkPath(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.equals(INDEX_FILE)) {
            throw new IllegalArgumentException("bundle: bad path '" + path + "'");
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("bundle: bad path '" + path + "'");
            }
        }
        return path;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
