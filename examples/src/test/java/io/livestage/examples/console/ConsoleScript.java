package io.livestage.examples.console;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Drives a console with scripted input and hands back what it printed. */
final class ConsoleScript {

    private ConsoleScript() {}

    /** The console's whole output, banner and prompts included, when it reads {@code lines}. */
    static String run(String... lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new StageConsole(new StringReader(String.join("\n", lines) + "\n"), out).run();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** What the console printed for each line, in order, up to a {@code quit}. */
    static List<String> replies(String... lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        StageConsole console = new StageConsole(new StringReader(""), out);
        List<String> replies = new ArrayList<>();
        for (String line : lines) {
            bytes.reset();
            boolean goOn = console.execute(line);
            replies.add(bytes.toString(StandardCharsets.UTF_8));
            if (!goOn) {
                break;
            }
        }
        return replies;
    }
}
