package org.newsgraph.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.OfficeHolders;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Provenance;
import org.newsgraph.model.RoleFact;
import org.newsgraph.model.StatementFact;
import org.newsgraph.model.StatementKind;
import org.newsgraph.resolve.EntityRules;
import org.newsgraph.store.EntityResolution;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Loader;

/**
 * The cost of resolution across the store at a given size, without the NLP pass: articles made of persons named the ways
 * news names them (full name, initial, short form, bare surname with a post; a population that grows with the corpus,
 * a few persons to each family name, the most named ones in many articles), stored as a build stores them, then
 * resolved twice: the first run repoints the articles, the second finds nothing to change.
 */
public final class ResolutionBench {
    private static final String[] GIVEN = {"Joseph", "Michael", "Anna", "Robert", "Maria", "William", "Elena", "Thomas",
        "Olga", "Richard", "Fatima", "James", "Ingrid", "Charles", "Amara", "Edward", "Yuki", "Daniel", "Leila", "Peter"};
    private static final String[] SHORT = {"Joe", "Mike", null, "Bob", null, "Bill", null, "Tom", null, "Dick", null, "Jim",
        null, "Chuck", null, "Ted", null, "Dan", null, "Pete"};
    private static final String[] SYLLABLES = {"ka", "lo", "vi", "mar", "ten", "do", "ris", "an", "bel", "so", "gu", "tra",
        "mi", "nes", "por", "ul", "de", "zan", "ko", "ber"};
    private static final String[] ROLES = {"president", "prime minister", "foreign minister", "defense minister", "ambassador", "spokesperson"};
    private static final String[] COUNTRIES = {"USA", "RUS", "CHN", "FRA", "DEU", "GBR", "IND", "BRA", "ZAF", "JPN", "KOR", "TUR"};

    private ResolutionBench() {
    }

    /** Builds a store of {@code articles} synthetic articles under {@code dir} and times resolution over it. */
    public static void run(int articles, Path dir, PrintStream out) {
        OfficeHolders dictionary = Gazetteer.loadForNames(List.of()).officeHolders();
        Random random = new Random(articles);
        int population = Math.max(30, articles / 4);
        long loadStart = System.nanoTime();
        try (GraphStore store = GraphStore.openForBuild(dir.resolve("resolution-" + articles))) {
            List<ArticleFacts> batch = new ArrayList<>();
            for (int i = 0; i < articles; i++) {
                batch.add(article(i, random, population));
                if (batch.size() == BuildOptions.DEFAULT_BATCH || i == articles - 1) {
                    store.write(batch, Loader.TRANSACTIONAL);
                    batch.clear();
                }
            }
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            // CPU time besides the wall clock: on a shared machine the wall clock measures the neighbours too
            long cpu0 = processCpuNanos();
            EntityResolution.Report first = EntityResolution.run(store, dictionary, EntityRules.NONE);
            long cpu1 = processCpuNanos();
            EntityResolution.Report second = EntityResolution.run(store, dictionary, EntityRules.NONE);
            long cpu2 = processCpuNanos();
            double firstSeconds = first.readSeconds() + first.resolveSeconds() + first.writeSeconds();
            double secondSeconds = second.readSeconds() + second.resolveSeconds() + second.writeSeconds();
            out.printf(Locale.ROOT, "resolution across the store, %,d synthetic articles (%,d persons to draw from; stored in %.1f s):%n",
                    articles, population, loadSeconds);
            out.printf(Locale.ROOT, "  first run:  %s%n", first);
            out.printf(Locale.ROOT, "  second run: %s%n", second);
            out.printf(Locale.ROOT, "  CPU time of the process: %.1f s (first run), %.1f s (second run)%n", (cpu1 - cpu0) / 1e9, (cpu2 - cpu1) / 1e9);
            out.printf(Locale.ROOT, "  per article entity: %.1f µs (first run), %.1f µs (second run); resolving alone %.1f µs; CPU %.1f µs, %.1f µs%n",
                    1e6 * firstSeconds / Math.max(1, first.locals()), 1e6 * secondSeconds / Math.max(1, second.locals()),
                    1e6 * first.resolveSeconds() / Math.max(1, first.locals()), (cpu1 - cpu0) / 1e3 / Math.max(1, first.locals()),
                    (cpu2 - cpu1) / 1e3 / Math.max(1, second.locals()));
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
    }

    /** The CPU time of this JVM (all threads, the collector's too), or 0 where the platform does not say. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static ArticleFacts article(int index, Random random, int population) {
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays(index % 3650);
        StringBuilder text = new StringBuilder();
        List<Fact> facts = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < 3) {
            int k = (int) (population * Math.pow(random.nextDouble(), 2)); // a few persons in many articles
            if (!chosen.contains(k)) {
                chosen.add(k);
            }
        }
        for (int k : chosen) {
            String given = GIVEN[k % GIVEN.length];
            String surname = surname(k / 3);
            double form = random.nextDouble();
            String name = form < 0.6 || form >= 0.85 && form < 0.9 ? given + " " + surname
                    : form < 0.75 ? given.charAt(0) + ". " + surname
                    : form < 0.85 ? (SHORT[k % SHORT.length] != null ? SHORT[k % SHORT.length] : given) + " " + surname
                    : surname;
            Entity person = Entity.person(name);
            Entity country = Entity.country(COUNTRIES[(k * 7) % COUNTRIES.length], COUNTRIES[(k * 7) % COUNTRIES.length]);
            String sentence = ROLES[k % ROLES.length] + " " + name + " criticised the other side.";
            int start = text.length();
            text.append(sentence).append(' ');
            CharSpan nameSpan = new CharSpan(start + ROLES[k % ROLES.length].length() + 1, start + ROLES[k % ROLES.length].length() + 1 + name.length());
            Provenance provenance = new Provenance(sentence, new CharSpan(start, start + sentence.length()), nameSpan, "bench", 0.8);
            facts.add(new RoleFact(person, ROLES[k % ROLES.length], country, null, true, provenance));
            facts.add(new StatementFact(person, Entity.country(COUNTRIES[(k + 1) % COUNTRIES.length], COUNTRIES[(k + 1) % COUNTRIES.length]),
                    StatementKind.CRITICIZE, null, null, null, provenance.withExtractor("bench-statement")));
            mentions.add(new EntityMention(person, name, nameSpan, false));
        }
        Article article = new Article("bench-" + index, "Article " + index, date, null, null, text.toString().strip());
        return new ArticleFacts(article, facts, mentions);
    }

    private static String surname(int j) {
        StringBuilder name = new StringBuilder();
        int n = j;
        do {
            name.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        name.append("ski");
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
