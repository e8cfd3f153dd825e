package org.newsgraph.spark;

/**
 * Spark brings Hadoop's client jar, which registers its own (shaded Woodstox) StAX parser as the JVM's
 * {@code XMLInputFactory}: feeds would then be parsed by another parser than in a build, with other errors and
 * other words for them. This names the JDK's parser, as a build has it, unless the JVM was told of another.
 */
final class JdkXml {
    private static final String FACTORY = "javax.xml.stream.XMLInputFactory";
    private static final String JDK = "com.sun.xml.internal.stream.XMLInputFactoryImpl";

    private JdkXml() {
    }

    /** Before any feed is read in this JVM (driver or executor). */
    static void use() {
        if (System.getProperty(FACTORY) == null) {
            System.setProperty(FACTORY, JDK);
        }
    }
}
