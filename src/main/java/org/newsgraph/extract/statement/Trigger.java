package org.newsgraph.extract.statement;

import org.newsgraph.model.StatementKind;

/**
 * The words that make a statement: a verb ("condemned"), a verb phrase ("called on", "held ... responsible")
 * or a noun ("backing of"). {@code objectFrom} is where its object starts; for "held Washington
 * responsible" the object lies inside the phrase.
 */
record Trigger(int start, int end, StatementKind kind, boolean nominal, int objectFrom, int objectTo) {
}
