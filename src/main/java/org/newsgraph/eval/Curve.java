package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Precision, recall and F1 of the headline measures when only facts of at least some confidence are kept. */
public record Curve(List<Point> points) {
    /** The thresholds of the issue's "precision/recall curve over a few thresholds". */
    public static final List<Double> THRESHOLDS = List.of(0.0, 0.3, 0.5, 0.7, 0.9);

    public Curve {
        points = List.copyOf(points);
    }

    /** The scores with facts of confidence >= threshold. */
    public record Point(double threshold, Report report) {
    }

    /** Scores the system's facts (FactsReader's JSON) at each threshold. */
    public static Curve of(Map<String, FactSheet> gold, List<ObjectNode> system, List<Double> thresholds) {
        List<Point> points = new ArrayList<>();
        for (double threshold : thresholds) {
            Map<String, FactSheet> kept = new LinkedHashMap<>();
            for (ObjectNode article : system) {
                // problems were reported when the facts were first read
                FactSheet sheet = FactSheet.fromJson(Confidence.atLeast(article, threshold), false, problem -> { });
                if (sheet != null) {
                    kept.put(sheet.id(), sheet);
                }
            }
            points.add(new Point(threshold, Scorer.score(gold, kept).report()));
        }
        return new Curve(points);
    }

    public String table() {
        List<Measure> headline = headline();
        StringBuilder out = new StringBuilder("precision/recall/F1 by confidence threshold\n");
        out.append(String.format(Locale.ROOT, "%-10s", "confidence"));
        headline.forEach(m -> out.append(String.format(Locale.ROOT, "  %-20s", m.key())));
        out.append("  KG F1\n").append(String.format(Locale.ROOT, "%-10s", ""));
        headline.forEach(m -> out.append(String.format(Locale.ROOT, "  %-6s%-6s%-8s", "P", "R", "F1")));
        out.append('\n');
        for (Point point : points) {
            out.append(String.format(Locale.ROOT, ">= %-7s", point.threshold()));
            for (Measure m : headline) {
                Score s = point.report().score(m);
                out.append(String.format(Locale.ROOT, "  %-6s%-6s%-8s", Report.fixed3(s.precision()),
                        Report.fixed3(s.recall()), Report.fixed3(s.f1())));
            }
            out.append("  ").append(Report.fixed3(point.report().kgF1())).append('\n');
        }
        return out.toString();
    }

    public ArrayNode toJson() {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (Point point : points) {
            ObjectNode item = list.addObject();
            item.put("threshold", point.threshold());
            for (Measure m : headline()) {
                item.set(m.key(), Report.toJson(point.report().score(m)));
            }
            item.put("kg_f1", point.report().kgF1());
        }
        return list;
    }

    private static List<Measure> headline() {
        return List.of(Measure.values()).stream().filter(Measure::headline).toList();
    }
}
