package org.percorsi.programming.usecases;

/** A line of an intervention's budget; the amount as it was typed ({@link Amounts}: "12.500,00"). */
public record BudgetLineForm(String description, String fundingSource, String amount) {}
