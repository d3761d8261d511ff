namespace OutcomeScoring.FriendsAndFamily;

/// <summary>The two Friends and Family Test questions (NHS England FFT pages).</summary>
public enum FftQuestion
{
    /// <summary>From 1 April 2020: "Overall, how was your experience of our service?" (Very good ... Very poor, Don't know).</summary>
    Experience2020 = 2020,

    /// <summary>April 2013 to March 2020: "How likely are you to recommend ...?" (Extremely likely ... Extremely unlikely, Don't know).</summary>
    Recommend2013 = 2013,
}

/// <summary>
/// An FFT answer by its position on the scale, the same six positions for both questions: 1 the most positive
/// (Very good / Extremely likely) to 5 the most negative (Very poor / Extremely unlikely), and 6 Don't know.
/// </summary>
public enum FftAnswer
{
    /// <summary>Very good (2020 question) / Extremely likely (2013 question).</summary>
    VeryGood = 1,

    /// <summary>Good / Likely.</summary>
    Good = 2,

    /// <summary>Neither good nor poor / Neither likely nor unlikely.</summary>
    Neither = 3,

    /// <summary>Poor / Unlikely.</summary>
    Poor = 4,

    /// <summary>Very poor / Extremely unlikely.</summary>
    VeryPoor = 5,

    /// <summary>Don't know (both questions).</summary>
    DontKnow = 6,
}
