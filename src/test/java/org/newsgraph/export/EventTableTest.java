package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;

/** The flat event table read back by real CSV readers: Apache Commons CSV, and Python's csv module where there is a python3. */
class EventTableTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path directory;
    static Path store;

    @BeforeAll
    static void build() {
        store = directory.resolve("store");
        ExportFixture.build(store);
    }

    @Test
    void oneLinePerFactWithItsActorsDatesAndEvidence() throws IOException {
        List<CSVRecord> rows = read(write(ViewFilter.ALL, false, "all.csv"));

        assertThat(rows).hasSize(6);
        assertThat(rows).extracting(row -> row.get("type")).containsOnly("statement", "role", "signing");
        CSVRecord signing = only(rows, "signing");
        assertThat(signing.get("relation")).isEqualTo("signed");
        assertThat(signing.get("subject")).isEqualTo(Iris.entity(ExportFixture.KIM) + " | " + Iris.entity(ExportFixture.PUTIN));
        assertThat(signing.get("subject_label")).isEqualTo("Kim Jong Un | Vladimir Putin");
        assertThat(signing.get("subject_type")).isEqualTo("person | person");
        assertThat(signing.get("object_label")).isEqualTo(ExportFixture.TREATY);
        assertThat(signing.get("object_type")).isEqualTo("treaty");
        assertThat(signing.get("party_labels")).isEqualTo("North Korea | Russia");
        assertThat(signing.get("date")).isEqualTo("2024-06-19");
        assertThat(signing.get("published")).isEqualTo("2024-06-20");
        assertThat(signing.get("place")).isEqualTo("Pyongyang");
        assertThat(signing.get("confidence")).isEqualTo("0.8");
        assertThat(signing.get("sentence")).isEqualTo("Putin and Kim signed the treaty.");
        assertThat(signing.get("evidence_start")).isEqualTo("0");
        assertThat(signing.get("evidence_end")).isEqualTo("5");
        assertThat(signing.get("article_id")).isEqualTo("summit-1");

        CSVRecord tricky = rows.stream().filter(row -> row.get("subject_label").equals(ExportFixture.TRICKY_NAME)).findFirst().orElseThrow();
        assertThat(tricky.get("quote")).isEqualTo(ExportFixture.TRICKY_QUOTE);
        assertThat(tricky.get("relation")).isEqualTo("criticize");
        assertThat(tricky.get("object_label")).isEqualTo("United States");
        assertThat(tricky.get("object_type")).isEqualTo("country");
        CSVRecord post = rows.stream().filter(row -> row.get("type").equals("role") && row.get("subject_label").equals("Joe Biden"))
                .findFirst().orElseThrow();
        assertThat(post.get("role")).isEqualTo("president");
        assertThat(post.get("current")).isEqualTo("true");
        assertThat(post.get("object_label")).isEqualTo("United States");
    }

    @Test
    void theHeaderIsTheDocumentedColumnList() throws IOException {
        Path file = write(ViewFilter.ALL, false, "header.csv");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
            assertThat(parser.getHeaderNames()).isEqualTo(EventTable.COLUMNS);
        }
        String readme = Files.readString(Path.of(System.getProperty("newsgraph.root", ".")).resolve("README.md"));
        for (String column : EventTable.COLUMNS) {
            assertThat(readme).as("README documents column " + column).contains("| `" + column + "` |");
        }
    }

    @Test
    void filtersAndNoTextApply() throws IOException {
        List<CSVRecord> confident = read(write(new ViewFilter(0.65, null, null, null), false, "confident.csv"));
        List<CSVRecord> of2024 = read(write(new ViewFilter(0, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null), false, "2024.csv"));
        List<CSVRecord> usa = read(write(new ViewFilter(0, null, null, "USA"), false, "usa.csv"));
        List<CSVRecord> bare = read(write(ViewFilter.ALL, true, "bare.csv"));

        assertThat(confident).extracting(row -> Double.parseDouble(row.get("confidence"))).allMatch(c -> c >= 0.65).hasSize(4);
        assertThat(of2024).extracting(row -> row.get("article_id")).containsOnly("summit-1").hasSize(3);
        assertThat(usa).extracting(row -> row.get("article_id")).containsOnly("washington-7").hasSize(2);
        assertThat(bare).hasSize(6).allSatisfy(row -> {
            assertThat(row.get("sentence")).isEmpty();
            assertThat(row.get("evidence_end")).isNotEmpty();
        });
    }

    @Test
    void pythonsCsvModuleReadsItBack() throws Exception {
        Path file = write(ViewFilter.ALL, false, "python.csv");
        String script = "import csv, json, sys\n"
                + "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                + "    rows = list(csv.DictReader(f))\n"
                + "print(json.dumps({'columns': list(rows[0].keys()), 'rows': rows}))\n";
        Process python;
        try {
            python = new ProcessBuilder("python3", "-c", script, file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not installed: " + e.getMessage());
            return;
        }
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(out).isZero();
        JsonNode parsed = JSON.readTree(out);
        assertThat(JSON.convertValue(parsed.get("columns"), new TypeReference<List<String>>() { })).isEqualTo(EventTable.COLUMNS);
        assertThat(parsed.get("rows")).hasSize(6);
        List<Map<String, String>> rows = JSON.convertValue(parsed.get("rows"), new TypeReference<List<Map<String, String>>>() { });
        assertThat(rows).extracting(row -> row.get("quote")).contains(ExportFixture.TRICKY_QUOTE);
        assertThat(rows).extracting(row -> row.get("subject_label")).contains(ExportFixture.TRICKY_NAME);
    }

    private static CSVRecord only(List<CSVRecord> rows, String type) {
        List<CSVRecord> matching = rows.stream().filter(row -> row.get("type").equals(type)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static Path write(ViewFilter filter, boolean noText, String name) throws IOException {
        Path file = directory.resolve(name);
        try (GraphStore graphStore = GraphStore.open(store); OutputStream out = Files.newOutputStream(file)) {
            new EventTable(graphStore).write(filter, noText, out);
        }
        return file;
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
            return parser.getRecords();
        }
    }
}
