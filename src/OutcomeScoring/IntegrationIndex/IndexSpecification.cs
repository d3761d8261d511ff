using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace OutcomeScoring.IntegrationIndex;

/// <summary>
/// An index specification: its name and version, components (code, name, direction, weight, normalisation, optional domain),
/// optional domains with weights, the aggregation at each level, and the data-availability threshold. Every result records the
/// specification (and so its version) that produced it. Read and written as JSON with <see cref="FromJson"/>, <see cref="Load"/>,
/// <see cref="ToJson"/> and <see cref="Save"/> (the format is in docs/integration-index.md).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Validate"/> checks every rule and reports every problem at once: codes (letters, digits, '_', '-', '.'; unique ignoring
/// case), names, explicit directions, weights above 0, domains (every component in a known domain when there are domains, none
/// otherwise; no domain without components), z-scores only with the arithmetic mean and not mixed with 0-100 methods, and the
/// threshold. Options that would do nothing (a domain aggregation without domains, a weight for an unused domain, a threshold no unit
/// can meet) are rejected, not ignored. Goalposts and exponents are checked when they are made (<see cref="Normalisation.Goalposts"/>,
/// <see cref="Aggregation.Power"/>).
/// </para>
/// <para>
/// Two specifications are equal when every property is equal, components and domains compared in order. Sources: Nardo et al. 2008
/// (OECD/JRC Handbook); COINr (lessons from its users: explicit directions, loud failures, validated codes). Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record IndexSpecification
{
    /// <summary>Gets the specification's name, for example "OutcomeScoring default integration profile".</summary>
    public required string Name { get; init; }

    /// <summary>Gets the specification's version, recorded in every result (for example <c>1.0</c>).</summary>
    public required string Version { get; init; }

    /// <summary>Gets an optional description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the components, in the order results list them.</summary>
    public required ImmutableArray<IndexComponent> Components { get; init; }

    /// <summary>Gets the domains (empty, the default, for an index aggregated straight from its components).</summary>
    public ImmutableArray<IndexDomain> Domains { get; init; } = [];

    /// <summary>Gets the aggregation into the index: from the domains when there are domains, otherwise from the components (default arithmetic).</summary>
    public Aggregation Aggregation { get; init; } = Aggregation.Arithmetic;

    /// <summary>
    /// Gets the aggregation of components into their domain, or <see langword="null"/> (the default). Only with domains, where
    /// <see langword="null"/> means arithmetic; giving one without domains is an error (it would do nothing).
    /// </summary>
    public Aggregation? DomainAggregation { get; init; }

    /// <summary>Gets the data-availability threshold (default <see cref="DataAvailability.Default"/>).</summary>
    public DataAvailability Availability { get; init; } = DataAvailability.Default;

    /// <summary>
    /// Gets the optional outlier treatment applied to raw values before normalisation, or <see langword="null"/> (the default) for none.
    /// It is recorded in every result, and each treated value in its <see cref="ComponentResult.Winsorised"/>.
    /// </summary>
    public Winsorising? Winsorising { get; init; }

    /// <summary>Gets what the components measure together: the union of their <see cref="IndexComponent.Measures"/> tags.</summary>
    public CareAspects AspectsMeasured => Components.IsDefault ? CareAspects.None : Components.Aggregate(CareAspects.None, (all, c) => all | (c?.Measures ?? CareAspects.None));

    /// <summary>Gets whether the specification has a domain level.</summary>
    public bool HasDomains => !Domains.IsDefaultOrEmpty;

    /// <summary>Gets the aggregation used within domains (arithmetic unless <see cref="DomainAggregation"/> says otherwise).</summary>
    public Aggregation EffectiveDomainAggregation => DomainAggregation ?? Aggregation.Arithmetic;

    /// <summary>Gets whether every level aggregates with the arithmetic mean, so that contributions sum to the index.</summary>
    public bool IsAdditive => Aggregation.IsArithmetic && (!HasDomains || EffectiveDomainAggregation.IsArithmetic);

    /// <summary>Reads a specification from JSON text and validates it.</summary>
    /// <param name="json">The JSON (format in docs/integration-index.md). Comments and trailing commas are allowed; unknown properties are errors.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IndexSpecificationException">The JSON is malformed or the specification is not valid; the message says exactly what is wrong.</exception>
    public static IndexSpecification FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return IndexSpecificationJson.Read(json);
    }

    /// <summary>Reads a specification from a UTF-8 JSON stream and validates it.</summary>
    /// <param name="utf8Json">The stream; it is read to the end and not closed.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IndexSpecificationException">The JSON is malformed or the specification is not valid; the message says exactly what is wrong.</exception>
    public static IndexSpecification Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return IndexSpecificationJson.Read(utf8Json);
    }

    /// <summary>
    /// Writes the specification as indented JSON, every setting explicit (defaults included), so the file says everything; the optional
    /// tags, required pillars, incomplete-unit ranking and winsorising are written when set.
    /// </summary>
    /// <returns>The JSON text.</returns>
    /// <exception cref="IndexSpecificationException">The specification is not valid.</exception>
    public string ToJson()
    {
        Validate();
        using var stream = new MemoryStream();
        IndexSpecificationJson.Write(this, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the specification as indented UTF-8 JSON to a stream (see <see cref="ToJson"/>).</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IndexSpecificationException">The specification is not valid.</exception>
    public void Save(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        Validate();
        IndexSpecificationJson.Write(this, utf8Json);
    }

    /// <summary>Gets the component with a code (ordinal comparison), or <see langword="null"/>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The component, or <see langword="null"/>.</returns>
    public IndexComponent? FindComponent(string code)
    {
        foreach (IndexComponent component in Components.IsDefault ? [] : Components)
        {
            if (component is not null && string.Equals(component.Code, code, StringComparison.Ordinal))
            {
                return component;
            }
        }

        return null;
    }

    /// <summary>Checks every rule and reports every problem at once.</summary>
    /// <exception cref="IndexSpecificationException">The specification breaks a rule; <see cref="IndexSpecificationException.Errors"/> lists each problem.</exception>
    public void Validate()
    {
        List<DefinitionProblem> problems = ValidationProblems();
        if (problems.Count > 0)
        {
            throw new IndexSpecificationException(problems, withPaths: false);
        }
    }

    /// <summary>Every rule broken, each at its path in the JSON form (<c>$.components[1].weight</c>), in the order of the specification.</summary>
    internal List<DefinitionProblem> ValidationProblems()
    {
        List<DefinitionProblem> problems = Problems();
        if (!Components.IsDefaultOrEmpty)
        {
            problems.AddRange(TagAndCoverageProblems());
        }

        return problems;
    }

    /// <inheritdoc/>
    public bool Equals(IndexSpecification? other) =>
        other is not null
        && Name == other.Name
        && Version == other.Version
        && Description == other.Description
        && Same(Components, other.Components)
        && Same(Domains, other.Domains)
        && Equals(Aggregation, other.Aggregation)
        && Equals(DomainAggregation, other.DomainAggregation)
        && Equals(Availability, other.Availability)
        && Equals(Winsorising, other.Winsorising);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name);
        hash.Add(Version);
        foreach (IndexComponent component in Components.IsDefault ? [] : Components)
        {
            hash.Add(component);
        }

        hash.Add(Aggregation);
        return hash.ToHashCode();
    }

    private static bool Same<T>(ImmutableArray<T> a, ImmutableArray<T> b) =>
        (a.IsDefaultOrEmpty && b.IsDefaultOrEmpty) || (!a.IsDefault && !b.IsDefault && a.SequenceEqual(b));

    /// <summary>A code is letters, digits, '_', '-' or '.', starting with a letter or digit, so it is safe in CSV and file names.</summary>
    internal static bool IsValidCode(string? code)
    {
        if (string.IsNullOrEmpty(code) || !char.IsAsciiLetterOrDigit(code[0]))
        {
            return false;
        }

        foreach (char c in code)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The tags (defined flags and perspectives) and the coverage rule (required pillars known, only with domains; a defined ranking).</summary>
    private IEnumerable<DefinitionProblem> TagAndCoverageProblems()
    {
        const CareAspects all = CareAspects.JoinedUp | CareAspects.Personalised | CareAspects.Anticipatory | CareAspects.Outcome | CareAspects.ServiceExperience;
        static DefinitionProblem At(string path, string message) => new(path, message);
        for (int i = 0; i < Components.Length; i++)
        {
            IndexComponent component = Components[i];
            if (component is null)
            {
                continue;
            }

            string at = string.Create(CultureInfo.InvariantCulture, $"$.components[{i}]");
            if ((component.Measures & ~all) != 0)
            {
                yield return At(at + ".measures", string.Create(CultureInfo.InvariantCulture, $"Component '{component.Code}': measures is {(int)component.Measures}, which is not a combination of joined up, personalised, anticipatory, outcome and service experience."));
            }

            if (component.Perspective is { } view && !Enum.IsDefined(view))
            {
                yield return At(at + ".perspective", string.Create(CultureInfo.InvariantCulture, $"Component '{component.Code}': perspective {(int)view} is not one of patient, carer, social care user and public."));
            }
        }

        for (int d = 0; d < (HasDomains ? Domains.Length : 0); d++)
        {
            if (Domains[d] is { Perspective: { } view } domain && !Enum.IsDefined(view))
            {
                yield return At(string.Create(CultureInfo.InvariantCulture, $"$.domains[{d}].perspective"), string.Create(CultureInfo.InvariantCulture, $"Domain '{domain.Code}': perspective {(int)view} is not one of patient, carer, social care user and public."));
            }
        }

        if (Availability is null)
        {
            yield break;
        }

        if (!Enum.IsDefined(Availability.IncompleteUnits))
        {
            yield return At("$.availability.incompleteUnits", string.Create(CultureInfo.InvariantCulture, $"Availability: incomplete units is {(int)Availability.IncompleteUnits}, which is not a ranking rule."));
        }

        ImmutableArray<string> required = Availability.RequiredDomains.IsDefault ? [] : Availability.RequiredDomains;
        if (!required.IsEmpty && !HasDomains)
        {
            yield return At("$.availability.requiredDomains", $"Availability: required pillars ({string.Join(", ", required)}) are given, but the specification has no domains (pillars), so they would do nothing; remove them or add domains.");
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int k = 0; k < required.Length; k++)
        {
            string code = required[k];
            string path = string.Create(CultureInfo.InvariantCulture, $"$.availability.requiredDomains[{k}]");
            if (code is null || !Domains.Any(d => d is not null && string.Equals(d.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                yield return At(path, $"Availability: required pillar '{code}' is not one of the specification's domains ({string.Join(", ", Domains.Where(d => d is not null).Select(d => d.Code))}).");
            }
            else if (!seen.Add(code))
            {
                yield return At(path, $"Availability: required pillar '{code}' is listed twice.");
            }
        }
    }

    private List<DefinitionProblem> Problems()
    {
        var errors = new List<DefinitionProblem>();
        void Add(string path, FormattableString message) => errors.Add(new DefinitionProblem(path, message.ToString(CultureInfo.InvariantCulture)));

        if (string.IsNullOrWhiteSpace(Name))
        {
            Add("$.name", $"The specification has no name.");
        }

        if (string.IsNullOrWhiteSpace(Version))
        {
            Add("$.version", $"The specification has no version; every result records it, so give one (for example \"1.0\").");
        }

        if (Components.IsDefaultOrEmpty)
        {
            Add("$.components", $"The specification has no components.");
            return errors;
        }

        // Domains first, so that components can be checked against them.
        var domainCodes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (HasDomains)
        {
            for (int d = 0; d < Domains.Length; d++)
            {
                IndexDomain domain = Domains[d];
                string path = string.Create(CultureInfo.InvariantCulture, $"$.domains[{d}]");
                if (domain is null)
                {
                    Add(path, $"Domain {d + 1} is null.");
                    continue;
                }

                string at = IsValidCode(domain.Code) ? $"Domain '{domain.Code}'" : string.Create(CultureInfo.InvariantCulture, $"Domain {d + 1}");
                if (!IsValidCode(domain.Code))
                {
                    Add(path + ".code", $"{at}: code '{domain.Code}' is not valid; a code is letters, digits, '_', '-' or '.', starting with a letter or digit.");
                }
                else if (!domainCodes.TryAdd(domain.Code, d))
                {
                    Add(path + ".code", $"{at}: the code is used twice (domains {domainCodes[domain.Code] + 1} and {d + 1}; codes are compared ignoring case).");
                }

                if (string.IsNullOrWhiteSpace(domain.Name))
                {
                    Add(path + ".name", $"{at} has no name.");
                }

                if (!(double.IsFinite(domain.Weight) && domain.Weight > 0))
                {
                    Add(path + ".weight", $"{at}: weight is {domain.Weight}; it must be a finite number above 0.");
                }
            }
        }
        else if (DomainAggregation is not null)
        {
            Add("$.domainAggregation", $"DomainAggregation is {DomainAggregation}, but the specification has no domains, so it would do nothing; remove it or add domains.");
        }

        var codes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var usedDomains = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        bool anyZ = false, anyZeroToHundred = false;
        string? firstZ = null;
        for (int i = 0; i < Components.Length; i++)
        {
            IndexComponent component = Components[i];
            string path = string.Create(CultureInfo.InvariantCulture, $"$.components[{i}]");
            if (component is null)
            {
                Add(path, $"Component {i + 1} is null.");
                continue;
            }

            string at = IsValidCode(component.Code) ? $"Component '{component.Code}'" : string.Create(CultureInfo.InvariantCulture, $"Component {i + 1}");
            if (!IsValidCode(component.Code))
            {
                Add(path + ".code", $"{at}: code '{component.Code}' is not valid; a code is letters, digits, '_', '-' or '.', starting with a letter or digit.");
            }
            else if (!codes.TryAdd(component.Code, i))
            {
                Add(path + ".code", $"{at}: the code is used twice (components {codes[component.Code] + 1} and {i + 1}; codes are compared ignoring case).");
            }

            if (string.IsNullOrWhiteSpace(component.Name))
            {
                Add(path + ".name", $"{at} has no name.");
            }

            if (component.Direction is not (IndexDirection.HigherIsBetter or IndexDirection.LowerIsBetter))
            {
                Add(path + ".direction", $"{at}: direction is {(int)component.Direction}; it must be given explicitly as +1 (higher is better) or -1 (lower is better).");
            }

            if (!(double.IsFinite(component.Weight) && component.Weight > 0))
            {
                Add(path + ".weight", $"{at}: weight is {component.Weight}; it must be a finite number above 0.");
            }

            if (component.MinimumCount is { } minimum && minimum < 1)
            {
                Add(path + ".minimumCount", $"{at}: minimum count is {minimum}; it must be at least 1 (or absent for no minimum).");
            }

            if (component.Normalisation is null)
            {
                Add(path + ".normalisation", $"{at} has no normalisation.");
            }
            else if (component.Normalisation.Method == NormalisationMethod.ZScore)
            {
                anyZ = true;
                firstZ ??= component.Code;
            }
            else
            {
                anyZeroToHundred = true;
            }

            if (HasDomains)
            {
                if (component.Domain is null)
                {
                    Add(path + ".domain", $"{at} has no domain; with a domain level every component needs one (known domains: {string.Join(", ", domainCodes.Keys)}).");
                }
                else if (!domainCodes.ContainsKey(component.Domain))
                {
                    Add(path + ".domain", $"{at}: domain '{component.Domain}' is not one of the specification's domains ({string.Join(", ", domainCodes.Keys)}).");
                }
                else
                {
                    usedDomains.Add(component.Domain);
                }
            }
            else if (component.Domain is not null)
            {
                Add(path + ".domain", $"{at}: domain is '{component.Domain}', but the specification has no domains; add the domain level or remove the component's domain.");
            }
        }

        if (HasDomains)
        {
            foreach ((string code, int d) in domainCodes.Where(c => !usedDomains.Contains(c.Key)))
            {
                Add(string.Create(CultureInfo.InvariantCulture, $"$.domains[{d}]"), $"Domain '{code}' has no components, so its weight would do nothing; remove it or give it components.");
            }
        }

        if (Aggregation is null)
        {
            Add("$.aggregation", $"The specification has no aggregation.");
        }

        if (anyZ && anyZeroToHundred)
        {
            Add("$.components", $"Component '{firstZ}' uses z-scores (mean 0, SD 1) while others are normalised to 0-100; one mean over both scales makes the weights meaningless, so use one kind for every component.");
        }

        if (anyZ && (Aggregation is { IsArithmetic: false } || (HasDomains && !EffectiveDomainAggregation.IsArithmetic)))
        {
            Add(Aggregation is { IsArithmetic: false } ? "$.aggregation" : "$.domainAggregation", $"Z-scores can be negative, and only the arithmetic mean can combine negative values; the specification asks for {(Aggregation is { IsArithmetic: false } ? Aggregation : EffectiveDomainAggregation)}. Use the arithmetic mean, or another normalisation.");
        }

        if (Availability is null)
        {
            Add("$.availability", $"The specification has no availability threshold.");
        }
        else
        {
            if (!(Availability.MinimumWeightShare > 0 && Availability.MinimumWeightShare <= 1))
            {
                Add("$.availability.minimumWeightShare", $"Availability: minimum weight share is {Availability.MinimumWeightShare}; it must be above 0 and at most 1.");
            }

            if (Availability.MinimumComponents < 1 || Availability.MinimumComponents > Components.Length)
            {
                Add("$.availability.minimumComponents", $"Availability: minimum components is {Availability.MinimumComponents}; it must be between 1 and the number of components ({Components.Length}), or no unit could ever get an index.");
            }
        }

        return errors;
    }
}
