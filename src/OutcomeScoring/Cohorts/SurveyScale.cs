using System.Globalization;
using OutcomeScoring.Engine;
using OutcomeScoring.Experience;
using OutcomeScoring.SocialCare;

namespace OutcomeScoring.Cohorts;

/// <summary>
/// One score of a survey instrument that becomes an index component per unit (<see cref="SurveyComponents.TeamMeans"/>): the
/// instrument, the score, its theoretical range (the goalposts specs/integration-experience-utility.md, section 7 recommends for
/// P3CEQ; ASCOF's own 0-24 and 0-12), and whose view it is.
/// </summary>
/// <remarks>Immutable and thread-safe. Build one for another instrument with <see cref="For"/>.</remarks>
public sealed class SurveyScale
{
    private SurveyScale(Instrument instrument, int scoreIndex, string view)
    {
        Instrument = instrument;
        Score = instrument.Scores[scoreIndex];
        View = view;
        (Minimum, Maximum) = Range(instrument, Score);
    }

    /// <summary>P3CEQ person-centredness (patients' view), 0-24.</summary>
    public static SurveyScale P3ceqPersonCentredness { get; } = new(P3ceq.Instrument, 0, "patients");

    /// <summary>P3CEQ care coordination (patients' view), 0-15, item 8 scored like the others (flagged: <see cref="P3ceq.Item8Flag"/>).</summary>
    public static SurveyScale P3ceqCoordination { get; } = new(P3ceq.Instrument, 1, "patients");

    /// <summary>ASCOF 1A social care-related quality of life (social care users' view), 0-24.</summary>
    public static SurveyScale Ascof1A { get; } = new(SocialCare.Ascof1A.Instrument, 0, "social care users");

    /// <summary>ASCOF 1D carer-reported quality of life (carers' view), 0-12.</summary>
    public static SurveyScale Ascof1D { get; } = new(SocialCare.Ascof1D.Instrument, 0, "carers");

    /// <summary>Gets the instrument.</summary>
    public Instrument Instrument { get; }

    /// <summary>Gets the score whose values are averaged.</summary>
    public ScoreDefinition Score { get; }

    /// <summary>Gets whose view the measure gives (for example "carers").</summary>
    public string View { get; }

    /// <summary>Gets the lowest score possible on a complete form (the lower goalpost).</summary>
    public double Minimum { get; }

    /// <summary>Gets the highest score possible on a complete form (the upper goalpost).</summary>
    public double Maximum { get; }

    /// <summary>Any score of any instrument, for example P3CEQ coordination with item 8 left out (0-12).</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="scoreId">The score's id.</param>
    /// <param name="view">Whose view it gives (patients, carers, social care users, the public).</param>
    /// <returns>The measure, with the score's theoretical range.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The instrument has no such score, or <paramref name="view"/> is blank.</exception>
    public static SurveyScale For(Instrument instrument, string scoreId, string view)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(scoreId);
        ArgumentException.ThrowIfNullOrWhiteSpace(view);
        return new SurveyScale(instrument, instrument.IndexOfScore(scoreId), view);
    }

    /// <summary>The value of the measure's score in a result of its instrument, or <see langword="null"/> when not computable.</summary>
    /// <param name="result">A result of <see cref="Instrument"/>.</param>
    /// <returns>The clinical score (for these surveys the sum), or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException">The result is of another instrument.</exception>
    public double? ValueOf(InstrumentResult result)
    {
        if (!ReferenceEquals(result.Instrument, Instrument))
        {
            throw new ArgumentException($"The result is of {result.Instrument.Name}, not {Instrument.Name}; score it with the measure's instrument.", nameof(result));
        }

        return result[Score.Id].ClinicalScore;
    }

    /// <summary>Why a value read from a file (a score column) cannot be this measure's score, or <see langword="null"/> when it can.</summary>
    internal string? Problem(double value, int position, string person) =>
        double.IsFinite(value) && value >= Minimum && value <= Maximum
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"Form {position} ({person}) has {Instrument.Name} {Score.Name} {value}, outside its range {Minimum}-{Maximum}; is it the right column?");

    /// <summary>Returns the measure's name.</summary>
    /// <returns>For example "ASCOF 1D carer-reported quality of life: Carer-reported quality of life (0-12, carers)".</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Instrument.Name}: {Score.Name} ({Minimum}-{Maximum}, {View})");

    /// <summary>
    /// The range of a complete form: for a sum, the sums of the items' lowest and highest values; for a mean, the scale's ends times
    /// the clinical multiplier.
    /// </summary>
    private static (double Minimum, double Maximum) Range(Instrument instrument, ScoreDefinition score)
    {
        if (score.Aggregate == ScoreAggregate.Mean)
        {
            return (instrument.Scale.Minimum * instrument.ClinicalMultiplier, instrument.Scale.Maximum * instrument.ClinicalMultiplier);
        }

        double low = 0, high = 0;
        foreach (int number in score.Items)
        {
            Item item = instrument.Items[number - 1];
            int[] values = [.. Enumerable.Range(instrument.Scale.Minimum, instrument.Scale.Maximum - instrument.Scale.Minimum + 1).Select(a => ItemPoints.Value(item, instrument.Scale, a))];
            low += values.Min();
            high += values.Max();
        }

        return (low, high);
    }
}
