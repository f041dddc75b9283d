package org.percorsi.programming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.percorsi.programming.usecases.ActivityForm;
import org.percorsi.programming.usecases.AddActivity;
import org.percorsi.programming.usecases.InterventionForm;
import org.percorsi.programming.usecases.SaveIntervention;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The programming module on its own (and what it depends on): writing an intervention's sheet or adding an
 * activity announces the intervention with its title and the text search indexes of it, as committed, and a
 * version that grows with each change, so that readers need not call back and can tell the later change.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class InterventionChangesCarryWhatSearchIndexesTest {

    private static final Path DATA_DIR = IntegrationTest.freshDataDir();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("percorsi.data-dir", DATA_DIR::toString);
        registry.add("percorsi.admin.email", () -> TestAccounts.ADMIN_EMAIL);
        registry.add("percorsi.admin.password", () -> TestAccounts.ADMIN_PASSWORD);
    }

    @Autowired
    SaveIntervention save;

    @Autowired
    AddActivity addActivity;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theSheetAndItsActivitiesTravelWithTheEventInTheOrderOfTheChanges(Scenario scenario) {
        AtomicLong id = new AtomicLong();
        AtomicReference<InterventionChanged> created = new AtomicReference<>();
        Instant before = Instant.now();
        scenario.stimulate(() -> TestAccounts.asAdministrator(() -> save.create(new InterventionForm(
                        "Ciclovia del fiume " + run,
                        "<p>Una pista <b>lungo</b> il fiume.</p>",
                        "",
                        "Settore Mobilità",
                        "Amici della bicicletta",
                        InterventionStatus.IDEA,
                        List.of()))))
                .andWaitForEventOfType(InterventionChanged.class)
                .matching(event -> event.title().equals("Ciclovia del fiume " + run))
                .toArriveAndVerify((event, interventionId) -> {
                    assertThat(event.interventionId()).isEqualTo(interventionId);
                    assertThat(event.text())
                            .isEqualTo("Una pista lungo il fiume. Settore Mobilità Amici della bicicletta");
                    assertThat(event.changedAt()).isAfterOrEqualTo(before.minusSeconds(1));
                    id.set(interventionId);
                    created.set(event);
                });

        scenario.stimulate(() -> TestAccounts.asAdministrator(() ->
                        addActivity.handle(id.get(), new ActivityForm("Posa della segnaletica " + run, null, null))))
                .andWaitForEventOfType(InterventionChanged.class)
                .matching(event -> event.interventionId() == id.get() && event != created.get())
                .toArriveAndVerify(event -> {
                    assertThat(event.title()).isEqualTo("Ciclovia del fiume " + run);
                    assertThat(event.text())
                            .isEqualTo("Una pista lungo il fiume. Settore Mobilità Amici della bicicletta "
                                    + "Posa della segnaletica " + run);
                    assertThat(event.version())
                            .as("a later change has a higher version")
                            .isGreaterThan(created.get().version());
                    assertThat(event.changedAt()).isAfterOrEqualTo(created.get().changedAt());
                });
    }
}
