namespace OutcomeScoring.Comparison;

/// <summary>A segment's centre, process limits and near-limit band edges.</summary>
internal readonly record struct XmrLimits(double Centre, double Lower, double Upper, double LowerNear, double UpperNear);

/// <summary>
/// The four Making Data Count special-cause rules over one segment, resolved by precedence 1 &gt; 2 &gt; 3 &gt; 4.
/// Sources: NHS England, "Making Data Count"; NHSRplotthedots (nhs-r-community, MIT).
/// </summary>
internal static class XmrRules
{
    /// <summary>The run length for rules 2 (trend) and 4 (shift).</summary>
    public const int RunLength = 7;

    /// <summary>Fills, for each point of the segment, the winning rule and its side, reading rule 3 as <paramref name="twoOfThree"/> says.</summary>
    public static void Apply(ReadOnlySpan<SpcObservation> points, XmrLimits limits, Span<SpecialCauseRule> rules, Span<SpecialCauseSide> sides, TwoOfThreeReading twoOfThree)
    {
        rules.Clear();
        sides.Clear();

        // Rules are written from the lowest precedence up, so a higher-precedence rule overwrites.
        Shift(points, limits.Centre, rules, sides);
        if (twoOfThree == TwoOfThreeReading.WithinLimitsSameSide)
        {
            TwoOfThreeWithinLimits(points, limits, rules, sides);
        }
        else
        {
            TwoOfThree(points, limits, rules, sides);
        }

        Trend(points, rules, sides);
        for (int i = 0; i < points.Length; i++)
        {
            double y = points[i].Value;
            if (y > limits.Upper || y < limits.Lower)
            {
                Set(rules, sides, i, SpecialCauseRule.OutsideLimits, y > limits.Upper ? SpecialCauseSide.High : SpecialCauseSide.Low);
            }
        }
    }

    /// <summary>Rule 4: runs of 7 or more points strictly on one side of the centre; a point on the centre breaks the run.</summary>
    private static void Shift(ReadOnlySpan<SpcObservation> points, double centre, Span<SpecialCauseRule> rules, Span<SpecialCauseSide> sides)
    {
        int runStart = 0;
        for (int i = 1; i <= points.Length; i++)
        {
            int side = Math.Sign(points[runStart].Value - centre);
            if (i < points.Length && side != 0 && Math.Sign(points[i].Value - centre) == side)
            {
                continue;
            }

            if (side != 0 && i - runStart >= RunLength)
            {
                for (int j = runStart; j < i; j++)
                {
                    Set(rules, sides, j, SpecialCauseRule.Shift, side > 0 ? SpecialCauseSide.High : SpecialCauseSide.Low);
                }
            }

            runStart = i;
        }
    }

    /// <summary>
    /// Rule 3 as NHSRplotthedots reads it (ptd_two_in_three): in any 3 consecutive points all strictly on one side of the
    /// centre, 2 or more near a limit, between the near-limit edge and the limit (a point beyond the limit is rule 1's);
    /// the near points are flagged.
    /// </summary>
    private static void TwoOfThreeWithinLimits(ReadOnlySpan<SpcObservation> points, XmrLimits limits, Span<SpecialCauseRule> rules, Span<SpecialCauseSide> sides)
    {
        bool Near(double y) => (y > limits.UpperNear && y <= limits.Upper) || (y < limits.LowerNear && y >= limits.Lower);
        for (int w = 0; w + 3 <= points.Length; w++)
        {
            int side = Math.Sign(points[w].Value - limits.Centre), near = 0;
            for (int j = w; j < w + 3; j++)
            {
                side = Math.Sign(points[j].Value - limits.Centre) == side ? side : 0;
                near += Near(points[j].Value) ? 1 : 0;
            }

            for (int j = w; j < w + 3 && side != 0 && near >= 2; j++)
            {
                if (Near(points[j].Value))
                {
                    Set(rules, sides, j, SpecialCauseRule.TwoOfThreeNearLimit, side > 0 ? SpecialCauseSide.High : SpecialCauseSide.Low);
                }
            }
        }
    }

    /// <summary>
    /// Rule 3 read as <see cref="TwoOfThreeReading.BeyondNearEdge"/>: in any 3 consecutive points, 2 or more beyond the same near-limit edge (beyond 2/3 of the way from the
    /// centre to the limit, points outside the limit included); the points beyond the edge are flagged.
    /// </summary>
    private static void TwoOfThree(ReadOnlySpan<SpcObservation> points, XmrLimits limits, Span<SpecialCauseRule> rules, Span<SpecialCauseSide> sides)
    {
        for (int w = 0; w + 3 <= points.Length; w++)
        {
            int high = 0, low = 0;
            for (int j = w; j < w + 3; j++)
            {
                high += points[j].Value > limits.UpperNear ? 1 : 0;
                low += points[j].Value < limits.LowerNear ? 1 : 0;
            }

            for (int j = w; j < w + 3; j++)
            {
                if (high >= 2 && points[j].Value > limits.UpperNear)
                {
                    Set(rules, sides, j, SpecialCauseRule.TwoOfThreeNearLimit, SpecialCauseSide.High);
                }
                else if (low >= 2 && points[j].Value < limits.LowerNear)
                {
                    Set(rules, sides, j, SpecialCauseRule.TwoOfThreeNearLimit, SpecialCauseSide.Low);
                }
            }
        }
    }

    /// <summary>
    /// Rule 2: runs of 7 or more points each strictly above (or each strictly below) the one before; an equal neighbour
    /// breaks the run. A point ending one trend and starting the opposite one is a peak (high) or a trough (low).
    /// </summary>
    private static void Trend(ReadOnlySpan<SpcObservation> points, Span<SpecialCauseRule> rules, Span<SpecialCauseSide> sides)
    {
        int runStart = 0;
        int direction = 0;
        for (int i = 1; i <= points.Length; i++)
        {
            int step = i < points.Length ? Math.Sign(points[i].Value - points[i - 1].Value) : 0;
            if (i < points.Length && step != 0 && (direction == 0 || step == direction))
            {
                direction = step;
                continue;
            }

            // The run runStart..i-1 (monotone in `direction`) has ended.
            if (direction != 0 && i - runStart >= RunLength)
            {
                SpecialCauseSide side = direction > 0 ? SpecialCauseSide.High : SpecialCauseSide.Low;
                for (int j = runStart; j < i; j++)
                {
                    bool turningPoint = j == runStart && rules[j] == SpecialCauseRule.Trend;
                    if (!turningPoint)
                    {
                        Set(rules, sides, j, SpecialCauseRule.Trend, side);
                    }
                }
            }

            // A reversal starts the next run at the last point of this one; a tie starts it at the current point.
            runStart = step != 0 ? i - 1 : i;
            direction = step;
        }
    }

    private static void Set(Span<SpecialCauseRule> rules, Span<SpecialCauseSide> sides, int i, SpecialCauseRule rule, SpecialCauseSide side)
    {
        rules[i] = rule;
        sides[i] = side;
    }
}
