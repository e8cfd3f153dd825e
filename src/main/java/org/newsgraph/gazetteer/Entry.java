package org.newsgraph.gazetteer;

import org.newsgraph.model.Entity;

/**
 * What a phrase resolves to: an entity (the country a demonym or seat stands for, the organisation), or for
 * a post title its role label. {@code country} is the state an organisation belongs to, where it does, or
 * the state that uses a post title, where one state is by far its usual user ("Chief Constable").
 */
public record Entry(NameType type, Entity entity, String roleLabel, Entity country) {
}
