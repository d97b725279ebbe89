using System.Collections.Immutable;
using Marsad.CrossDocument;
using Marsad.Documents;

namespace Marsad.Storage.Graph;

/// <summary>
/// Binary form of the linkers' profiles for the store's BLOB columns: compact and fast (profiles are rewritten
/// every batch that touches them). Version byte first, so a later layout can still read this one.
/// </summary>
internal static class ProfileCodec
{
    const byte Version = 1;

    public static byte[] Encode(EntityProfile p) => Write(w =>
    {
        w.Write((byte)p.Kind);
        w.Write(p.Name);
        w.Write(p.Seq);
        Strings(w, p.Names);
        Strings(w, p.Roles);
        Strings(w, p.Orgs);
        Strings(w, p.CoActors);
        w.Write(p.Articles);
        Date(w, p.FirstSeen);
        Date(w, p.LastSeen);
    });

    public static EntityProfile DecodeEntity(string id, byte[] data) => Read(data, r => new EntityProfile(id, (EntityKind)r.ReadByte(), r.ReadString(), r.ReadInt64())
    {
        Names = Strings(r),
        Roles = Strings(r),
        Orgs = Strings(r),
        CoActors = Strings(r),
        Articles = r.ReadInt32(),
        FirstSeen = Date(r),
        LastSeen = Date(r),
    });

    public static byte[] Encode(EventCluster c) => Write(w =>
    {
        w.Write((byte)c.Category);
        w.Write(c.Negated);
        w.Write(c.Seq);
        Window(w, c.Window);
        Strings(w, c.Places);
        Strings(w, c.Participants);
        Strings(w, c.Named);
        Longs(w, c.Terms);
        Strings(w, c.Triggers);
        w.Write(c.Ordinals.Length);
        foreach (var o in c.Ordinals)
        {
            w.Write(o);
        }

        w.Write(c.Reports);
        w.Write(c.BackgroundOnly);
    });

    public static EventCluster DecodeCluster(string id, byte[] data) => Read(data, r =>
    {
        var c = new EventCluster(id, (EventCategory)r.ReadByte(), r.ReadBoolean(), r.ReadInt64())
        {
            Window = Window(r),
            Places = Strings(r),
            Participants = Strings(r),
            Named = Strings(r),
            Terms = Longs(r),
            Triggers = Strings(r),
        };
        var ordinals = new int[r.ReadInt32()];
        for (var i = 0; i < ordinals.Length; i++)
        {
            ordinals[i] = r.ReadInt32();
        }

        return c with { Ordinals = [.. ordinals], Reports = r.ReadInt32(), BackgroundOnly = r.ReadBoolean() };
    });

    public static byte[] Encode(StoryProfile s) => Write(w =>
    {
        w.Write(s.Seq);
        String(w, s.Title);
        String(w, s.TitleArticle);
        Date(w, s.First);
        Date(w, s.Last);
        w.Write(s.Articles);
        w.Write(s.Recent.Length);
        foreach (var m in s.Recent)
        {
            w.Write(m.ArticleId);
            Date(w, m.Date);
            String(w, m.Title);
            Uints(w, m.Signature);
            Longs(w, m.TitleTerms);
        }

        w.Write(s.Leads.Length);
        foreach (var l in s.Leads)
        {
            w.Write(l.ClusterId);
            w.Write((byte)l.Category);
            String(w, l.PlaceId);
            Window(w, l.Window);
        }

        Strings(w, s.Clusters);
        w.Write(s.Entities.Length);
        foreach (var e in s.Entities)
        {
            w.Write(e.Id);
            w.Write(e.Weight);
        }
    });

    public static StoryProfile DecodeStory(string id, byte[] data) => Read(data, r =>
    {
        var s = new StoryProfile(id, r.ReadInt64())
        {
            Title = String(r),
            TitleArticle = String(r),
            First = Date(r),
            Last = Date(r),
            Articles = r.ReadInt32(),
        };
        var recent = ImmutableArray.CreateBuilder<StoryMember>();
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            recent.Add(new StoryMember(r.ReadString(), Date(r), String(r), Uints(r), Longs(r)));
        }

        var leads = ImmutableArray.CreateBuilder<LeadEvent>();
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            leads.Add(new LeadEvent(r.ReadString(), (EventCategory)r.ReadByte(), String(r), Window(r)));
        }

        var clusters = Strings(r);
        var entities = ImmutableArray.CreateBuilder<WeightedId>();
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            entities.Add(new WeightedId(r.ReadString(), r.ReadInt32()));
        }

        return s with { Recent = recent.ToImmutable(), Leads = leads.ToImmutable(), Clusters = clusters, Entities = entities.ToImmutable() };
    });

    public static byte[] Encode(QuoteCluster q) => Write(w =>
    {
        String(w, q.Speaker);
        w.Write(q.Seq);
        Longs(w, q.Terms);
        w.Write(q.Reports);
        Date(w, q.First);
    });

    public static QuoteCluster DecodeQuote(string id, byte[] data) => Read(data, r =>
        new QuoteCluster(id, String(r), r.ReadInt64()) { Terms = Longs(r), Reports = r.ReadInt32(), First = Date(r) });

    public static byte[] Encode(ArticleSketch s) => Write(w =>
    {
        w.Write(s.Seq);
        String(w, s.Outlet);
        Date(w, s.Date);
        w.Write(s.TextHash);
        Uints(w, s.Signature);
        Strings(w, s.Stories);
        String(w, s.Original);
    });

    public static ArticleSketch DecodeSketch(string id, byte[] data) => Read(data, r =>
        new ArticleSketch(id, r.ReadInt64(), String(r), Date(r), r.ReadUInt64(), Uints(r)) { Stories = Strings(r), Original = String(r) });

    static byte[] Write(Action<BinaryWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream))
        {
            w.Write(Version);
            body(w);
        }

        return stream.ToArray();
    }

    static T Read<T>(byte[] data, Func<BinaryReader, T> body)
    {
        using var r = new BinaryReader(new MemoryStream(data));
        var version = r.ReadByte();
        if (version != Version)
        {
            throw new StoreException($"graph profile version {version} is unknown to this build; run `marsad rebuild`");
        }

        return body(r);
    }

    static void String(BinaryWriter w, string? s)
    {
        w.Write(s is not null);
        if (s is not null)
        {
            w.Write(s);
        }
    }

    static string? String(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    static void Strings(BinaryWriter w, ImmutableArray<string> values)
    {
        w.Write(values.Length);
        foreach (var v in values)
        {
            w.Write(v);
        }
    }

    static ImmutableArray<string> Strings(BinaryReader r)
    {
        var n = r.ReadInt32();
        var b = ImmutableArray.CreateBuilder<string>(n);
        for (var i = 0; i < n; i++)
        {
            b.Add(r.ReadString());
        }

        return b.MoveToImmutable();
    }

    static void Longs(BinaryWriter w, ImmutableArray<ulong> values)
    {
        w.Write(values.Length);
        foreach (var v in values)
        {
            w.Write(v);
        }
    }

    static ImmutableArray<ulong> Longs(BinaryReader r)
    {
        var n = r.ReadInt32();
        var b = ImmutableArray.CreateBuilder<ulong>(n);
        for (var i = 0; i < n; i++)
        {
            b.Add(r.ReadUInt64());
        }

        return b.MoveToImmutable();
    }

    static void Uints(BinaryWriter w, ImmutableArray<uint> values)
    {
        w.Write(values.Length);
        foreach (var v in values)
        {
            w.Write(v);
        }
    }

    static ImmutableArray<uint> Uints(BinaryReader r)
    {
        var n = r.ReadInt32();
        var b = ImmutableArray.CreateBuilder<uint>(n);
        for (var i = 0; i < n; i++)
        {
            b.Add(r.ReadUInt32());
        }

        return b.MoveToImmutable();
    }

    static void Date(BinaryWriter w, DateOnly? d) => w.Write(d?.DayNumber ?? -1);

    static DateOnly? Date(BinaryReader r) => r.ReadInt32() is var n and >= 0 ? DateOnly.FromDayNumber(n) : null;

    static void Window(BinaryWriter w, DateWindow window)
    {
        Date(w, window.From);
        Date(w, window.To);
    }

    static DateWindow Window(BinaryReader r) => new(Date(r), Date(r));
}
