package org.w3id.apecdekg.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hash-password}: reads a password (or, with {@code --api-key}, a key) from the console or
 * standard input and prints the hash to put in {@code dekg.security.users[i].password-hash}
 * (bcrypt) or {@code dekg.security.api-keys[i].key-hash} (SHA-256 hex).
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = "Print the bcrypt hash of a password read from the console or stdin (--api-key: SHA-256 of a key).")
public final class HashPasswordCommand implements Callable<Integer> {

    @Option(names = "--api-key", description = "Hash an API key with SHA-256 instead.")
    boolean apiKey;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String secret = read();
        if (secret == null || secret.isEmpty()) {
            spec.commandLine().getErr().println("error: empty input");
            return 1;
        }
        String hash = apiKey ? "sha256:" + HexFormat.of().formatHex(ApiKeys.sha256(secret))
                : new BCryptPasswordEncoder().encode(secret);
        spec.commandLine().getOut().println(hash);
        return 0;
    }

    private String read() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] chars = console.readPassword(apiKey ? "API key: " : "Password: ");
            return chars == null ? null : new String(chars);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
}
