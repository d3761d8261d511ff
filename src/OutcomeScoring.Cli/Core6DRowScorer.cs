using System.Globalization;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Cli;

/// <summary>
/// Rows of a CORE-OM file (item1..item34, blank = not answered) turned into the CORE-6D state and utility. Result
/// columns (a contract, docs/cli.md): <c>utility,emotional_sum,physical_level</c>. Every CORE-OM cell is checked as
/// for core-om; no utility when any of the six CORE-6D items is missing. The tariff's provenance is the run's note.
/// </summary>
internal sealed class Core6DRowScorer : RowScorer
{
    /// <summary>The command-line id; CORE-6D is not an <see cref="Instrument"/>, so it is not in the catalogue.</summary>
    public const string Id = "core-6d";

    private static readonly string SixItems = string.Join(", ", new[] { Core6D.PhysicalItem }.Concat(Core6D.EmotionalItems).Order());

    /// <summary>A CORE-OM form; messages name CORE-6D.</summary>
    private static readonly FormLayout Layout = FormLayout.For(CoreOm.Instrument) with { Name = "CORE-6D (read from a CORE-OM file)" };

    private readonly Answer[] _answers = new Answer[CoreOm.Instrument.Items.Length];
    private FormReader? _reader;

    public override string[] Columns { get; } = ["utility", "emotional_sum", "physical_level"];

    public override string? Note => "CORE-6D tariff: " + Core6D.TariffProvenance;

    public override bool TryBind(string[] header, out ISet<int> consumed, out string? problem)
    {
        consumed = new HashSet<int>();
        return TryBind(Layout, header, out _reader, consumed, out problem);
    }

    public override void Score(string[] record, string[] cells, List<string> problems)
    {
        ReadAnswers(_reader!, record, _answers, problems);
        if (problems.Count > 0)
        {
            return;
        }

        Core6DState state = Core6D.FromCoreOm(_answers);
        if (!state.IsComputable)
        {
            problems.Add($"CORE-6D utility not computable: CORE-OM item{(state.MissingItems.Count == 1 ? "" : "s")} {string.Join(", ", state.MissingItems.Select(i => i.ToString(CultureInfo.InvariantCulture)))} not answered; all six items ({SixItems}) are needed (no prorating).");
            return;
        }

        cells[0] = Number(state.Utility);
        cells[1] = Whole(state.EmotionalSum);
        cells[2] = Whole(state.PhysicalLevel);
    }
}
