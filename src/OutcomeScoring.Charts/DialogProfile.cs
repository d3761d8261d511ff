using System.Collections.Immutable;
using OutcomeScoring.DialogScale;
using ScottPlot;

namespace OutcomeScoring.Charts;

/// <summary>The mean DIALOG rating of one item at the two occasions of a <see cref="DialogProfile"/>.</summary>
/// <param name="Domain">The item (life domain or treatment aspect).</param>
/// <param name="Subscale">Whether it counts toward quality of life (SQOL) or treatment satisfaction (TS).</param>
/// <param name="FirstMean">The mean rating (1-7) at the first occasion, or <see langword="null"/> when nobody rated it.</param>
/// <param name="FirstCount">How many ratings the first mean is of.</param>
/// <param name="SecondMean">The mean rating (1-7) at the second occasion, or <see langword="null"/> when nobody rated it.</param>
/// <param name="SecondCount">How many ratings the second mean is of.</param>
public readonly record struct DialogDomainRatings(DialogDomain Domain, DialogSubscale Subscale, double? FirstMean, int FirstCount, double? SecondMean, int SecondCount)
{
    /// <summary>Gets the change in the mean, second minus first (higher is better), or <see langword="null"/> when either is missing.</summary>
    public double? Change => SecondMean - FirstMean;
}

/// <summary>
/// A DIALOG profile: the mean satisfaction rating (1-7, higher is better) of each of the eight life domains and
/// three treatment aspects at two occasions, one row per item, in MHSDS order. For one person, give one
/// response per occasion; for a group, give each person's response at each occasion.
/// </summary>
/// <remarks>
/// <para>
/// A mean is over the ratings given: "not applicable" and unanswered items are left out, as for the SQOL and TS
/// means (ELFT DIALOG pages; Priebe et al. 2012, BMC Psychiatry 12:113). Domain names only: no item wording.
/// The first occasion is an open orange circle, the second a filled blue circle (Okabe-Ito colours).
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class DialogProfile : Chart
{
    /// <summary>Creates the profile of two sets of responses.</summary>
    /// <param name="first">The responses at the first occasion (for example each person's first DIALOG).</param>
    /// <param name="second">The responses at the second occasion (for example each person's latest DIALOG).</param>
    /// <exception cref="ArgumentNullException">A set, or a response in it, is <see langword="null"/>.</exception>
    public DialogProfile(IEnumerable<DialogResponse> first, IEnumerable<DialogResponse> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        DialogResponse[] before = [.. first], after = [.. second];
        if (before.Any(r => r is null) || after.Any(r => r is null))
        {
            throw new ArgumentNullException(before.Any(r => r is null) ? nameof(first) : nameof(second), "A DIALOG response in the set is null.");
        }

        FirstResponses = before.Length;
        SecondResponses = after.Length;
        Domains = [.. Dialog.Items.Select(item =>
        {
            (double? m1, int n1) = Mean(before, item.Domain);
            (double? m2, int n2) = Mean(after, item.Domain);
            return new DialogDomainRatings(item.Domain, item.Subscale, m1, n1, m2, n2);
        })];
        Title = "DIALOG profile";
    }

    /// <summary>Gets the mean ratings, one row per item in MHSDS order.</summary>
    public ImmutableArray<DialogDomainRatings> Domains { get; }

    /// <summary>Gets how many responses the first occasion has.</summary>
    public int FirstResponses { get; }

    /// <summary>Gets how many responses the second occasion has.</summary>
    public int SecondResponses { get; }

    /// <summary>Gets what the first occasion is called (default "First DIALOG").</summary>
    public string FirstLabel { get; init; } = "First DIALOG";

    /// <summary>Gets what the second occasion is called (default "Latest DIALOG").</summary>
    public string SecondLabel { get; init; } = "Latest DIALOG";

    /// <inheritdoc/>
    public override string Description
    {
        get
        {
            string Row(DialogDomainRatings r) =>
                $"{Name(r.Domain)} {(r.FirstMean is { } a ? Format(a, "0.0") : "none")} to {(r.SecondMean is { } b ? Format(b, "0.0") : "none")}";
            return $"DIALOG profile: mean rating (1-7, higher is better) of each item, {FirstLabel.ToLowerInvariant()} ({Format(FirstResponses)} responses) to {SecondLabel.ToLowerInvariant()} ({Format(SecondResponses)}): "
                + string.Join("; ", Domains.Select(Row)) + ".";
        }
    }

    /// <summary>Gets the plain name of a DIALOG item, for example "Partner/family".</summary>
    /// <param name="domain">The item.</param>
    /// <returns>Its name.</returns>
    public static string Name(DialogDomain domain) => domain switch
    {
        DialogDomain.MentalHealth => "Mental health",
        DialogDomain.PhysicalHealth => "Physical health",
        DialogDomain.JobSituation => "Job situation",
        DialogDomain.Accommodation => "Accommodation",
        DialogDomain.LeisureActivities => "Leisure activities",
        DialogDomain.Friendships => "Friendships",
        DialogDomain.PartnerFamily => "Partner/family",
        DialogDomain.PersonalSafety => "Personal safety",
        DialogDomain.Medication => "Medication",
        DialogDomain.PracticalHelp => "Practical help",
        DialogDomain.Consultations => "Consultations",
        _ => throw new ArgumentOutOfRangeException(nameof(domain), domain, "Not a DIALOG item."),
    };

    /// <inheritdoc/>
    private protected override void Draw(Plot plot, PixelSize size)
    {
        // Rows from the top: eight life domains, a gap, three treatment aspects.
        double Row(int i) => i < 8 ? 12 - i : 11 - i;
        var ticks = new List<(double, string)>();
        for (int i = 0; i < Domains.Length; i++)
        {
            DialogDomainRatings r = Domains[i];
            double y = Row(i);
            ticks.Add((y, Name(r.Domain)));
            if (r.FirstMean is { } a && r.SecondMean is { } b)
            {
                var link = plot.Add.Line(a, y, b, y);
                link.LineColor = Palette.Grey;
                link.LineWidth = 3;
                link.MarkerSize = 0;
            }
        }

        AddOccasion(plot, Domains.Select((r, i) => (r.FirstMean, Row(i))), Palette.Orange, MarkerShape.OpenCircle);
        AddOccasion(plot, Domains.Select((r, i) => (r.SecondMean, Row(i))), Palette.Blue, MarkerShape.FilledCircle);
        plot.Add.HorizontalLine(4, 1, Palette.Grey, LinePattern.Dotted);
        AddGroupLabel(plot, "Life domains (quality of life)", 12.65);
        AddGroupLabel(plot, "Treatment aspects (satisfaction)", 3.65);

        LegendEntry(plot, $"{FirstLabel} ({Format(FirstResponses)})", marker: MarkerShape.OpenCircle, markerColor: Palette.Orange, markerSize: 12);
        LegendEntry(plot, $"{SecondLabel} ({Format(SecondResponses)})", marker: MarkerShape.FilledCircle, markerColor: Palette.Blue, markerSize: 12);

        plot.Axes.Left.SetTicks([.. ticks.Select(t => t.Item1)], [.. ticks.Select(t => t.Item2)]);
        plot.Axes.Bottom.SetTicks([1, 2, 3, 4, 5, 6, 7], ["1", "2", "3", "4", "5", "6", "7"]);
        plot.Axes.SetLimits(0.7, 7.3, 0.4, 13.2);
        plot.XLabel("Mean satisfaction rating (1 = totally dissatisfied, 7 = totally satisfied)");
        plot.ShowLegend(Edge.Bottom);
    }

    private static void AddOccasion(Plot plot, IEnumerable<(double? Mean, double Y)> rows, Color colour, MarkerShape shape)
    {
        (double X, double Y)[] points = [.. rows.Where(r => r.Mean is not null).Select(r => (r.Mean!.Value, r.Y))];
        if (points.Length == 0)
        {
            return;
        }

        var marks = plot.Add.ScatterPoints(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
        marks.MarkerShape = shape;
        marks.MarkerSize = 12;
        marks.MarkerColor = colour;
        marks.MarkerLineWidth = 2.5f;
    }

    private static void AddGroupLabel(Plot plot, string text, double y)
    {
        var label = plot.Add.Text(text, 0.75, y);
        label.LabelFontSize = 13;
        label.LabelFontColor = Palette.DarkGrey;
        label.LabelAlignment = Alignment.MiddleLeft;
    }

    private static (double? Mean, int Count) Mean(DialogResponse[] responses, DialogDomain domain)
    {
        int[] ratings = [.. responses.Select(r => r.RatingOf(domain).Value).OfType<int>()];
        return ratings.Length == 0 ? (null, 0) : (ratings.Average(), ratings.Length);
    }
}
