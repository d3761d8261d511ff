using System.Collections.Immutable;
using System.Globalization;
using OutcomeScoring.Internal;

namespace OutcomeScoring.Forms;

/// <summary>
/// What a form reader needs to know about a questionnaire's answer columns: how many items, the response scale,
/// which items offer "not applicable", and how the columns are named (<c>item1</c> to <c>itemN</c> by default).
/// Made from any <see cref="Instrument"/> with <see cref="For(Instrument)"/>, or from constants for a questionnaire that is not
/// yet a definition (PAM-13: <see cref="Activation.Pam13.Layout"/>).
/// </summary>
/// <remarks>
/// <para>
/// How a cell is read (<see cref="TryReadAnswer"/>; surrounding spaces are ignored):
/// a blank cell is <see cref="Answer.NotAnswered"/>; <c>NA</c> or <c>N/A</c> in any case (as statistics
/// packages write a missing value) is <see cref="Answer.NotApplicable"/> for an item that offers it (<see cref="AllowsNotApplicable"/>)
/// and <see cref="Answer.NotAnswered"/> for any other item; so is the scale's own number for it
/// (<see cref="ResponseScale.NotApplicableAnswer"/>, HoNOS's 9) on an item that offers it; a whole number (a leading
/// <c>+</c> or <c>-</c> is read) on <see cref="Scale"/> is that answer; anything else is a <see cref="FormProblem"/> naming the item column and the value.
/// </para>
/// <para>
/// Two layout options describe how a file was written rather than the questionnaire: <see cref="ColumnItems"/>, which
/// item each numbered column holds when a source puts the items in another order (DIALOG+ app order swaps items 6 and 7),
/// and <see cref="WrittenScale"/>, the numbers the answers are written with when they are shifted from the scale (one
/// DIALOG export tool writes 0-6 for 1-7). Neither is guessed: the caller says so. <see cref="Companions"/> lists the
/// yes/no questions read beside the items (<see cref="CompanionQuestion"/>), each from columns <c>{id}1</c> to
/// <c>{id}N</c> numbered like the item columns (yes, no, y, n in any case, or blank; <see cref="FormCells.TryReadYesNo"/>).
/// </para>
/// <para>Immutable and thread-safe. Reading a cell allocates nothing unless it is a problem.</para>
/// </remarks>
public sealed record FormLayout
{
    /// <summary>The default prefix of the item columns: <c>item1</c>, <c>item2</c>, ...</summary>
    public const string DefaultColumnPrefix = "item";

    private readonly bool[] _notApplicable;
    private int[] _columnOf;

    /// <summary>Creates a layout of <paramref name="itemCount"/> items on <paramref name="scale"/>, none offering "not applicable".</summary>
    /// <param name="name">The questionnaire's name, as messages use it (for example "CORE-10").</param>
    /// <param name="itemCount">The number of items (item columns), 1 or more.</param>
    /// <param name="scale">The response scale of every item.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="scale"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="itemCount"/> is less than 1.</exception>
    public FormLayout(string name, int itemCount, ResponseScale scale)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(itemCount, 1);
        ArgumentNullException.ThrowIfNull(scale);
        Name = name;
        ItemCount = itemCount;
        Scale = scale;
        _notApplicable = new bool[itemCount];
        _columnOf = [.. Enumerable.Range(1, itemCount)];
    }

    /// <summary>Gets the questionnaire's name, as messages use it (for example "CORE-10").</summary>
    /// <exception cref="ArgumentException">Set to a blank name.</exception>
    public string Name
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            field = value;
        }
    }

    /// <summary>Gets the number of items, each with its own column.</summary>
    public int ItemCount { get; }

    /// <summary>Gets the response scale every answer must lie on.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to a scale with another number of answers than a <see cref="WrittenScale"/> already set.</exception>
    public ResponseScale Scale
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (_writtenScale is { } written)
            {
                CheckWidth(value, written, nameof(Scale));
            }

            field = value;
        }
    }

    /// <summary>
    /// Gets the numbers the answers are written with: <see cref="Scale"/> unless set. A written answer is read as the
    /// answer at the same place on <see cref="Scale"/> (written minimum = scale minimum), so 0-6 written for a 1-7 scale
    /// reads 0 as 1 (one DIALOG export tool; specs/dialog.md: the reader must be told, never guess). Messages name the
    /// written numbers, as the file has them.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to a scale with another number of answers than <see cref="Scale"/>.</exception>
    public ResponseScale WrittenScale
    {
        get => _writtenScale ?? Scale;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            CheckWidth(Scale, value, nameof(WrittenScale));
            _writtenScale = value;
        }
    }

    private readonly ResponseScale? _writtenScale;

    /// <summary>
    /// Gets which item each numbered column holds, column 1 first: item numbers 1 to <see cref="ItemCount"/> in column
    /// order. By default column N holds item N; the DIALOG+ app's order is 1, 2, 3, 4, 5, 7, 6, 8, 9, 10, 11 (specs/dialog.md:
    /// sources disagree on positions 6 and 7).
    /// </summary>
    /// <exception cref="ArgumentException">Set to a list that is not each item number once.</exception>
    public ImmutableArray<int> ColumnItems
    {
        get => field.IsDefault ? [.. Enumerable.Range(1, ItemCount)] : field;
        init
        {
            if (value.IsDefault || value.Length != ItemCount || value.Order().SequenceEqual(Enumerable.Range(1, ItemCount)) is false)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Give each item number of {Name} (1 to {ItemCount}) once, in column order."), nameof(ColumnItems));
            }

            int[] columnOf = new int[ItemCount];
            for (int column = 1; column <= value.Length; column++)
            {
                columnOf[value[column - 1] - 1] = column;
            }

            _columnOf = columnOf;
            field = value;
        }
    }

    /// <summary>
    /// Gets the yes/no questions read beside the items (<see cref="CompanionQuestion"/>: DIALOG's "more help wanted?"), each
    /// from the columns <c>{id}1</c> to <c>{id}N</c> numbered like the item columns; empty unless set (<see cref="For(Instrument)"/> sets
    /// the instrument's). A question whose columns are absent was not asked.
    /// </summary>
    /// <exception cref="ArgumentException">Set with a question that follows an item outside 1 to <see cref="ItemCount"/>.</exception>
    public ImmutableArray<CompanionQuestion> Companions
    {
        get => field.IsDefault ? [] : field;
        init
        {
            foreach (CompanionQuestion question in value.IsDefault ? [] : value)
            {
                ArgumentNullException.ThrowIfNull(question, nameof(Companions));
                if (question.Items.Any(n => n < 1 || n > ItemCount))
                {
                    throw new ArgumentException($"Companion question '{question.Id}' follows an item that {Name} does not have.", nameof(Companions));
                }
            }

            field = value;
            CompanionAnswerCount = value.IsDefault ? 0 : value.Sum(q => q.Items.Length);
        }
    }

    /// <summary>Gets the number of companion answers a row gives: for each of <see cref="Companions"/>, one per item it follows.</summary>
    public int CompanionAnswerCount { get; private init; }

    /// <summary>Gets the prefix of the item columns, <c>item</c> unless set: the columns are prefix1 to prefixN.</summary>
    /// <exception cref="ArgumentException">Set to a blank prefix.</exception>
    public string ColumnPrefix
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            field = value;
        }
    } = DefaultColumnPrefix;

    /// <summary>Gets the numbers of the items that offer "not applicable" (1 = the first item column), in ascending order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set with a number outside 1 to <see cref="ItemCount"/>.</exception>
    public ImmutableArray<int> NotApplicableItems
    {
        get => field.IsDefault ? [] : field;
        init
        {
            bool[] flags = new bool[ItemCount];
            foreach (int number in value.IsDefault ? [] : value)
            {
                if (number < 1 || number > ItemCount)
                {
                    throw new ArgumentOutOfRangeException(nameof(NotApplicableItems), number, string.Create(CultureInfo.InvariantCulture, $"Item {number} is not an item of {Name}; items are 1 to {ItemCount}."));
                }

                flags[number - 1] = true;
            }

            _notApplicable = flags;
            field = [.. Enumerable.Range(1, ItemCount).Where(n => flags[n - 1])];
        }
    }

    /// <summary>Gets what one answer is called in messages: "answer" unless set (DIALOG: "rating").</summary>
    /// <exception cref="ArgumentException">Set to a blank word.</exception>
    public string AnswerName
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            field = value;
        }
    } = "answer";

    /// <summary>
    /// Gets a topic per item column, in column order, shown in messages after the column name (<c>item2 (physical-health)</c>),
    /// or empty (the default) for messages that name the column only.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a list that is neither empty nor one topic per item.</exception>
    public ImmutableArray<string> Topics
    {
        get => field.IsDefault ? [] : field;
        init
        {
            if (!value.IsDefaultOrEmpty && (value.Length != ItemCount || value.Any(string.IsNullOrWhiteSpace)))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Give no topics or one non-blank topic for each of the {ItemCount} items of {Name}; got {value.Length}."), nameof(Topics));
            }

            field = value;
        }
    }

    /// <summary>Makes the layout of an instrument's form: its name, items (columns item1 to itemN in item order), scale and "not applicable" items.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>The layout.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> is <see langword="null"/>.</exception>
    public static FormLayout For(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return new FormLayout(instrument.Name, instrument.Items.Length, instrument.Scale)
        {
            NotApplicableItems = [.. instrument.Items.Where(i => i.AllowsNotApplicable).Select(i => i.Number)],
            Companions = instrument.CompanionQuestions,
        };
    }

    /// <summary>
    /// Makes the layout of an instrument's form whose columns are in one of the orders its definition declares
    /// (<see cref="Instrument.ColumnOrders"/>; DIALOG: <c>mhsds</c> or <c>dialog-plus</c>): <see cref="For(Instrument)"/> with
    /// <see cref="ColumnItems"/> from that order.
    /// </summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="columnOrder">The order's name (ignoring case).</param>
    /// <returns>The layout.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instrument"/> or <paramref name="columnOrder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The definition declares no order of that name; the message lists those it declares.</exception>
    public static FormLayout For(Instrument instrument, string columnOrder)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(columnOrder);
        ColumnOrder order = FindColumnOrder(instrument, columnOrder)
            ?? throw new ArgumentException(
                $"{instrument.Name} declares no column order '{columnOrder}'; it declares {(instrument.ColumnOrders.IsEmpty ? "none" : string.Join(", ", instrument.ColumnOrders.Select(o => o.Name)))}.",
                nameof(columnOrder));
        return For(instrument) with { ColumnItems = order.Items };
    }

    /// <summary>Gets one of the column orders an instrument declares, by name ignoring case, or <see langword="null"/>.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="name">The order's name.</param>
    /// <returns>The order, or <see langword="null"/> when the definition declares none of that name.</returns>
    internal static ColumnOrder? FindColumnOrder(Instrument instrument, string name) =>
        instrument.ColumnOrders.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Gets whether an item offers "not applicable", so that <c>NA</c> reads as <see cref="Answer.NotApplicable"/> rather than <see cref="Answer.NotAnswered"/>.</summary>
    /// <param name="itemNumber">The item number, 1 to <see cref="ItemCount"/>.</param>
    /// <returns><see langword="true"/> when the item offers it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="itemNumber"/> is outside 1 to <see cref="ItemCount"/>.</exception>
    public bool AllowsNotApplicable(int itemNumber)
    {
        CheckItem(itemNumber);
        return _notApplicable[itemNumber - 1];
    }

    /// <summary>
    /// Gets the standard name of an item's column: <see cref="ColumnPrefix"/> followed by its column number
    /// (<see cref="ColumnNumberOf"/>; <c>item3</c>).
    /// </summary>
    /// <param name="itemNumber">The item number, 1 to <see cref="ItemCount"/>.</param>
    /// <returns>The column name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="itemNumber"/> is outside 1 to <see cref="ItemCount"/>.</exception>
    public string ColumnName(int itemNumber)
    {
        CheckItem(itemNumber);
        return ColumnPrefix + _columnOf[itemNumber - 1].ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Gets the number of the column that holds an item (the item number itself unless <see cref="ColumnItems"/> is set).</summary>
    /// <param name="itemNumber">The item number, 1 to <see cref="ItemCount"/>.</param>
    /// <returns>The column number, 1 to <see cref="ItemCount"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="itemNumber"/> is outside 1 to <see cref="ItemCount"/>.</exception>
    public int ColumnNumberOf(int itemNumber)
    {
        CheckItem(itemNumber);
        return _columnOf[itemNumber - 1];
    }

    /// <summary>
    /// Reads one answer cell onto the response scale (the rules are in the remarks of <see cref="FormLayout"/>); a number
    /// written on <see cref="WrittenScale"/> is read as the answer at the same place on <see cref="Scale"/>.
    /// </summary>
    /// <param name="itemNumber">The item number, 1 to <see cref="ItemCount"/>.</param>
    /// <param name="cell">The cell as written (surrounding spaces are ignored).</param>
    /// <param name="answer">The answer; <see cref="Answer.NotAnswered"/> when the cell cannot be read.</param>
    /// <param name="problem">Why the cell cannot be read, or <c>default</c>.</param>
    /// <returns><see langword="true"/> when the cell was read.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="itemNumber"/> is outside 1 to <see cref="ItemCount"/>.</exception>
    public bool TryReadAnswer(int itemNumber, ReadOnlySpan<char> cell, out Answer answer, out FormProblem problem)
    {
        CheckItem(itemNumber);
        problem = default;
        if (cell.Length == 1 && char.IsAsciiDigit(cell[0]))
        {
            // The usual cell, one digit: nothing to trim and nothing else to parse; the same rules as below.
            return TryAccept(itemNumber, cell, cell[0] - '0', out answer, out problem);
        }

        ReadOnlySpan<char> text = cell.Trim();
        if (text.IsEmpty)
        {
            answer = Answer.NotAnswered;
            return true;
        }

        if (FormCells.IsNotApplicable(text))
        {
            answer = _notApplicable[itemNumber - 1] ? Answer.NotApplicable : Answer.NotAnswered;
            return true;
        }

        answer = Answer.NotAnswered;
        if (!WholeNumber.TryParse(text, NumberStyles.AllowLeadingSign, out int value))
        {
            problem = FormProblem.BadAnswer(this, itemNumber, text, null);
            return false;
        }

        return TryAccept(itemNumber, text, value, out answer, out problem);
    }

    /// <summary>A whole number read from a cell: the scale's number for "not applicable" on an item that offers it, an answer on the scale, or a problem.</summary>
    private bool TryAccept(int itemNumber, ReadOnlySpan<char> text, int value, out Answer answer, out FormProblem problem)
    {
        problem = default;
        answer = Answer.NotAnswered;
        ResponseScale written = WrittenScale;
        if (value == written.NotApplicableAnswer && _notApplicable[itemNumber - 1])
        {
            answer = Answer.NotApplicable;
            return true;
        }

        if (!written.Contains(value))
        {
            problem = FormProblem.BadAnswer(this, itemNumber, text, value);
            return false;
        }

        answer = value - written.Minimum + Scale.Minimum;
        return true;
    }

    /// <summary>Returns the name, the number of items and the scale, for example "CORE-10: item1-item10, 0-4".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}: {ColumnPrefix}1-{ColumnPrefix}{ItemCount}, {Scale}");

    /// <summary>Whether another layout reads the same columns in the same way.</summary>
    /// <param name="other">The other layout.</param>
    /// <returns><see langword="true"/> when every property is equal (lists element by element).</returns>
    public bool Equals(FormLayout? other) =>
        other is not null && Name == other.Name && ItemCount == other.ItemCount && Scale == other.Scale && ColumnPrefix == other.ColumnPrefix
        && AnswerName == other.AnswerName && NotApplicableItems.SequenceEqual(other.NotApplicableItems) && Topics.SequenceEqual(other.Topics)
        && WrittenScale == other.WrittenScale && ColumnItems.SequenceEqual(other.ColumnItems) && Companions.SequenceEqual(other.Companions);

    /// <summary>Gets a hash code consistent with <see cref="Equals(FormLayout)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Name, ItemCount, Scale, ColumnPrefix, AnswerName, NotApplicableItems.Length, Topics.Length);

    private static void CheckWidth(ResponseScale scale, ResponseScale written, string property)
    {
        if (written.Maximum - written.Minimum != scale.Maximum - scale.Minimum)
        {
            throw new ArgumentException($"Answers written {written} do not match the scale {scale} answer for answer; give a written scale with as many answers.", property);
        }
    }

    private void CheckItem(int itemNumber)
    {
        if (itemNumber < 1 || itemNumber > ItemCount)
        {
            ThrowItem(itemNumber);
        }
    }

    private void ThrowItem(int itemNumber) =>
        throw new ArgumentOutOfRangeException(nameof(itemNumber), itemNumber, string.Create(CultureInfo.InvariantCulture, $"{Name} has items 1 to {ItemCount}; got {itemNumber}."));
}
