package org.percorsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.percorsi.accounts.VerificationLevel;
import org.percorsi.harvest.HarvestGroupKind;
import org.percorsi.harvest.HarvestItemKind;
import org.percorsi.meetings.Attendance;
import org.percorsi.meetings.MeetingFormat;
import org.percorsi.meetings.MeetingStatus;
import org.percorsi.meetings.RegistrationStatus;
import org.percorsi.meetings.queries.MeetingQueries;
import org.percorsi.notifications.NotificationKind;
import org.percorsi.organisation.ScopeKind;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.ProcessStatus;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.queries.TeamQueries;
import org.percorsi.programming.BodyKind;
import org.percorsi.programming.InterventionStatus;
import org.percorsi.programming.ObjectiveLevel;
import org.percorsi.proposals.CommentStance;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalState;
import org.percorsi.shared.language.Language;

/**
 * Every text of the interface exists in every language of {@link Language}: each module's bundle has a file per
 * language with the same keys as the Italian one, none empty, and every key the templates and the code use
 * (literally, or built from an enum) is there.
 */
class I18nBundlesTest {

    static final Path I18N = Path.of("src/main/resources/i18n");

    @Test
    void italianAndEnglishBundlesHaveTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path italian :
                    files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Path english = I18N.resolve(italian.getFileName().toString().replace(".properties", "_en.properties"));
                Properties it = load(italian);
                Properties en = load(english);
                diff(it, en, italian + " has keys missing in English", problems);
                diff(en, it, english + " has keys missing in Italian", problems);
                blank(it, italian, problems);
                blank(en, english, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Every other language of {@link Language} has, for each module's bundle, a file with exactly the Italian
     * file's keys, none empty: a language offered never shows a text in Italian because a key was forgotten.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Language.class, names = "ITALIAN", mode = EnumSource.Mode.EXCLUDE)
    void everyLanguageHasEveryBundleWithTheSameKeys(Language language) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path italian : italianBundles()) {
            Path translated = I18N.resolve(
                    italian.getFileName().toString().replace(".properties", language.bundleSuffix() + ".properties"));
            if (!Files.exists(translated)) {
                problems.add(translated + " is missing");
                continue;
            }
            Properties it = load(italian);
            Properties other = load(translated);
            diff(it, other, translated + " lacks keys", problems);
            diff(other, it, translated + " has keys Italian does not", problems);
            blank(other, translated, problems);
        }
        assertThat(problems).isEmpty();
    }

    /**
     * All modules' bundles are one message source, where the first bundle holding a key wins: a key in two
     * bundles shows one module's text on the other's page (it did: a back-office page titled with the
     * participant's "La mia partecipazione").
     */
    @Test
    void noKeyIsInTwoBundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path base : files.filter(p -> !p.getFileName().toString().contains("_"))
                    .sorted()
                    .toList()) {
                for (String key : load(base).stringPropertyNames()) {
                    String before = owner.putIfAbsent(key, base.getFileName().toString());
                    if (before != null) {
                        problems.add(key + " in " + before + " and " + base.getFileName());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyUsedExistsInBothLanguages() throws IOException {
        Properties it = bundlesOf(Language.ITALIAN);
        Properties en = bundlesOf(Language.ENGLISH);
        Set<String> used = usedKeys();
        List<String> missing = used.stream()
                .filter(key -> !it.containsKey(key) || !en.containsKey(key))
                .map(key -> key + (it.containsKey(key) ? " (English)" : en.containsKey(key) ? " (Italian)" : " (both)"))
                .toList();
        assertThat(used).hasSizeGreaterThan(300);
        assertThat(missing).as("keys used but missing").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Language.class, names = "ITALIAN", mode = EnumSource.Mode.EXCLUDE)
    void everyKeyUsedExistsInEveryLanguage(Language language) throws IOException {
        Properties translated = bundlesOf(language);
        List<String> missing =
                usedKeys().stream().filter(key -> !translated.containsKey(key)).toList();
        assertThat(missing).as("keys used but missing in " + language.tag()).isEmpty();
    }

    /** The Italian files: the base bundles, without a language suffix. */
    private static List<Path> italianBundles() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.filter(p -> !p.getFileName().toString().contains("_"))
                    .sorted()
                    .toList();
        }
    }

    /** All the modules' messages in one language, from its own files only (no fallback to Italian). */
    private static Properties bundlesOf(Language language) throws IOException {
        Properties all = new Properties();
        for (Path italian : italianBundles()) {
            Path file = language == Language.ITALIAN
                    ? italian
                    : I18N.resolve(italian.getFileName()
                            .toString()
                            .replace(".properties", language.bundleSuffix() + ".properties"));
            if (Files.exists(file)) {
                all.putAll(load(file));
            }
        }
        return all;
    }

    /** Every key the templates and the code use (literally, or built from an enum). */
    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/jte"), Pattern.compile("\\b(?:t|tIsolated)\\(\"([a-zA-Z0-9_.]+)\""), used);
        collect(
                Path.of("src/main/java"),
                Pattern.compile(
                        "(?:View\\.t|Flash\\.success\\(redirect|RuleViolation\\.global|new RuleViolation\\(\"\\w+\"|getMessage)\\(?,?\\s*\"([a-z][a-zA-Z0-9_]*\\.[a-zA-Z0-9_.]+)\""),
                used);
        used.removeIf(key -> key.endsWith(".")); // prefixes of keys built at run time, enumerated below
        for (var v : VerificationLevel.values()) {
            used.add("accounts.verification." + v);
        }
        for (var state : TeamQueries.InvitationState.values()) {
            used.add("invitation.state." + state);
        }
        for (var kind : NotificationKind.values()) {
            used.add("notifications.kind." + kind);
            used.add("notifications." + kind);
        }
        for (var kind : ProposalKind.values()) {
            used.add("proposals.kind." + kind);
        }
        for (var state : ProposalState.values()) {
            used.add("proposals.state." + state);
        }
        for (var level : ObjectiveLevel.values()) {
            used.add("programming.level." + level);
        }
        for (var kind : BodyKind.values()) {
            used.add("programming.body.kind." + kind);
        }
        for (var status : InterventionStatus.values()) {
            used.add("programming.intervention.status." + status);
        }
        for (String outcome : List.of("PENDING", "GRANTED", "REJECTED")) {
            used.add("programming.funding.outcome." + outcome);
        }
        for (var format : MeetingFormat.values()) {
            used.add("meetings.format." + format);
        }
        for (var status : MeetingStatus.values()) {
            used.add("meetings.status." + status);
        }
        for (var status : RegistrationStatus.values()) {
            used.add("meetings.registrationStatus." + status);
        }
        for (var when : MeetingQueries.When.values()) {
            used.add("meetings.when." + when);
        }
        for (var dimension : Attendance.Dimension.values()) {
            used.add("meetings.attendance." + dimension);
            for (String bucket : Attendance.buckets(dimension)) {
                used.add("meetings.attendance." + dimension + "." + bucket);
            }
        }
        for (var kind : HarvestGroupKind.values()) {
            used.add("harvest.kind." + kind);
        }
        for (var kind : HarvestItemKind.values()) {
            used.add("harvest.kind." + kind);
            used.add("harvest.items." + kind);
            used.add("harvest.add." + kind);
        }
        for (String section : List.of("rounds", "questions")) {
            used.add("harvest.add." + section);
        }
        for (String section : List.of("registrations", "harvest", "record")) {
            used.add("meetings.admin.section." + section);
        }
        for (String mail : List.of("promoted", "cancelled")) {
            used.add("meetings.mail." + mail + ".subject");
            used.add("meetings.mail." + mail + ".body");
        }
        for (var stance : CommentStance.values()) {
            used.add("comments.stance." + stance);
        }
        for (String status : List.of("QUEUED", "SENT", "LOGGED", "FAILED")) {
            used.add("mail.status." + status);
        }
        for (String language : List.of("it", "en")) {
            used.add("language." + language);
        }
        for (String section :
                List.of("controller", "data", "purposes", "basis", "retention", "recipients", "rights", "contact")) {
            used.add("privacy." + section + ".title");
            used.add("privacy." + section + ".text");
        }
        for (String section : List.of("status", "gaps", "preparation", "feedback", "enforcement")) {
            used.add("accessibility." + section + ".title");
            used.add("accessibility." + section + ".text");
        }
        for (ProcessStatus s : ProcessStatus.values()) {
            used.add("process.status." + s);
        }
        for (Visibility v : Visibility.values()) {
            used.add("process.visibility." + v);
            used.add("process.visibility." + v + ".help");
        }
        for (PhaseType p : PhaseType.values()) {
            used.add("phase.type." + p);
        }
        for (ScopeKind k : ScopeKind.values()) {
            used.add("scope.kind." + k);
        }
        for (ProcessRole r : ProcessRole.values()) {
            used.add("role." + r);
        }
        for (String area : List.of(
                "processes",
                "programming",
                "templates",
                "themes",
                "scopes",
                "organisation",
                "accounts",
                "outbox",
                "audit")) {
            used.add("admin." + area + ".title");
            used.add("admin." + area + ".summary");
        }
        for (String kind : List.of("notFound", "forbidden", "badRequest", "tooMany", "serverError")) {
            used.add("error." + kind + ".title");
            used.add("error." + kind + ".text");
        }
        for (String mail : List.of("confirm", "alreadyRegistered", "reset", "changeEmail", "emailChangeRequested")) {
            used.add("accounts.mail." + mail + ".subject");
            used.add("accounts.mail." + mail + ".body");
        }
        return used;
    }

    private static void collect(Path root, Pattern pattern, Set<String> keys) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
    }

    private static void diff(Properties a, Properties b, String what, List<String> problems) {
        Set<String> missing = new TreeSet<>(a.stringPropertyNames());
        missing.removeAll(b.stringPropertyNames());
        if (!missing.isEmpty()) {
            problems.add(what + ": " + missing);
        }
    }

    private static void blank(Properties p, Path file, List<String> problems) {
        p.stringPropertyNames().stream()
                .filter(k -> p.getProperty(k).isBlank())
                .forEach(k -> problems.add(file + ": empty " + k));
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
