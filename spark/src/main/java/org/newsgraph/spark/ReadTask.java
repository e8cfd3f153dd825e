package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.function.Consumer;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.newsgraph.ingest.ArticleSink;
import org.newsgraph.ingest.InputWalker;
import org.newsgraph.ingest.Problem;
import org.newsgraph.ingest.Problems;
import org.newsgraph.ingest.ReaderRegistry;
import org.newsgraph.pipeline.ArticleIds;
import scala.Tuple2;

/**
 * On an executor: one input file read by the core's readers, as a build reads it, into articles and problems keyed
 * by their place in reading order. The file streams through; it is never held whole.
 */
final class ReadTask {
    private ReadTask() {
    }

    static Iterator<Tuple2<OrderKey, Item>> read(InputFile file, JobOptions options, SerializableConfiguration hadoop) {
        JdkXml.use();
        PushIterator<Tuple2<OrderKey, Item>> items = new PushIterator<>("newsgraph-read-" + file.index, out -> read(file, options, hadoop, out));
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> items.close());
        }
        return items;
    }

    private static void read(InputFile file, JobOptions options, SerializableConfiguration hadoop, Consumer<Tuple2<OrderKey, Item>> out) {
        long[] seq = {0};
        Problems problems = new Problems(new LinePrintStream(line ->
                out.accept(new Tuple2<>(new OrderKey(OrderKey.PROBLEMS, file.index, seq[0]++), Item.problem(line)))));
        ArticleSink sink = ArticleSink.withLocation((article, location) ->
                out.accept(new Tuple2<>(new OrderKey(ArticleIds.root(article.id()), file.index, seq[0]++), Item.article(article, location))));
        InputWalker walker = new InputWalker(ReaderRegistry.standard(options.maxBytes), InputStream.nullInputStream());
        if (file.local) {
            walker.readFile(java.nio.file.Path.of(file.location), file.name, file.defaultId, sink, problems);
            return;
        }
        Configuration conf = hadoop.get();
        Path path = new Path(file.location);
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            walker.read(in, file.name, file.defaultId, sink, problems);
        } catch (IOException e) {
            problems.add(new Problem(file.name, "read", "cannot read file: " + e.getMessage()));
        }
    }
}
