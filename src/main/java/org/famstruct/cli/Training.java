package org.famstruct.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The launcher's training run for its class-data-sharing archive or AOT cache (bin/famstruct,
 * docs/speed.md), not a user command: {@code validate} and then {@code analyze} of a directory,
 * in one JVM and by the same path as {@link Main#main}, so the archive holds what each of the two
 * loads and links. An archive is trained by one process; trained by {@code analyze} alone, every
 * {@code validate} generated its own lambdas again at run time.
 */
public final class Training {
    private Training() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp famstruct.jar org.famstruct.cli.Training DIRECTORY");
            System.exit(ExitCode.USAGE.code);
        }
        OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        System.exit(train(args[0], System.in, stdout, System.err, Main.interactive()));
    }

    /**
     * Validate, then analyze in each report format, on the directory; the larger exit code (the
     * launcher keeps no archive unless 0). Each format links lambdas of its own (the CSV printer's,
     * the JSON writer's), which the archive keeps only when the training ran them.
     */
    static int train(String directory, InputStream in, OutputStream out, OutputStream err, boolean terminal) {
        int code = ExitCode.OK.code;
        String[][] runs = {
            {"validate", directory},
            {"analyze", directory},
            {"analyze", "--format", "json", directory},
            {"analyze", "--format", "jsonl", directory},
            {"analyze", "--format", "csv", directory},
        };
        for (String[] run : runs) {
            code = Math.max(code, Main.run(run, in, out, err, terminal));
        }
        return code;
    }
}
