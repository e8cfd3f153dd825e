package org.newsgraph.eval;

import java.util.List;

/** Something a measure counts, as a person reads it in an error list. */
public interface Tuple {
    /** The tuple in one line, e.g. {@code Vladimir Putin | president | RUS}. */
    String describe();

    /** The gold values a reader would look for in the article to find it. */
    List<String> names();

    /** The sentence a system fact was read from; null for gold tuples. */
    String evidence();
}
