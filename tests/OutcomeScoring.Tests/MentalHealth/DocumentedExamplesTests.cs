using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Tests.MentalHealth;

/// <summary>The C# examples of docs/instruments/phq-9.md and docs/instruments/wsas.md, as written there.</summary>
public sealed class DocumentedExamplesTests
{
    [Fact]
    public void The_phq_9_page_example()
    {
        InstrumentResult result = Phq9.Instrument.Score([3, 0, 1, 2, 0, 0, 1, 0, 3]);
        double? total = result.Primary.ClinicalScore;   // 10 (awell's worked example)
        string? band = result.Band?.Code;                // "moderate"
        bool risk = result.RiskFlag;                     // true: item 9 is 3
        Assert.Equal((10.0, "moderate", true), (total!.Value, band, risk));
    }

    [Fact]
    public void The_wsas_page_example()
    {
        Score retired = Wsas.Instrument.Score([Answer.NotApplicable, 2, 4, 6, 8]).Primary;
        double? total = retired.ClinicalScore;       // 20
        double? outOf = retired.MaximumPossible;     // 32: the work item was not rated
        Assert.Equal((20.0, 32.0), (total!.Value, outOf!.Value));
    }
}
