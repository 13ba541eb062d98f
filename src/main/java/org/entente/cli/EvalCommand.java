package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.Pipeline;
import org.entente.eval.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente eval GOLD.jsonl…}: precision, recall and F1 against annotated articles. */
@Command(name = "eval", description = "Extract the articles of gold files (JSON Lines with 'relations', see the README) "
        + "and print precision, recall and F1 per relation and language, and actor recall.")
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD.jsonl", arity = "1..*", description = "Gold files.")
    List<Path> gold;

    @Option(names = "--show-errors", description = "List missed and spurious relations and missed actors.")
    boolean showErrors;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Scorer.GoldArticle> articles = new ArrayList<>();
        gold.forEach(g -> articles.addAll(Scorer.readGold(g)));
        Pipeline p = Pipeline.builder().build();
        Scorer.Result r = Scorer.score(articles, p::extract);
        spec.commandLine().getOut().print(Scorer.format(r, showErrors));
        return 0;
    }
}
