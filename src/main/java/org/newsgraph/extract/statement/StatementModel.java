package org.newsgraph.extract.statement;

import java.io.BufferedInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.newsgraph.model.StatementKind;

/**
 * The trained statement classifier: a maximum-entropy model over {@link StatementFeatures} whose outcomes are
 * the four statement kinds and {@code none}, with the thresholds a fact's probability must reach and what it was
 * trained on ({@code info}: the data's digest, the command, the cross-validated figures). Stored as two files,
 * the model (OpenNLP's binary format, gzipped) and its {@code .properties}.
 */
public final class StatementModel {
    public static final String NONE = "none";
    /** Where the bundled model lives on the class path. */
    public static final String RESOURCE = "/org/newsgraph/extract/statement/statement-model.bin.gz";
    public static final String INFO_RESOURCE = "/org/newsgraph/extract/statement/statement-model.properties";

    private static volatile StatementModel bundled;
    private static volatile boolean bundledLoaded;

    private final MaxentModel model;
    private final Properties info;
    private final Map<StatementKind, Integer> outcomeIndex = new EnumMap<>(StatementKind.class);
    private final Thresholds thresholds;

    /**
     * The probability a statement must reach to be kept: one for those the pattern rules also found (which the
     * model keeps unless it finds them unlikely), and for those only the model finds one per way its speaker
     * reaches the sentence, as the model is surer of some than of others.
     */
    public record Thresholds(double ruleBacked, Map<StatementCandidate.Channel, Double> modelOnly) {
        public Thresholds {
            modelOnly = Map.copyOf(modelOnly);
        }

        /** The same threshold for every way a speaker is found. */
        public static Thresholds of(double ruleBacked, double modelOnly) {
            Map<StatementCandidate.Channel, Double> all = new EnumMap<>(StatementCandidate.Channel.class);
            for (StatementCandidate.Channel channel : StatementCandidate.Channel.values()) {
                all.put(channel, modelOnly);
            }
            return new Thresholds(ruleBacked, all);
        }

        public Thresholds with(StatementCandidate.Channel channel, double value) {
            Map<StatementCandidate.Channel, Double> changed = new EnumMap<>(modelOnly);
            changed.put(channel, value);
            return new Thresholds(ruleBacked, changed);
        }

        public boolean keeps(double probability, boolean backedByRule, StatementCandidate.Channel channel) {
            return probability >= (backedByRule ? ruleBacked : modelOnly.getOrDefault(channel, 1.0));
        }

        public String describe() {
            StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT, "%.2f if the rules found it too", ruleBacked));
            for (StatementCandidate.Channel channel : StatementCandidate.Channel.values()) {
                double value = modelOnly.getOrDefault(channel, 1.0);
                text.append(", ").append(channel.name().toLowerCase(java.util.Locale.ROOT)).append(' ')
                        .append(value > 1 ? "never" : String.format(java.util.Locale.ROOT, "%.2f", value));
            }
            return text.toString();
        }
    }

    public StatementModel(MaxentModel model, Properties info) {
        this.model = model;
        this.info = info;
        for (StatementKind kind : StatementKind.values()) {
            outcomeIndex.put(kind, model.getIndex(kind.label()));
        }
        Map<StatementCandidate.Channel, Double> modelOnly = new EnumMap<>(StatementCandidate.Channel.class);
        for (StatementCandidate.Channel channel : StatementCandidate.Channel.values()) {
            modelOnly.put(channel, Double.parseDouble(info.getProperty(thresholdKey(channel), "1.01")));
        }
        this.thresholds = new Thresholds(Double.parseDouble(info.getProperty("threshold.rule", "0.5")), modelOnly);
    }

    /** The model shipped in the jar, or null when the jar has none (the rules then work alone). */
    public static StatementModel bundled() {
        if (!bundledLoaded) {
            synchronized (StatementModel.class) {
                if (!bundledLoaded) {
                    bundled = loadBundled();
                    bundledLoaded = true;
                }
            }
        }
        return bundled;
    }

    private static StatementModel loadBundled() {
        try (InputStream model = StatementModel.class.getResourceAsStream(RESOURCE);
             InputStream info = StatementModel.class.getResourceAsStream(INFO_RESOURCE)) {
            if (model == null || info == null) {
                return null;
            }
            return read(model, info);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled statement model cannot be read: " + e.getMessage(), e);
        }
    }

    public static StatementModel read(InputStream model, InputStream info) throws IOException {
        Properties properties = new Properties();
        properties.load(new java.io.InputStreamReader(info, StandardCharsets.UTF_8));
        AbstractModel maxent = new GenericModelReader(new BinaryFileDataReader(
                new GZIPInputStream(new BufferedInputStream(model)))).getModel();
        return new StatementModel(maxent, properties);
    }

    public static StatementModel read(Path model) throws IOException {
        try (InputStream in = Files.newInputStream(model); InputStream info = Files.newInputStream(infoPath(model))) {
            return read(in, info);
        }
    }

    /** Writes the model and, beside it, its properties. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            new GenericModelWriter((AbstractModel) model, new DataOutputStream(out)).persist();
        }
        try (var writer = Files.newBufferedWriter(infoPath(file), StandardCharsets.UTF_8)) {
            // sorted, without the date line Properties.store writes: a retrained model differs only where it changed
            for (String key : info.stringPropertyNames().stream().sorted().toList()) {
                writer.write(key + "=" + escape(info.getProperty(key)) + "\n");
            }
        }
    }

    public static Path infoPath(Path model) {
        String name = model.getFileName().toString().replaceAll("\\.bin(\\.gz)?$", "");
        return model.resolveSibling(name + ".properties");
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }

    /** The probability of each statement kind for a candidate with these features. */
    public Map<StatementKind, Double> probabilities(List<String> features) {
        double[] p = model.eval(features.toArray(String[]::new));
        Map<StatementKind, Double> out = new EnumMap<>(StatementKind.class);
        outcomeIndex.forEach((kind, index) -> out.put(kind, index >= 0 ? p[index] : 0.0));
        return out;
    }

    /** The probabilities a fact must reach to be kept, as tuned by cross-validation. */
    public Thresholds thresholds() {
        return thresholds;
    }

    /** The property that holds the threshold of model-only statements whose speaker came by a channel. */
    public static String thresholdKey(StatementCandidate.Channel channel) {
        return "threshold.model." + channel.name().toLowerCase(java.util.Locale.ROOT);
    }

    public Properties info() {
        Properties copy = new Properties();
        copy.putAll(info);
        return copy;
    }

    public MaxentModel maxent() {
        return model;
    }
}
