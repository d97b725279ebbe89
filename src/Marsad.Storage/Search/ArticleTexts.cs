using System.Collections.Concurrent;
using Marsad.Storage.Workspace;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Search;

/// <summary>
/// Reads the text of the hits on a result page from the store (the index keeps no copy of it). Keeps a few
/// read-only connections with a prepared statement for reuse, so a search pays one primary-key lookup per hit and
/// no statement preparation. Thread-safe; a reader is used by one search at a time.
/// </summary>
internal sealed class ArticleTexts(string dbPath) : IDisposable
{
    readonly ConcurrentBag<Reader> _idle = [];

    /// <summary>The texts of the articles still in the store, by id.</summary>
    public IReadOnlyDictionary<string, string> Read(IReadOnlyList<string> ids)
    {
        var reader = _idle.TryTake(out var idle) ? idle : new Reader(dbPath);
        try
        {
            var texts = new Dictionary<string, string>(ids.Count, StringComparer.Ordinal);
            foreach (var id in ids)
            {
                if (reader.Text(id) is { } text)
                {
                    texts[id] = text;
                }
            }

            _idle.Add(reader);
            return texts;
        }
        catch (SqliteException)
        {
            reader.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    sealed class Reader : IDisposable
    {
        readonly SqliteConnection _connection;
        readonly SqliteCommand _command;

        public Reader(string dbPath)
        {
            _connection = StoreConnection.OpenReadOnly(dbPath);
            _command = _connection.CreateCommand();
            _command.CommandText = "SELECT text FROM articles WHERE id = $id";
            _command.Parameters.Add("$id", SqliteType.Text);
            _command.Prepare();
        }

        public string? Text(string id)
        {
            _command.Parameters[0].Value = id;
            return _command.ExecuteScalar() as string;
        }

        public void Dispose()
        {
            _command.Dispose();
            _connection.Dispose();
        }
    }
}
