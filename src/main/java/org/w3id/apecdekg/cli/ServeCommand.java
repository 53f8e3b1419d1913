package org.w3id.apecdekg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.w3id.apecdekg.DekgApplication;
import org.w3id.apecdekg.bundle.PathCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** Builds the graph from {@code data/} if the store is empty, then serves it over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the graph (building it from data/ when the store is empty).")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--store", description = "TDB2 store directory (default ./var/store).")
    Path store;

    @Option(names = "--store-url", description = "Use the remote SPARQL 1.1 dataset at this URL instead of a TDB2 directory.")
    String storeUrl;

    @Option(names = "--data", description = "Data directory (default ./data).")
    Path data;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(springArguments);
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (store != null) {
            args.add("--dekg.store=" + store);
        }
        if (storeUrl != null) {
            args.add("--dekg.store-url=" + storeUrl);
        }
        if (data != null) {
            args.add("--dekg.data=" + data);
        }
        checkPaths(args);
        SpringApplication app = new SpringApplication(DekgApplication.class);
        // The AOT-generated initializer is looked up by the main application class (DekgApplication__…).
        app.setMainApplicationClass(DekgApplication.class);
        app.run(args.toArray(String[]::new));
        return 0;
    }

    /**
     * Checks the paths named on the command line ({@code --data}, {@code --store} and their
     * {@code --dekg.*=} forms, {@code --dekg.ontology=}, {@code --dekg.queries=}) before Spring starts, so
     * that a missing one is one line naming it rather than a failed start. Paths configured elsewhere
     * (environment, application.properties) are checked as the server starts.
     */
    static void checkPaths(List<String> args) {
        String storeUrl = last(args, "dekg.store-url");
        String store = last(args, "dekg.store");
        if (store != null && (storeUrl == null || storeUrl.isBlank())) {
            PathCheck.writableDirectory(Path.of(store), "store");
        }
        String data = last(args, "dekg.data");
        if (data != null) {
            PathCheck.directory(Path.of(data), "--data");
        }
        String ontology = last(args, "dekg.ontology");
        if (ontology != null) {
            PathCheck.file(Path.of(ontology), "--dekg.ontology");
        }
        String queries = last(args, "dekg.queries");
        if (queries != null) {
            PathCheck.directory(Path.of(queries), "--dekg.queries");
        }
    }

    /** The last value of {@code --name=value} among Spring's arguments (also in kebab-free camel case). */
    private static String last(List<String> args, String name) {
        String value = null;
        for (String a : args) {
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 2) {
                String key = a.substring(2, eq);
                if (key.equals(name) || key.replace("-", "").equalsIgnoreCase(name.replace("-", ""))) {
                    value = a.substring(eq + 1);
                }
            }
        }
        return value;
    }
}
