using ScottPlot;

namespace OutcomeScoring.Charts;

/// <summary>
/// The colours charts use. Categories take the Okabe-Ito palette, distinguishable with the common forms of
/// colour blindness (Okabe and Ito 2008, "Color Universal Design"); SPC signals take the Making Data Count
/// colours (NHS England; as NHSRplotthedots). Every category also differs by marker shape or line pattern, so
/// charts still read in greyscale.
/// </summary>
internal static class Palette
{
    // Okabe-Ito.
    public static readonly Color Black = Color.FromHex("#000000");
    public static readonly Color Orange = Color.FromHex("#E69F00");
    public static readonly Color SkyBlue = Color.FromHex("#56B4E9");
    public static readonly Color BluishGreen = Color.FromHex("#009E73");
    public static readonly Color Yellow = Color.FromHex("#F0E442");
    public static readonly Color Blue = Color.FromHex("#0072B2");
    public static readonly Color Vermillion = Color.FromHex("#D55E00");
    public static readonly Color ReddishPurple = Color.FromHex("#CC79A7");

    // Neutral greys for reference lines and bands.
    public static readonly Color Grey = Color.FromHex("#999999");
    public static readonly Color DarkGrey = Color.FromHex("#555555");
    public static readonly Color LightGrey = Color.FromHex("#E8E8E8");
    public static readonly Color Ink = Color.FromHex("#222222");

    // Making Data Count (NHS England) icon colours.
    public static readonly Color CommonCause = Color.FromHex("#7B7D7D");
    public static readonly Color Improvement = Color.FromHex("#289DE0");
    public static readonly Color Concern = Color.FromHex("#FAB428");
    public static readonly Color NeutralSpecialCause = Color.FromHex("#361475");
}
