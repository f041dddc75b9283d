package org.percorsi.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.percorsi.programming.FormalDecision;
import org.percorsi.programming.usecases.AnswerFormally;
import org.percorsi.programming.usecases.CreateCycle;
import org.percorsi.programming.usecases.FormalAnswerForm;
import org.percorsi.programming.usecases.ImportDupTable;
import org.percorsi.programming.usecases.LinkProposal;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo municipality's programming: Prato's DUP 2022/2024 table (seed 002, the
 * objectives of the companies and foundations the city owns) imported as a user
 * would, some Prato proposals linked to its actions and answered formally with an
 * act, so that the public pages show the whole trace.
 */
@Component
class DemoProgramming {

    private final CreateCycle createCycle;
    private final ImportDupTable importTable;
    private final LinkProposal link;
    private final AnswerFormally answer;
    private final JdbcClient jdbc;

    DemoProgramming(CreateCycle createCycle, ImportDupTable importTable, LinkProposal link, AnswerFormally answer,
            JdbcClient jdbc) {
        this.createCycle = createCycle;
        this.importTable = importTable;
        this.link = link;
        this.answer = answer;
        this.jdbc = jdbc;
    }

    void load(long prato) {
        long cycle = createCycle.handle("DUP 2022/2024",
                "Documento Unico di Programmazione 2022/2024, sezione operativa: obiettivi gestionali degli organismi partecipati.");
        byte[] table;
        try {
            table = new ClassPathResource("demo/dup-prato-2022-2024.txt").getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var preview = importTable.preview(cycle, "Nota di aggiornamento al DUP 2022/2024", "dup-2022-2024.txt", table);
        importTable.confirm(cycle, preview.pendingId());

        Long garden = proposal(prato, "Un giardino attrezzato per i bambini del Macrolotto 0");
        Long animators = proposal(prato, "Animatori di comunità formati con il Fondo sociale europeo");
        Long shops = proposal(prato, "Tavolo permanente tra commercianti italiani e stranieri del centro storico");
        long greenAction = node(cycle, "Supporto alla elaborazione del progetto di realizzazione di nuove aree verdi%");
        long training = node(cycle, "Organizzazione specifici percorsi formativi");
        long centre = node(cycle, "Il centro storico di Prato: valorizzare il cuore della città%");
        LocalDate act = LocalDate.now(org.percorsi.shared.time.TimeConfiguration.ROME).minusDays(20);
        if (garden != null) {
            link.link(garden, greenAction, "Il giardino entra nel progetto delle nuove aree verdi attrezzate del Macrolotto.");
            answer.answer(garden, new FormalAnswerForm(FormalDecision.ACCEPTED, "", "Delibera di Giunta", "312", act,
                    "https://www.comune.prato.it/", greenAction));
        }
        if (animators != null) {
            link.link(animators, training, "Formazione degli animatori di comunità con il Polo universitario.");
            answer.answer(animators, new FormalAnswerForm(FormalDecision.PARTLY_ACCEPTED,
                    "Si avvia una prima formazione per dieci animatori; l'estensione dipende dal finanziamento regionale.",
                    "Delibera di Giunta", "312", act, null, training));
        }
        if (shops != null) {
            link.link(shops, centre, null);
            answer.answer(shops, new FormalAnswerForm(FormalDecision.ALREADY_PLANNED,
                    "Il tavolo con i commercianti del centro storico è già previsto dall'obiettivo operativo sul centro storico.",
                    "Delibera di Giunta", "312", act, null, centre));
        }
    }

    private Long proposal(long process, String title) {
        return jdbc.sql("select id from proposal where process_id = :p and title = :t").param("p", process)
                .param("t", title).query(Long.class).optional().orElse(null);
    }

    private long node(long cycle, String titleLike) {
        return jdbc.sql("select id from objective_node where cycle_id = :c and title_text like :t order by level, id limit 1")
                .param("c", cycle).param("t", titleLike).query(Long.class).single();
    }
}
