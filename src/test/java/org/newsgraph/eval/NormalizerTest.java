package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class NormalizerTest {
    @Test
    void dropsAccentsAndFoldsLettersThatDoNotDecompose() {
        assertThat(Normalizer.norm("Łukasz Ørsted-Álvarez")).isEqualTo("lukasz orsted alvarez");
        assertThat(Normalizer.norm("Straße")).isEqualTo(Normalizer.norm("Strasse"));
        assertThat(Normalizer.norm("Recep Tayyip Erdoğan")).isEqualTo("recep tayyip erdogan");
    }

    @Test
    void dropsHonorifics() {
        assertThat(Normalizer.norm("Mr. John Smith")).isEqualTo("john smith");
        assertThat(Normalizer.norm("Gen. Mark Stone")).isEqualTo("mark stone");
        assertThat(Normalizer.norm("Drake")).isEqualTo("drake");
    }

    @Test
    void keepsApostrophesAndSplitsAtOtherPunctuation() {
        assertThat(Normalizer.norm("Russia’s Defense Ministry")).isEqualTo("russia's defense ministry");
        assertThat(Normalizer.norm("U.S.-Belarus (2019) Agreement")).isEqualTo("u s belarus 2019 agreement");
        assertThat(Normalizer.norm("  Kim\u00A0Jong\tUn ")).isEqualTo("kim jong un");
    }

    @Test
    void nullIsEmpty() {
        assertThat(Normalizer.norm(null)).isEmpty();
        assertThat(Normalizer.words(null)).isEmpty();
    }

    @Test
    void codesAreThreeUpperCaseLetters() {
        assertThat(Normalizer.isCode("RUS")).isTrue();
        assertThat(Normalizer.isCode("Rus")).isFalse();
        assertThat(Normalizer.isCode("RUSS")).isFalse();
        assertThat(Normalizer.isCode("ÅLA")).isFalse();
        assertThat(Normalizer.isCode(null)).isFalse();
    }

    @Test
    void combiningMarksAreThoseOfNonZeroCanonicalClass() {
        assertThat(Normalizer.isCombining(0x0301)).as("acute, class 230").isTrue();
        assertThat(Normalizer.isCombining(0x0334)).as("tilde overlay, class 1").isTrue();
        assertThat(Normalizer.isCombining(0x093C)).as("Devanagari nukta, class 7").isTrue();
        assertThat(Normalizer.isCombining(0x0941)).as("Devanagari vowel sign u: a mark of class 0").isFalse();
        assertThat(Normalizer.isCombining('a')).isFalse();
    }

    /** Each character of the Basic Multilingual Plane, between two letters, normalises as score.py's norm() does. */
    @Test
    void agreesWithScorePyOnEveryCharacterOfTheBasicPlane() throws IOException, InterruptedException {
        String script = String.join("\n",
                "import importlib.util, sys, unicodedata",
                "spec = importlib.util.spec_from_file_location('score', sys.argv[1])",
                "score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)",
                "out = []",
                "for cp in range(0x10000):",
                "    if 0xD800 <= cp <= 0xDFFF or unicodedata.category(chr(cp)) == 'Cn': continue",
                "    out.append('%d\\t%s' % (cp, score.norm('A' + chr(cp) + 'b').replace('\\n', ' ')))",
                "sys.stdout.buffer.write('\\n'.join(out).encode('utf-8'))");
        Process process = new ProcessBuilder("python3", "-c", script,
                ScorePy.goldFolder().resolve("score.py").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Map<Integer, String> mismatches = new HashMap<>();
        int compared = 0;
        for (String line : output.split("\n")) {
            int tab = line.indexOf('\t');
            int cp = Integer.parseInt(line.substring(0, tab));
            if (!Character.isDefined(cp)) {
                continue; // newer in Python's Unicode than in this JDK's
            }
            compared++;
            String java = Normalizer.norm("A" + new String(Character.toChars(cp)) + "b").replace('\n', ' ');
            if (!java.equals(line.substring(tab + 1))) {
                mismatches.put(cp, line.substring(tab + 1) + " (python) vs " + java + " (java)");
            }
        }
        assertThat(compared).isGreaterThan(50_000);
        assertThat(mismatches).isEmpty();
    }
}
