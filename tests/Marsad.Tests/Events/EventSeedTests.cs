using Marsad.Cleaning;
using Marsad.Dates;
using Marsad.Documents;
using Marsad.Events;
using Marsad.Inputs;
using Marsad.Numbers;
using Marsad.Sentences;
using Marsad.Testing;
using Marsad.Tokenization;

namespace Marsad.Tests.Events;

/// <summary>
/// Seed 004 of ../shared (read at run time, never copied): cleaned, tokenised, split, dated and counted, then the
/// inferrer and the event finder run with NO mentions, so only categories, dates, flags and the inference are checked.
/// Skipped when ../shared is absent.
/// </summary>
public class EventSeedTests
{
    static Document Seed004()
    {
        var path = Directory.GetFiles(SharedData.Seeds!, "004_*.txt").Single();
        var bytes = File.ReadAllBytes(path);
        var read = new InputReader(InputOptions.Default).Read(path, bytes);
        var page = Assert.Single(read.Pages);
        var clean = PageCleaner.CreateDefault().Clean(page).First();
        var doc = new Document("seed-004", clean.Source with { Published = null }, clean.Text);
        doc = new SentenceSplitter().Run(new Tokenizer().Run(doc));
        doc = PublicationDateInferrer.CreateDefault().Run(doc);
        doc = DateFinder.CreateDefault().Run(doc);
        doc = new NumberFinder(NumberLexicon.Default).Run(doc);
        doc = EventDocuments.Finder.Run(doc);
        DocumentInvariants.Check(doc);
        return doc;
    }

    [SharedFact]
    public void Seed_004_publication_date_is_inferred_from_its_weekday_and_dated_events()
    {
        var doc = Seed004();
        var inferred = Assert.IsType<InferredDate>(doc.InferredPublished);
        Assert.Equal(new DateOnly(2021, 4, 8), inferred.Date);
        // The evidence sentences hold the "today" weekday, yesterday's round and the latest dated statement.
        var evidence = string.Join("\n", inferred.Evidence.Select(s => doc[s]));
        Assert.Contains("اليوم الخميس", evidence, StringComparison.Ordinal);
        Assert.Contains("أمس", evidence, StringComparison.Ordinal);
        Assert.Contains("3-4-2021", evidence, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Seed_004_missile_attack_of_january_2020_is_background()
    {
        var doc = Seed004();
        var attack = Assert.Single(doc.Events, e => e.Category == EventCategory.Assault && e.Date == new DateOnly(2020, 1, 8)
            && doc[e.Span].Contains("عين الأسد", StringComparison.Ordinal) && doc[e.Trigger].Contains("قصف", StringComparison.Ordinal));
        Assert.True(attack.Flags.HasFlag(EventFlags.Background));
        Assert.Contains("heavy-weapons", attack.Modes);
        Assert.Equal(110, attack.Injured);
    }

    [SharedFact]
    public void Seed_004_coordination_body_threat_is_conditional()
    {
        var doc = Seed004();
        var assault = Assert.Single(doc.Events, e => e.Category == EventCategory.Assault && e.Flags.HasFlag(EventFlags.Conditional));
        Assert.True(assault.Flags.HasFlag(EventFlags.Future));
        Assert.Contains(doc.Events, e => e.Category == EventCategory.Threaten && e.Span == assault.Span && e.Modes.Contains("violence"));
    }

    [SharedFact]
    public void Seed_004_parliament_vote_is_found_and_dated()
    {
        var doc = Seed004();
        var vote = Assert.Single(doc.Events, e => e.Category == EventCategory.Request && e.Contexts.Contains("legislative"));
        Assert.Equal(new DateOnly(2020, 1, 5), vote.Date);
        Assert.Equal(DatePrecision.Day, vote.DatePrecision);
        Assert.True(vote.Flags.HasFlag(EventFlags.Background));
    }
}
