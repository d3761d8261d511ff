using System.CommandLine;
using OutcomeScoring.IntegrationIndex;

namespace OutcomeScoring.Cli;

/// <summary><c>index-components</c>: its arguments, options and usage rules.</summary>
internal static partial class IndexComponentsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var changeOption = new Option<FileInfo?>("--change") { Description = "outcomes: the output of change --summary --by <unit column> (reliable_improvement and computable rows per group)." };
        var dialogOption = new Option<FileInfo?>("--dialog") { Description = "quality_of_life: the output of score dialog, with the unit column passed through (sqol_mean per person)." };
        var pamOption = new Option<FileInfo?>("--pam") { Description = "activation: the output of score pam-13, with the unit column passed through (activation per person)." };
        var fftOption = new Option<FileInfo?>("--fft") { Description = "experience: the output of fft summarize --unit <unit column> (pct_positive with its Wilson interval per unit)." };
        var unitOption = new Option<string>("--unit") { Description = "The unit column of the --dialog and --pam files (default: team).", DefaultValueFactory = _ => "team" };
        var outputOption = CommandFiles.OutputOption("components.csv");
        var excelSafeOption = CommandFiles.ExcelSafeOption();
        var command = new Command("index-components", "Build the default profile's components.csv (unit,component,value,n,se) for the index command from the outputs of change --summary, score dialog, score pam-13 and fft summarize.")
        {
            changeOption, dialogOption, pamOption, fftOption, unitOption, outputOption, excelSafeOption,
        };
        command.Validators.Add(result =>
        {
            if (new Option[] { changeOption, dialogOption, pamOption, fftOption }.All(o => result.GetResult(o) is null))
            {
                result.AddError("Give at least one of --change, --dialog, --pam and --fft.");
            }

            if (result.GetResult(unitOption) is { Implicit: false } && result.GetResult(dialogOption) is null && result.GetResult(pamOption) is null)
            {
                result.AddError("--unit names the unit column of the --dialog and --pam files; it does nothing without them (--change uses its group column, --fft its unit column).");
            }
        });
        command.SetAction(parse =>
        {
            (string Component, FileInfo? File)[] sources =
            [
                (IntegrationProfile.OutcomesCode, parse.GetValue(changeOption)),
                (IntegrationProfile.QualityOfLifeCode, parse.GetValue(dialogOption)),
                (IntegrationProfile.ActivationCode, parse.GetValue(pamOption)),
                (IntegrationProfile.ExperienceCode, parse.GetValue(fftOption)),
            ];
            foreach ((string _, FileInfo? file) in sources)
            {
                if (file is { Exists: false })
                {
                    error.WriteLine($"error: input file not found: {file.FullName}");
                    return CliApp.UnusableInput;
                }
            }

            return CommandFiles.WithOutput(parse.GetValue(outputOption), CommandFiles.Destination(output, parse.GetValue(excelSafeOption)), error, [.. sources.Select(s => s.File).OfType<FileInfo>()], writer => Run(sources, parse.GetValue(unitOption)!, writer, error));
        });
        return command;
    }
}
