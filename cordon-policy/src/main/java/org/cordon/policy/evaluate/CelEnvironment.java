package org.cordon.policy.evaluate;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.Map;

/**
 * The CEL environment programs are written in. Variables: {@code tx} (the transaction), {@code params} (the
 * version's parameters), {@code facts} (export-control facts), {@code findings} (all findings), {@code unresolved},
 * {@code f} (one finding, in {@code match} conditions) and {@code matched} (the findings a rule rested on, in
 * reasons and exceptions). The strings extension gives {@code join} and friends for reasons.
 */
final class CelEnvironment {

    private static final MapType MAP = MapType.create(SimpleType.STRING, SimpleType.DYN);
    private static final ListType LIST = ListType.create(SimpleType.DYN);

    private final CelCompiler compiler = CelCompilerFactory.standardCelCompilerBuilder()
            .addVar("tx", MAP)
            .addVar("params", MAP)
            .addVar("facts", MAP)
            .addVar("findings", LIST)
            .addVar("unresolved", LIST)
            .addVar("f", MAP)
            .addVar("matched", LIST)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addLibraries(CelExtensions.strings())
            .build();

    private final CelRuntime runtime = CelRuntimeFactory.standardCelRuntimeBuilder()
            .addLibraries(CelExtensions.strings())
            .build();

    /** A compiled expression; evaluation errors (a missing key, a wrong type) surface as {@link IllegalStateException}. */
    record Expression(String source, String where, CelRuntime.Program program) {
        Object eval(Map<String, Object> vars) {
            try {
                return program.eval(vars);
            } catch (CelEvaluationException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }

        boolean test(Map<String, Object> vars) {
            Object v = eval(vars);
            if (!(v instanceof Boolean b)) {
                throw new IllegalStateException(where + ": condition gave " + v + ", not true or false");
            }
            return b;
        }
    }

    /** Compiles, or throws {@link IllegalArgumentException} with CEL's message and {@code where} it was written. */
    Expression compile(String source, String where) {
        try {
            CelAbstractSyntaxTree ast = compiler.compile(source).getAst();
            return new Expression(source, where, runtime.createProgram(ast));
        } catch (CelValidationException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        } catch (CelEvaluationException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
