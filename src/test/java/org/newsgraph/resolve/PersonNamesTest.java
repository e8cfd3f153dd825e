package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {
    private static boolean compatible(String a, String b) {
        return PersonNames.compatible(PersonNames.parse(a), PersonNames.parse(b));
    }

    @Test
    void transliterationsOfOneSurnameAreOneSkeleton() {
        assertThat(compatible("Volodymyr Zelensky", "Volodymyr Zelenskyy")).isTrue();
        assertThat(compatible("Volodymyr Zelenskiy", "Volodymyr Zelenskyy")).isTrue();
        assertThat(compatible("Aleksei Navalny", "Alexey Navalny")).isTrue();
    }

    @Test
    void givenNamesAgreeAsShortFormsInitialsAndMiddleNames() {
        assertThat(compatible("Joe Biden", "Joseph R. Biden Jr.")).isTrue();
        assertThat(compatible("Joseph R. Biden, Jr.", "Joseph Robinette Biden Jr.")).isTrue();
        assertThat(compatible("Bernie Sanders", "Bernard Sanders")).isTrue();
        assertThat(compatible("Jake Sullivan", "Jacob J. Sullivan")).isTrue();
        assertThat(compatible("M. Pompeo", "Mike Pompeo")).isTrue();
    }

    @Test
    void relativesWithOtherGivenNamesStayApart() {
        assertThat(compatible("Hunter Biden", "Joe Biden")).isFalse();
        assertThat(compatible("Ivanka Trump", "Donald Trump")).isFalse();
        assertThat(compatible("Melania Trump", "Donald J. Trump")).isFalse();
        assertThat(compatible("Ivanka Trump", "Melania Trump")).isFalse();
    }

    @Test
    void aNameMayGiveOnlyTheFirstOfTwoFamilyNames() {
        assertThat(compatible("Wanda Vázquez", "Wanda Vázquez Garced")).isTrue();
        assertThat(compatible("Andrés Manuel López", "Andrés Manuel López Obrador")).isTrue();
        assertThat(compatible("Mohammed bin Salman", "Mohammed bin Salman Al Saud")).isTrue();
        assertThat(compatible("Wanda Garced", "Wanda Vázquez Garced")).as("the second alone is the usual surname rule").isTrue();
        assertThat(compatible("Kim Yo Jong", "Kim Jong Un")).as("as many words: no shortening").isFalse();
        assertThat(compatible("W. Vázquez", "Wanda Vázquez Garced")).as("an initial is too little").isFalse();
        assertThat(compatible("Ana Vázquez", "Wanda Vázquez Garced")).isFalse();
        assertThat(PersonNames.familyNames(PersonNames.parse("Wanda Vázquez Garced"))).containsExactly("garced", "vazquez");
        assertThat(PersonNames.familyNames(PersonNames.parse("Joseph R. Biden Jr."))).containsExactly("biden");
    }

    @Test
    void differentSuffixesAreDifferentPersons() {
        assertThat(compatible("Martin Luther King Jr.", "Martin Luther King Sr.")).isFalse();
        assertThat(compatible("Lloyd Austin III", "Lloyd J. Austin")).isTrue();
    }

    @Test
    void aBareNameFitsTheNamesItEndsOrStarts() {
        assertThat(PersonNames.parse("Biden").bare()).isTrue();
        assertThat(compatible("Biden", "Hunter Biden")).isTrue();
        assertThat(compatible("Xi", "Xi Jinping")).isTrue();
        assertThat(PersonNames.parse("Biden-Trump").bare()).as("a name without a space is one word").isTrue();
        assertThat(compatible("Biden-Trump", "Donald Trump")).isFalse();
    }

    @Test
    void aRegnalNameIsAFullName() {
        assertThat(PersonNames.parse("Elizabeth II").bare()).isFalse();
        assertThat(compatible("Queen Elizabeth II", "Elizabeth II")).isTrue();
        assertThat(compatible("Elizabeth II", "Elizabeth I")).isFalse();
        assertThat(compatible("Elizabeth II", "Elizabeth Warren")).isFalse();
        assertThat(compatible("Abdullah", "Abdullah II")).as("a bare name fits it, as any name it ends or starts").isTrue();
    }

    @Test
    void honorificsAndParticlesAreNotNames() {
        assertThat(PersonNames.parse("President Joe Biden").key()).isEqualTo(PersonNames.parse("Joe Biden").key());
        assertThat(compatible("Abdel Fattah el-Sisi", "Abdel Fattah Al-Sisi")).isTrue();
    }
}
