package org.percorsi.translations;

import java.util.Optional;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.language.TranslationOnRequest;
import org.percorsi.shared.richtext.RichText;
import org.springframework.stereotype.Component;

/** Participants' contributions translated on request by the configured provider: never stored, never who asked. */
@Component
class MachineOnRequest implements TranslationOnRequest {

    private final Optional<MachineTranslator> machine;

    MachineOnRequest(Optional<MachineTranslator> machine) {
        this.machine = machine;
    }

    @Override
    public boolean available() {
        return machine.isPresent();
    }

    @Override
    public Optional<String> translate(String text, Language to, boolean html) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return machine.flatMap(m -> m.translate(text, null, to, html))
                .map(t -> html ? RichText.sanitize(t) : t.strip())
                .filter(t -> !t.isBlank());
    }
}
