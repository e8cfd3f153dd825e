package org.newsgraph.spark;

import java.io.Serializable;

/**
 * One file of the job's inputs, as the driver lists them: its place in the order a build reads inputs in, the name
 * problems are reported under (as a build names it), the id a single-article file gets when it names none, and
 * where an executor opens it (a local path, or a URI of a Hadoop file system).
 */
final class InputFile implements Serializable {
    private static final long serialVersionUID = 1L;

    final int index;
    final String name;
    final String defaultId;
    final String location;
    final boolean local;

    InputFile(int index, String name, String defaultId, String location, boolean local) {
        this.index = index;
        this.name = name;
        this.defaultId = defaultId;
        this.location = location;
        this.local = local;
    }

    @Override
    public String toString() {
        return index + ":" + name;
    }
}
