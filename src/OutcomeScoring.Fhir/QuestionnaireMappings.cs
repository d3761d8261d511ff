using System.Collections.Immutable;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;
using OutcomeScoring.FriendsAndFamily;

namespace OutcomeScoring.Fhir;

/// <summary>
/// Built-in mappings for a common convention: each item's linkId is its item number as text ("1", "2", ...), and
/// answers are the raw answer as ticked, given as <c>valueInteger</c>, a whole <c>valueDecimal</c>, or a
/// <c>valueCoding</c> with the FHIR R4 <c>ordinalValue</c> extension; HL7 data absent reasons mark an item not
/// answered (and, where the instrument has it, not applicable). See docs/fhir.md for each mapping.
/// </summary>
/// <remarks>
/// No public Questionnaire with agreed linkIds was found for these instruments, so the item-number convention is a
/// documented choice, not a standard. If your Questionnaire uses other linkIds, adjust a built-in mapping with
/// <see cref="QuestionnaireMapping.WithLinkIds(Func{int, string})"/>, or build one with
/// <see cref="QuestionnaireMapping.ForInstrument"/>. The mappings ship no item text.
/// </remarks>
public static class QuestionnaireMappings
{
    /// <summary>CORE-OM: linkIds "1"-"34" (CORE-OM item order), answers 0-4.</summary>
    public static QuestionnaireMapping CoreOm { get; } = ForNumbered(CoreFamily.CoreOm.Instrument);

    /// <summary>CORE-10: linkIds "1"-"10" (CORE-10 item order), answers 0-4.</summary>
    public static QuestionnaireMapping Core10 { get; } = ForNumbered(CoreFamily.Core10.Instrument);

    /// <summary>YP-CORE: linkIds "1"-"10", answers 0-4.</summary>
    public static QuestionnaireMapping YpCore { get; } = ForNumbered(CoreFamily.YpCore.Instrument);

    /// <summary>GP-CORE: linkIds "1"-"14" (GP-CORE item order), answers 0-4.</summary>
    public static QuestionnaireMapping GpCore { get; } = ForNumbered(CoreFamily.GpCore.Instrument);

    /// <summary>CORE-SF/A: linkIds "1"-"18" (SF/A item order), answers 0-4.</summary>
    public static QuestionnaireMapping CoreShortFormA { get; } = ForNumbered(CoreShortForms.FormA);

    /// <summary>CORE-SF/B: linkIds "1"-"18" (SF/B item order), answers 0-4.</summary>
    public static QuestionnaireMapping CoreShortFormB { get; } = ForNumbered(CoreShortForms.FormB);

    /// <summary>
    /// DIALOG in MHSDS order: ratings at linkIds "1"-"11" (1 mental health ... 6 friendships, 7 partner/family ...
    /// 11 consultations), 1-7; "more help wanted?" at "1-help"-"11-help" (<c>valueBoolean</c>, or v2-0136 Y/N);
    /// the data absent reason <c>not-applicable</c> marks a rating not applicable.
    /// </summary>
    public static QuestionnaireMapping Dialog { get; } = DialogMapping(DialogItemOrder.Mhsds);

    /// <summary>
    /// DIALOG in the DIALOG+ app's order: as <see cref="Dialog"/>, but linkId "6" (and "6-help") is partner/family
    /// and "7" (and "7-help") friendships. Answers are still read into MHSDS order.
    /// </summary>
    public static QuestionnaireMapping DialogPlusAppOrder { get; } = DialogMapping(DialogItemOrder.DialogPlusApp);

    /// <summary>
    /// PAM-13: linkIds "1"-"13", answers 1 (disagree strongly) to 4 (agree strongly); the data absent reason
    /// <c>not-applicable</c> marks N/A. Its instrument is <see cref="Activation.Pam13.Instrument"/>, whose activation
    /// stage needs the licensee's calibration (no conversion is shipped): bind it with
    /// <c>QuestionnaireMappings.Pam13.WithInstrument(Pam13.WithCalibration(calibration))</c>,
    /// and score with <see cref="FhirScoring.Score"/>, or use <see cref="FhirScoring.ScorePam13"/>.
    /// </summary>
    public static QuestionnaireMapping Pam13 { get; } =
        QuestionnaireMapping.ForInstrument(Activation.Pam13.Instrument, QuestionnaireMapping.ItemNumber, AnswerScheme.NumbersWithNotApplicable);

    /// <summary>
    /// The Friends and Family Test, question from April 2020 ("experience"): one item at linkId "1", answered with the
    /// NHS England code 1 (very good) to 5 (very poor) or 6 (don't know), or with the answer's label as
    /// <c>valueString</c> ("Very good" ... "Don't know", case-insensitive).
    /// </summary>
    public static QuestionnaireMapping FftExperience { get; } = FftMapping(FftQuestion.Experience2020);

    /// <summary>
    /// The Friends and Family Test, question used April 2013 - March 2020 ("recommend"): as <see cref="FftExperience"/>,
    /// with the labels "Extremely likely" ... "Extremely unlikely", "Don't know".
    /// </summary>
    public static QuestionnaireMapping FftRecommend { get; } = FftMapping(FftQuestion.Recommend2013);

    /// <summary>
    /// The mappings with a property of their own. Every other built-in instrument (PHQ-9, GAD-7, WSAS, ReQoL, GBO, WEMWBS,
    /// SWEMWBS, K10, HoNOS, HoNOS 65+, EQ-5D, ICECAP-O, CORE-6D, P3CEQ, ASCOF 1A and 1D) gets one in <see cref="All"/>, in
    /// <see cref="Instruments.All"/>'s order: linkIds "1"-"n" (the item numbers), answers as the form codes them
    /// (<see cref="Instrument.Scale"/>), and the data absent reason <c>not-applicable</c> wherever an item allows it
    /// (HoNOS's 9 "not known", P3CEQ's "don't know").
    /// </summary>
    private static readonly ImmutableArray<QuestionnaireMapping> Own =
        [CoreOm, Core10, YpCore, GpCore, CoreShortFormA, CoreShortFormB, Dialog, DialogPlusAppOrder, Pam13, FftExperience, FftRecommend];

    /// <summary>Gets every built-in mapping: the properties above, then one for every other built-in instrument (<see cref="For"/>).</summary>
    public static ImmutableArray<QuestionnaireMapping> All { get; } =
        [.. Own, .. Instruments.All.Where(i => !Own.Any(m => m.InstrumentId == i.Id)).Select(ForNumberedWithNotApplicable)];

    /// <summary>
    /// The built-in mapping of a built-in instrument, by its id (<see cref="Instrument.Id"/>): the property of its own where
    /// there is one (DIALOG: MHSDS order; PAM-13: bind the calibration), otherwise the item-number convention with answers as
    /// the form codes them and <c>not-applicable</c> where an item allows it.
    /// </summary>
    /// <param name="instrumentId">A built-in instrument's id, for example <c>phq-9</c>.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentException">No built-in instrument has that id.</exception>
    public static QuestionnaireMapping For(string instrumentId)
    {
        ArgumentNullException.ThrowIfNull(instrumentId);
        return All.FirstOrDefault(m => m.InstrumentId == instrumentId && m != DialogPlusAppOrder && m.Instrument is not null)
            ?? throw new ArgumentException($"No built-in instrument has the id '{instrumentId}'; the ids are {string.Join(", ", Instruments.All.Select(i => i.Id))}.", nameof(instrumentId));
    }

    /// <summary>The linkId of a DIALOG item's "more help wanted?" question in the built-in convention: its linkId followed by "-help".</summary>
    internal static string HelpLinkId(int position) => QuestionnaireMapping.ItemNumber(position) + "-help";

    private static QuestionnaireMapping ForNumbered(Instrument instrument) =>
        QuestionnaireMapping.ForInstrument(instrument, QuestionnaireMapping.ItemNumber, AnswerScheme.Numbers);

    private static QuestionnaireMapping ForNumberedWithNotApplicable(Instrument instrument) =>
        QuestionnaireMapping.ForInstrument(instrument, QuestionnaireMapping.ItemNumber, instrument.Items.Any(i => i.AllowsNotApplicable) ? AnswerScheme.NumbersWithNotApplicable : AnswerScheme.Numbers);

    private static QuestionnaireMapping DialogMapping(DialogItemOrder order)
    {
        // linkId = the item's position in the given order; the item number is its MHSDS position.
        IEnumerable<int> positions = Enumerable.Range(1, DialogScale.Dialog.Items.Length);
        return QuestionnaireMapping.ForInstrument(DialogScale.Dialog.Instrument, QuestionnaireMapping.ItemNumber, AnswerScheme.NumbersWithNotApplicable)
            .WithLinkIds(positions.Select(p => KeyValuePair.Create(QuestionnaireMapping.ItemNumber(p), (int)DialogScale.Dialog.DomainAt(p, order))))
            .WithHelpWantedLinkIds(positions.Select(p => KeyValuePair.Create(HelpLinkId(p), (int)DialogScale.Dialog.DomainAt(p, order))));
    }

    private static QuestionnaireMapping FftMapping(FftQuestion question)
    {
        AnswerScheme scheme = AnswerScheme.Numbers;
        foreach (FftAnswer answer in Enum.GetValues<FftAnswer>())
        {
            string label = Fft.Label(answer, question);
            scheme = scheme.WithLabel(label, (int)answer);
            if (label.Contains('\'', StringComparison.Ordinal))
            {
                // NHS data has "Don't know" with a straight or curly apostrophe, or none.
                scheme = scheme.WithLabel(label.Replace('\'', '\u2019'), (int)answer).WithLabel(label.Replace("'", "", StringComparison.Ordinal), (int)answer);
            }
        }

        string id = question == FftQuestion.Experience2020 ? "fft-experience" : "fft-recommend";
        return QuestionnaireMapping.ForAnswers(id, "FFT", 1, new ResponseScale(1, 6), scheme);
    }
}
