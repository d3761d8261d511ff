using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using OutcomeScoring.Activation;
using OutcomeScoring.Sql.Expressions;

namespace OutcomeScoring.Sql;

/// <summary>
/// Generates SQL that scores a table of answers exactly as the engine (<see cref="Instrument.TryScore(ReadOnlySpan{Answer}, out InstrumentResult, out ScoringError)"/>) and the command
/// line's <c>score</c> do, from any instrument definition: each result column of the definition (means, clinical scores,
/// items answered, band, risk flag, cut-off and clinical range by age and gender) and <c>error</c>, with <c>score</c>'s
/// messages. One dialect-neutral expression tree is written in each <see cref="SqlDialect"/>; docs/sql.md has the table of
/// what differs between them and how division and decimals are kept exact.
/// </summary>
/// <remarks>
/// <para>
/// The SQL is one set-based <c>SELECT</c> with no user-defined functions, so it runs wherever the table is. Means and
/// clinical scores are each one IEEE 754 division of the exact keyed sum, as in the engine, so DuckDB and PostgreSQL give
/// the engine's doubles bit for bit (the test suite checks every built-in and generated definitions on thousands of rows).
/// </para>
/// <para>
/// Pure: no I/O and no database driver. A definition with a part the generator cannot express is refused with a
/// <see cref="NotSupportedException"/> naming it (<see cref="CanExpress"/> asks first).
/// </para>
/// </remarks>
public static class SqlScoring
{
    /// <summary>
    /// Gets the names of the output columns, in order: the kept columns, the definition's result columns (and the
    /// <c>&lt;score&gt;_clinical_range</c> columns that a <see cref="SqlScoringOptions.Reference"/> adds to a definition without
    /// cut-off columns, as <c>score --reference</c> does), then <c>error</c>: exactly <c>score</c>'s columns after the input's.
    /// </summary>
    /// <param name="instrument">The definition.</param>
    /// <param name="options">The table's layout; <see cref="SqlScoringOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The column names.</returns>
    /// <exception cref="ArgumentException">The options do not fit the definition; the message says how.</exception>
    /// <exception cref="NotSupportedException">The definition has a part SQL cannot express; the message names it.</exception>
    public static ImmutableArray<string> OutputColumns(Instrument instrument, SqlScoringOptions? options = null)
    {
        Plan plan = Prepare(instrument, options);
        return [.. plan.Options.KeepColumns, .. plan.Outputs.Select(o => o.Name)];
    }

    /// <summary>
    /// Writes the select list alone (the kept columns and every output column, each <c>AS</c> its name), to put after
    /// <c>SELECT</c> in a query of the caller's own over a table with the item columns.
    /// </summary>
    /// <param name="instrument">The definition.</param>
    /// <param name="dialect">The SQL dialect.</param>
    /// <param name="options">The table's layout; <see cref="SqlScoringOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The select list, one column a line.</returns>
    /// <exception cref="ArgumentException">The options do not fit the definition, or the dialect is unknown.</exception>
    /// <exception cref="NotSupportedException">The definition has a part SQL cannot express; the message names it.</exception>
    public static string SelectList(Instrument instrument, SqlDialect dialect, SqlScoringOptions? options = null)
    {
        Plan plan = Prepare(instrument, options);
        if (!plan.StepsInline)
        {
            throw new NotSupportedException($"{instrument.Name} ({instrument.Id}): the select list alone cannot hold a Rasch estimate, which takes steps of a whole query; generate the whole query (SqlScoring.Query; sql --table).");
        }

        var renderer = new SqlRenderer(SqlDialectRules.For(dialect), factsByName: false, plan.Levels.SelectMany(l => l).ToDictionary(c => c.Name, c => c.Value, StringComparer.Ordinal));
        return string.Join(",\n", [.. plan.Options.KeepColumns.Select(renderer.Rules.Quote), .. plan.Outputs.Select(o => $"{renderer.Render(o.Value)} AS {renderer.Rules.Quote(o.Name)}")]);
    }

    /// <summary>
    /// Writes one complete <c>SELECT</c> over a table: an inner query reads the item (and age and gender) columns once into
    /// sums and counts, and the outer query computes the output columns (<see cref="OutputColumns"/>) from them. One output
    /// row per input row; add an <c>ORDER BY</c> of your own if the order matters.
    /// </summary>
    /// <param name="instrument">The definition.</param>
    /// <param name="dialect">The SQL dialect.</param>
    /// <param name="table">The table or view, written as given (for example <c>mhsds.core10_answers</c>; quote it yourself if it needs quoting).</param>
    /// <param name="options">The table's layout; <see cref="SqlScoringOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The query, ending with a line break and no semicolon.</returns>
    /// <exception cref="ArgumentException">The table is blank, the options do not fit the definition, or the dialect is unknown.</exception>
    /// <exception cref="NotSupportedException">The definition has a part SQL cannot express; the message names it.</exception>
    public static string Query(Instrument instrument, SqlDialect dialect, string table, SqlScoringOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        Plan plan = Prepare(instrument, options);
        SqlDialectRules rules = SqlDialectRules.For(dialect);
        var outer = new SqlRenderer(rules, factsByName: true);
        var inner = new SqlRenderer(rules, factsByName: false);
        string[] kept = [.. plan.Options.KeepColumns.Select(rules.Quote)];
        List<SqlExpr.Fact> facts = Facts([.. plan.Outputs.Select(o => o.Value), .. plan.Levels.SelectMany(l => l.Select(c => c.Value))]);
        IEnumerable<string> factColumns = facts.Select(f => $"{inner.Render(f.Definition)} AS {rules.Quote(f.Name)}");
        IEnumerable<string> outputs = plan.Outputs.Select(o => $"{outer.Render(o.Value)} AS {rules.Quote(o.Name)}");
        var query = new StringBuilder();
        if (plan.Levels.Count == 0)
        {
            query.Append("SELECT\n").AppendJoin(",\n", [.. kept.Select(k => "  " + k), .. outputs.Select(o => "  " + o)]);
            query.Append("\nFROM (\n  SELECT\n").AppendJoin(",\n", [.. kept.Select(k => "    " + k), .. factColumns.Select(f => "    " + f)]);
            query.Append(CultureInfo.InvariantCulture, $"\n  FROM {table}\n) AS {rules.Quote(ItemFacts.FactPrefix + "facts")}\n");
            return query.ToString();
        }

        // A calibration's Rasch estimate takes steps: each a common table expression over the one before, carrying what later steps and the outputs read.
        string previous = rules.Quote(ItemFacts.FactPrefix + "facts");
        query.Append(CultureInfo.InvariantCulture, $"WITH {previous} AS (\n  SELECT\n").AppendJoin(",\n", [.. kept.Select(k => "    " + k), .. factColumns.Select(f => "    " + f)]);
        query.Append(CultureInfo.InvariantCulture, $"\n  FROM {table}\n)");
        List<string> available = [.. facts.Select(f => f.Name)];
        HashSet<string>[] readAfter = ReadAfter(plan);
        for (int i = 0; i < plan.Levels.Count; i++)
        {
            string name = rules.Quote(ItemFacts.FactPrefix + "step" + RaschSteps.Number(i + 1));
            string[] carried = [.. available.Where(readAfter[i].Contains).Select(rules.Quote)];
            query.Append(CultureInfo.InvariantCulture, $",\n{name} {rules.StepOpening}\n  SELECT\n").AppendJoin(",\n", [.. kept.Select(k => "    " + k), .. carried.Select(c => "    " + c), .. plan.Levels[i].Select(c => $"    {outer.Render(c.Value)} AS {rules.Quote(c.Name)}")]);
            query.Append(CultureInfo.InvariantCulture, $"\n  FROM {previous}\n)");
            available = [.. available.Where(readAfter[i].Contains), .. plan.Levels[i].Select(c => c.Name)];
            previous = name;
        }

        query.Append("\nSELECT\n").AppendJoin(",\n", [.. kept.Select(k => "  " + k), .. outputs.Select(o => "  " + o)]);
        query.Append(CultureInfo.InvariantCulture, $"\nFROM {previous}\n");
        return query.ToString();
    }

    /// <summary>For each step, the names (facts and step columns) that later steps or the outputs read.</summary>
    private static HashSet<string>[] ReadAfter(Plan plan)
    {
        var sets = new HashSet<string>[plan.Levels.Count];
        var read = new HashSet<string>(plan.Outputs.SelectMany(o => Reads(o.Value)), StringComparer.Ordinal);
        for (int i = plan.Levels.Count - 1; i >= 0; i--)
        {
            sets[i] = [.. read];
            read.UnionWith(plan.Levels[i].SelectMany(c => Reads(c.Value)));
        }

        return sets;
    }

    /// <summary>The facts and step columns an expression reads by name (not what a fact reads: the facts are computed first).</summary>
    private static IEnumerable<string> Reads(SqlExpr expression)
    {
        var pending = new Stack<SqlExpr>([expression]);
        while (pending.TryPop(out SqlExpr? next))
        {
            if (next is SqlExpr.Fact or SqlExpr.Step)
            {
                yield return next is SqlExpr.Fact fact ? fact.Name : ((SqlExpr.Step)next).Name;
                continue;
            }

            foreach (SqlExpr child in SqlExprChildren.Of(next))
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>
    /// Gets whether SQL can express every part of a definition: every stage its result columns show
    /// (<see cref="Instrument.Stages"/>) is a value set (<see cref="ValueSetStage"/>: a table such as SWEMWBS's metric score
    /// and CORE-6D's utility, or an additive one such as EQ-5D's and ICECAP-O's, whose exact decimal sums must stay within
    /// 2^53 units of their last decimal place) or a calibration stage (PAM-13's activation) with a calibration bound
    /// (<see cref="Instrument.WithCalibration(OutcomeScoring.Activation.ICalibration)"/>): a lookup table, or Rasch item
    /// parameters whose Newton steps are proved for every answer pattern (docs/sql.md, "PAM-13"; this runs that proof, a
    /// fraction of a second to a few seconds); not a calibration stage without one or a derived item-level output; a stage
    /// no column shows (DIALOG's lowest-rated domains) is not evaluated by <c>score</c> either.
    /// Its result columns must all be values the generator knows. A definition that cannot be expressed is refused with
    /// this reason.
    /// </summary>
    /// <param name="instrument">The definition.</param>
    /// <param name="reason">Why not, naming the instrument and the part; <see langword="null"/> when it can.</param>
    /// <returns><see langword="true"/> when SQL can score the definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is <see langword="null"/>.</exception>
    public static bool CanExpress(Instrument instrument, [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return TryExpress(instrument, out reason, out _);
    }

    /// <summary><see cref="CanExpress(Instrument, out string?)"/>, with each calibration stage's number of Newton steps (by position; 0 for any other stage).</summary>
    private static bool TryExpress(Instrument instrument, [NotNullWhen(false)] out string? reason, out int[] steps)
    {
        steps = new int[instrument.Stages.Length];
        // A stage no result column shows does not change score's output (it is not evaluated): DIALOG's lowest-rated domains.
        for (int i = 0; i < instrument.Stages.Length; i++)
        {
            DefinitionStage stage = instrument.Stages[i];
            // DIALOG's unmet needs (the count of its help answers) is expressed from the help columns (HelpFacts).
            bool dialogUnmetNeeds = stage is CompanionCountStage && HelpFacts.IsDialog(instrument)
                && instrument.ResultColumns.All(c => c.Stage != stage.Id || c.Output == "count");
            bool shown = instrument.ResultColumns.Any(c => c.Value is ResultValue.StageOutput or ResultValue.StageId && c.Stage == stage.Id);
            if (stage is not ValueSetStage and not CalibrationStage && !dialogUnmetNeeds && shown)
            {
                reason = CannotExpress(instrument, $"its definition declares the stage '{stage.Id}' ({stage.Name}), {StageKind(stage)}, which SQL generation does not express").Message;
                return false;
            }

            if (shown && stage is ValueSetStage valueSet && ValueSetSql.AdditiveLimit(valueSet) is { } limit)
            {
                reason = CannotExpress(instrument, limit).Message;
                return false;
            }

            if (shown && stage is CalibrationStage && CalibrationProblem(instrument, stage, out steps[i]) is { } problem)
            {
                reason = CannotExpress(instrument, problem).Message;
                return false;
            }
        }

        // score reads (and checks) every companion question's cells; SQL reads DIALOG's help columns only (HelpFacts).
        if (!instrument.CompanionQuestions.IsEmpty && !HelpFacts.IsDialog(instrument))
        {
            reason = CannotExpress(instrument, $"its definition declares the companion question '{instrument.CompanionQuestions[0].Id}', whose answers SQL generation does not read").Message;
            return false;
        }

        foreach (ResultColumn column in instrument.ResultColumns)
        {
            if (column.Value is < ResultValue.Mean or > ResultValue.StageId)
            {
                reason = CannotExpress(instrument, $"its result column '{column.Name}' holds {column.Value}, which the SQL generator does not know").Message;
                return false;
            }
        }

        reason = null;
        return true;
    }

    /// <summary>
    /// Why a calibration stage cannot be written (no calibration bound, a kind of calibration the generator does not know, or
    /// item parameters whose Newton steps are not proved: <see cref="RaschProof"/>), or <see langword="null"/> with its steps.
    /// </summary>
    private static string? CalibrationProblem(Instrument instrument, DefinitionStage stage, out int steps)
    {
        steps = 0;
        return instrument.CalibrationOf(stage.Id) switch
        {
            null => $"its stage '{stage.Id}' ({stage.Name}) reads a calibration supplied at scoring time, and none was given; the SQL holds the calibration's numbers, so give it when the SQL is generated (SqlScoringOptions.Calibration; sql --calibration)",
            LookupTableCalibration => null,
            ItemParameterCalibration parameters => RaschProof.Steps(parameters, out steps),
            { } other => $"its calibration '{other.Name}' is a {other.GetType().Name}; SQL generation knows lookup tables and Rasch item parameters",
        };
    }

    /// <summary>What kind of step a stage SQL does not express is, in words.</summary>
    private static string StageKind(DefinitionStage stage) => stage switch
    {
        CalibrationStage => "a calibration supplied at scoring time",
        LowestRatedStage => "a derived item-level output",
        CompanionCountStage => "a count of companion yes/no answers",
        _ => "a step beyond keyed sums and value sets",
    };

    /// <summary>The exception for a part of a definition that SQL cannot express.</summary>
    internal static NotSupportedException CannotExpress(Instrument instrument, string part) =>
        new($"{instrument.Name} ({instrument.Id}) cannot be scored in SQL: {part}. Score it with the library or the command line.");

    private static Plan Prepare(Instrument instrument, SqlScoringOptions? options)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        options ??= SqlScoringOptions.Default;
        instrument = SqlOptionsCheck.Calibrated(instrument, options);
        if (!TryExpress(instrument, out string? reason, out int[] steps))
        {
            throw new NotSupportedException(reason);
        }

        string[] items = SqlOptionsCheck.ItemColumns(instrument, options);
        CutoffReference? reference = SqlOptionsCheck.Reference(instrument, options);
        SqlOptionsCheck.Codes(instrument, options);
        bool dialog = HelpFacts.IsDialog(instrument);
        string[] help = SqlOptionsCheck.HelpColumns(instrument, options, dialog);
        var builder = new ScoringSqlBuilder(instrument, items, options, reference, dialog ? help : null, steps);
        IReadOnlyList<(string Name, SqlExpr Value)> outputs = builder.Outputs();
        SqlOptionsCheck.KeepColumns(options, outputs.Select(o => o.Name));
        return new Plan(options, outputs, builder.Levels, builder.StepsInline);
    }

    /// <summary>Every fact the expressions read, each once, in the order first read.</summary>
    private static List<SqlExpr.Fact> Facts(IEnumerable<SqlExpr> expressions)
    {
        var facts = new List<SqlExpr.Fact>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SqlExpr>(expressions.Reverse());
        while (pending.TryPop(out SqlExpr? expression))
        {
            if (expression is SqlExpr.Fact fact)
            {
                if (seen.Add(fact.Name))
                {
                    facts.Add(fact);
                }

                continue;
            }

            foreach (SqlExpr child in SqlExprChildren.Of(expression).Reverse())
            {
                pending.Push(child);
            }
        }

        return facts;
    }

    private sealed record Plan(SqlScoringOptions Options, IReadOnlyList<(string Name, SqlExpr Value)> Outputs, IReadOnlyList<IReadOnlyList<(string Name, SqlExpr Value)>> Levels, bool StepsInline);
}
