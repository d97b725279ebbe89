using System.Collections.Immutable;
using Marsad.Documents;

namespace Marsad.Entities.Knowledge;

/// <summary>
/// One row of the knowledge base (data/kb/*.tsv): a person, organisation or place an analyst expects Marsad to
/// recognise, with its names, dated affiliations and roles, and for places coordinates and the parent place.
/// <see cref="Id"/> is the stable ASCII slug without the <c>kb:</c> prefix that mention and entity ids carry.
/// <see cref="AliasesAr"/> are as written in the table, without the ambiguity marker (see
/// <see cref="AmbiguousAliasesAr"/>).
/// </summary>
public sealed record KbEntry(
    string Id,
    EntityKind Kind,
    string NameAr,
    string NameEn,
    string? Wikidata,
    string? Sector,
    string? Country,
    ImmutableArray<string> AliasesAr,
    ImmutableArray<string> AliasesEn,
    ImmutableArray<KbAffiliation> Affiliations,
    ImmutableArray<KbRole> Roles,
    double? Latitude,
    double? Longitude,
    string? Parent,
    string Note)
{
    /// <summary>
    /// Aliases marked <c>~</c> in the table: real names of this entry that are also common words or shared by
    /// other entries (e.g. عمان is Oman and Amman). They are found by <see cref="KnowledgeBase.FindByName"/> but
    /// the matcher does not fire on them alone in running text.
    /// </summary>
    public ImmutableArray<string> AmbiguousAliasesAr { get; init; } = [];

    /// <summary>The table file and line the row came from, for error messages and reports.</summary>
    public string Origin { get; init; } = "";

    /// <summary>The id as mentions and entities carry it: <c>kb:</c> + <see cref="Id"/>.</summary>
    public string EntityId => KnowledgeBase.IdPrefix + Id;
}
