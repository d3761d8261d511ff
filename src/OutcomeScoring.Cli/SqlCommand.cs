using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OutcomeScoring.Activation;
using OutcomeScoring.DialogScale;
using OutcomeScoring.Sql;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>sql &lt;instrument&gt; --dialect &lt;dialect&gt; [--table &lt;name&gt;]</c> and <c>sql --definition &lt;file.json&gt; ...</c>: prints the SQL
/// that scores a table of answers where it lives, with exactly <c>score</c>'s output columns after the kept ones (docs/sql.md).
/// The SQL is the OutcomeScoring.Sql package's; the option names and values are the command line's contract.
/// </summary>
internal static class SqlCommand
{
    private static readonly OptionValues<SqlDialect> Dialects = new(("duckdb", SqlDialect.DuckDb), ("postgres", SqlDialect.PostgreSql), ("tsql", SqlDialect.TSql), ("spark", SqlDialect.SparkSql));

    public static Command Create(TextWriter output, TextWriter error)
    {
        string[] ids = [.. Instruments.All.Select(i => i.Id)];
        var instrument = new Argument<string?>("instrument") { Description = $"The instrument: {Usage.OneOf(ids)}. Left out with --definition.", Arity = ArgumentArity.ZeroOrOne };
        instrument.AcceptOnlyFromAmong(ids);
        var definition = new Option<FileInfo?>("--definition") { Description = "Generate SQL for an instrument written down as JSON (docs/defining-instruments.md) instead of a built-in." };
        Option<string?> dialect = Dialects.Option("--dialect", "The SQL dialect (required): duckdb, postgres (PostgreSQL), tsql (SQL Server 2017+, Azure SQL) or spark (Spark SQL, Databricks).");
        var table = new Option<string?>("--table") { Description = "The table or view to score, written as given; print one complete SELECT over it. Without it, print the select list alone." };
        var keep = new Option<string?>("--keep") { Description = "Columns to carry through before the result columns, comma separated (for example id,team)." };
        var columns = new Option<string?>("--columns") { Description = "Column names where the table's differ from score's, comma separated: item1=q1,...,age=age_years,gender=sex (dialog: also help1=h1,...; naming any help column says the table has them). By default item1..itemN, and no age, gender or help column." };
        var reference = new Option<string?>("--reference") { Description = "The cut-off table to compare with, as in score --reference." };
        var notApplicable = new Option<int?>("--not-applicable-code") { Description = "A whole number that marks an item not applicable (NA in score's CSV); it must lie off the scale." };
        var notAnswered = new Option<int?>("--not-answered-code") { Description = "A whole number that also marks an item not answered (besides NULL); it must lie off the scale." };
        var valueSet = new Option<string?>("--value-set") { Description = "The value set the utility columns are scored with (recorded in each row), as in score --value-set: eq-5d-5l and eq-5d-3l offer two each; with --definition, one of the definition's value-set stages." };
        var calibration = new Option<FileInfo?>("--calibration")
        {
            Description = "pam-13 (required), or a definition with a calibration stage: the licensed calibration as JSON, as score --calibration reads it (item thresholds or a lookup table; see docs/instruments/pam-13.md). The SQL then holds its numbers.",
        };
        Option<string?> levels = ScoreCommand.LevelSets.Option("--levels", $"pam-13: activation level cut points, as in score: {ScoreCommand.LevelSets.Describe(ActivationCutPoints.Hibbard2010)}.");
        Option<FileInfo?> outputFile = CommandFiles.OutputOption("the SQL");
        var command = new Command("sql", "Print SQL that scores a table of answers in a database (DuckDB, PostgreSQL, SQL Server, Spark) with score's output columns: the same values, computed where the data lives.")
        {
            instrument, definition, dialect, table, keep, columns, reference, notApplicable, notAnswered, valueSet, calibration, levels, outputFile,
        };
        command.Validators.Add(result =>
        {
            bool byDefinition = result.GetValue(definition) is not null;
            if (byDefinition == (result.GetValue(instrument) is not null))
            {
                result.AddError("sql takes a built-in instrument id or --definition <file.json>, not both.");
            }

            if (result.GetValue(dialect) is null)
            {
                result.AddError("sql needs --dialect: duckdb, postgres, tsql or spark.");
            }

            Usage.RequireInstrument(result, levels, Pam13.Instrument.Id, result.GetValue(instrument) ?? "--definition");

            // A built-in's value set is checked here, worded as score --value-set words it; a definition's when it is read.
            string[] withValueSets = [.. Instruments.All.Where(ValueSetChoice.Offers).Select(i => i.Id)];
            if (result.GetValue(instrument) is { } id && ids.Contains(id) && result.GetValue(valueSet) is { } named)
            {
                Usage.RequireInstrument(result, valueSet, id, withValueSets);
                string[] offered = ValueSetChoice.Ids(Instruments.Get(id));
                if (withValueSets.Contains(id) && !offered.Contains(named, StringComparer.Ordinal))
                {
                    result.AddError($"--value-set {named} is not a value set of {id}; {id} takes {Usage.OneOf(offered)}.");
                }
            }
        });
        command.SetAction(parse =>
        {
            Instrument? chosen = Load(parse.GetValue(instrument), parse.GetValue(definition), parse.GetValue(valueSet), error);
            if (chosen is null || !TryCalibrate(ref chosen, parse.GetValue(calibration), parse.GetValue(levels), error, out ICalibration? given)
                || !TryOptions(chosen, parse.GetValue(columns), parse.GetValue(keep), error, out SqlScoringOptions? options))
            {
                return CliApp.UnusableInput;
            }

            options = options with { Reference = parse.GetValue(reference), NotApplicableCode = parse.GetValue(notApplicable), NotAnsweredCode = parse.GetValue(notAnswered), Calibration = given };
            SqlDialect sqlDialect = Dialects[parse.GetValue(dialect)!];
            string? name = parse.GetValue(table);
            if (!TryGenerate(() => name is null ? SqlScoring.SelectList(chosen, sqlDialect, options) + "\n" : SqlScoring.Query(chosen, sqlDialect, name, options), error, out string? sql))
            {
                return CliApp.UnusableInput;
            }

            // The definition file is an input: an output path that is the definition is refused before anything is written.
            return CommandFiles.WithOutput(parse.GetValue(outputFile), output, error, [.. new[] { parse.GetValue(definition) }.OfType<FileInfo>()], writer =>
            {
                writer.Write(sql);
                return 0;
            });
        });
        return command;
    }

    /// <summary>
    /// The built-in, or the definition read from its file (a file that cannot be read is reported), with the value set
    /// chosen by <c>--value-set</c> in its columns (one that is not the instrument's is reported).
    /// </summary>
    private static Instrument? Load(string? id, FileInfo? definition, string? valueSet, TextWriter error)
    {
        Instrument? loaded = definition is null ? Instruments.Get(id!)
            : DefinitionCommand.TryLoad(definition, error, out Instrument? read) ? read
            : null;
        if (loaded is null || valueSet is null)
        {
            return loaded;
        }

        if (ValueSetChoice.Problem(loaded, valueSet) is { } problem)
        {
            error.WriteLine(problem);
            return null;
        }

        return ValueSetChoice.Choose(loaded, valueSet);
    }

    /// <summary>
    /// Reads <c>--calibration</c>: for pam-13 as <c>score pam-13</c> reads it (checked against PAM-13, bound with <c>--levels</c>);
    /// for a definition, given to the generator in the options (which checks it against the definition's calibration stage).
    /// </summary>
    private static bool TryCalibrate(ref Instrument instrument, FileInfo? file, string? levels, TextWriter error, out ICalibration? given)
    {
        given = null;
        if (file is null)
        {
            return true;
        }

        if (instrument.Id == Pam13.Instrument.Id && instrument.Stages.SequenceEqual(Pam13.Instrument.Stages))
        {
            if (!ScoreCommand.TryLoadCalibration(file, error, out ICalibration? licensed))
            {
                return false;
            }

            instrument = Pam13.WithCalibration(licensed, levels is null ? null : ScoreCommand.LevelSets[levels]);
            return true;
        }

        return CommandFiles.TryRead<ICalibration, CalibrationException>(file, "calibration", Activation.Calibration.Load, error, out given);
    }

    /// <summary>
    /// Reads --columns (item1..itemN, age, gender, and for DIALOG help1..helpN: naming any help column says the table has
    /// them, the others keeping score's names) and --keep; a name that is not one of those is reported.
    /// </summary>
    private static bool TryOptions(Instrument instrument, string? columns, string? keep, TextWriter error, [NotNullWhen(true)] out SqlScoringOptions? options)
    {
        options = null;
        string[] items = [.. instrument.Items.Select(i => string.Create(CultureInfo.InvariantCulture, $"item{i.Number}"))];
        bool dialog = instrument.Id == Dialog.Instrument.Id;
        string[] help = [.. instrument.Items.Select(i => string.Create(CultureInfo.InvariantCulture, $"help{i.Number}"))];
        bool withHelp = false;
        string? age = null, gender = null;
        foreach (string pair in Split(columns))
        {
            string[] parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            int item = Array.FindIndex(items, i => string.Equals(i, parts[0], StringComparison.OrdinalIgnoreCase));
            int helpItem = dialog ? Array.FindIndex(help, h => string.Equals(h, parts[0], StringComparison.OrdinalIgnoreCase)) : -1;
            if (parts.Length != 2 || parts[1].Length == 0 || (item < 0 && helpItem < 0 && !parts[0].Equals("age", StringComparison.OrdinalIgnoreCase) && !parts[0].Equals("gender", StringComparison.OrdinalIgnoreCase)))
            {
                error.WriteLine($"error: --columns: '{pair}' is not name=column with a name of item1 to item{items.Length}, {(dialog ? $"help1 to help{help.Length}, " : "")}age or gender.");
                return false;
            }

            if (item >= 0)
            {
                items[item] = parts[1];
            }
            else if (helpItem >= 0)
            {
                help[helpItem] = parts[1];
                withHelp = true;
            }
            else if (parts[0].Equals("age", StringComparison.OrdinalIgnoreCase))
            {
                age = parts[1];
            }
            else
            {
                gender = parts[1];
            }
        }

        options = new SqlScoringOptions { ItemColumns = [.. items], AgeColumn = age, GenderColumn = gender, KeepColumns = [.. Split(keep)], HelpColumns = withHelp ? [.. help] : [] };
        return true;
    }

    private static string[] Split(string? list) => list is null ? [] : list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Generates the SQL; options that do not fit the definition, or a definition SQL cannot express, are reported.</summary>
    private static bool TryGenerate(Func<string> generate, TextWriter error, [NotNullWhen(true)] out string? sql)
    {
        try
        {
            sql = generate();
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // The library names the parameter for C# callers; on the command line the option is named in the message.
            string message = ex is ArgumentException { ParamName: { } name } ? ex.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : ex.Message;
            error.WriteLine($"error: {message}");
            sql = null;
            return false;
        }
    }
}
