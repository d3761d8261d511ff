using OutcomeScoring.Internal;

namespace OutcomeScoring.Tests.MentalHealth;

/// <summary>Every SNOMED CT id shipped with the mental health definitions passes the Verhoeff check, and matches the sheet.</summary>
public sealed class PublicCodeTests
{
    // specs/mental-health-proms.md, section 1: every concept id the definitions carry, by instrument.
    public static TheoryData<string, string[]> SheetCodes => new()
    {
        { "phq-9", ["720433000", "506701000000100"] },
        { "gad-7", ["445455005"] },
        { "reqol-10", ["1091071000000100"] },
        { "reqol-20", ["1091081000000103"] },
        { "gbo", ["1638531000000102", "1034351000000101", "1638541000000106", "1034361000000103", "1638551000000109", "1034371000000105"] },
        { "swemwbs", ["718466001", "960481000000107"] },
        { "wemwbs", ["718426000", "885541000000103"] },
        { "k10", [] },
        { "wsas", [] },
        {
            "honos",
            [
                "979641000000103", "979651000000100", "979661000000102", "979671000000109", "979681000000106", "979691000000108",
                "979701000000108", "979711000000105", "979721000000104", "979731000000102", "979741000000106", "979751000000109",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(SheetCodes))]
    public void The_definition_carries_exactly_the_sheets_snomed_ct_ids_and_each_passes_verhoeff(string id, string[] codes)
    {
        Instrument instrument = Instruments.Get(id);
        string[] shipped =
        [
            .. instrument.Scores.SelectMany(s => s.Codes).Concat(instrument.Items.SelectMany(i => i.Codes))
                .Where(c => c.System == PublicCode.SnomedCt).Select(c => c.Code),
        ];
        Assert.Equal(codes, shipped);
        Assert.All(shipped, code => Assert.True(Verhoeff.IsValid(code), code));
    }

    [Theory]
    [InlineData("1091081000000100")]   // ReQoL-20 in NHS Digital's older table
    [InlineData("1034351000000100")]   // GBO goal 1, rounded by a spreadsheet
    public void The_rounded_ids_of_the_older_table_fail(string code) => Assert.False(Verhoeff.IsValid(code));
}
