using System.Collections.Immutable;
using OutcomeScoring.Activation;
using OutcomeScoring.CoreFamily;
using OutcomeScoring.DialogScale;
using OutcomeScoring.Experience;
using OutcomeScoring.MentalHealth;
using OutcomeScoring.PreferenceBased;
using OutcomeScoring.SocialCare;

namespace OutcomeScoring;

/// <summary>
/// The built-in instruments, found by their stable ids ("core-om", "core-10", "yp-core", "dialog", "gp-core",
/// "core-sf-a", "core-sf-b").
/// </summary>
/// <remarks>Also the mental health measures NHS services collect: "phq-9", "gad-7", "reqol-10", "gbo", "swemwbs", "k10", "wsas", "wemwbs", "reqol-20", "honos"; the preference-based measures "eq-5d-5l", "eq-5d-3l" and "icecap-o"; "honos-65";
/// then the integration experience and social care surveys: "p3ceq", "ascof-1a", "ascof-1d".</remarks>
public static class Instruments
{
    /// <summary>Gets every built-in instrument (instruments added later come after the earlier ones).</summary>
    public static ImmutableArray<Instrument> All { get; } =
        [CoreOm.Instrument, Core10.Instrument, YpCore.Instrument, Dialog.Instrument, GpCore.Instrument, CoreShortForms.FormA, CoreShortForms.FormB, Core6D.Instrument, Pam13.Instrument,
            Phq9.Instrument, Gad7.Instrument, ReQoL10.Instrument, Gbo.Instrument, Swemwbs.Instrument, K10.Instrument, Wsas.Instrument, Wemwbs.Instrument, ReQoL20.Instrument, Honos.Instrument,
            Eq5D5L.Instrument, Eq5D3L.Instrument, IcecapO.Instrument, Honos65.Instrument,
            P3ceq.Instrument, Ascof1A.Instrument, Ascof1D.Instrument];

    /// <summary>Finds a built-in instrument by id.</summary>
    /// <param name="id">The instrument's id, case-insensitive (for example "core-10").</param>
    /// <returns>The instrument.</returns>
    /// <exception cref="ArgumentException">No built-in instrument has that id; the message lists the ids there are.</exception>
    public static Instrument Get(string id) =>
        TryGet(id, out Instrument? instrument)
            ? instrument
            : throw new ArgumentException($"Unknown instrument '{id}'. Known instruments: {string.Join(", ", All.Select(i => i.Id))}.", nameof(id));

    /// <summary>Finds a built-in instrument by id without throwing.</summary>
    /// <param name="id">The instrument's id, case-insensitive.</param>
    /// <param name="instrument">The instrument, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryGet(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Instrument? instrument)
    {
        foreach (Instrument candidate in All)
        {
            if (string.Equals(candidate.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                instrument = candidate;
                return true;
            }
        }

        instrument = null;
        return false;
    }
}
