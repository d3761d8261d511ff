using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace OutcomeScoring.Charts.Reports;

/// <summary>Whether a <see cref="ReportSection"/> has its figures.</summary>
public enum ReportSectionStatus
{
    /// <summary>The section was built from its inputs.</summary>
    Complete = 1,

    /// <summary>An input the section needs is not there; the section says which.</summary>
    MissingInput = 2,

    /// <summary>The input is there but could not be used; the section says why.</summary>
    Unusable = 3,
}

/// <summary>
/// One section of an <see cref="HtmlReport"/>: a title, a one-line summary for the contents, and its blocks
/// (paragraphs, tables, figures, notices, method notes and sources). A report is a list of sections, so a new
/// kind of section (for example an integration index) is added by building one more.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial class ReportSection
{
    /// <summary>Creates a section.</summary>
    /// <param name="id">A short identifier, used as the section's anchor: lower-case letters, digits and hyphens (for example "core-10").</param>
    /// <param name="title">The section title.</param>
    /// <param name="blocks">Its content, in order.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not lower-case letters, digits and hyphens.</exception>
    public ReportSection(string id, string title, IEnumerable<ReportBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(blocks);
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"The section id '{id}' must be lower-case letters, digits and hyphens, starting with a letter.", nameof(id));
        }

        Id = id;
        Title = title;
        Blocks = [.. blocks];
        if (Blocks.Any(b => b is null))
        {
            throw new ArgumentNullException(nameof(blocks), $"Section '{id}' has a null block.");
        }
    }

    /// <summary>Gets the identifier (the anchor in the report).</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the content.</summary>
    public ImmutableArray<ReportBlock> Blocks { get; }

    /// <summary>Gets the one-line summary shown in the report's contents, or <see langword="null"/>.</summary>
    public string? Summary { get; init; }

    /// <summary>Gets whether the section has its figures, or why not.</summary>
    public ReportSectionStatus Status { get; init; } = ReportSectionStatus.Complete;

    /// <summary>Creates a section that says an input is missing, instead of failing the report.</summary>
    /// <param name="id">The section's identifier.</param>
    /// <param name="title">The section's title.</param>
    /// <param name="message">What is missing and what to provide, for example "No core10.csv in the folder: ...".</param>
    /// <returns>The section, with <see cref="ReportSectionStatus.MissingInput"/>.</returns>
    public static ReportSection Missing(string id, string title, string message) =>
        new(id, title, [new ReportNotice(ReportNoticeKind.MissingInput, message)]) { Summary = "Not included: " + FirstSentence(message), Status = ReportSectionStatus.MissingInput };

    /// <summary>Creates a section that says an input could not be used, instead of failing the report.</summary>
    /// <param name="id">The section's identifier.</param>
    /// <param name="title">The section's title.</param>
    /// <param name="message">What is wrong with the input.</param>
    /// <returns>The section, with <see cref="ReportSectionStatus.Unusable"/>.</returns>
    public static ReportSection Unusable(string id, string title, string message) =>
        new(id, title, [new ReportNotice(ReportNoticeKind.MissingInput, message)]) { Summary = "Not included: " + FirstSentence(message), Status = ReportSectionStatus.Unusable };

    private static string FirstSentence(string text)
    {
        int end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
