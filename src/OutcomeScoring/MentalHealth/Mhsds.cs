using System.Collections.Immutable;
using OutcomeScoring.Change;
using OutcomeScoring.Internal;

namespace OutcomeScoring.MentalHealth;

/// <summary>
/// The Mental Health Services Data Set's shape: one coded score per row (<c>CodedAssToolType</c>, the SNOMED CT concept id;
/// <c>PersScore</c>, the score on the scale the concept stands for). Out: a scored form as such rows (<see cref="Scores"/>),
/// from the codes its definition declares. In: a long table of such rows as the administrations of one score
/// (<see cref="Administrations"/>), for the cohort and change rules. Source of every code, range and conversion:
/// specs/mental-health-proms.md, section 1 (NHS Digital and NHS England MHSDS SNOMED CT reference data).
/// </summary>
/// <remarks>
/// <para>Each score, item or stage exports under its first SNOMED CT code (the preferred, newer concept where a definition
/// has two) and is read under any of them ("accept both on input"). Values: a code for the clinical score gives the clinical
/// score (CORE-10 and YP-CORE 0-40, PHQ-9's total); one for an item sum gives the sum of the keyed items (the CORE-OM domains:
/// wellbeing 0-16, problems 0-48, functioning 0-48, risk 0-24), a prorated one only as the caller chooses
/// (<see cref="ProratedItemSums"/>); an item code gives the answer as given (HoNOS scales, GBO goals, DIALOG items); a stage
/// code its value. A score that is not computable, or an item not answered, gives no row.</para>
/// <para>Pairing a person's first and last assessment is a cohort rule, not a scoring rule (the sheet, section 11):
/// <see cref="Episodes.Pair"/> takes the administrations read here.</para>
/// </remarks>
public static class Mhsds
{
    /// <summary>
    /// The coded scores of one scored form: for each score, item and stage with a SNOMED CT code, its value under its first such
    /// code (see the remarks of <see cref="Mhsds"/>).
    /// </summary>
    /// <param name="result">The scored form.</param>
    /// <param name="answers">The form's answers as scored, in item order (item codes export them as given).</param>
    /// <param name="prorated">How a prorated score with an item-sum code is exported; by default not at all.</param>
    /// <returns>Scores first (in definition order), then items, then stages.</returns>
    /// <exception cref="ArgumentException"><paramref name="answers"/> does not have one answer per item of the result's instrument.</exception>
    public static ImmutableArray<CodedScore> Scores(in InstrumentResult result, ReadOnlySpan<Answer> answers, ProratedItemSums prorated = ProratedItemSums.LeaveOut)
    {
        Instrument instrument = result.Instrument;
        if (answers.Length != instrument.Items.Length)
        {
            throw new ArgumentException($"{instrument.Name} has {instrument.Items.Length} items; {answers.Length} answers were given.", nameof(answers));
        }

        var rows = ImmutableArray.CreateBuilder<CodedScore>();
        for (int s = 0; s < instrument.Scores.Length; s++)
        {
            if (Preferred(instrument.Scores[s].Codes) is { } code && Value(result[s], code.Value, prorated) is { } value)
            {
                rows.Add(new CodedScore(code, instrument.Scores[s].Id, value));
            }
        }

        for (int i = 0; i < instrument.Items.Length; i++)
        {
            if (Preferred(instrument.Items[i].Codes) is { } code && answers[i].Value is { } answer)
            {
                rows.Add(new CodedScore(code, $"item{instrument.Items[i].Number}", answer));
            }
        }

        for (int k = 0; k < instrument.Stages.Length; k++)
        {
            StageResult stage = result.Stage(k);
            if (Preferred(instrument.Stages[k].Codes) is { } code && stage.IsComputable && stage[0] is { } value)
            {
                rows.Add(new CodedScore(code, instrument.Stages[k].Id, value));
            }
        }

        return rows.ToImmutable();
    }

    /// <summary>
    /// The administrations of one score read from a long table of coded assessments: the rows whose concept id is any of the
    /// score's SNOMED CT codes, each score converted to the score's clinical scale (the scale of change thresholds and cut-offs:
    /// an item sum divided by the item count and multiplied by the clinical multiplier; a mean multiplied by it), in the order
    /// given. Rows of other concepts are left out.
    /// </summary>
    /// <param name="rows">The long table (any tools, any order).</param>
    /// <param name="instrument">The instrument.</param>
    /// <param name="scoreId">The score; by default the instrument's primary score.</param>
    /// <returns>One administration per matching row, for <see cref="Episodes.Pair"/> and <see cref="Cohorts.Cohort"/>.</returns>
    /// <exception cref="ArgumentException">The score has no SNOMED CT code (it cannot be found in MHSDS), or is not a score of the instrument.</exception>
    public static ImmutableArray<Administration> Administrations(IEnumerable<CodedAssessment> rows, Instrument instrument, string? scoreId = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(instrument);
        ScoreDefinition score = scoreId is null ? instrument.Scores[instrument.PrimaryScoreIndex] : instrument.Scores[instrument.IndexOfScore(scoreId)];
        Dictionary<string, CodedValue> codes = score.Codes.Where(c => c.System == PublicCode.SnomedCt).ToDictionary(c => c.Code, c => c.Value, StringComparer.Ordinal);
        if (codes.Count == 0)
        {
            throw new ArgumentException($"{instrument.Name}'s score '{score.Id}' has no SNOMED CT code, so MHSDS does not hold it (specs/mental-health-proms.md, section 1).", nameof(scoreId));
        }

        var administrations = ImmutableArray.CreateBuilder<Administration>();
        foreach (CodedAssessment row in rows)
        {
            if (codes.TryGetValue(row.Code.Trim(), out CodedValue kind))
            {
                double? clinical = row.Score is not { } value ? null : kind switch
                {
                    CodedValue.ItemSum => value / score.Items.Length * instrument.ClinicalMultiplier,
                    CodedValue.Mean => value * instrument.ClinicalMultiplier,
                    _ => value,
                };
                administrations.Add(new Administration(row.Person, row.Episode, row.Date, clinical) { Team = row.Team });
            }
        }

        return administrations.ToImmutable();
    }

    /// <summary>
    /// Whether a text is a well-formed SNOMED CT identifier: 6 to 18 digits, the last its Verhoeff check digit (SNOMED CT
    /// Technical Reference Guide). The sheet's warning: spreadsheets round 16-digit ids (1034351000000101 becomes
    /// 1034351000000100), and such ids fail this check.
    /// </summary>
    /// <param name="conceptId">The id as text.</param>
    /// <returns>Whether it is well formed (not whether the concept exists).</returns>
    public static bool IsWellFormedConceptId(string? conceptId) =>
        conceptId is { Length: >= 6 and <= 18 } && conceptId.All(char.IsAsciiDigit) && Verhoeff.IsValid(conceptId);

    private static PublicCode? Preferred(ImmutableArray<PublicCode> codes)
    {
        foreach (PublicCode code in codes)
        {
            if (code.System == PublicCode.SnomedCt)
            {
                return code;
            }
        }

        return null;
    }

    private static double? Value(in Score score, CodedValue kind, ProratedItemSums prorated) => kind switch
    {
        CodedValue.ClinicalScore => score.ClinicalScore,
        CodedValue.Mean => score.Mean,
        CodedValue.ItemSum when score.IsProrated && prorated == ProratedItemSums.LeaveOut => null,
        CodedValue.ItemSum when score.IsProrated => score.Mean * score.Definition.Items.Length,
        // A complete sum of whole answers is whole: rounding removes the mean's division error.
        CodedValue.ItemSum => score.Mean is { } mean ? Math.Round(mean * score.ItemsAnswered) : null,
        _ => null,
    };
}
