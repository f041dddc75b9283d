package org.percorsi.shared.language;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages Percorsi speaks: its interface and the translations of what the municipality publishes. Italian is
 * the source language of the bundles (files without a suffix); the others have a bundle per module with the suffix
 * below. The organisation chooses which of them are offered.
 */
public enum Language {
    ITALIAN("it", "Italiano", false),
    ENGLISH("en", "English", false),
    CHINESE_SIMPLIFIED("zh-Hans", "简体中文", false),
    ARABIC("ar", "العربية", true),
    ROMANIAN("ro", "Română", false),
    ALBANIAN("sq", "Shqip", false),
    URDU("ur", "اردو", true);

    private static final Language[] ALL = values();

    private final String tag;
    private final String nativeName;
    private final boolean rightToLeft;
    // parsed once: every request resolves its language, and parsing a tag allocates
    private final Locale locale;

    Language(String tag, String nativeName, boolean rightToLeft) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** BCP 47 tag, as written in {@code lang} attributes, cookies and the database. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as the switch shows it (someone who reads only it must find it). */
    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** {@code ltr} or {@code rtl}, for the {@code dir} attribute. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public Locale locale() {
        return locale;
    }

    /** Suffix of the module bundles' files ({@code processes_zh.properties}); Italian is the base file. */
    public String bundleSuffix() {
        return this == ITALIAN ? "" : "_" + locale().getLanguage();
    }

    public static Optional<Language> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return ofLocale(Locale.forLanguageTag(tag.trim()));
    }

    /** By language alone: zh, zh-CN, zh-Hans and zh-SG are all Simplified Chinese here (the only Chinese offered). */
    public static Optional<Language> ofLocale(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        String language = locale.getLanguage();
        for (Language offered : ALL) { // asked several times per request: a loop, not a stream
            if (offered.locale().getLanguage().equals(language)) {
                return Optional.of(offered);
            }
        }
        return Optional.empty();
    }
}
