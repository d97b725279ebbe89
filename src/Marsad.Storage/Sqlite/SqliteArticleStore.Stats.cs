using System.Globalization;
using Marsad.Persistence;

namespace Marsad.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    public Task<StoreStats> GetStatsAsync(CancellationToken ct = default)
    {
        var stats = new StoreStats(
            SchemaVersion,
            Count("SELECT COUNT(*) FROM inputs"),
            Count("SELECT COUNT(DISTINCT full_path) FROM input_versions"),
            Count("SELECT COUNT(*) FROM input_versions"),
            Count("SELECT COUNT(*) FROM articles"),
            Count($"SELECT COUNT(*) FROM articles WHERE input_id IN (SELECT input_id FROM ({CurrentInputs}))"),
            Count("SELECT COUNT(*) FROM sentences"),
            Count("SELECT COUNT(*) FROM dates"),
            Count("SELECT COUNT(*) FROM numbers"),
            Count("SELECT COUNT(*) FROM removed_spans"),
            Count("SELECT COALESCE(SUM(byte_length), 0) FROM inputs"),
            Grouped("SELECT COALESCE(outlet, '(none)'), COUNT(*) FROM articles GROUP BY 1 ORDER BY 2 DESC"),
            Grouped("SELECT encoding, COUNT(*) FROM inputs GROUP BY 1 ORDER BY 2 DESC"),
            Grouped("SELECT format, COUNT(*) FROM inputs GROUP BY 1 ORDER BY 2 DESC"),
            Grouped("SELECT precision, COUNT(*) FROM dates GROUP BY 1 ORDER BY 2 DESC"),
            Grouped("SELECT reason, COUNT(*) FROM removed_spans GROUP BY 1 ORDER BY 2 DESC"),
            Count("SELECT COUNT(*) FROM failures"));
        return Task.FromResult(stats);
    }

    long Count(string sql)
    {
        using var cmd = Command(null, sql);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    Dictionary<string, long> Grouped(string sql)
    {
        using var cmd = Command(null, sql);
        using var reader = cmd.ExecuteReader();
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            result[reader.GetString(0)] = reader.GetInt64(1);
        }

        return result;
    }
}
