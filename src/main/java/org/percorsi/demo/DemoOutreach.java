package org.percorsi.demo;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.meetings.MeetingsApi.MeetingSlot;
import org.percorsi.outreach.usecases.ActionForm;
import org.percorsi.outreach.usecases.AddAction;
import org.percorsi.outreach.usecases.AddInfoPoint;
import org.percorsi.outreach.usecases.AttachMaterial;
import org.percorsi.outreach.usecases.ContactsForm;
import org.percorsi.outreach.usecases.InfoPointForm;
import org.percorsi.outreach.usecases.MaterialForm;
import org.percorsi.outreach.usecases.RecordContacts;
import org.percorsi.shared.time.TimeConfiguration;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Outreach in the demo: Imola's communication plan as in seed 003 (press office support, internal communication,
 * coordinated image, promotional materials), each action dated around the meeting it promoted in 2020; and Prato's
 * info points as in seed 001 (fixed points in the neighbourhoods run by associations, the "Canadian model"), with
 * their opening hours, languages and some weeks of contacts counted. Loaded through the use cases.
 */
@Component
class DemoOutreach {

    private final AddAction addAction;
    private final AttachMaterial attach;
    private final AddInfoPoint addPoint;
    private final RecordContacts recordContacts;
    private final MeetingsApi meetings;

    DemoOutreach(
            AddAction addAction,
            AttachMaterial attach,
            AddInfoPoint addPoint,
            RecordContacts recordContacts,
            MeetingsApi meetings) {
        this.addAction = addAction;
        this.attach = attach;
        this.addPoint = addPoint;
        this.recordContacts = recordContacts;
        this.meetings = meetings;
    }

    void load(long prato, long imola, long labs, long centre, long macrolotto) {
        imolaPlan(imola);
        labsPlan(labs);
        pratoInfoPoints(prato, centre, macrolotto);
    }

    /** The neighbourhood labs (seed 004): each workshop promoted in its neighbourhood by its referents. */
    private void labsPlan(long labs) {
        action(
                labs,
                "PRESS_OFFICE",
                "Comunicato stampa sull’assemblea pubblica del Tavolo di Negoziazione",
                "Stampa locale e cittadini",
                "2023-03-06",
                "2023-03-07",
                "Ufficio Partecipazione",
                null,
                true);
        for (String neighbourhood : List.of("Nord", "Sud", "Est")) {
            action(
                    labs,
                    "POSTERS_LEAFLETS",
                    "Volantini nelle scuole e nei negozi del quartiere " + neighbourhood,
                    "Residenti del quartiere " + neighbourhood,
                    "2023-04-03",
                    "2023-04-05",
                    "Referente del Tavolo per il quartiere",
                    meeting(labs, "Laboratorio di quartiere " + neighbourhood),
                    true);
        }
        action(
                labs,
                "SOCIAL_MEDIA",
                "Calendario dei sette laboratori sui canali del Comune",
                "Cittadini",
                "2023-04-06",
                "2023-04-06",
                "Ufficio Partecipazione",
                null,
                true);
    }

    private void imolaPlan(long imola) {
        Long economic = meeting(imola, "World café per il mondo economico");
        Long associations = meeting(imola, "World café per le associazioni");
        Long town = meeting(imola, "Town meeting");
        Long results = meeting(imola, "Presentazione degli esiti");
        action(
                imola,
                "INTERNAL",
                "Nota ai servizi dei Comuni sull’avvio del percorso",
                "Uffici e servizi dell’Unione",
                "2020-01-10",
                "2020-01-10",
                "Ufficio di Piano",
                null,
                false);
        action(
                imola,
                "PRESS_OFFICE",
                "Comunicato stampa di avvio del percorso",
                "Stampa locale",
                "2020-01-16",
                "2020-01-16",
                "Ufficio stampa del Circondario",
                null,
                true);
        long image = action(
                imola,
                "OTHER",
                "Immagine coordinata del percorso: logo e modelli",
                "Tutti i materiali del percorso",
                "2020-01-31",
                "2020-02-03",
                "Ufficio stampa del Circondario",
                null,
                true);
        attach.handle(
                imola,
                image,
                new MaterialForm(
                        new Upload("linee-guida-immagine.pdf", pdf("Immagine coordinata")),
                        "Linee guida dell’immagine coordinata"));
        action(
                imola,
                "SOCIAL_MEDIA",
                "Inviti ai world café su Facebook e Instagram",
                "Imprese e associazioni",
                "2020-06-01",
                "2020-06-02",
                "Ufficio stampa del Circondario",
                economic,
                true);
        action(
                imola,
                "NEWSLETTER",
                "Newsletter alle associazioni di volontariato",
                "Associazioni del territorio",
                "2020-06-08",
                "2020-06-08",
                "Ufficio di Piano",
                associations,
                true);
        long leaflets = action(
                imola,
                "POSTERS_LEAFLETS",
                "Manifesti e volantini del town meeting",
                "Cittadini dei dieci Comuni",
                "2020-08-17",
                "2020-08-20",
                "Ufficio stampa del Circondario",
                town,
                true);
        attach.handle(
                imola,
                leaflets,
                new MaterialForm(
                        new Upload("volantino-town-meeting.pdf", pdf("Town meeting 5 settembre 2020")),
                        "Volantino del town meeting del 5 settembre 2020"));
        action(
                imola,
                "PRESS_OFFICE",
                "Conferenza stampa sugli esiti del percorso",
                "Stampa locale e cittadini",
                "2020-10-26",
                "2020-10-27",
                "Ufficio stampa del Circondario",
                results,
                true);
    }

    private void pratoInfoPoints(long prato, long centre, long macrolotto) {
        long chinatown = addPoint.handle(
                prato,
                new InfoPointForm(
                        "Punto informativo Macrolotto 0",
                        "Via Pistoiese 120, Prato",
                        "43.883600",
                        "11.083100",
                        macrolotto,
                        "Associazione Insieme nel quartiere",
                        List.of("it", "zh", "en"),
                        "Chiuso in agosto.",
                        List.of("2", "4", "6"),
                        List.of("15:00", "15:00", "10:00"),
                        List.of("19:00", "19:00", "13:00")));
        long centreDesk = addPoint.handle(
                prato,
                new InfoPointForm(
                        "Sportello di orientamento in centro",
                        "Via Santa Trinita 40, Prato",
                        null,
                        null,
                        centre,
                        "Rete delle associazioni migranti",
                        List.of("it", "ar", "ur", "sq", "fr"),
                        null,
                        List.of("1", "3"),
                        List.of("09:30", "16:00"),
                        List.of("12:30", "18:30")));
        LocalDate monday =
                LocalDate.now(TimeConfiguration.ROME).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int[][] weeks = {{14, 9, 6}, {18, 11, 4}, {21, 7, 8}};
        for (int w = 0; w < weeks.length; w++) {
            String week = monday.minusWeeks(weeks.length - w).toString();
            count(prato, chinatown, week, "DOCUMENTS", "zh", weeks[w][0]);
            count(prato, chinatown, week, "WORK", "zh", weeks[w][1]);
            count(prato, centreDesk, week, "SERVICES", "ar", weeks[w][2]);
            count(prato, centreDesk, week, "LANGUAGE_COURSES", "ur", weeks[w][2] / 2 + 1);
        }
    }

    private long action(
            long process,
            String channel,
            String title,
            String audience,
            String planned,
            String done,
            String owner,
            Long meeting,
            boolean visibleToPublic) {
        return addAction.handle(
                process,
                new ActionForm(
                        channel,
                        channel.equals("OTHER") ? "Immagine coordinata" : null,
                        title,
                        audience,
                        List.of("it"),
                        planned,
                        done,
                        owner,
                        meeting,
                        visibleToPublic,
                        null));
    }

    private void count(long process, long point, String monday, String topic, String language, int contacts) {
        recordContacts.handle(
                process, point, new ContactsForm("WEEK", monday, topic, language, String.valueOf(contacts)));
    }

    private Long meeting(long process, String titleStart) {
        return meetings.slotsOfProcess(process).stream()
                .filter(m -> m.title().startsWith(titleStart))
                .map(MeetingSlot::id)
                .findFirst()
                .orElse(null);
    }

    /** A one-page PDF whose only text is {@code title}: enough for the files module to recognise it. */
    private static byte[] pdf(String title) {
        String content = "BT /F1 18 Tf 72 720 Td (" + title + ") Tj ET";
        String body = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A file made by the demo, handed to the use case as an upload. */
    private record Upload(String name, byte[] data) implements MultipartFile {

        @Override
        public String getName() {
            return "file";
        }

        @Override
        public String getOriginalFilename() {
            return name;
        }

        @Override
        public String getContentType() {
            return "application/pdf";
        }

        @Override
        public boolean isEmpty() {
            return data.length == 0;
        }

        @Override
        public long getSize() {
            return data.length;
        }

        @Override
        public byte[] getBytes() {
            return data.clone();
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(data);
        }

        @Override
        public void transferTo(File dest) {
            throw new UnsupportedOperationException("kept in memory");
        }
    }
}
