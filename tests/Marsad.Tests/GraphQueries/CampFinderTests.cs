using Marsad.GraphQueries;
using Marsad.Documents;
using Marsad.Persistence.Graph;
using static Marsad.Tests.Briefs.BriefFacts;

namespace Marsad.Tests.GraphQueries;

public class CampFinderTests
{
    static readonly NamedId Party = new("kb:test-party", "حزب التجربة", "Test Party");
    static readonly NamedId Leader = new("a1/e2", "نوري الساعدي");
    static readonly NamedId Envoy = new("a2/e1", "كريم الموسوي");

    static ActorGraph Graph(params GraphEdge[] edges) =>
        new([Node(Militia), Node(Army), Node(Party), Node(Leader, EntityKind.Person), Node(Envoy, EntityKind.Person), Node(Town, EntityKind.Location)], [.. edges]);

    [Fact]
    public void Alignment_relations_join_actors_into_one_camp_with_the_ties_that_made_it()
    {
        var map = CampFinder.Find(Graph(
            Edge(Leader, Party, EdgeKind.Relation, "leads", A1),
            Edge(Party, Militia, EdgeKind.Relation, "aligned_with", A2)));

        var camp = Assert.Single(map.Camps);
        Assert.Equal(new[] { Leader.Id, Militia.Id, Party.Id }.Order(), camp.Members.Order());
        Assert.Equal(2, camp.Ties.Length);
    }

    [Fact]
    public void Hostile_events_between_camps_are_a_rivalry_not_a_tie()
    {
        var map = CampFinder.Find(Graph(
            Edge(Leader, Party, EdgeKind.Relation, "member_of", A1),
            Edge(Envoy, Army, EdgeKind.Relation, "spokesperson_of", A2),
            Edge(Party, Army, EdgeKind.Interaction, "THREATEN", A1, A2)));

        Assert.Equal(2, map.Camps.Length);
        var rivalry = Assert.Single(map.Rivalries);
        Assert.Equal("THREATEN", Assert.Single(rivalry.Edges).Relation);
    }

    [Fact]
    public void Meetings_are_neutral_adversaries_hold_talks_too()
    {
        var map = CampFinder.Find(Graph(Edge(Militia, Army, EdgeKind.Interaction, "CONSULT", A1, A2, A4)));

        Assert.Empty(map.Camps);
    }

    [Fact]
    public void A_pair_joins_only_when_cooperation_outweighs_hostility()
    {
        // One article of support against two of attacks: the balance is hostile, so the two stay apart.
        var map = CampFinder.Find(Graph(
            Edge(Militia, Army, EdgeKind.Interaction, "SUPPORT", A1),
            Edge(Army, Militia, EdgeKind.Interaction, "ASSAULT", A2, A4)));

        Assert.Empty(map.Camps);
    }

    [Fact]
    public void Places_without_government_take_no_side()
    {
        // A LOC node (a town) tied by part_of does not form a camp.
        var map = CampFinder.Find(Graph(Edge(Town, Army, EdgeKind.Relation, "part_of", A1)));

        Assert.Empty(map.Camps);
    }

    [Fact]
    public void A_shared_ally_does_not_pull_two_enemies_into_one_camp()
    {
        // The party is aligned with both the militia and the army, but the militia attacked the army in three
        // articles: the party joins one of them (equal ties go by id) and the other stays out.
        var map = CampFinder.Find(Graph(
            Edge(Party, Militia, EdgeKind.Relation, "aligned_with", A1),
            Edge(Party, Army, EdgeKind.Relation, "aligned_with", A2),
            Edge(Militia, Army, EdgeKind.Interaction, "ASSAULT", A1, A2, A4)));

        var camp = Assert.Single(map.Camps);
        Assert.Equal(2, camp.Members.Length);
        Assert.Contains(Party.Id, camp.Members);
        Assert.False(camp.Members.Contains(Militia.Id) && camp.Members.Contains(Army.Id));
    }
}
