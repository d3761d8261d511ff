namespace OutcomeScoring.Cli;

/// <summary>
/// The file formats a command reads its table from: CSV, Apache Parquet, or Apache Arrow IPC (file or stream format),
/// chosen by <c>--format</c> or, without it, by the input's extension (<c>.parquet</c>; <c>.arrow</c>, <c>.arrows</c>,
/// <c>.feather</c>, <c>.ipc</c>; anything else is CSV). See docs/cli.md, "Parquet and Arrow".
/// </summary>
internal enum TabularFormat
{
    /// <summary>By the input's extension.</summary>
    Auto,

    /// <summary>Comma-separated values.</summary>
    Csv,

    /// <summary>Apache Parquet.</summary>
    Parquet,

    /// <summary>Apache Arrow IPC, file or stream format.</summary>
    Arrow,
}
