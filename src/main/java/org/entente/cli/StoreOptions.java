package org.entente.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that uses the store shares. */
final class StoreOptions {
    @Option(names = "--loc", paramLabel = "DIR", defaultValue = "store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path loc;
}
