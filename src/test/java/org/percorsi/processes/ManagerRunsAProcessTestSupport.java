package org.percorsi.processes;

/** Small files for upload tests. */
public final class ManagerRunsAProcessTestSupport {

    private ManagerRunsAProcessTestSupport() {}

    public static byte[] png() {
        return ManagerRunsAProcessTest.tinyPng();
    }
}
