using System.Collections.Immutable;
using OutcomeScoring.Change;
using ScottPlot;

namespace OutcomeScoring.Charts;

/// <summary>
/// The Jacobson plot of change over an episode of care: each person's baseline score (across) against their
/// follow-up score (up), with the no-change diagonal, the band inside which change is not reliable, the clinical
/// cut-off on both axes, and points coloured and shaped by outcome (recovered, improved, no reliable change,
/// deteriorated), with the count of each in the legend.
/// </summary>
/// <remarks>
/// <para>
/// Sources: Jacobson and Truax 1991 (J Consult Clin Psychol 59:12-19); Evans, Margison and Barkham 1998
/// (Evidence-Based Mental Health 1:70-72), who drew these plots for CORE data. The outcomes are the pairs' own
/// (<see cref="ChangePair.Outcome"/>), so they agree with the classification even when cut-offs differ by person
/// (YP-CORE): the cut-off lines drawn are those of <see cref="Criteria"/>, and none are drawn when it has none.
/// Pairs without both scores are counted in the legend, not drawn.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class JacobsonPlot : Chart
{
    private static readonly (ChangeOutcome Outcome, string Name, Color Colour, MarkerShape Shape)[] Styles =
    [
        (ChangeOutcome.Recovered, "Recovered", Palette.BluishGreen, MarkerShape.FilledCircle),
        (ChangeOutcome.Improved, "Improved", Palette.Blue, MarkerShape.FilledTriangleDown),
        (ChangeOutcome.Unchanged, "No reliable change", Palette.Grey, MarkerShape.OpenCircle),
        (ChangeOutcome.Deteriorated, "Deteriorated", Palette.Vermillion, MarkerShape.FilledTriangleUp),
    ];

    /// <summary>Creates the plot of classified pairs.</summary>
    /// <param name="pairs">The pairs, as classified by <paramref name="criteria"/> (<see cref="ChangeCriteria.Classify"/>).</param>
    /// <param name="criteria">The criteria the pairs were classified with: direction, reliable change threshold, cut-off.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> or <paramref name="criteria"/> is <see langword="null"/>.</exception>
    public JacobsonPlot(IEnumerable<ChangePair> pairs, ChangeCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(criteria);
        Pairs = [.. pairs];
        Criteria = criteria;
        Title = "Change from baseline to follow-up";
    }

    /// <summary>Gets the pairs, in the order given.</summary>
    public ImmutableArray<ChangePair> Pairs { get; }

    /// <summary>Gets the criteria the pairs were classified with.</summary>
    public ChangeCriteria Criteria { get; }

    /// <summary>Gets the name of the score on both axes, with its range, for example "CORE-10 clinical score (0-40)".</summary>
    public string ScoreName { get; init; } = "Score";

    /// <summary>Gets what the first occasion is called on the horizontal axis (default "Baseline").</summary>
    public string BaselineLabel { get; init; } = "Baseline";

    /// <summary>Gets what the second occasion is called on the vertical axis (default "Follow-up").</summary>
    public string FollowUpLabel { get; init; } = "Follow-up";

    /// <summary>Gets the lowest value on both axes, or <see langword="null"/> to fit the data and the cut-off.</summary>
    public double? ScaleMinimum { get; init; }

    /// <summary>Gets the highest value on both axes, or <see langword="null"/> to fit the data and the cut-off.</summary>
    public double? ScaleMaximum { get; init; }

    /// <summary>Gets how many pairs could not be drawn because a score is missing.</summary>
    public int NotComputable => Pairs.Count(p => !p.IsComputable);

    /// <inheritdoc/>
    public override string Description
    {
        get
        {
            int drawn = Pairs.Length - NotComputable;
            string counts = string.Join(", ", Styles.Select(s => $"{Count(s.Outcome)} {s.Name.ToLowerInvariant()}"));
            string cutoff = Criteria.ClinicalCutoff is { } c ? $", clinical cut-off {Format(c, "0.##")}" : ", no clinical cut-off";
            return $"Jacobson plot of {Format(drawn)} people's {ScoreName} at {BaselineLabel.ToLowerInvariant()} and {FollowUpLabel.ToLowerInvariant()}: {counts}"
                + $" (reliable change {Format(Criteria.ReliableChange.Threshold, "0.#")} points{cutoff}; {(Criteria.Direction == ScoreDirection.LowerIsBetter ? "lower" : "higher")} is better)"
                + (NotComputable > 0 ? $"; {Format(NotComputable)} without both scores not shown." : ".");
        }
    }

    /// <summary>Creates the plot for an instrument's primary clinical score with its published criteria (for example CORE-10: 6 points, cut-off 11).</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="pairs">The pairs, classified with <see cref="ChangeCriteria.For"/>.</param>
    /// <returns>The plot, with the axes named after the instrument and spanning its clinical range.</returns>
    /// <exception cref="ArgumentException">The instrument publishes no reliable change threshold.</exception>
    public static JacobsonPlot For(Instrument instrument, IEnumerable<ChangePair> pairs)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return For(instrument, pairs, ChangeCriteria.For(instrument));
    }

    /// <summary>Creates the plot for an instrument's primary clinical score with the caller's criteria (for example YP-CORE with a computed reliable change index).</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="pairs">The pairs, classified with <paramref name="criteria"/>.</param>
    /// <param name="criteria">The criteria.</param>
    /// <returns>The plot, with the axes named after the instrument and spanning its clinical range.</returns>
    public static JacobsonPlot For(Instrument instrument, IEnumerable<ChangePair> pairs, ChangeCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        double low = instrument.Scale.Minimum * instrument.ClinicalMultiplier, high = instrument.Scale.Maximum * instrument.ClinicalMultiplier;
        return new JacobsonPlot(pairs, criteria)
        {
            ScoreName = $"{instrument.Name} {(instrument.ClinicalMultiplier == 1 ? "score" : "clinical score")} ({Format(low, "0.##")}-{Format(high, "0.##")})",
            ScaleMinimum = low,
            ScaleMaximum = high,
        };
    }

    /// <summary>Counts the drawn pairs with an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>How many pairs have it.</returns>
    public int Count(ChangeOutcome outcome) => Pairs.Count(p => p.Outcome == outcome);

    /// <inheritdoc/>
    private protected override void Draw(Plot plot, PixelSize size)
    {
        ChangePair[] drawn = [.. Pairs.Where(p => p.IsComputable)];
        double threshold = Criteria.ReliableChange.Threshold;
        (double low, double high) = Range(drawn);

        // The band of no reliable change around the diagonal, its edges, and the diagonal itself.
        Coordinates[] band = [new(low, low - threshold), new(high, high - threshold), new(high, high + threshold), new(low, low + threshold)];
        var polygon = plot.Add.Polygon(band);
        polygon.FillColor = Palette.LightGrey.WithAlpha(0.8);
        polygon.LineWidth = 0;
        foreach (double offset in (double[])[threshold, -threshold])
        {
            var edge = plot.Add.Line(low, low + offset, high, high + offset);
            edge.LineColor = Palette.DarkGrey;
            edge.LinePattern = LinePattern.Dashed;
            edge.LineWidth = 1.5f;
            edge.MarkerSize = 0;
        }

        var diagonal = plot.Add.Line(low, low, high, high);
        diagonal.LineColor = Palette.DarkGrey;
        diagonal.LineWidth = 2;
        diagonal.MarkerSize = 0;

        if (Criteria.ClinicalCutoff is { } cutoff)
        {
            plot.Add.VerticalLine(cutoff, 2, Palette.Ink, LinePattern.Dotted);
            plot.Add.HorizontalLine(cutoff, 2, Palette.Ink, LinePattern.Dotted);
        }

        foreach ((ChangeOutcome outcome, string name, Color colour, MarkerShape shape) in Styles)
        {
            ChangePair[] these = [.. drawn.Where(p => p.Outcome == outcome)];
            if (these.Length > 0)
            {
                var points = plot.Add.ScatterPoints(these.Select(p => p.Baseline!.Value).ToArray(), these.Select(p => p.FollowUp!.Value).ToArray());
                points.MarkerShape = shape;
                points.MarkerSize = 10;
                points.MarkerColor = colour.WithAlpha(0.85);
                points.MarkerLineWidth = 1.5f;
            }

            LegendEntry(plot, $"{name}: {Format(these.Length)}", marker: shape, markerColor: colour);
        }

        LegendEntry(plot, "No change (same score)", line: Palette.DarkGrey);
        LegendEntry(plot, $"Reliable change band (\u00B1{Format(threshold, "0.##")})", line: Palette.DarkGrey, pattern: LinePattern.Dashed, lineWidth: 1.5f);
        if (Criteria.ClinicalCutoff is { } c)
        {
            LegendEntry(plot, $"Clinical cut-off ({Format(c, "0.##")})", line: Palette.Ink, pattern: LinePattern.Dotted);
        }

        if (NotComputable > 0)
        {
            LegendEntry(plot, $"Not shown: {Format(NotComputable)} without both scores");
        }

        // Which side of the diagonal is better, in words, in the two empty corners.
        bool lowerBetter = Criteria.Direction == ScoreDirection.LowerIsBetter;
        double inset = (high - low) * 0.02;
        AddCornerNote(plot, "Better at " + FollowUpLabel.ToLowerInvariant(), lowerBetter ? new Coordinates(high - inset, low + inset) : new Coordinates(low + inset, high - inset), lowerBetter ? Alignment.LowerRight : Alignment.UpperLeft);
        AddCornerNote(plot, "Worse at " + FollowUpLabel.ToLowerInvariant(), lowerBetter ? new Coordinates(low + inset, high - inset) : new Coordinates(high - inset, low + inset), lowerBetter ? Alignment.UpperLeft : Alignment.LowerRight);

        // Round-number ticks, the same on both axes (every 5 points on a 0-40 scale).
        double span = high - low, step = span <= 8 ? 1 : span <= 20 ? 2 : span <= 50 ? 5 : span <= 100 ? 10 : Math.Pow(10, Math.Floor(Math.Log10(span / 4)));
        double[] ticks = [.. Enumerable.Range(0, (int)(span / step) + 2).Select(i => (Math.Ceiling(low / step) + i) * step).Where(t => t <= high + 1e-9)];
        plot.Axes.Bottom.SetTicks(ticks, [.. ticks.Select(t => Format(t, "0.##"))]);
        plot.Axes.Left.SetTicks(ticks, [.. ticks.Select(t => Format(t, "0.##"))]);
        plot.Axes.SetLimits(low, high, low, high);
        plot.XLabel($"{BaselineLabel}: {ScoreName}");
        plot.YLabel($"{FollowUpLabel}: {ScoreName}");
        plot.ShowLegend(Edge.Right);
    }

    private static void AddCornerNote(Plot plot, string text, Coordinates at, Alignment alignment)
    {
        var note = plot.Add.Text(text, at);
        note.LabelFontSize = 13;
        note.LabelFontColor = Palette.DarkGrey;
        note.LabelAlignment = alignment;
    }

    private (double Low, double High) Range(ChangePair[] drawn)
    {
        double low = ScaleMinimum ?? double.PositiveInfinity, high = ScaleMaximum ?? double.NegativeInfinity;
        if (ScaleMinimum is null || ScaleMaximum is null)
        {
            IEnumerable<double> values = drawn.SelectMany(p => new[] { p.Baseline!.Value, p.FollowUp!.Value });
            if (Criteria.ClinicalCutoff is { } cutoff)
            {
                values = values.Append(cutoff);
            }

            double[] all = [.. values];
            double min = all.Length > 0 ? all.Min() : 0, max = all.Length > 0 ? all.Max() : 1;
            double pad = Math.Max((max - min) * 0.05, 0.5);
            low = ScaleMinimum ?? min - pad;
            high = ScaleMaximum ?? max + pad;
        }

        if (!(high > low))
        {
            high = low + 1;
        }

        return (low, high);
    }
}
