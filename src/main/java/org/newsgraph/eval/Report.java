package org.newsgraph.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The scores of every measure and the headline KG F1, as a table or as score.py's JSON. */
public record Report(Map<Measure, Score> scores, int articles, int articlesWithoutOutput) {
    public Report {
        scores = new EnumMap<>(scores);
        for (Measure measure : Measure.values()) {
            if (!scores.containsKey(measure)) {
                throw new IllegalArgumentException("no score for " + measure.key());
            }
        }
    }

    public Score score(Measure measure) {
        return scores.get(measure);
    }

    /** The mean of the (rounded) F1 of the headline measures, rounded as score.py rounds it. */
    public double kgF1() {
        double sum = 0;
        int count = 0;
        for (Measure measure : Measure.values()) {
            if (measure.headline()) {
                sum += scores.get(measure).f1();
                count++;
            }
        }
        return Score.round4(sum / count);
    }

    /** The keys and numbers of {@code score.py --json}. */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        for (Measure measure : Measure.values()) {
            json.set(measure.key(), toJson(scores.get(measure)));
        }
        json.put("kg_f1", kgF1());
        json.put("articles", articles);
        json.put("articles_without_output", articlesWithoutOutput);
        return json;
    }

    public static ObjectNode toJson(Score score) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("precision", score.precision());
        json.put("recall", score.recall());
        json.put("f1", score.f1());
        json.put("matched", score.matched());
        json.put("system", score.system());
        json.put("gold", score.gold());
        return json;
    }

    /** The table score.py prints. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s   matched/system/gold%n", "measure", "P", "R", "F1"));
        for (Measure measure : Measure.values()) {
            Score s = scores.get(measure);
            out.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s   %d/%d/%d%n", measure.key(),
                    fixed3(s.precision()), fixed3(s.recall()), fixed3(s.f1()), s.matched(), s.system(), s.gold()));
        }
        out.append(String.format(Locale.ROOT, "articles %d, without output %d%n", articles, articlesWithoutOutput));
        out.append(String.format(Locale.ROOT, "KG F1 %s%n", fixed3(kgF1())));
        return out.toString();
    }

    /** Three decimals as Python's {@code %.3f} gives them (the exact binary value, ties to even). */
    public static String fixed3(double value) {
        return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
