using System.Collections.Immutable;
using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;

namespace OutcomeScoring.Fhir;

/// <summary>Walks a QuestionnaireResponse through a mapping, collecting every answer and every issue.</summary>
internal sealed class ResponseReader
{
    private const int MaximumTextInMessage = 60;

    /// <summary>
    /// The deepest level of nested items read (the response's own items are level 1): the reader recurses once per level, and
    /// an object graph nested 50,000 deep overflowed the stack (issue 21, D13). <see cref="FhirIssueCode.NestedTooDeeply"/> beyond.
    /// </summary>
    internal const int MaximumNesting = 64;

    private readonly QuestionnaireMapping _mapping;
    private readonly Answer[] _answers;
    private readonly bool?[] _help;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly ImmutableArray<FhirIssue>.Builder _issues = ImmutableArray.CreateBuilder<FhirIssue>();

    private ResponseReader(QuestionnaireMapping mapping)
    {
        _mapping = mapping;
        _answers = new Answer[mapping.ItemCount];
        _help = new bool?[mapping.ItemCount];
    }

    public static FhirOutcome<ResponseAnswers> Read(QuestionnaireResponse response, QuestionnaireMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(mapping);
        var reader = new ResponseReader(mapping);
        try
        {
            reader.CheckResponse(response, mapping);
        }
        catch (CodedValidationException e)
        {
            reader.Add(FhirIssueCode.MalformedResponse, null, null, $"The response's status or questionnaire has a value of the wrong type ({e.Message}); the response is not read.");
        }

        reader.ReadItems(response.Item, "item", 1);
        return reader._issues.Count > 0
            ? new FhirOutcome<ResponseAnswers>(reader._issues.ToImmutable())
            : new FhirOutcome<ResponseAnswers>(new ResponseAnswers(mapping, [.. reader._answers], [.. reader._help]));
    }

    private void CheckResponse(QuestionnaireResponse response, QuestionnaireMapping mapping)
    {
        if (response.Status == QuestionnaireResponse.QuestionnaireResponseStatus.EnteredInError)
        {
            Add(FhirIssueCode.EnteredInError, null, "entered-in-error", "The response's status is entered-in-error; it is not read.");
        }

        if (mapping.Questionnaire is { } expected && response.Questionnaire is { } actual
            && !string.Equals(WithoutVersion(expected), WithoutVersion(actual), StringComparison.Ordinal))
        {
            Add(FhirIssueCode.WrongQuestionnaire, null, actual, $"The response answers Questionnaire '{actual}', but the {mapping.InstrumentName} mapping is for '{expected}'.");
        }
    }

    /// <summary>Gives a FHIR value as short text for a message.</summary>
    internal static string Describe(DataType? value) => value switch
    {
        null => "(no value)",
        Integer i => i.Value?.ToString(CultureInfo.InvariantCulture) ?? "(no value)",
        FhirDecimal d => d.Value?.ToString(CultureInfo.InvariantCulture) ?? "(no value)",
        Coding c => $"{c.System}|{c.Code}",
        FhirString s => Shorten(s.Value ?? ""),
        FhirBoolean b => b.Value is { } v ? (v ? "true" : "false") : "(no value)",
        PrimitiveType p => Shorten(p.ToString() ?? ""),
        _ => value.TypeName,
    };

    private static string Shorten(string text) =>
        text.Length <= MaximumTextInMessage ? text : string.Concat(text.AsSpan(0, MaximumTextInMessage), "...");

    private static string WithoutVersion(string canonical)
    {
        int bar = canonical.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? canonical : canonical[..bar];
    }

    private void Add(FhirIssueCode code, string? linkId, string? value, string message) =>
        _issues.Add(new FhirIssue(code, linkId, value, message));

    private void ReadItems(List<QuestionnaireResponse.ItemComponent> items, string path, int level)
    {
        if (items.Count > 0 && level > MaximumNesting)
        {
            Add(
                FhirIssueCode.NestedTooDeeply,
                null,
                null,
                string.Create(CultureInfo.InvariantCulture, $"The response's items nest more than {MaximumNesting} levels deep (at {path}); the items below that depth are not read."));
            return;
        }

        for (int i = 0; i < items.Count; i++)
        {
            string here = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (items[i] is not { } item)
            {
                Add(FhirIssueCode.MissingLinkId, null, null, $"The response item at {here} is null: it has no linkId, so it cannot be matched to an item of {_mapping.InstrumentName}.");
                continue;
            }

            try
            {
                ReadItem(item, here);
                ReadItems(item.Item, here + ".item", level + 1);
                for (int a = 0; a < item.Answer.Count; a++)
                {
                    if (item.Answer[a] is { } answer)
                    {
                        ReadItems(answer.Item, string.Create(CultureInfo.InvariantCulture, $"{here}.answer[{a}].item"), level + 1);
                    }
                }
            }
            catch (CodedValidationException e)
            {
                // A partial result of Firely's reader keeps wrongly typed values and throws when they are read (found by fuzzing).
                Add(FhirIssueCode.MalformedResponse, null, null, $"The response item at {here} has a value of the wrong type ({e.Message}); it is not read.");
            }
        }
    }

    private void ReadItem(QuestionnaireResponse.ItemComponent item, string here)
    {
        string? linkId = item.LinkId;
        if (string.IsNullOrWhiteSpace(linkId))
        {
            Add(FhirIssueCode.MissingLinkId, null, null, $"The response item at {here} has no linkId, so it cannot be matched to an item of {_mapping.InstrumentName}.");
        }
        else if (_mapping.LinkIds.TryGetValue(linkId, out int itemNumber))
        {
            ReadRating(item, linkId, itemNumber);
        }
        else if (_mapping.HelpWantedLinkIds.TryGetValue(linkId, out int helpItem))
        {
            ReadHelp(item, linkId, helpItem);
        }
        else if (_mapping.IgnoredLinkIds.Contains(linkId) || (item.Answer.Count == 0 && item.Item.Count > 0))
        {
            // Deliberately ignored, or a group read through: its child items are read by the caller.
        }
        else
        {
            string? value = item.Answer.Count > 0 ? string.Join("; ", item.Answer.Select(a => Describe(a?.Value))) : null;
            Add(
                FhirIssueCode.UnknownLinkId,
                linkId,
                value,
                $"linkId '{linkId}' is not in the {_mapping.InstrumentName} mapping{(value is null ? "" : $"; its answer {value} was not read")}. Map it, or list it in the mapping's ignored linkIds if it is not an item.");
        }
    }

    private bool FirstOccurrence(string linkId, List<QuestionnaireResponse.AnswerComponent> answers)
    {
        if (_seen.Add(linkId))
        {
            if (answers.Count > 1)
            {
                string values = string.Join(", ", answers.Select(a => Describe(a?.Value)));
                Add(FhirIssueCode.DuplicateAnswer, linkId, values, string.Create(CultureInfo.InvariantCulture, $"linkId '{linkId}' has {answers.Count} answers ({values}); an item takes one answer."));
                return false;
            }

            return true;
        }

        Add(FhirIssueCode.DuplicateAnswer, linkId, null, $"linkId '{linkId}' appears more than once in the response; an item takes one answer.");
        return false;
    }

    private void ReadRating(QuestionnaireResponse.ItemComponent item, string linkId, int itemNumber)
    {
        if (FirstOccurrence(linkId, item.Answer) && item.Answer.Count == 1 && Interpret(linkId, item.Answer[0]?.Value) is { } answer)
        {
            _answers[itemNumber - 1] = answer;
        }
    }

    private Answer? Interpret(string linkId, DataType? value)
    {
        AnswerScheme scheme = _mapping.Answers;
        switch (value)
        {
            case Integer { Value: { } integer } when scheme.AcceptsIntegers:
                return Number(linkId, integer, Describe(value));
            case FhirDecimal { Value: { } number } when scheme.AcceptsDecimals:
                return Whole(linkId, number, Describe(value), "decimal answer");
            case Coding coding:
                return Coded(linkId, coding);
            case FhirString { Value: { } text } when !scheme.Labels.IsEmpty:
                if (scheme.TryReadLabel(text, out Answer labelled))
                {
                    return labelled;
                }

                Add(FhirIssueCode.UnknownAnswerCode, linkId, Shorten(text), $"linkId '{linkId}': the text answer \"{Shorten(text)}\" is not one of the {_mapping.InstrumentName} mapping's labels.");
                return null;
            default:
                Add(
                    FhirIssueCode.WrongAnswerType,
                    linkId,
                    value is null ? null : Describe(value),
                    value is null || (value is PrimitiveType { JsonValue: null })
                        ? $"linkId '{linkId}' has an answer without a value."
                        : $"linkId '{linkId}': an answer of type {value.TypeName} ({Describe(value)}) is not one the {_mapping.InstrumentName} mapping reads; it reads {Accepted()}.");
                return null;
        }
    }

    private string Accepted()
    {
        AnswerScheme scheme = _mapping.Answers;
        var kinds = new List<string>();
        if (scheme.AcceptsIntegers)
        {
            kinds.Add("integer");
        }

        if (scheme.AcceptsDecimals)
        {
            kinds.Add("whole decimal");
        }

        kinds.Add(scheme.AcceptsOrdinalValues ? "Coding (mapped codes, or an ordinalValue extension)" : "Coding (mapped codes)");
        if (!scheme.Labels.IsEmpty)
        {
            kinds.Add("string (mapped labels)");
        }

        return string.Join(", ", kinds);
    }

    private Answer? Coded(string linkId, Coding coding)
    {
        AnswerScheme scheme = _mapping.Answers;
        string text = Describe(coding);
        if (!string.IsNullOrWhiteSpace(coding.System) && !string.IsNullOrWhiteSpace(coding.Code)
            && scheme.Codes.TryGetValue(new AnswerCode(coding.System, coding.Code), out Answer meaning))
        {
            return meaning;
        }

        if (scheme.AcceptsOrdinalValues && coding.GetExtension(FhirCodes.OrdinalValueExtension) is { } extension)
        {
            switch (extension.Value)
            {
                case FhirDecimal { Value: { } ordinal }:
                    return Whole(linkId, ordinal, $"{text} (ordinalValue {ordinal.ToString(CultureInfo.InvariantCulture)})", "ordinal value");
                case Integer { Value: { } ordinal }:
                    return Number(linkId, ordinal, $"{text} (ordinalValue {ordinal.ToString(CultureInfo.InvariantCulture)})");
                default:
                    Add(FhirIssueCode.WrongAnswerType, linkId, text, $"linkId '{linkId}': the ordinalValue extension on {text} holds {Describe(extension.Value)}, not a number.");
                    return null;
            }
        }

        Add(
            FhirIssueCode.UnknownAnswerCode,
            linkId,
            text,
            $"linkId '{linkId}': the coded answer {text} is not in the {_mapping.InstrumentName} mapping{(scheme.AcceptsOrdinalValues ? " and carries no ordinalValue extension" : "")}.");
        return null;
    }

    private Answer? Whole(string linkId, decimal number, string text, string what)
    {
        if (decimal.Truncate(number) != number)
        {
            Add(FhirIssueCode.NotWholeNumber, linkId, text, $"linkId '{linkId}': the {what} {text} is not a whole number; {_mapping.InstrumentName} answers are whole numbers on the scale {_mapping.Scale}.");
            return null;
        }

        return number is >= long.MinValue / 2 and <= long.MaxValue / 2
            ? Number(linkId, (long)number, text)
            : OutOfRange(linkId, text);
    }

    private Answer? Number(string linkId, long raw, string text)
    {
        int offset = _mapping.Answers.Offset;
        long value = raw + offset;
        if (value < _mapping.Scale.Minimum || value > _mapping.Scale.Maximum)
        {
            return OutOfRange(linkId, text);
        }

        return Answer.Of((int)value);
    }

    private Answer? OutOfRange(string linkId, string text)
    {
        int offset = _mapping.Answers.Offset;
        string shifted = offset == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" (with the mapping's offset of {offset} added)");
        Add(FhirIssueCode.OutOfRange, linkId, text, $"linkId '{linkId}': the answer {text}{shifted} is outside the {_mapping.InstrumentName} scale {_mapping.Scale}.");
        return null;
    }

    private void ReadHelp(QuestionnaireResponse.ItemComponent item, string linkId, int itemNumber)
    {
        if (!FirstOccurrence(linkId, item.Answer) || item.Answer.Count == 0)
        {
            return;
        }

        DataType? value = item.Answer[0]?.Value;
        switch (value)
        {
            case FhirBoolean { Value: { } yes }:
                _help[itemNumber - 1] = yes;
                break;
            case Coding { System: FhirCodes.YesNo, Code: "Y" }:
                _help[itemNumber - 1] = true;
                break;
            case Coding { System: FhirCodes.YesNo, Code: "N" }:
                _help[itemNumber - 1] = false;
                break;
            case Coding { System: FhirCodes.DataAbsentReason }:
                break;
            case Coding coding:
                Add(FhirIssueCode.UnknownAnswerCode, linkId, Describe(coding), $"linkId '{linkId}': the coded answer {Describe(coding)} is not a yes/no answer ({FhirCodes.YesNo} Y or N) to the \"more help wanted?\" question.");
                break;
            default:
                Add(
                    FhirIssueCode.WrongAnswerType,
                    linkId,
                    value is null ? null : Describe(value),
                    value is null || value is PrimitiveType { JsonValue: null }
                        ? $"linkId '{linkId}' has an answer without a value."
                        : $"linkId '{linkId}': an answer of type {value.TypeName} ({Describe(value)}) is not a yes/no answer; the \"more help wanted?\" question reads valueBoolean or a v2-0136 Y/N Coding.");
                break;
        }
    }
}
