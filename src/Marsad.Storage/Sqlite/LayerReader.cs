using System.Collections.Immutable;
using System.Globalization;
using Marsad.Cleaning;
using Marsad.Documents;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>Reads one article's layers with statements prepared once per scan.</summary>
internal sealed class LayerReader(SqliteConnection connection) : IDisposable
{
    readonly SqliteCommand _removed = Prepare(connection, "SELECT span_start, span_end, reason, text FROM removed_spans WHERE article_id = $id ORDER BY ord");
    readonly SqliteCommand _sentences = Prepare(connection, "SELECT span_start, span_end, first_token, token_count FROM sentences WHERE article_id = $id ORDER BY ord");
    readonly SqliteCommand _dates = Prepare(connection, "SELECT span_start, span_end, precision, date_start, date_end, rule, relative FROM dates WHERE article_id = $id ORDER BY ord");
    readonly SqliteCommand _numbers = Prepare(connection, "SELECT span_start, span_end, value, approximate FROM numbers WHERE article_id = $id ORDER BY ord");

    public ImmutableArray<RemovedSpan> Removed(string id) =>
        Read(_removed, id, r => new RemovedSpan(new TextSpan(r.GetInt32(0), r.GetInt32(1)), r.GetString(2), r.GetString(3)));

    public ImmutableArray<Sentence> Sentences(string id) =>
        Read(_sentences, id, r => new Sentence(new TextSpan(r.GetInt32(0), r.GetInt32(1)), r.GetInt32(2), r.GetInt32(3)));

    public ImmutableArray<DateMention> Dates(string id) =>
        Read(_dates, id, r => new DateMention(
            new TextSpan(r.GetInt32(0), r.GetInt32(1)),
            Enum.Parse<DatePrecision>(r.GetString(2), ignoreCase: true),
            r.IsDBNull(3) ? null : DateOnly.ParseExact(r.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.IsDBNull(4) ? null : DateOnly.ParseExact(r.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.GetString(5),
            r.GetInt32(6) != 0));

    public ImmutableArray<NumberMention> Numbers(string id) =>
        Read(_numbers, id, r => new NumberMention(
            new TextSpan(r.GetInt32(0), r.GetInt32(1)),
            decimal.Parse(r.GetString(2), CultureInfo.InvariantCulture),
            r.GetInt32(3) != 0));

    public void Dispose()
    {
        _removed.Dispose();
        _sentences.Dispose();
        _dates.Dispose();
        _numbers.Dispose();
    }

    internal static SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.Add(new SqliteParameter("$id", SqliteType.Text));
        cmd.Prepare();
        return cmd;
    }

    internal static ImmutableArray<T> Read<T>(SqliteCommand cmd, string id, Func<SqliteDataReader, T> row)
    {
        cmd.Parameters[0].Value = id;
        using var reader = cmd.ExecuteReader();
        var list = ImmutableArray.CreateBuilder<T>();
        while (reader.Read())
        {
            list.Add(row(reader));
        }

        return list.ToImmutable();
    }
}
