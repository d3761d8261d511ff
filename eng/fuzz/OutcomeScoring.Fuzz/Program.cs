using OutcomeScoring.Fuzz;

// SharpFuzz harnesses (issue 21). Usage:
//   OutcomeScoring.Fuzz <target>          run under afl-fuzz (input from AFL's shared memory, see eng/fuzz.sh)
//   OutcomeScoring.Fuzz <target> <file>   run one input once: exit 0 when it is handled, a stack trace when it crashes
// Targets: csv, definition, calibration, index-spec, fhir.
if (args.Length is < 1 or > 2 || !Targets.All.TryGetValue(args[0], out Action<Stream>? target))
{
    await Console.Error.WriteLineAsync($"usage: OutcomeScoring.Fuzz <{string.Join('|', Targets.All.Keys)}> [input-file]").ConfigureAwait(false);
    return 2;
}

if (args.Length == 2)
{
    using FileStream input = File.OpenRead(args[1]);
    target(input);
    return 0;
}

SharpFuzz.Fuzzer.OutOfProcess.Run(target);
return 0;
