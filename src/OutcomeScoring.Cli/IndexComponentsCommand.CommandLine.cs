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
        var p3ceqOption = new Option<FileInfo?>("--p3ceq") { Description = "p3ceq-coordination and p3ceq-person-centredness: the output of score p3ceq, with the unit column passed through (cc and pc per person; each unit's mean as a share of the subscale's range)." };
        var ascof1aOption = new Option<FileInfo?>("--ascof-1a") { Description = "ascof-1a: the output of score ascof-1a, with the unit column passed through (total per social care user)." };
        var ascof1dOption = new Option<FileInfo?>("--ascof-1d") { Description = "ascof-1d: the output of score ascof-1d, with the unit column passed through (total per carer)." };
        var unitOption = new Option<string>("--unit") { Description = "The unit column of the --dialog, --pam, --p3ceq, --ascof-1a and --ascof-1d files (default: team).", DefaultValueFactory = _ => "team" };
        var outputOption = CommandFiles.OutputOption("components.csv");
        var excelSafeOption = CommandFiles.ExcelSafeOption();
        var command = new Command("index-components", "Build the default profile's (2.0) components.csv (unit,component,value,n,se) for the index command from the outputs of change --summary, score dialog, score pam-13, fft summarize, score p3ceq, score ascof-1d and score ascof-1a.")
        {
            changeOption, dialogOption, pamOption, fftOption, p3ceqOption, ascof1dOption, ascof1aOption, unitOption, outputOption, excelSafeOption,
        };
        Option[] perPerson = [dialogOption, pamOption, p3ceqOption, ascof1dOption, ascof1aOption];
        command.Validators.Add(result =>
        {
            if (new Option[] { changeOption, fftOption }.Concat(perPerson).All(o => result.GetResult(o) is null))
            {
                result.AddError("Give at least one of --change, --dialog, --pam, --fft, --p3ceq, --ascof-1d and --ascof-1a.");
            }

            if (result.GetResult(unitOption) is { Implicit: false } && perPerson.All(o => result.GetResult(o) is null))
            {
                result.AddError("--unit names the unit column of the --dialog, --pam, --p3ceq, --ascof-1d and --ascof-1a files; it does nothing without them (--change uses its group column, --fft its unit column).");
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
                (P3ceqSource, parse.GetValue(p3ceqOption)),
                (IntegrationProfileV2.CarerQualityOfLifeCode, parse.GetValue(ascof1dOption)),
                (IntegrationProfileV2.SocialCareQualityOfLifeCode, parse.GetValue(ascof1aOption)),
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
