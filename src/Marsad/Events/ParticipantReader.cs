using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// Reads an event's actors and recipients from the parties of its sentence (docs/events.md, "Who did it to whom"):
/// the subject before or right after a verb, the genitive after an event noun, recipients after على/ضد/إلى/مع/بـ
/// or as the object, visits as visitor → host, reciprocal events with every party as actor.
/// </summary>
internal static class ParticipantReader
{
    // Verb-subject-object: the subject follows the verb within this many words (adverbs, قد، a date between).
    const int SubjectGap = 3;

    // Subject-verb: a subject ends at most this many words before its verb (قد or a particle between).
    const int PrecedingSubjectGap = 2;

    /// <summary>Fills <paramref name="draft"/>'s actors and recipients.</summary>
    public static void Read(SentenceView view, EventDraft draft, int clauseStart)
    {
        var hit = draft.Primary;
        var parties = view.Parties;
        var actorIndex = FindActor(view, hit, clauseStart, draft.ScopeEnd);
        var recipients = new List<int>();
        var lastRecipient = -1;
        for (var p = 0; p < parties.Count; p++)
        {
            var party = parties[p];
            if (p == actorIndex || party.Start < hit.End || party.Start >= draft.ScopeEnd)
            {
                continue;
            }

            // A place where something happened is the event's place, not a party.
            if ((party.Mark & PartyMark.Locative) != 0 && party.IsPlace)
            {
                continue;
            }

            var marked = (party.Mark & (PartyMark.Preposition | PartyMark.With | PartyMark.Between)) != 0;
            var coordinated = (party.Mark & PartyMark.Coordinated) != 0 && lastRecipient >= 0;
            // The direct object: the first unmarked party after the verb (and after its subject).
            var directObject = hit.Rule.IsVerb && recipients.Count == 0 && (party.Mark & PartyMark.AgentBy) == 0
                && (actorIndex < 0 || parties[actorIndex].Start < party.Start || parties[actorIndex].Start < hit.Start);
            if (marked || coordinated || directObject)
            {
                recipients.Add(p);
                lastRecipient = p;
            }
        }

        Assign(view, draft, hit.Rule.Frame, actorIndex, recipients);
    }

    static void Assign(SentenceView view, EventDraft draft, Frame frame, int actorIndex, List<int> recipients)
    {
        var parties = view.Parties;
        switch (frame)
        {
            case Frame.Victim:
                // مقتل X: X is the victim; اغتيال X Y (agent then victim, no preposition between) gives both.
                var after = FirstAfter(parties, draft.Primary.End, draft.ScopeEnd);
                if (after >= 0 && (parties[after].Mark & (PartyMark.Preposition | PartyMark.AgentBy)) == 0)
                {
                    var next = after + 1 < parties.Count && parties[after + 1].Start <= parties[after].End + 1
                        && parties[after + 1].Start < draft.ScopeEnd && !parties[after + 1].Marked
                        && (parties[after + 1].Mark & PartyMark.Coordinated) == 0 ? after + 1 : -1;
                    Add(draft.Recipients, parties[next >= 0 ? next : after], draft.Category);
                    if (next >= 0)
                    {
                        Add(draft.Actors, parties[after], draft.Category);
                    }
                }

                AddAgentBy(parties, draft);
                break;
            case Frame.Host:
                foreach (var r in recipients)
                {
                    Add(draft.Actors, parties[r], draft.Category);
                }

                if (actorIndex >= 0)
                {
                    Add(draft.Recipients, parties[actorIndex], draft.Category);
                }

                break;
            case Frame.Mutual:
                if (actorIndex >= 0)
                {
                    Add(draft.Actors, parties[actorIndex], draft.Category);
                }

                foreach (var r in recipients)
                {
                    Add(draft.Actors, parties[r], draft.Category);
                }

                break;
            default:
                if (actorIndex >= 0)
                {
                    Add(draft.Actors, parties[actorIndex], draft.Category);
                }

                foreach (var r in recipients)
                {
                    Add(draft.Recipients, parties[r], draft.Category);
                }

                break;
        }

        // No duplicated dyads (PLOVER): a party is an actor or a recipient, not both.
        draft.Recipients.RemoveAll(draft.Actors.Contains);
    }

    static int FindActor(SentenceView view, Hit hit, int clauseStart, int scopeEnd)
    {
        var parties = view.Parties;
        for (var p = 0; p < parties.Count; p++)
        {
            if ((parties[p].Mark & PartyMark.AgentBy) != 0 && parties[p].Start >= hit.End && parties[p].Start < scopeEnd)
            {
                return p;
            }
        }

        var before = Nearest(parties, clauseStart, hit.Start);
        var after = FirstAfter(parties, hit.End, scopeEnd);
        var afterIsSubject = after >= 0 && !parties[after].Marked && (parties[after].Mark & PartyMark.With) == 0;
        if (hit.Rule.IsVerb)
        {
            if (before >= 0 && parties[before].End >= hit.Start - PrecedingSubjectGap)
            {
                return before;
            }

            if (afterIsSubject && parties[after].Start <= hit.End + SubjectGap)
            {
                return after;
            }
        }
        else if (afterIsSubject && hit.Rule.Frame != Frame.Victim && parties[after].Start <= hit.End + 1)
        {
            // The genitive after an event noun is its agent (هجوم الفصائل، زيارة الوزير).
            return after;
        }

        // The subject of the clause before the trigger (شنّ X هجوما), else of the sentence (its verbs share it).
        return before >= 0 ? before : Nearest(parties, view.First, hit.Start);
    }

    /// <summary>The last unmarked party that could be a subject in [from, before).</summary>
    static int Nearest(List<Party> parties, int from, int before)
    {
        for (var p = parties.Count - 1; p >= 0; p--)
        {
            var party = parties[p];
            if (party.End <= before && party.Start >= from && !party.Marked && !party.IsSetting
                && (party.Mark & (PartyMark.With | PartyMark.Between)) == 0)
            {
                return p;
            }
        }

        return -1;
    }

    static int FirstAfter(List<Party> parties, int from, int end)
    {
        for (var p = 0; p < parties.Count; p++)
        {
            if (parties[p].Start >= from && parties[p].Start < end && !parties[p].IsSetting)
            {
                return p;
            }
        }

        return -1;
    }

    static void AddAgentBy(List<Party> parties, EventDraft draft)
    {
        foreach (var party in parties)
        {
            if ((party.Mark & PartyMark.AgentBy) != 0 && party.Start >= draft.Primary.End && party.Start < draft.ScopeEnd)
            {
                Add(draft.Actors, party, draft.Category);
            }
        }
    }

    /// <summary>Adds a party's id; a location attacked or seized stands for the forces at it (forces-at:kb:…).</summary>
    static void Add(List<string> list, in Party party, EventCategory category)
    {
        var id = party.Kind == EntityKind.Location && category is EventCategory.Assault or EventCategory.Coerce
            ? ForcesAt + party.Id
            : party.Id;
        if (!list.Contains(id))
        {
            list.Add(id);
        }
    }

    /// <summary>The source class prefix for the forces stationed at a location (a base) that is attacked.</summary>
    public const string ForcesAt = "forces-at:";
}
