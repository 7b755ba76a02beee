package org.cordon.match.analysis;

import java.util.List;

/**
 * One step of the analysis chain, in the manner of a Lucene token filter: it takes the terms as the previous
 * stages left them and returns new ones. Stages keep no state between calls, so one chain serves every thread.
 */
interface AnalysisStage {

    List<Term> apply(List<Term> terms, AnalysisContext context);
}
