package org.newsgraph.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;

/** The dictionary finder on hand-made tokens: no model needed. */
class PhraseIndexTest {
    private static final Entry RUSSIA = new Entry(NameType.COUNTRY, Entity.country("RUS", "Russia"), null, null);
    private static final Entry MINISTRY = new Entry(NameType.ORGANISATION, Entity.organisation("Russian Defense Ministry"), null, null);

    @Test
    void findsThePhraseWhetherOrNotThePossessiveIsSplitOff() {
        PhraseIndex index = new PhraseIndex(true);
        index.add(new String[] {"Russia"}, RUSSIA);
        index.add(new String[] {"Russia's", "Defense", "Ministry"}, MINISTRY);

        assertThat(index.find(new String[] {"Russia", "'s", "Defense", "Ministry", "said"}))
                .extracting(span -> span.getStart() + "-" + span.getEnd()).containsExactly("0-4");
        assertThat(index.lookup(new String[] {"Russia", "'s", "Defense", "Ministry"}, 0, 4)).isEqualTo(MINISTRY);
        assertThat(index.lookup(new String[] {"Russia’s", "Defense", "Ministry"}, 0, 3)).isEqualTo(MINISTRY);
        assertThat(index.lookup(new String[] {"Russia’s"}, 0, 1)).isEqualTo(RUSSIA);
        assertThat(index.find(new String[] {"Russia", "'s", "envoy"}))
                .extracting(span -> span.getStart() + "-" + span.getEnd()).containsExactly("0-1");
    }

    @Test
    void keepsTheFirstEntryOfAPhraseAndIgnoresCaseOnlyWhenAsked() {
        PhraseIndex exact = new PhraseIndex(true);
        exact.add(new String[] {"Chad"}, RUSSIA);
        exact.add(new String[] {"Chad"}, MINISTRY);
        assertThat(exact.lookup(new String[] {"Chad"}, 0, 1)).isEqualTo(RUSSIA);
        assertThat(exact.lookup(new String[] {"chad"}, 0, 1)).isNull();

        PhraseIndex folded = new PhraseIndex(false);
        folded.add(new String[] {"Foreign", "Minister"}, MINISTRY);
        assertThat(folded.find(new String[] {"the", "FOREIGN", "minister's", "aide"}))
                .extracting(span -> span.getStart() + "-" + span.getEnd()).containsExactly("1-3");
    }
}
