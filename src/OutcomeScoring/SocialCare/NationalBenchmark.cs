namespace OutcomeScoring.SocialCare;

/// <summary>A published national mean of a survey measure for one survey year, with its source.</summary>
/// <param name="Period">The survey year as published (for example "2018-19").</param>
/// <param name="Mean">The national mean on the measure's own scale (ASCOF 1D: 0-12).</param>
/// <param name="Source">Where the figure comes from.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record NationalBenchmark(string Period, double Mean, string Source);
