package org.w3id.apecdekg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.w3id.apecdekg.DekgApplication;
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
        SpringApplication app = new SpringApplication(DekgApplication.class);
        // The AOT-generated initializer is looked up by the main application class (DekgApplication__…).
        app.setMainApplicationClass(DekgApplication.class);
        app.run(args.toArray(String[]::new));
        return 0;
    }
}
