package org.newsgraph.gazetteer;

import org.newsgraph.model.Entity;

/**
 * What a phrase resolves to: an entity (the country a demonym or seat stands for, the organisation), or for
 * a post title its role label. {@code country} is the state an organisation belongs to, where it does.
 */
public record Entry(NameType type, Entity entity, String roleLabel, Entity country) {
}
