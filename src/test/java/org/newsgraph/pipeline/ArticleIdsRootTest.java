package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

/** Every id ArticleIds may give an article has the root of the id it was read with. */
class ArticleIdsRootTest {
    @Test
    void theRootIsTheIdWithoutTheSuffixesOfDerivedIds() {
        assertThat(ArticleIds.root("x")).isEqualTo("x");
        assertThat(ArticleIds.root("x~0a1b2c3d")).isEqualTo("x");
        assertThat(ArticleIds.root("x~0a1b2c3d-2")).isEqualTo("x");
        assertThat(ArticleIds.root("x~0a1b2c3d~ffffffff-3")).isEqualTo("x");
        assertThat(ArticleIds.root("x~0A1B2C3D")).as("derived ids are lower-case hex").isEqualTo("x~0A1B2C3D");
        assertThat(ArticleIds.root("x~0a1b2c3")).isEqualTo("x~0a1b2c3");
        assertThat(ArticleIds.root("https://example.org/a~b")).isEqualTo("https://example.org/a~b");
    }

    @Test
    void derivedIdsKeepTheRootOfTheIdTheyComeFrom() {
        ArticleIds ids = new ArticleIds();
        ids.assign(new Article("x", "", null, null, null, "one"), "a:1");
        ids.assign(new Article("x~6b86b273", "", null, null, null, "two"), "a:2");
        for (String text : new String[] {"three", "four"}) {
            Article kept = ids.assign(new Article("x", "", null, null, null, text), "a:3").article();
            assertThat(kept.id()).startsWith("x~");
            assertThat(ArticleIds.root(kept.id())).isEqualTo("x");
        }
    }
}
