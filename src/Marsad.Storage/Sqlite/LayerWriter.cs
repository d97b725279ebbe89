using System.Globalization;
using Marsad.Inputs;
using Marsad.Persistence;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// Writes pages, articles and their layers with statements prepared once per store and reused for every row and
/// every transaction (the analyze path writes hundreds of thousands of layer rows; preparing per input cost more
/// than the inserts). <see cref="Bind"/> attaches the statements to the current transaction.
/// </summary>
internal sealed class LayerWriter : IDisposable
{
    readonly SqliteCommand _page;
    readonly SqliteCommand _article;
    readonly SqliteCommand _removed;
    readonly SqliteCommand _sentence;
    readonly SqliteCommand _date;
    readonly SqliteCommand _number;

    public LayerWriter(SqliteConnection c)
    {
        _page = Prepare(c, "INSERT INTO pages(input_id, line, format, text) VALUES ($1, $2, $3, $4) RETURNING id", 4);
        _article = Prepare(c, """
            INSERT INTO articles(id, input_id, page_id, index_in_file, url, title, outlet, author, published, published_text,
                                 published_inferred, text, offset_map, inferred_rule, inferred_evidence)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
            """, 15);
        _removed = Prepare(c, "INSERT INTO removed_spans(article_id, ord, span_start, span_end, reason, text) VALUES ($1, $2, $3, $4, $5, $6)", 6);
        _sentence = Prepare(c, "INSERT INTO sentences(article_id, ord, span_start, span_end, first_token, token_count) VALUES ($1, $2, $3, $4, $5, $6)", 6);
        _date = Prepare(c, """
            INSERT INTO dates(article_id, ord, span_start, span_end, precision, date_start, date_end, rule, relative)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """, 9);
        _number = Prepare(c, "INSERT INTO numbers(article_id, ord, span_start, span_end, value, approximate) VALUES ($1, $2, $3, $4, $5, $6)", 6);
    }

    /// <summary>Runs the statements inside <paramref name="tx"/> from now on.</summary>
    public void Bind(SqliteTransaction tx)
    {
        foreach (var cmd in new[] { _page, _article, _removed, _sentence, _date, _number })
        {
            cmd.Transaction = tx;
        }
    }

    public long AddPage(long inputId, RawPage page, DecodedInput input)
    {
        // A page that is the whole decoded input is not stored twice: the raw bytes and the encoding give it back.
        var isWholeInput = ReferenceEquals(page.Text, input.Text) || page.Text == input.Text;
        return (long)Run(_page, [inputId, page.Line, page.Format.ToString().ToLowerInvariant(), isWholeInput ? null : page.Text], scalar: true)!;
    }

    public void AddArticle(long inputId, long pageId, AnalyzedArticle article)
    {
        var doc = article.Document;
        var src = doc.Source;
        // A page that prints no date may have one inferred from its text: stored as the date, flagged as inferred.
        var inferred = src.Published is null ? doc.InferredPublished : null;
        Run(_article, article.Id, inputId, pageId, src.IndexInFile, src.Url, src.Title, src.Outlet, src.Author,
            SqliteArticleStore.Iso(src.Published ?? inferred?.Date), src.PublishedText, inferred is null ? 0 : 1, doc.Text,
            OffsetMapCodec.Encode(article.Clean.Map), inferred?.Rule,
            inferred is null ? null : System.Text.Json.JsonSerializer.Serialize(inferred.Evidence.Select(e => new[] { e.Start, e.End })));

        var i = 0;
        foreach (var r in article.Clean.Removed)
        {
            Run(_removed, article.Id, i++, r.RawSpan.Start, r.RawSpan.End, r.Reason, r.Text);
        }

        i = 0;
        foreach (var s in doc.Sentences)
        {
            Run(_sentence, article.Id, i++, s.Span.Start, s.Span.End, s.FirstToken, s.TokenCount);
        }

        i = 0;
        foreach (var d in doc.Dates)
        {
            Run(_date, article.Id, i++, d.Span.Start, d.Span.End, SqliteArticleStore.Name(d.Precision),
                SqliteArticleStore.Iso(d.Start), SqliteArticleStore.Iso(d.End), d.Rule, d.Relative ? 1 : 0);
        }

        i = 0;
        foreach (var n in doc.Numbers)
        {
            Run(_number, article.Id, i++, n.Span.Start, n.Span.End, n.Value.ToString(CultureInfo.InvariantCulture), n.Approximate ? 1 : 0);
        }
    }

    public void Dispose()
    {
        _page.Dispose();
        _article.Dispose();
        _removed.Dispose();
        _sentence.Dispose();
        _date.Dispose();
        _number.Dispose();
    }

    internal static SqliteCommand Prepare(SqliteConnection c, string sql, int parameters)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        for (var p = 1; p <= parameters; p++)
        {
            cmd.Parameters.Add(new SqliteParameter("$" + p.ToString(CultureInfo.InvariantCulture), null));
        }

        return cmd;
    }

    internal static object? Run(SqliteCommand cmd, params object?[] values) => Run(cmd, values, scalar: false);

    static object? Run(SqliteCommand cmd, object?[] values, bool scalar)
    {
        for (var i = 0; i < values.Length; i++)
        {
            cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return scalar ? cmd.ExecuteScalar() : cmd.ExecuteNonQuery();
    }
}
