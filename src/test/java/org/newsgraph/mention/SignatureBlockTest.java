package org.newsgraph.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.SharedPipeline;

/** The signatures a signed document ends with. */
class SignatureBlockTest {
    @BeforeAll
    static void load() {
        SharedPipeline.get();
    }

    private static SignatureBlock blockOf(String text) {
        return SignatureBlock.of(SharedPipeline.context(SharedPipeline.article("", null, null, text)).mentions());
    }

    private static List<String> signers(SignatureBlock block) {
        return block.signers().stream().map(Mention::text).toList();
    }

    @Test
    void signedAtLineStartsTheBlockAndWitnessesAreLeftOut() {
        SignatureBlock block = blockOf("The parties agree to share research.\nSigned at Lisbon on June 3, 2024.\n"
                + "Ana Costa\nPrime Minister of Portugal\nLuis Vidal\nPresident of Chile\n"
                + "Witnessed by\nMaria Lopes\nSecretary-General of the Ocean Forum");

        assertThat(block.signedAt().sentence().text()).isEqualTo("Signed at Lisbon on June 3, 2024.");
        assertThat(block.lines()).extracting(line -> line.sentence().text())
                .containsExactly("Ana Costa", "Prime Minister of Portugal", "Luis Vidal", "President of Chile");
        assertThat(signers(block)).containsExactly("Ana Costa", "Luis Vidal");
    }

    @Test
    void namesAndPostsAfterRunningTextAreABlock() {
        SignatureBlock block = blockOf("The two governments agree to continue the talks.\nAna Costa\nPrime Minister of Portugal");

        assertThat(block.signedAt()).isNull();
        assertThat(signers(block)).containsExactly("Ana Costa");
    }

    @Test
    void articleEndingInRunningTextHasNoBlock() {
        assertThat(blockOf("Ana Costa met Luis Vidal.\nThe two leaders signed the accord in Lisbon.")).isNull();
    }
}
