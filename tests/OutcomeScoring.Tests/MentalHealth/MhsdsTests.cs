using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Change;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Tests.MentalHealth;

/// <summary>
/// The MHSDS shape (specs/mental-health-proms.md, section 1): coded scores out on the scale each concept stands for (CORE-OM
/// domains as item sums 0-16/0-48/0-24, CORE-10 as its clinical score 0-40, items as answered), coded scores in under either
/// concept version, and well-formed concept ids.
/// </summary>
public sealed class MhsdsTests
{
    private static Answer[] All(int count, int value) => [.. Enumerable.Repeat(Answer.Of(value), count)];

    private static Dictionary<string, double> ByCode(Instrument instrument, Answer[] answers, ProratedItemSums prorated = ProratedItemSums.LeaveOut) =>
        Mhsds.Scores(instrument.Score(answers), answers, prorated).ToDictionary(s => s.Code.Code, s => s.Value);

    [Fact]
    public void Core_om_domains_are_written_as_item_sums_in_their_mhsds_ranges()
    {
        // Every answer 2: a reversed item (4 - 2) is 2 as well, so each domain's sum is 2 x its items (W 4, P 12, F 12, R 6).
        Dictionary<string, double> coded = ByCode(CoreOm.Instrument, All(34, 2));
        Assert.Equal(8, coded["718492008"]);    // wellbeing, 0-16
        Assert.Equal(24, coded["718613005"]);   // problems/symptoms, 0-48
        Assert.Equal(24, coded["718490000"]);   // functioning, 0-48
        Assert.Equal(12, coded["865877002"]);   // risk/harm, 0-24
        Assert.Equal(4, coded.Count);
    }

    [Fact]
    public void Core_10_is_written_as_its_clinical_score_under_the_newer_concept()
    {
        Answer[] answers = All(10, 2);
        InstrumentResult result = Core10.Instrument.Score(answers);
        CodedScore only = Assert.Single(Mhsds.Scores(result, answers));
        Assert.Equal(("718583008", "total", result.Primary.ClinicalScore!.Value), (only.Code.Code, only.Of, only.Value));
        Assert.Equal(20, only.Value);
    }

    [Fact]
    public void A_prorated_item_sum_is_left_out_unless_the_caller_chooses_to_prorate()
    {
        Answer[] answers = All(34, 3);
        answers[0] = Answer.NotAnswered; // the domain item 1 belongs to is prorated
        string prorated = CoreOm.Instrument.Scores.Single(s => s.Codes.Length > 0 && s.Items.Contains(1)).Codes[0].Code;
        Assert.False(ByCode(CoreOm.Instrument, answers).ContainsKey(prorated));
        ScoreDefinition domain = CoreOm.Instrument.Scores.Single(s => s.Codes.Any(c => c.Code == prorated));
        double mean = CoreOm.Instrument.Score(answers)[domain.Id].Mean!.Value;
        Assert.Equal(mean * domain.Items.Length, ByCode(CoreOm.Instrument, answers, ProratedItemSums.Prorate)[prorated], 12);
    }

    [Fact]
    public void Item_codes_give_the_answers_and_a_scale_not_known_gives_no_row()
    {
        Answer[] answers = [.. Enumerable.Range(0, 12).Select(i => Answer.Of(i % 5))];
        answers[3] = Answer.NotApplicable; // rated 9, not known
        var coded = Mhsds.Scores(Honos.Instrument.Score(answers), answers);
        Assert.Equal(11, coded.Length);
        Assert.DoesNotContain(coded, c => c.Of == "item4");
        Assert.Equal(2, coded.Single(c => c.Code.Code == "979661000000102").Value); // scale 3, the sheet's third HoNOS concept
    }

    [Fact]
    public void A_score_that_is_not_computable_gives_no_row_and_answers_must_match_the_items()
    {
        Answer[] answers = All(9, 1);
        answers[0] = Answer.NotAnswered;
        Assert.Empty(Mhsds.Scores(Phq9.Instrument.Score(answers), answers));
        Assert.Throws<ArgumentException>(() => Mhsds.Scores(Phq9.Instrument.Score(answers), answers.AsSpan(1)));
    }

    [Fact]
    public void Both_concept_versions_are_read_and_other_concepts_left_out()
    {
        var day = new DateOnly(2026, 1, 5);
        CodedAssessment[] rows =
        [
            new("a", day, "720433000", 12),          // PHQ-9 v2
            new("a", day.AddDays(28), "506701000000100", 7), // PHQ-9 v1
            new("a", day, "445455005", 9),           // GAD-7
            new("b", day, "720433000", null),
        ];
        ImmutableArray<Administration> read = Mhsds.Administrations(rows, Phq9.Instrument);
        Assert.Equal([12.0, 7.0, null], read.Select(a => a.Score));
        Assert.Equal(["a", "a", "b"], read.Select(a => a.Person));
    }

    [Fact]
    public void An_item_sum_is_read_back_on_the_clinical_scale()
    {
        // A CORE-OM wellbeing sum of 8 (4 items) is a mean of 2, clinical 20.
        Administration read = Assert.Single(Mhsds.Administrations([new("a", new DateOnly(2026, 1, 5), "718492008", 8)], CoreOm.Instrument, "wellbeing"));
        Assert.Equal(20, read.Score);
    }

    [Fact]
    public void A_score_without_a_snomed_code_cannot_be_read()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Mhsds.Administrations([], CoreOm.Instrument, "all"));
        Assert.Contains("no SNOMED CT code", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1034351000000101", true)]   // GBO goal 1, older term
    [InlineData("1034351000000100", false)]  // the same id rounded by a spreadsheet (the sheet's warning)
    [InlineData("1091081000000100", false)]  // ReQoL-20 in NHS Digital's older table, which fails Verhoeff
    [InlineData("1091081000000103", true)]
    [InlineData("720433000", true)]
    [InlineData("72043300", false)]
    [InlineData("7.20433E+08", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Concept_ids_are_checked_with_the_verhoeff_digit(string? id, bool wellFormed) =>
        Assert.Equal(wellFormed, Mhsds.IsWellFormedConceptId(id));

    [Fact]
    public void Writing_then_reading_gives_back_the_clinical_score_of_every_coded_score()
    {
        Instrument[] instruments = [CoreOm.Instrument, Core10.Instrument, YpCore.Instrument, Phq9.Instrument, Gad7.Instrument];
        Gen<(Instrument, Answer[])> forms = Gen.Elements(instruments).SelectMany(i =>
            Gen.Frequency((1, Gen.Constant(Answer.NotAnswered)), (12, Gen.Choose(i.Scale.Minimum, i.Scale.Maximum).Select(Answer.Of))).ArrayOf(i.Items.Length).Select(a => (i, a)));
        Prop.ForAll(forms.ToArbitrary(), form =>
        {
            (Instrument instrument, Answer[] answers) = form;
            InstrumentResult result = instrument.Score(answers);
            foreach (CodedScore coded in Mhsds.Scores(result, answers, ProratedItemSums.Prorate))
            {
                ScoreDefinition score = instrument.Scores.Single(s => s.Id == coded.Of);
                double? back = Assert.Single(Mhsds.Administrations([new("p", default, coded.Code.Code, coded.Value)], instrument, score.Id)).Score;
                Assert.Equal(result[score.Id].ClinicalScore!.Value, back!.Value, 9);
            }
        }).Check(SuiteEffort.Properties(300));
    }
}
