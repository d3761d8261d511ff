using OutcomeScoring.MentalHealth;

namespace OutcomeScoring.Tests.MentalHealth;

/// <summary>The catalogue finds every mental health measure by id, after the instruments that came before them.</summary>
public sealed class MentalHealthCatalogueTests
{
    [Fact]
    public void The_catalogue_lists_the_mental_health_measures_after_the_core_family_and_dialog()
    {
        Assert.Equal(
            ["phq-9", "gad-7", "reqol-10", "gbo", "swemwbs", "k10", "wsas", "wemwbs", "reqol-20", "honos"],
            Instruments.All.Skip(9).Take(10).Select(i => i.Id));
        Assert.Same(Phq9.Instrument, Instruments.Get("PHQ-9"));
        Assert.Same(Honos.Instrument, Instruments.Get("honos"));
        Assert.Equal(MentalHealthFacts.All.Select(f => f.Id).Order(), Instruments.All.Skip(9).Take(10).Select(i => i.Id).Order());
    }
}
