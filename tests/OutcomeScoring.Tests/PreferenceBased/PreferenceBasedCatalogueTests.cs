using OutcomeScoring.PreferenceBased;

namespace OutcomeScoring.Tests.PreferenceBased;

/// <summary>The catalogue finds the preference-based measures by id, after the mental health measures.</summary>
public sealed class PreferenceBasedCatalogueTests
{
    [Fact]
    public void The_catalogue_lists_EQ_5D_and_ICECAP_O_after_the_mental_health_measures()
    {
        Assert.Equal(["eq-5d-5l", "eq-5d-3l", "icecap-o"], Instruments.All.Skip(19).Take(3).Select(i => i.Id));
        Assert.Same(Eq5D5L.Instrument, Instruments.Get("EQ-5D-5L"));
        Assert.Same(Eq5D3L.Instrument, Instruments.Get("eq-5d-3l"));
        Assert.Same(IcecapO.Instrument, Instruments.Get("icecap-o"));
    }
}
