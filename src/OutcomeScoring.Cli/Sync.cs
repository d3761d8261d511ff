namespace OutcomeScoring.Cli;

/// <summary>
/// Waits for the Parquet library's asynchronous calls: the commands run synchronously on their own thread with no
/// synchronisation context, so waiting cannot deadlock.
/// </summary>
internal static class Sync
{
    /// <summary>Waits for a task.</summary>
    public static void Wait(Task task) => task.GetAwaiter().GetResult();

    /// <summary>Waits for a task and returns its result.</summary>
    public static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    /// <summary>Waits for a value task.</summary>
    public static void Wait(ValueTask task) => task.AsTask().GetAwaiter().GetResult();

    /// <summary>Waits for a value task and returns its result.</summary>
    public static T Wait<T>(ValueTask<T> task) => task.AsTask().GetAwaiter().GetResult();
}
