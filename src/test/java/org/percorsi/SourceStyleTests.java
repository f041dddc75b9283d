package org.percorsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Code reads by simple names: a class is imported once at the top, not spelled out with its package in the
 * middle of the code. (The formatting itself is Spotless's, checked by {@code ./mvnw verify}.)
 */
class SourceStyleTests {

    static final Pattern QUALIFIED_NAME =
            Pattern.compile("(?<![\\w.])(?:java|javax|jakarta|org|com|gg|io|net)(?:\\.[a-z_]\\w*)+\\.[A-Z]\\w*");

    /** Where two classes of the same simple name meet in one file, one of them must keep its package. */
    static final Map<String, String> SIMPLE_NAME_CLASHES =
            Map.of("support/Browser.java", "com.microsoft.playwright.Browser");

    @Test
    void noInlineQualifiedNames() {
        List<String> found = new ArrayList<>();
        for (var root : List.of("src/main/java/org/percorsi", "src/test/java/org/percorsi")) {
            var base = Path.of(root);
            for (var file : TableOwnershipTests.files(base, ".java")) {
                if (file.endsWith("package-info.java")) {
                    continue; // a package's annotations stand before its imports: they keep their full names
                }
                String relative = base.relativize(file).toString().replace('\\', '/');
                Matcher matcher = QUALIFIED_NAME.matcher(JavaSource.code(TableOwnershipTests.read(file)));
                while (matcher.find()) {
                    if (!matcher.group().equals(SIMPLE_NAME_CLASHES.get(relative))) {
                        found.add(relative + ": " + matcher.group());
                    }
                }
            }
        }
        assertThat(found).as("import these classes instead").isEmpty();
    }

    @Test
    void findsQualifiedNamesInCodeOnly() {
        String source = """
                package org.example;
                import java.util.List;
                /** See {@link java.util.Map}. */
                class X {
                    // java.util.Set in a comment
                    String s = "java.util.Optional";
                    java.time.Instant at = java.time.Instant.now();
                }
                """;
        Matcher matcher = QUALIFIED_NAME.matcher(JavaSource.code(source));
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        assertThat(found).containsExactly("java.time.Instant", "java.time.Instant");
    }
}
