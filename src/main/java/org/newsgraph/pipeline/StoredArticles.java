package org.newsgraph.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/** What the store already holds of an article: lets a resumed build skip what an earlier run stored. */
final class StoredArticles {
    private final GraphStore store;

    StoredArticles(GraphStore store) {
        this.store = store;
    }

    /** True if the store holds no article at all (a first build need not ask about each one). */
    boolean isEmpty() {
        return Txn.calculateRead(store.dataset(), () -> !store.dataset().asDatasetGraph().listGraphNodes().hasNext());
    }

    /** True if the article's graph is stored with the same title and text (graphs are only ever stored whole). */
    boolean holdsUnchanged(Article article) {
        Node graph = GraphStore.graphOf(article.id());
        return Txn.calculateRead(store.dataset(), () -> {
            var dsg = store.dataset().asDatasetGraph();
            return dsg.contains(graph, graph, NG.text.asNode(), NodeFactory.createLiteralString(article.text()))
                    && dsg.contains(graph, graph, NG.title.asNode(), NodeFactory.createLiteralString(article.title()));
        });
    }

    /** True if an article of this id is stored with another text. */
    boolean holdsOtherText(String id, String text) {
        Node graph = GraphStore.graphOf(id);
        return Txn.calculateRead(store.dataset(), () -> {
            var dsg = store.dataset().asDatasetGraph();
            return dsg.contains(graph, graph, NG.articleId.asNode(), Node.ANY)
                    && !dsg.contains(graph, graph, NG.text.asNode(), NodeFactory.createLiteralString(text));
        });
    }
}
