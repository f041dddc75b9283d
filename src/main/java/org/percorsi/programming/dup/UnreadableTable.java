package org.percorsi.programming.dup;

/** The file cannot be read as a DUP table; the message key says why, in the user's language. */
public class UnreadableTable extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public UnreadableTable(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
