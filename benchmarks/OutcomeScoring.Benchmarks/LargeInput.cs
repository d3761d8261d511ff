using System.Globalization;
using System.Text;
using OutcomeScoring;

/// <summary>
/// Writes a large synthetic CSV for the <c>score</c> command, deterministically from a seed: an <c>id</c> column,
/// then <c>item1..itemN</c> with answers uniform on the instrument's scale and about 3% left blank.
/// Usage: <c>generate &lt;instrument&gt; &lt;rows&gt; &lt;file.csv&gt; [seed]</c>.
/// </summary>
internal static class LargeInput
{
    public static int Run(string[] args)
    {
        if (args.Length is < 3 or > 4 || !long.TryParse(args[1], CultureInfo.InvariantCulture, out long rows) || rows < 0)
        {
            Console.Error.WriteLine("usage: generate <instrument> <rows> <file.csv> [seed]   (for example: generate core-10 10000000 core10-10m.csv 1)");
            return 2;
        }

        Instrument instrument = Instruments.Get(args[0]);
        int seed = args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
        Write(instrument, rows, args[2], seed);
        return 0;
    }

    public static void Write(Instrument instrument, long rows, string path, int seed)
    {
        var random = new Random(seed);
        int k = instrument.Items.Length, min = instrument.Scale.Minimum, max = instrument.Scale.Maximum;
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
        writer.Write("id");
        for (int i = 1; i <= k; i++)
        {
            writer.Write(",item");
            writer.Write(i.ToString(CultureInfo.InvariantCulture));
        }

        writer.Write('\n');
        var line = new StringBuilder();
        for (long row = 1; row <= rows; row++)
        {
            line.Clear().Append('p').Append(row.ToString(CultureInfo.InvariantCulture));
            for (int i = 0; i < k; i++)
            {
                line.Append(',');
                if (random.Next(100) >= 3)
                {
                    line.Append(random.Next(min, max + 1).ToString(CultureInfo.InvariantCulture));
                }
            }

            writer.Write(line.Append('\n'));
        }
    }
}
