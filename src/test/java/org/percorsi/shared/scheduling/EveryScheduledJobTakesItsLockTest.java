package org.percorsi.shared.scheduling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Nodes share one database, so a scheduled job (mail retries, reminders, purges, retries of failed work, expired
 * sessions) must run on one node at a time: every {@code @Scheduled} method of the platform takes its lock.
 */
class EveryScheduledJobTakesItsLockTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.percorsi");

    @Test
    void everyScheduledMethodIsLocked() {
        methods()
                .that()
                .areAnnotatedWith(Scheduled.class)
                .should()
                .beAnnotatedWith(SchedulerLock.class)
                .because("a job must not run on every node at once (ScheduledJobLocks)")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void theJobsAreFoundAndEachHasALockOfItsOwn() {
        var locks = CLASSES.stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(Scheduled.class))
                .map(method -> method.getAnnotationOfType(SchedulerLock.class).name())
                .toList();
        assertThat(locks)
                .contains(
                        "mail-retry-queued",
                        "audit-purge",
                        "regional-deadline-reminders",
                        "events-failed-work-retries",
                        "platform-expired-sessions")
                .doesNotHaveDuplicates();
    }
}
