using Marsad.Storage.Graph;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests.Graph;

/// <summary>
/// The statements that read a chunk's facts or many profiles by id must be driven by the ids, never by a scan of the
/// stored table: a scan costs the size of the store on every chunk, which makes linking quadratic in the store.
/// </summary>
public class QueryPlanTests
{
    public static TheoryData<string> ChunkStatements()
    {
        var data = new TheoryData<string>();
        foreach (var sql in DigestReader.FactQueries)
        {
            data.Add(sql);
        }

        foreach (var (table, id) in (ReadOnlySpan<(string, string)>)[("graph_entities", "id"), ("graph_clusters", "id"), ("graph_stories", "id"),
            ("graph_quote_clusters", "id"), ("graph_sketches", "article_id")])
        {
            data.Add(SqliteLinkIndex.BulkSql(table, id));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ChunkStatements))]
    public async Task A_chunk_statement_loops_over_the_ids_and_seeks_each_table(string sql)
    {
        await using var fx = new GraphFixture();
        await using (fx.OpenGraph())
        {
            // Opening the graph store creates and migrates the file.
        }

        using var connection = new SqliteConnection($"Data Source={fx.DbPath};Pooling=False");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TEMP TABLE lookup_ids (id TEXT PRIMARY KEY)";
            create.ExecuteNonQuery();
        }

        var plan = new List<string>();
        using (var explain = connection.CreateCommand())
        {
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            using var r = explain.ExecuteReader();
            while (r.Read())
            {
                plan.Add(r.GetString(3));
            }
        }

        var scans = plan.Where(p => p.StartsWith("SCAN ", StringComparison.Ordinal)).ToList();
        var only = Assert.Single(scans);
        Assert.Matches("^SCAN [pl]$", only);
        Assert.Equal(only, plan[0]);
    }
}
