namespace Marsad.Entities.Knowledge;

/// <summary>A knowledge-base table row that cannot be read; the message names the table file and the line.</summary>
public sealed class KbFormatException(string table, int line, string problem)
    : FormatException($"{table} line {line}: {problem}")
{
    public string Table { get; } = table;

    public int Line { get; } = line;
}
