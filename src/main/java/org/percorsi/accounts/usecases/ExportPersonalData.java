package org.percorsi.accounts.usecases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.percorsi.accounts.CurrentAccount;
import org.percorsi.accounts.PersonalData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** A signed-in person downloads everything the platform holds about them: JSON files in a zip. */
@Service
public class ExportPersonalData {

    private final CurrentAccount current;
    private final List<PersonalData> modules;
    private final JsonMapper json;

    ExportPersonalData(CurrentAccount current, List<PersonalData> modules, JsonMapper json) {
        this.current = current;
        this.modules = modules;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public byte[] handle() {
        var account = current.require();
        var profile = new LinkedHashMap<String, Object>();
        profile.put("nickname", account.getNickname());
        profile.put("email", account.getEmail());
        profile.put("verification", account.getVerification());
        profile.put("language", account.getLanguage());
        profile.put("registeredAt", account.getCreatedAt());
        profile.put("emailConfirmedAt", account.getEmailConfirmedAt());
        profile.put("termsVersion", account.getTermsVersion());
        profile.put("termsAcceptedAt", account.getTermsAcceptedAt());
        profile.put("platformAdministrator", account.isPlatformAdmin());
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            write(zip, "account", profile);
            for (PersonalData module : modules) {
                write(zip, module.section(), module.exportFor(account.getId(), account.getEmail()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void write(ZipOutputStream zip, String section, Object data) throws IOException {
        zip.putNextEntry(new ZipEntry(section + ".json"));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data));
        zip.closeEntry();
    }
}
