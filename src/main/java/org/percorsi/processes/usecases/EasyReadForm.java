package org.percorsi.processes.usecases;

/** The plain-language summary of a process ("easy-read"), as typed; blank removes it. */
public record EasyReadForm(String easyRead) {}
