package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.CharSpan;
import org.newsgraph.nlp.Sentence;

/** Dates as articles write them, resolved against the publication date; plain strings, no models. */
class DateResolverTest {
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2024, 6, 24);

    private static List<String> isoDates(String text, LocalDate published) {
        return DateResolver.findAll(text, published).stream().map(DateResolver.Found::iso).toList();
    }

    private static Sentence sentence(String text) {
        return new Sentence(0, text, new CharSpan(0, text.length()), List.of());
    }

    @ParameterizedTest(name = "\"{0}\" published Monday 2024-06-24 is {1}")
    @CsvSource(delimiter = '|', value = {
        "They met last Wednesday in Rome.   | 2024-06-19",
        "Last Wednesday they met in Rome.   | 2024-06-19",
        "They met on Wednesday in Rome.     | 2024-06-19",
        "They met Wednesday in Rome.        | 2024-06-19",
        "They met this Wednesday in Rome.   | 2024-06-19",
        "They will meet next Wednesday.     | 2024-06-26",
        "They met on Monday in Rome.        | 2024-06-24",
        "They met last Monday in Rome.      | 2024-06-17",
        "They met yesterday in Rome.        | 2024-06-23",
        "Today they meet in Rome.           | 2024-06-24",
    })
    void weekdaysAndRelativeDays(String text, String iso) {
        assertThat(isoDates(text, MONDAY)).containsExactly(iso);
    }

    @Test
    void onWeekdaySameWeek() {
        LocalDate friday = LocalDate.of(2024, 6, 28);
        assertThat(isoDates("The deal was signed on Wednesday.", friday)).containsExactly("2024-06-26");
        assertThat(isoDates("The deal was signed on Friday.", friday)).containsExactly("2024-06-28");
    }

    @Test
    void monthYear() {
        assertThat(isoDates("The talks began in September 2023.", MONDAY)).containsExactly("2023-09");
        assertThat(isoDates("Relations have soured since early March 2022.", MONDAY)).containsExactly("2022-03");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The accord was signed on June 19, 2024.  | 2024-06-19",
        "The accord was signed on 19 June 2024.   | 2024-06-19",
        "The accord was signed June 19 2024.      | 2024-06-19",
        "The accord was signed on Sept. 5, 2023.  | 2023-09-05",
        "The accord was signed on June 19th, 2024. | 2024-06-19",
    })
    void fullDatesInEitherOrder(String text, String iso) {
        assertThat(isoDates(text, MONDAY)).containsExactly(iso);
    }

    @Test
    void yearOnly() {
        assertThat(isoDates("Ghana ratified it in 2017.", MONDAY)).containsExactly("2017");
        assertThat(isoDates("In 2017, Ghana ratified it.", MONDAY)).containsExactly("2017");
        assertThat(isoDates("Since March 2019 it has applied.", MONDAY)).containsExactly("2019-03");
        assertThat(isoDates("The ban has held since 1998.", MONDAY)).containsExactly("1998");
        // a bare number is no date
        assertThat(isoDates("About 2017 delegates came.", MONDAY)).isEmpty();
    }

    @Test
    void dayMonthWithoutYearInfersYear() {
        assertThat(isoDates("The accord was signed on June 19.", MONDAY)).containsExactly("2024-06-19");
        // in an article of January, "December 28" is last December
        assertThat(isoDates("The accord was signed on December 28.", LocalDate.of(2025, 1, 10))).containsExactly("2024-12-28");
        // without a publication date, neither the year nor a weekday can be known
        assertThat(isoDates("The accord was signed on June 19, last Wednesday.", null)).isEmpty();
    }

    @Test
    void impossibleDayIsNoDate() {
        assertThat(isoDates("The accord was signed on February 30, 2024.", MONDAY)).isEmpty();
        assertThat(isoDates("The accord was signed on February 29, 2024.", MONDAY)).containsExactly("2024-02-29");
    }

    @Test
    void centuryThatIsNoLeapYearHasNoFebruary29() {
        assertThat(isoDates("The lease runs until February 29, 2100.", MONDAY)).isEmpty();
    }

    @Test
    void eachStretchReadOnceInTextOrder() {
        List<DateResolver.Found> found = DateResolver.findAll(
                "Talks that began in September 2023 ended on June 19, 2024, last Wednesday.", MONDAY);

        assertThat(found).extracting(DateResolver.Found::iso).containsExactly("2023-09", "2024-06-19", "2024-06-19");
        assertThat(found).extracting(DateResolver.Found::at).isSorted();
    }

    @Test
    void nearestDateToAnOffset() {
        String text = "Talks began in September 2023 and the treaty was signed on June 19, 2024.";
        Sentence sentence = sentence(text);

        assertThat(DateResolver.find(sentence, MONDAY)).isEqualTo("2023-09");
        assertThat(DateResolver.nearest(sentence, MONDAY, text.indexOf("treaty"))).isEqualTo("2024-06-19");
        assertThat(DateResolver.nearest(sentence(text.replaceAll("in September 2023|on June 19, 2024", "")), MONDAY, 0)).isNull();
    }

    @Test
    void aPublicationDateOfTheYearZeroResolvesNothingRelative() {
        assertThat(isoDates("They signed it on Tuesday, yesterday, in June 2024.", LocalDate.of(0, 1, 1))).containsExactly("2024-06");
        assertThat(isoDates("They signed it on Tuesday.", LocalDate.of(9999, 12, 31))).isEmpty();
    }
}
