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

    // The victim follows مقتل/اغتيال directly, or after a title word (اغتيال القيادي X).
    const int VictimGap = 2;

    // An event noun's recipient (after على، ضد، إلى) starts within this many words of it.
    const int NounComplementWindow = 6;

    // Subject-verb: a subject ends at most this many words before its verb (قد or a particle between).
    const int PrecedingSubjectGap = 2;

    /// <summary>Fills <paramref name="draft"/>'s actors and recipients.</summary>
    public static void Read(SentenceView view, EventDraft draft, int clauseStart)
    {
        var hit = draft.Primary;
        var parties = view.Parties;
        var actorIndex = FindActor(view, hit, clauseStart, draft.ScopeEnd);
        var recipients = new List<int>();
        // "تعرضت القواعد إلى هجمات": the subject of تعرّض is the target, not the agent.
        if (Undergoes(view, hit.Start, clauseStart) && Nearest(parties, clauseStart, hit.Start) is >= 0 and var target)
        {
            recipients.Add(target);
            actorIndex = actorIndex == target || (actorIndex >= 0 && parties[actorIndex].End <= hit.Start) ? -1 : actorIndex;
        }

        // "عقد العراق والولايات المتحدة محادثات": parties coordinated with the subject share its role.
        for (var p = actorIndex + 1; actorIndex >= 0 && p < parties.Count && parties[p].End <= hit.Start
            && (parties[p].Mark & PartyMark.Coordinated) != 0 && hit.Rule.Frame == Frame.Mutual; p++)
        {
            recipients.Add(p);
        }

        var lastRecipient = actorIndex;
        for (var p = 0; p < parties.Count; p++)
        {
            var party = parties[p];
            if (p == actorIndex || recipients.Contains(p) || party.Start < hit.End || party.Start >= draft.ScopeEnd)
            {
                continue;
            }

            // A place where something happened is the event's place, not a party.
            if ((party.Mark & PartyMark.Locative) != 0 && party.IsPlace)
            {
                continue;
            }

            // An event noun's complements follow it closely (هجوم على القاعدة); a verb's run to the end of its scope.
            if (!hit.Rule.IsVerb && party.Start > hit.End + NounComplementWindow && lastRecipient < 0)
            {
                continue;
            }

            // Reciprocal events take their other parties from مع and بين, not from any preposition.
            var marks = hit.Rule.Frame == Frame.Mutual ? PartyMark.With | PartyMark.Between : PartyMark.Preposition | PartyMark.With | PartyMark.Between;
            var marked = (party.Mark & marks) != 0;
            var coordinated = (party.Mark & PartyMark.Coordinated) != 0 && lastRecipient >= 0;
            // The direct object: the first unmarked party after the verb (and after its subject).
            var directObject = hit.Rule.IsVerb && !recipients.Exists(r => parties[r].Start >= hit.End) && (party.Mark & PartyMark.AgentBy) == 0
                && (actorIndex < 0 || parties[actorIndex].Start < party.Start || parties[actorIndex].Start < hit.Start);
            if (marked || coordinated || directObject)
            {
                recipients.Add(p);
                lastRecipient = p;
            }
        }

        Assign(view, draft, hit.Rule.Frame, actorIndex, recipients);
    }

    static bool Undergoes(SentenceView view, int trigger, int clauseStart)
    {
        for (var k = clauseStart; k < trigger; k++)
        {
            if ((view.CueAt(k) & CueRole.Undergo) != 0)
            {
                return true;
            }
        }

        return false;
    }

    static void Assign(SentenceView view, EventDraft draft, Frame frame, int actorIndex, List<int> recipients)
    {
        var parties = view.Parties;
        switch (frame)
        {
            case Frame.Victim:
                // مقتل X: X is the victim; اغتيال X Y (agent then victim, no preposition between) gives both.
                var after = FirstAfter(parties, draft.Primary.End, draft.ScopeEnd);
                if (after >= 0 && (parties[after].Mark & (PartyMark.Preposition | PartyMark.AgentBy)) == 0
                    && parties[after].Start <= draft.Primary.End + VictimGap)
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

        if (!hit.Rule.IsVerb)
        {
            return NounActor(view, hit, clauseStart, scopeEnd);
        }

        var before = Nearest(parties, clauseStart, hit.Start);
        if (before >= 0 && (parties[before].Mark & PartyMark.Locative) != 0 && parties[before].IsPlace)
        {
            // "وفي الموصل، انفجرت عبوة": a fronted place is where, never who.
            before = -1;
        }

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

        // The subject of the clause before the trigger: a verb without one shares the subject of the clause's earlier
        // verbs (وقال X … وأضاف). A new clause (فيما، بينما) brings its own subject, so none is taken across it.
        return before;
    }

    /// <summary>
    /// An event noun's actor: its genitive (هجوم الفصائل، زيارة الوزير), else the subject of a light verb carrying
    /// it (شنت الفصائل هجوما، أجرى الوزير محادثات), else, after a light verb without a subject of its own, the clause's.
    /// </summary>
    static int NounActor(SentenceView view, Hit hit, int clauseStart, int scopeEnd)
    {
        var parties = view.Parties;
        var after = FirstAfter(parties, hit.End, scopeEnd);
        if (hit.Rule.Frame != Frame.Victim && after >= 0 && !parties[after].Marked
            && (parties[after].Mark & PartyMark.With) == 0 && parties[after].Start <= hit.End + 1)
        {
            return after;
        }

        for (var k = hit.Start - 1; k >= clauseStart && k >= hit.Start - LightVerbWindow; k--)
        {
            // An announcement carries its noun like a light verb: أعلنت الوزارة سحب قواتها → the ministry withdraws.
            if ((view.CueAt(k) & (CueRole.LightVerb | CueRole.Announce)) == 0)
            {
                continue;
            }

            var verb = new Hit(k, k + 1, hit.Rule with { IsVerb = true, Frame = Frame.Agent });
            var subject = FindActor(view, verb, clauseStart, hit.Start);
            return subject >= 0 && parties[subject].Start < hit.Start ? subject : Nearest(parties, clauseStart, k);
        }

        return -1;
    }

    // A light verb stands at most this many words before its noun (شنت الفصائل المسلحة هجوما).
    const int LightVerbWindow = 4;

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
