using FsCheck;
using FsCheck.Fluent;
using OutcomeScoring.Change;
using OutcomeScoring.Charts;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;

namespace OutcomeScoring.Charts.Tests;

/// <summary>
/// FsCheck properties of the data the charts draw (no rendering): the Jacobson plot's outcome counts add up to the
/// pairs drawn, whatever the scores; a DIALOG profile's means lie on the 1-7 scale, count only ratings given, and
/// do not depend on the order of the responses.
/// </summary>
public sealed class ChartProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static readonly Gen<(double? Pre, double? Post)[]> Scores =
        (from pre in Gen.Frequency((1, Gen.Constant<double?>(null)), (9, Gen.Choose(0, 400).Select(x => (double?)(x / 10.0))))
         from post in Gen.Frequency((1, Gen.Constant<double?>(null)), (9, Gen.Choose(0, 400).Select(x => (double?)(x / 10.0))))
         select (pre, post)).ArrayOf();

    private static readonly Gen<DialogResponse[]> Responses =
        Gen.Choose(0, 9).Select(r => r == 0 ? Answer.NotApplicable : r > 7 ? Answer.NotAnswered : Answer.Of(r))
            .ArrayOf(11).Select(a => DialogResponse.FromPositional(a)).ArrayOf();

    [Fact]
    public void Jacobson_outcome_counts_add_up_to_the_pairs_drawn() =>
        Prop.ForAll(Scores.ToArbitrary(), scores =>
        {
            ChangeCriteria criteria = ChangeCriteria.For(Core10.Instrument);
            JacobsonPlot plot = JacobsonPlot.For(Core10.Instrument, scores.Select(s => criteria.Classify(s.Pre, s.Post)));
            int drawn = Enum.GetValues<ChangeOutcome>().Sum(plot.Count);
            return drawn + plot.NotComputable == scores.Length
                && plot.NotComputable == scores.Count(s => s.Pre is null || s.Post is null)
                && plot.Description.Contains($"of {drawn} people's", StringComparison.Ordinal);
        }).Check(Config);

    [Fact]
    public void Dialog_means_are_on_the_scale_count_only_ratings_and_ignore_order() =>
        Prop.ForAll(Responses.ToArbitrary(), Responses.ToArbitrary(), (first, second) =>
        {
            var profile = new DialogProfile(first, second);
            var reversed = new DialogProfile(first.Reverse(), second.Reverse());
            return profile.Domains.Select((d, i) =>
                    d.FirstCount == first.Count(r => r.Ratings[i].Value is not null)
                    && d.SecondCount == second.Count(r => r.Ratings[i].Value is not null)
                    && (d.FirstMean is null ? d.FirstCount == 0 : d.FirstMean >= 1 && d.FirstMean <= 7)
                    && (d.SecondMean is null ? d.SecondCount == 0 : d.SecondMean >= 1 && d.SecondMean <= 7)
                    && Math.Abs((d.FirstMean ?? 0) - (reversed.Domains[i].FirstMean ?? 0)) < 1e-12)
                .All(ok => ok)
                && profile.FirstResponses == first.Length && profile.SecondResponses == second.Length;
        }).Check(Config);
}
