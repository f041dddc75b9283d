package org.percorsi.demo;

import java.util.Optional;
import org.percorsi.meetings.usecases.MeetingEasyReadForm;
import org.percorsi.meetings.usecases.WriteMeetingEasyRead;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.usecases.AssignRole;
import org.percorsi.processes.usecases.EasyReadForm;
import org.percorsi.processes.usecases.RoleForm;
import org.percorsi.processes.usecases.WriteEasyRead;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.Language;
import org.percorsi.translations.usecases.DraftByMachine;
import org.percorsi.translations.usecases.SaveTranslation;
import org.percorsi.translations.usecases.TranslationForm;
import org.percorsi.translations.usecases.TranslationTarget;
import org.springframework.stereotype.Component;

/**
 * Prato's process in the languages of its largest communities (issue #19): its easy-read summary and the upcoming
 * workshop's, translated into Chinese by Lin and into Arabic and Albanian by Ahmed, the process's translators. Most are
 * reviewed; the Arabic easy-read is a machine draft (labelled on the page); the Albanian one was made before the
 * summary changed, so it shows as out of date. The bridge figures' intervention is in Chinese and Arabic (title and
 * summary) and in Albanian (title).
 */
@Component
class DemoTranslations {

    static final String EASY_READ_BEFORE = "Il Comune di Prato vuole sapere come aiutare chi arriva da altri Paesi a "
            + "vivere bene in città. Puoi leggere i documenti, venire agli incontri e dire la tua idea.";
    static final String EASY_READ = EASY_READ_BEFORE + " Le idee migliori diventano progetti del Comune.";

    private final AssignRole roles;
    private final WriteEasyRead processEasyRead;
    private final WriteMeetingEasyRead meetingEasyRead;
    private final SaveTranslation save;
    private final DraftByMachine machine;

    DemoTranslations(
            AssignRole roles,
            WriteEasyRead processEasyRead,
            WriteMeetingEasyRead meetingEasyRead,
            SaveTranslation save,
            DraftByMachine machine) {
        this.roles = roles;
        this.processEasyRead = processEasyRead;
        this.meetingEasyRead = meetingEasyRead;
        this.save = save;
        this.machine = machine;
    }

    /** Run as an administrator, after the demo participants exist. */
    void load(long prato, long upcomingWorkshop, Long bridgeIntervention) {
        roles.handle(prato, new RoleForm(DemoDataLoader.LIN, ProcessRole.TRANSLATOR));
        roles.handle(prato, new RoleForm(DemoDataLoader.AHMED, ProcessRole.TRANSLATOR));
        processEasyRead.handle(prato, new EasyReadForm(EASY_READ_BEFORE));
        meetingEasyRead.handle(
                upcomingWorkshop,
                new MeetingEasyReadForm("Un incontro aperto a tutti per parlare di come partecipare alla vita della "
                        + "città. C'è un interprete se lo chiedi quando ti iscrivi."));

        String ahmed = DemoDataLoader.AHMED;
        reviewed(
                ahmed,
                prato,
                ContentKind.PROCESS,
                prato,
                "title",
                Language.ALBANIAN,
                "Ndërhyrjet prioritare për politikat e integrimit");
        reviewed(
                ahmed,
                prato,
                ContentKind.PROCESS,
                prato,
                "easyRead",
                Language.ALBANIAN,
                "Bashkia e Pratos dëshiron të dijë si t'i ndihmojë ata që vijnë nga vende të tjera të jetojnë mirë "
                        + "në qytet. Mund të lexosh dokumentet, të vish në takime dhe të thuash idenë tënde.");
        // the summary grows a sentence after the Albanian translation: it is shown marked out of date
        processEasyRead.handle(prato, new EasyReadForm(EASY_READ));

        String lin = DemoDataLoader.LIN;
        reviewed(lin, prato, ContentKind.PROCESS, prato, "title", Language.CHINESE_SIMPLIFIED, "融合政策的优先行动");
        reviewed(
                lin,
                prato,
                ContentKind.PROCESS,
                prato,
                "shortDescription",
                Language.CHINESE_SIMPLIFIED,
                "关于融合的共同行动方针，可在短期和中期内实现，并在财务上可持续。");
        reviewed(
                lin,
                prato,
                ContentKind.PROCESS,
                prato,
                "easyRead",
                Language.CHINESE_SIMPLIFIED,
                "普拉托市政府想知道如何帮助来自其他国家的人在城市里好好生活。你可以阅读文件，参加会议，说出你的想法。" + "最好的想法会成为市政府的项目。");
        reviewed(
                lin, prato, ContentKind.MEETING, upcomingWorkshop, "title", Language.CHINESE_SIMPLIFIED, "研讨会：积极参与的工具");
        reviewed(
                lin,
                prato,
                ContentKind.MEETING,
                upcomingWorkshop,
                "easyRead",
                Language.CHINESE_SIMPLIFIED,
                "一个对所有人开放的会议，讨论如何参与城市生活。如果你在报名时提出要求，会有翻译。");

        reviewed(
                ahmed,
                prato,
                ContentKind.PROCESS,
                prato,
                "title",
                Language.ARABIC,
                "التدخلات ذات الأولوية لسياسات الاندماج");
        reviewed(
                ahmed,
                prato,
                ContentKind.PROCESS,
                prato,
                "shortDescription",
                Language.ARABIC,
                "خطوط عمل مشتركة بشأن الاندماج، قابلة للتنفيذ على المدى القصير والمتوسط ومستدامة ماليًا.");
        reviewed(
                ahmed,
                prato,
                ContentKind.MEETING,
                upcomingWorkshop,
                "title",
                Language.ARABIC,
                "ورشة عمل: أدوات المشاركة الفعالة");
        reviewed(
                ahmed,
                prato,
                ContentKind.MEETING,
                upcomingWorkshop,
                "easyRead",
                Language.ARABIC,
                "لقاء مفتوح للجميع للحديث عن كيفية المشاركة في حياة المدينة. يوجد مترجم إذا طلبته عند التسجيل.");
        reviewed(
                ahmed,
                prato,
                ContentKind.MEETING,
                upcomingWorkshop,
                "title",
                Language.ALBANIAN,
                "Punëtori: mjetet e pjesëmarrjes aktive");
        if (bridgeIntervention != null) {
            intervention(prato, bridgeIntervention);
        }
        // what a LibreTranslate server gave for the easy-read, kept as a machine draft: labelled until reviewed
        DemoDataLoader.as(ahmed, () -> {
            machine.handle(
                    new TranslationTarget(prato, ContentKind.PROCESS, prato, "easyRead", Language.ARABIC),
                    (text, from, to, html) -> Optional.of("تريد بلدية براتو أن تعرف كيف تساعد القادمين من بلدان أخرى "
                            + "على العيش بشكل جيد في المدينة. يمكنك قراءة الوثائق والمجيء إلى اللقاءات وقول فكرتك. "
                            + "تصبح أفضل الأفكار مشاريع للبلدية."));
            return null;
        });
    }

    /** The bridge figures' sheet: its title in Chinese, Arabic and Albanian, its summary in Chinese and Arabic. */
    private void intervention(long prato, long intervention) {
        var kind = ContentKind.INTERVENTION;
        reviewed(
                DemoDataLoader.LIN,
                prato,
                kind,
                intervention,
                "title",
                Language.CHINESE_SIMPLIFIED,
                "激励和促进外国公民及社团积极参与地方公共生活");
        reviewed(
                DemoDataLoader.LIN,
                prato,
                kind,
                intervention,
                "summary",
                Language.CHINESE_SIMPLIFIED,
                "<p>机构与外国社区之间的新联系方式：设立“桥梁”人员，为新到的移民提供信息和指引；在外国人口较多的地区开展试点，" + "并与社团合作开展宣传活动。</p>");
        reviewed(
                DemoDataLoader.AHMED,
                prato,
                kind,
                intervention,
                "title",
                Language.ARABIC,
                "تنشيط وتعزيز المشاركة الفعّالة للمواطنين المهاجرين والجمعيات في الحياة العامة المحلية");
        reviewed(
                DemoDataLoader.AHMED,
                prato,
                kind,
                intervention,
                "summary",
                Language.ARABIC,
                "<p>طرق جديدة للربط بين المؤسسات والجاليات الأجنبية: شخصيات \"جسر\" لإعلام المهاجرين الواصلين حديثًا "
                        + "وتوجيههم، وتجربة في المناطق التي يكثر فيها السكان الأجانب، وأنشطة توعية مع الجمعيات.</p>");
        reviewed(
                DemoDataLoader.AHMED,
                prato,
                kind,
                intervention,
                "title",
                Language.ALBANIAN,
                "Animimi dhe nxitja e pjesëmarrjes aktive të qytetarëve migrantë dhe shoqatave në jetën publike vendore");
    }

    private void reviewed(
            String translator,
            long process,
            ContentKind kind,
            long subject,
            String field,
            Language language,
            String text) {
        DemoDataLoader.as(translator, () -> {
            save.handle(
                    new TranslationTarget(process, kind, subject, field, language), new TranslationForm(text, true));
            return null;
        });
    }
}
