package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.newsgraph.extract.statement.StatementModel;

/**
 * The statement model decides which statements are facts, and a jar without it extracts with the pattern rules
 * alone, silently. An executor whose class path carries another newsgraph (an old jar in spark.jars) or none
 * would write other facts than the driver's build; each executor compares its model with the driver's first.
 */
final class ModelCheck {
    private ModelCheck() {
    }

    /** SHA-256 of the bundled model and its properties, or {@link StatementModel#NONE} when the class path has none. */
    static String bundledDigest() {
        try (InputStream model = StatementModel.class.getResourceAsStream(StatementModel.RESOURCE);
             InputStream info = StatementModel.class.getResourceAsStream(StatementModel.INFO_RESOURCE)) {
            if (model == null || info == null) {
                return StatementModel.NONE;
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(model.readAllBytes());
            digest.update(info.readAllBytes());
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled statement model cannot be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Throws unless this JVM's statement model is the one the driver has, and there is one. */
    static void require(String driverDigest) {
        String here = bundledDigest();
        if (StatementModel.NONE.equals(driverDigest) || StatementModel.NONE.equals(here)) {
            throw new IllegalStateException("no statement model (" + StatementModel.RESOURCE + ") on the "
                    + (StatementModel.NONE.equals(driverDigest) ? "driver's" : "executor's") + " class path: the job would "
                    + "extract other statements than a build; submit target/newsgraph-spark.jar, which carries it");
        }
        if (!here.equals(driverDigest)) {
            throw new IllegalStateException("this executor's statement model (SHA-256 " + here.substring(0, 12)
                    + ") is not the driver's (" + driverDigest.substring(0, 12) + "): another newsgraph jar is on its "
                    + "class path (spark.jars, the cluster's own jars); submit only target/newsgraph-spark.jar");
        }
    }
}
