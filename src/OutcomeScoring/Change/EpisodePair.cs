namespace OutcomeScoring.Change;

/// <summary>An episode's baseline and follow-up: the first and last computable scores by date.</summary>
public sealed record EpisodePair
{
    internal EpisodePair(
        string person,
        string? episode,
        DateOnly? baselineDate,
        double? baseline,
        DateOnly? followUpDate,
        double? followUp,
        int? baselinePosition,
        int? followUpPosition,
        int administrations,
        int computableScores,
        EpisodeStatus status)
    {
        Person = person;
        Episode = episode;
        BaselineDate = baselineDate;
        Baseline = baseline;
        FollowUpDate = followUpDate;
        FollowUp = followUp;
        BaselinePosition = baselinePosition;
        FollowUpPosition = followUpPosition;
        Administrations = administrations;
        ComputableScores = computableScores;
        Status = status;
    }

    /// <summary>Gets the person.</summary>
    public string Person { get; }

    /// <summary>Gets the episode, or <see langword="null"/>.</summary>
    public string? Episode { get; }

    /// <summary>Gets the date of the first computable score, or <see langword="null"/>.</summary>
    public DateOnly? BaselineDate { get; }

    /// <summary>Gets the first computable score, or <see langword="null"/>.</summary>
    public double? Baseline { get; }

    /// <summary>Gets the date of the last computable score (when it is not the baseline), or <see langword="null"/>.</summary>
    public DateOnly? FollowUpDate { get; }

    /// <summary>Gets the last computable score (when it is not the baseline), or <see langword="null"/>.</summary>
    public double? FollowUp { get; }

    /// <summary>Gets the position of the baseline's administration in the sequence given to <see cref="Episodes.Pair"/>, or <see langword="null"/>.</summary>
    public int? BaselinePosition { get; }

    /// <summary>Gets the position of the follow-up's administration in the sequence given to <see cref="Episodes.Pair"/>, or <see langword="null"/>.</summary>
    public int? FollowUpPosition { get; }

    /// <summary>Gets how many administrations the episode has.</summary>
    public int Administrations { get; }

    /// <summary>Gets how many of them have a computable score.</summary>
    public int ComputableScores { get; }

    /// <summary>Gets whether the episode is paired, has a single score, or none.</summary>
    public EpisodeStatus Status { get; }
}
