using Marsad.Documents;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// The names enum values take in the store and the export: snake_case for kinds, sources, predicates and flags,
/// PLOVER's upper case for event categories. Parsing is the inverse.
/// </summary>
public static class Names
{
    public static string Of(EntityKind kind) => kind.ToString().ToLowerInvariant();

    public static string Of(MentionSource source) => source switch
    {
        MentionSource.KnowledgeBase => "kb",
        MentionSource.Context => "context",
        _ => "tagger",
    };

    public static string Of(RelationPredicate predicate) => Snake(predicate.ToString());

    public static string Of(QuoteMedium medium) => medium.ToString().ToLowerInvariant();

    public static string Of(EventCategory category) => category.ToString().ToUpperInvariant();

    public static IEnumerable<string> Of(EventFlags flags) =>
        Enum.GetValues<EventFlags>().Where(f => f != EventFlags.None && flags.HasFlag(f)).Select(f => f.ToString().ToLowerInvariant());

    public static EntityKind Kind(string name) => Enum.Parse<EntityKind>(name, ignoreCase: true);

    public static MentionSource Source(string name) => name switch
    {
        "kb" => MentionSource.KnowledgeBase,
        "context" => MentionSource.Context,
        _ => MentionSource.Tagger,
    };

    public static RelationPredicate Predicate(string name) => Enum.Parse<RelationPredicate>(name.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    public static QuoteMedium Medium(string name) => Enum.Parse<QuoteMedium>(name, ignoreCase: true);

    public static EventCategory Category(string name) => Enum.Parse<EventCategory>(name, ignoreCase: true);

    public static EventFlags Flags(IEnumerable<string> names) =>
        names.Aggregate(EventFlags.None, (all, n) => all | Enum.Parse<EventFlags>(n, ignoreCase: true));

    static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
