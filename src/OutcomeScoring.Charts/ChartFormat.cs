namespace OutcomeScoring.Charts;

/// <summary>The image format a <see cref="Chart"/> is rendered to.</summary>
public enum ChartFormat
{
    /// <summary>A PNG bitmap (image/png), for documents, slides and e-mail.</summary>
    Png = 1,

    /// <summary>Scalable vector graphics (image/svg+xml), for web pages and print; text stays text.</summary>
    Svg = 2,
}
