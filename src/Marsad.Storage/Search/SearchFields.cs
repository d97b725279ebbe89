namespace Marsad.Storage.Search;

/// <summary>The fields of an article in the search index.</summary>
public static class SearchFields
{
    /// <summary>The article id (stored, not analysed).</summary>
    public const string Id = "id";

    /// <summary>Title and text: analysed to stems; the title is stored, the text is read from the store (snippets are cut from them).</summary>
    public const string Title = "title";

    public const string Text = "text";

    /// <summary>The same text analysed to bases (no suffix stripping): exact words and names.</summary>
    public const string TitleBase = "title_b";

    public const string TextBase = "text_b";

    /// <summary>The same text analysed to vowel skeletons, for spellings that differ in a long vowel letter.</summary>
    public const string TitleVariant = "title_v";

    public const string TextVariant = "text_v";

    /// <summary>Facets (stored, not analysed): the outlet, the publication day, and entity ids and PLOVER categories.</summary>
    public const string Outlet = "outlet";

    public const string Published = "published";

    /// <summary>The publication day as a number (days since 0001-01-01) for range filters.</summary>
    public const string Day = "day";

    /// <summary>The publication day again as a doc value, for sorting newest first.</summary>
    public const string DaySort = "day_sort";

    public const string Actor = "actor";

    public const string Category = "category";

    public const string Place = "place";

    /// <summary>The term form a field is analysed to.</summary>
    public static TermForm FormOf(string field) => field switch
    {
        TitleBase or TextBase => TermForm.Base,
        TitleVariant or TextVariant => TermForm.Skeleton,
        _ => TermForm.Stem,
    };
}
