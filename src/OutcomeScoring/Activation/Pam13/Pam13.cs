using OutcomeScoring.Engine;
using System.Globalization;
using System.Runtime.CompilerServices;
using OutcomeScoring.Forms;

namespace OutcomeScoring.Activation;

/// <summary>
/// The Patient Activation Measure, 13-item form (PAM-13): scoring machinery only. The conversion from answers
/// to the 0-100 activation score is the licensed property of Insignia Health; this library ships none, and the
/// licensee supplies the calibration it was given (<see cref="Calibration.FromJson"/>).
/// </summary>
/// <remarks>
/// <para>
/// 13 statements, answered Disagree strongly (1), Disagree (2), Agree (3), Agree strongly (4) or N/A. Answers 1-4
/// are recoded to categories 0-3; N/A (<see cref="Answer.NotApplicable"/>) and blanks count as not answered. Item
/// wording is (c) Insignia Health and is not included. Higher scores are better.
/// </para>
/// <para>
/// Scores are kept at full precision; levels and change use the score rounded to one decimal, as scores are
/// reported to one decimal. Minimum answered items and the uniform-extreme rule are not published; they come from
/// the supplied calibration. Sources: Hibbard et al. 2004 (Health Serv Res 39(4):1005-1026) and 2005 (Health
/// Serv Res 40(6):1918-1930); Hibbard et al. 2010 (levels); Shirley Ryan AbilityLab (second set of levels);
/// NQF #2483 (change); Linden 2015 (doi 10.1155/2015/270168) on missing items.
/// </para>
/// </remarks>
public static class Pam13
{
    /// <summary>The instrument's name, as messages use it.</summary>
    public const string Name = "PAM-13";

    /// <summary>The number of items.</summary>
    public const int ItemCount = 13;

    /// <summary>The lowest answer (Disagree strongly).</summary>
    public const int MinimumAnswer = 1;

    /// <summary>The highest answer (Agree strongly).</summary>
    public const int MaximumAnswer = 4;

    /// <summary>The gain, in points, that NQF #2483 defines as meaningful improvement.</summary>
    public const double MeaningfulGain = 3.0;

    /// <summary>
    /// Gets the PAM-13 definition (Definitions/pam-13.json): 13 items answered 1-4, every item offering N/A (which counts
    /// as not answered), and the <c>activation</c> calibration stage with the Hibbard et al. 2010 levels. The licensee's
    /// calibration is bound with <see cref="WithCalibration"/>; without one the activation stage is not computable.
    /// </summary>
    public static Instrument Instrument { get; } = BuiltInDefinitions.Load("pam-13");

    /// <summary>The id of the calibration stage that gives the activation score.</summary>
    public const string ActivationStage = "activation";

    /// <summary>
    /// The layout a form reader reads PAM-13 answers with: columns item1 to item13, answers 1-4, every item offering N/A
    /// (read as <see cref="Answer.NotApplicable"/>, which counts as not answered), for example
    /// <c>item4: '5' is not an answer; answers are 1-4, NA or blank</c>.
    /// </summary>
    public static FormLayout Layout { get; } = FormLayout.For(Instrument);

    /// <summary>
    /// The PAM-13 definition with a licensee's calibration bound and the given level cut points: score it like any
    /// instrument; <c>result.Stage(Pam13.ActivationStage)</c> gives measure, measure-se, level, answered, theta and theta-se.
    /// </summary>
    /// <param name="calibration">The licensee's calibration (it must fit PAM-13).</param>
    /// <param name="cutPoints">The level cut points; by default <see cref="ActivationCutPoints.Hibbard2010"/>.</param>
    /// <returns>The instrument with the calibration bound.</returns>
    /// <exception cref="CalibrationException">The calibration does not fit PAM-13.</exception>
    public static Instrument WithCalibration(ICalibration calibration, ActivationCutPoints? cutPoints = null)
    {
        Instrument instrument = Instrument;
        if (cutPoints is not null)
        {
            instrument = instrument.WithStage((CalibrationStage)instrument.Stages[instrument.IndexOfStage(ActivationStage)] with { Levels = cutPoints });
        }

        return instrument.WithCalibration(ActivationStage, calibration);
    }

    /// <summary>Gets the sources of the instrument, levels and change rule.</summary>
    public static string Source => $"{RaschSources.Pam}; {RaschSources.Hibbard2010}; {RaschSources.ShirleyRyan}; {RaschSources.Nqf2483}";

    /// <summary>Checks that a calibration fits PAM-13: 13 items, each with categories 0-3 (three thresholds).</summary>
    /// <param name="calibration">The calibration.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calibration"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalibrationException">The calibration has the wrong number of items or an item the wrong number of thresholds; the message names it.</exception>
    public static void CheckCalibration(ICalibration calibration) =>
        ((CalibrationStage)Instrument.Stages[Instrument.IndexOfStage(ActivationStage)]).CheckFits(calibration, Instrument);

    /// <summary>Scores one PAM-13 response set with a licensee's calibration; levels use the default cut points (Hibbard et al. 2010).</summary>
    /// <param name="answers">13 answers, item 1 first: 1-4, or <see cref="Answer.NotAnswered"/> / <see cref="Answer.NotApplicable"/>.</param>
    /// <param name="calibration">The licensee's calibration (it must fit PAM-13).</param>
    /// <returns>The result: score, standard error, level, items answered, or why it could not be computed.</returns>
    /// <exception cref="ArgumentException">The number of answers is not 13.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer lies outside 1-4; the message names the item, the value and the range.</exception>
    /// <exception cref="CalibrationException">The calibration does not fit PAM-13.</exception>
    public static Pam13Result Score(ReadOnlySpan<Answer> answers, ICalibration calibration) =>
        Score(answers, calibration, ActivationCutPoints.Hibbard2010);

    /// <summary>Scores one PAM-13 response set with a licensee's calibration and a chosen set of cut points.</summary>
    /// <param name="answers">13 answers, item 1 first: 1-4, or <see cref="Answer.NotAnswered"/> / <see cref="Answer.NotApplicable"/>.</param>
    /// <param name="calibration">The licensee's calibration (it must fit PAM-13).</param>
    /// <param name="cutPoints">The cut points for the level (<see cref="ActivationCutPoints.Hibbard2010"/> or <see cref="ActivationCutPoints.ShirleyRyanAbilityLab"/>).</param>
    /// <returns>The result: score, standard error, level, items answered, or why it could not be computed.</returns>
    /// <exception cref="ArgumentException">The number of answers is not 13.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer lies outside 1-4; the message names the item, the value and the range.</exception>
    /// <exception cref="CalibrationException">The calibration does not fit PAM-13.</exception>
    public static Pam13Result Score(ReadOnlySpan<Answer> answers, ICalibration calibration, ActivationCutPoints cutPoints)
    {
        if (!TryScore(answers, calibration, cutPoints, out Pam13Result result, out ScoringError error))
        {
            Throw(error);
        }

        return result;
    }

    /// <summary>Scores one PAM-13 response set without throwing for bad answers (for batch and file scoring).</summary>
    /// <param name="answers">13 answers, item 1 first: 1-4, or <see cref="Answer.NotAnswered"/> / <see cref="Answer.NotApplicable"/>.</param>
    /// <param name="calibration">The licensee's calibration (it must fit PAM-13).</param>
    /// <param name="cutPoints">The cut points for the level.</param>
    /// <param name="result">The result, when the answers could be scored (it may still be not computable, with the reason).</param>
    /// <param name="error">What was wrong with the answers, when they could not.</param>
    /// <returns><see langword="true"/> when the answers were valid and scored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calibration"/> or <paramref name="cutPoints"/> is <see langword="null"/>.</exception>
    /// <exception cref="CalibrationException">The calibration does not fit PAM-13 (a setup error, not a data error).</exception>
    public static bool TryScore(ReadOnlySpan<Answer> answers, ICalibration calibration, ActivationCutPoints cutPoints, out Pam13Result result, out ScoringError error)
    {
        CheckCalibration(calibration);
        ArgumentNullException.ThrowIfNull(cutPoints);
        // The definition checks the answers (count, range) with the engine's messages; the calibration converts them.
        if (!Instrument.TryScore(answers, out _, out error))
        {
            result = default;
            return false;
        }

        Span<int?> categories = stackalloc int?[ItemCount];
        for (int i = 0; i < ItemCount; i++)
        {
            categories[i] = answers[i].Value - MinimumAnswer;
        }

        result = new Pam13Result(calibration.Score(categories), cutPoints);
        error = default;
        return true;
    }

    /// <summary>The change between two scores, with a gain of 3 points or more flagged as meaningful (NQF #2483).</summary>
    /// <param name="before">The earlier activation score.</param>
    /// <param name="after">The later activation score.</param>
    /// <returns>The change; both scores are compared as reported (one decimal).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score is not a finite number.</exception>
    public static ActivationChange Change(double before, double after) => Change(before, after, MeaningfulGain);

    /// <summary>The change between two scores, with a configurable meaningful gain.</summary>
    /// <param name="before">The earlier activation score.</param>
    /// <param name="after">The later activation score.</param>
    /// <param name="meaningfulGain">The gain that counts as meaningful (NQF #2483: 3 points); positive.</param>
    /// <returns>The change; both scores are compared as reported (one decimal).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score is not finite, or the meaningful gain is not positive and finite.</exception>
    public static ActivationChange Change(double before, double after, double meaningfulGain)
    {
        if (!double.IsFinite(before))
        {
            ThrowNotFinite(before, nameof(before));
        }

        if (!double.IsFinite(after))
        {
            ThrowNotFinite(after, nameof(after));
        }

        if (!(meaningfulGain > 0 && double.IsFinite(meaningfulGain)))
        {
            ThrowNotFinite(meaningfulGain, nameof(meaningfulGain));
        }

        double b = Reported(before), a = Reported(after), gain = Reported(a - b);
        return new ActivationChange(b, a, gain, meaningfulGain, gain >= meaningfulGain);
    }

    /// <summary>The change between two results, or <see langword="null"/> when either is not computable.</summary>
    /// <param name="before">The earlier result.</param>
    /// <param name="after">The later result.</param>
    /// <param name="meaningfulGain">The gain that counts as meaningful (NQF #2483: 3 points); positive.</param>
    /// <returns>The change, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The meaningful gain is not positive and finite.</exception>
    public static ActivationChange? Change(Pam13Result before, Pam13Result after, double meaningfulGain) =>
        before.Score is { } b && after.Score is { } a ? Change(b, a, meaningfulGain) : null;

    /// <summary>Rounds a score to one decimal, half away from zero, as scores are reported.</summary>
    internal static double Reported(double score) => Math.Round(score, 1, MidpointRounding.AwayFromZero);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Throw(ScoringError error) => throw error.ToException();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNotFinite(double value, string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, value, string.Create(CultureInfo.InvariantCulture, $"{paramName} is {value}; it must be a finite number{(paramName == "meaningfulGain" ? " above 0" : "")}."));
}
