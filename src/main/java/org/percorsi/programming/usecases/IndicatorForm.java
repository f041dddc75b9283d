package org.percorsi.programming.usecases;

/** An indicator of an intervention: its name, unit, and baseline and target as typed ({@link Amounts}). */
public record IndicatorForm(String name, String unit, String baseline, String target) {}
