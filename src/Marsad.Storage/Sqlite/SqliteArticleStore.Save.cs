using System.Globalization;
using Marsad.Documents;
using Marsad.Inputs;
using Marsad.Persistence;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    public Task<SaveOutcome> SaveAsync(AnalyzedInput input, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        using var tx = _connection.BeginTransaction(deferred: false);
        try
        {
            var outcome = Save(tx, input);
            tx.Commit();
            return Task.FromResult(outcome);
        }
        catch
        {
            tx.Rollback();
            throw;
        }
    }

    SaveOutcome Save(SqliteTransaction tx, AnalyzedInput input)
    {
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var latest = LatestVersion(tx, input.FullPath);
        long? existing;
        using (var find = Command(tx, "SELECT id FROM inputs WHERE sha256 = $sha"))
        {
            find.Parameters.AddWithValue("$sha", input.Input.Sha256);
            existing = find.ExecuteScalar() as long?;
        }

        if (existing is { } known)
        {
            // Same bytes as something stored: nothing new, unless this path last held other bytes (a revert or a copy).
            if (latest is { } l && l.InputId == known)
            {
                return new SaveOutcome(known, l.Version, InputStatus.Unchanged, 0);
            }

            var v = AddVersion(tx, input.FullPath, known, (latest?.Version ?? 0) + 1, now);
            return new SaveOutcome(known, v, InputStatus.Unchanged, 0);
        }

        long inputId;
        using (var cmd = Command(tx, """
            INSERT INTO inputs(sha256, given_path, byte_length, encoding, format, raw, ingested_at)
            VALUES ($sha, $path, $len, $enc, $fmt, $raw, $at) RETURNING id
            """))
        {
            cmd.Parameters.AddWithValue("$sha", input.Input.Sha256);
            cmd.Parameters.AddWithValue("$path", input.GivenPath);
            cmd.Parameters.AddWithValue("$len", input.Raw.Length);
            cmd.Parameters.AddWithValue("$enc", input.Input.Encoding);
            cmd.Parameters.AddWithValue("$fmt", Name(input.Input.Format));
            cmd.Parameters.Add("$raw", SqliteType.Blob).Value = input.Raw.ToArray();
            cmd.Parameters.AddWithValue("$at", now);
            inputId = (long)cmd.ExecuteScalar()!;
        }

        var version = AddVersion(tx, input.FullPath, inputId, (latest?.Version ?? 0) + 1, now);
        var rows = _layers ??= new LayerWriter(_connection);
        var facts = _facts ??= new FactWriter(_connection);
        rows.Bind(tx);
        facts.Bind(tx);
        var articles = 0;
        foreach (var page in input.Pages)
        {
            var pageId = rows.AddPage(inputId, page.Page, input.Input);
            foreach (var article in page.Articles)
            {
                rows.AddArticle(inputId, pageId, article);
                facts.Add(article.Document);
                articles++;
            }
        }

        return new SaveOutcome(inputId, version, latest is null ? InputStatus.New : InputStatus.Changed, articles);
    }

    public Task<IReadOnlySet<string>> LoadKnownHashesAsync(CancellationToken ct = default)
    {
        using var cmd = Command(null, "SELECT sha256 FROM inputs");
        using var reader = cmd.ExecuteReader();
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            set.Add(reader.GetString(0));
        }

        return Task.FromResult<IReadOnlySet<string>>(set);
    }

    public Task RecordKnownAsync(string fullPath, string sha256, CancellationToken ct = default)
    {
        using var tx = _connection.BeginTransaction(deferred: false);
        using (var find = Command(tx, "SELECT id FROM inputs WHERE sha256 = $sha"))
        {
            find.Parameters.AddWithValue("$sha", sha256);
            if (find.ExecuteScalar() is long known)
            {
                var latest = LatestVersion(tx, fullPath);
                if (latest?.InputId != known)
                {
                    AddVersion(tx, fullPath, known, (latest?.Version ?? 0) + 1, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                }
            }
        }

        tx.Commit();
        return Task.CompletedTask;
    }

    (long InputId, int Version)? LatestVersion(SqliteTransaction tx, string fullPath)
    {
        using var cmd = Command(tx, "SELECT input_id, version FROM input_versions WHERE full_path = $p ORDER BY version DESC LIMIT 1");
        cmd.Parameters.AddWithValue("$p", fullPath);
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetInt32(1)) : null;
    }

    int AddVersion(SqliteTransaction tx, string fullPath, long inputId, int version, string now)
    {
        using var cmd = Command(tx, "INSERT INTO input_versions(full_path, version, input_id, seen_at) VALUES ($p, $v, $i, $t)");
        cmd.Parameters.AddWithValue("$p", fullPath);
        cmd.Parameters.AddWithValue("$v", version);
        cmd.Parameters.AddWithValue("$i", inputId);
        cmd.Parameters.AddWithValue("$t", now);
        cmd.ExecuteNonQuery();
        return version;
    }

    internal static string Name(InputFormat format) => format.ToString().ToLowerInvariant();

    internal static string Name(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    internal static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
