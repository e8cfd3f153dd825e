package org.newsgraph.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;

/** The dictionary of office-holders: whose post a person held, and when. */
class OfficeHoldersTest {
    private static final Map<String, Entity> OWNERS = Map.of("LBN", Entity.country("LBN", "Lebanon"),
            "JOR", Entity.country("JOR", "Jordan"), "KOR", Entity.country("KOR", "South Korea"),
            "United Nations", Entity.organisation("United Nations"));

    private static OfficeHolders holders(String... lines) {
        List<DataFile.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            rows.add(new DataFile.Row("test", i + 1, lines[i].split("\t", -1)));
        }
        return OfficeHolders.load(rows, OWNERS::get);
    }

    @Test
    void fullNameAtTheArticlesDateGivesTheOwner() {
        OfficeHolders holders = holders("Michel Aoun\tLBN\tpresident\t2016-10\t2022-10\t");
        assertThat(holders.ownerOf("Michel Aoun", "president", LocalDate.of(2020, 5, 1))).isEqualTo(OWNERS.get("LBN"));
        assertThat(holders.ownerOf("Michel Aoun", "president", LocalDate.of(2023, 5, 1))).isNull();
    }

    @Test
    void accentsParticlesAndAliasesCompareEqual() {
        OfficeHolders holders = holders("Abdel Fattah el-Sisi\tJOR\tpresident\t2014-06\t\t",
                "Abdullah II\tJOR\tking\t1999-02\t\tKing Abdullah II of Jordan|Abdullah bin Al-Hussein");
        assertThat(holders.ownerOf("Abdel Fattah Al Sisi", "president", LocalDate.of(2023, 2, 26))).isEqualTo(OWNERS.get("JOR"));
        assertThat(holders.ownerOf("Abdullah bin Al Hussein", "king", null)).isEqualTo(OWNERS.get("JOR"));
    }

    @Test
    void aLoneSurnameCountsOnlyWhenOneHolderOfThePostBearsIt() {
        OfficeHolders holders = holders("Lee Jae-myung\tKOR\tpresident\t2025-06\t\t", "Lee Hsien Loong\tJOR\tprime minister\t2004-08\t2024-05\t",
                "Ban Ki-moon\tUnited Nations\tsecretary-general\t2007-01\t2016-12\t", "Ban Ki-moon\tKOR\tforeign minister\t2004-01\t2006-11\t");
        assertThat(holders.ownerOf("Lee", "president", LocalDate.of(2025, 9, 1))).isEqualTo(OWNERS.get("KOR"));
        assertThat(holders.ownerOf("Lee", "president", LocalDate.of(2019, 9, 1))).isNull();
        assertThat(holders.ownerOf("Ban Ki-moon", "secretary-general", LocalDate.of(2015, 1, 1))).isEqualTo(OWNERS.get("United Nations"));
        // two terms of other posts at other times: only the one of the named post counts
        assertThat(holders.ownerOf("Ban Ki-moon", "foreign minister", LocalDate.of(2005, 1, 1))).isEqualTo(OWNERS.get("KOR"));
    }

    @Test
    void anUnknownOwnerIsAnErrorNamingTheLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> holders("Someone Else\tXYZ\tpresident\t2020\t\t"))
                .hasMessageContaining("test:1").hasMessageContaining("XYZ");
    }
}
