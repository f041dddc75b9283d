package org.percorsi.accounts;

/**
 * A module that keeps personal data about accounts implements this, so that a
 * person's download of their data (GDPR art. 15 and 20) includes it. Each
 * section becomes one JSON file in the zip. The same module erases or anonymises that data when it hears
 * {@link AccountDeleted}, with a synchronous listener in the deletion's transaction. Each module reads and
 * erases its own tables only.
 */
public interface PersonalData {

    /** The file name (without extension) of this module's section, e.g. "process-roles". */
    String section();

    /** What this module holds about the account, as records, lists or maps that serialise to JSON. */
    Object exportFor(long accountId, String email);
}
