using System.CommandLine;
using System.Diagnostics.CodeAnalysis;

namespace OutcomeScoring.Cli;

/// <summary>
/// <c>definition &lt;id&gt;</c>: prints a built-in instrument's definition as JSON (the form <c>score --definition</c> reads);
/// <c>definition --check &lt;file.json&gt;</c> reads a definition and prints it as the library understood it, or every
/// problem with its JSON path; <c>definition --schema</c> prints the JSON Schema.
/// </summary>
internal static class DefinitionCommand
{
    /// <summary>The built-in ids, in the order messages list them; typed in any case and punctuation (<see cref="NameMatch"/>).</summary>
    private static readonly string[] Ids = [.. Instruments.All.Select(i => i.Id)];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var idArgument = new Argument<string?>("instrument")
        {
            Description = $"A built-in instrument: {string.Join(", ", Instruments.All.Select(i => i.Id))}.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var checkOption = new Option<FileInfo?>("--check") { Description = "Read this definition (JSON) and print it as understood, or list every problem with its JSON path (exit code 1)." };
        var schemaOption = new Option<bool>("--schema") { Description = "Print the JSON Schema of definitions." };
        var command = new Command("definition", "Print an instrument definition as JSON (to copy, change and score with `score --definition`), check one, or print the schema.")
        {
            idArgument,
            checkOption,
            schemaOption,
        };
        command.Validators.Add(result =>
        {
            int given = (result.GetValue(idArgument) is null ? 0 : 1) + (result.GetValue(checkOption) is null ? 0 : 1) + (result.GetValue(schemaOption) ? 1 : 0);
            if (given != 1)
            {
                result.AddError("definition takes one of: a built-in instrument id, --check <file.json>, or --schema.");
            }
            else if (result.GetValue(idArgument) is { } id && NameMatch.Find(id, Ids) is null)
            {
                result.AddError(NameMatch.NotRecognized(id, Ids));
            }
        });
        command.SetAction(parse =>
        {
            if (parse.GetValue(schemaOption))
            {
                output.Write(Instrument.JsonSchema);
                return 0;
            }

            if (parse.GetValue(checkOption) is { } file)
            {
                if (!TryLoad(file, error, out Instrument? checkedInstrument))
                {
                    return CliApp.UnusableInput;
                }

                output.WriteLine(checkedInstrument.ToJson());
                return 0;
            }

            output.WriteLine(Instruments.Get(NameMatch.Find(parse.GetValue(idArgument)!, Ids)!).ToJson());
            return 0;
        });
        return command;
    }

    /// <summary>Reads a definition file; a missing file or an invalid definition is written to standard error with every problem.</summary>
    public static bool TryLoad(FileInfo file, TextWriter error, [NotNullWhen(true)] out Instrument? instrument) =>
        CommandFiles.TryRead<Instrument, InstrumentDefinitionException>(file, "definition", Instrument.FromJson, error, out instrument, e =>
        {
            error.WriteLine($"error: {file.Name} is not a usable instrument definition; {(e.Problems.Length == 1 ? "1 problem" : $"{e.Problems.Length} problems")}:");
            foreach (DefinitionProblem problem in e.Problems)
            {
                error.WriteLine($"  {problem}");
            }
        });
}
