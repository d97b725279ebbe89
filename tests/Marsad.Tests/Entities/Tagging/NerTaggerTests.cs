using Marsad.Entities.Tagging;

namespace Marsad.Tests.Entities.Tagging;

public class NerTaggerTests
{
    static readonly Lazy<NerModel> Trained = new(() => NerTrainer.Train(TinyCorpus.Training(), TinyCorpus.Options));

    [Fact]
    public void Learns_its_training_sentences()
    {
        var tagger = new NerTagger(Trained.Value);
        foreach (var s in TinyCorpus.Training())
        {
            Assert.Equal(s.Tags!, tagger.Tag(s.Tokens));
        }
    }

    [Fact]
    public void Generalises_to_a_known_place_with_a_clitic_in_a_new_sentence()
    {
        // وبغداد: the conjunction و is split off, so the place learned as بغداد is still recognised.
        var s = TinyCorpus.S("وصل الوزير سمير|B-PERS إلى وبغداد|B-LOC أمس في زيارة رسمية .");
        Assert.Equal(s.Tags!, new NerTagger(Trained.Value).Tag(s.Tokens));
    }

    [Fact]
    public void Generalises_to_an_unseen_name_after_a_title()
    {
        // Every name in training follows قال الرئيس; a name never seen there is tagged from that context.
        var tags = new NerTagger(Trained.Value).Tag(TinyCorpus.S("قال الرئيس فراس العطار إن الوضع هادئ في تونس .").Tokens);
        Assert.Equal(["O", "O", "B-PERS", "I-PERS"], tags[..4]);
    }

    [Fact]
    public void Save_and_load_give_identical_predictions()
    {
        var model = Trained.Value;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);

        var sentence = TinyCorpus.S("والتقى هشام الخياط بوفد من حزب الغد في القاهرة .").Tokens;
        Assert.Equal(new NerTagger(model).Tag(sentence), new NerTagger(loaded).Tag(sentence));
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        Assert.Equal(model.Types, loaded.Types);
    }

    [Fact]
    public void Training_is_deterministic()
    {
        static byte[] Bytes(NerModel m)
        {
            using var stream = new MemoryStream();
            m.Save(stream);
            return stream.ToArray();
        }

        var again = NerTrainer.Train(TinyCorpus.Training(), TinyCorpus.Options);
        Assert.Equal(Bytes(Trained.Value), Bytes(again));
    }

    [Fact]
    public void A_two_pass_model_trains_saves_and_tags_documents()
    {
        var options = TinyCorpus.Options with { ContextWindow = 3, StackFolds = 2, Unlabeled = [["قال", "سمير", "في", "تونس"]] };
        var model = NerTrainer.Train(TinyCorpus.Training(), options);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var tagger = new NerTagger(NerModel.Load(stream));

        var document = TinyCorpus.Training().Take(6).Select(s => s.Tokens).ToList();
        var tags = tagger.TagDocument(document);

        Assert.Equal(document.Count, tags.Length);
        Assert.Equal(TinyCorpus.Training()[0].Tags!, tags[0]);
        Assert.Equal(new NerTagger(model).TagDocument(document), tags);
    }

    [Fact]
    public void Never_crashes_on_odd_input()
    {
        var tagger = new NerTagger(Trained.Value);
        var random = new Random(42);
        string[] pieces = ["", " ", "😀", "بغداد", "CNN", "2006", "٢٠٠٦", "\u200F", "ـــ", "«", new string('ب', 5000), "a-b", "\t", "ﻻ"];
        Assert.Empty(tagger.Tag([]));
        for (var trial = 0; trial < 200; trial++)
        {
            var tokens = Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)] + pieces[random.Next(pieces.Length)]).ToArray();
            var tags = tagger.Tag(tokens);
            Assert.Equal(tokens.Length, tags.Length);
            Assert.All(NerChunk.FromTags(tags), c => Assert.True(c.Start < c.End && c.End <= tokens.Length));
            Assert.DoesNotContain(tags, t => t.StartsWith("I-", StringComparison.Ordinal) && tags.Length == 1);
        }
    }

    [Fact]
    public void Output_is_well_formed_iob2()
    {
        var tags = new NerTagger(Trained.Value).Tag(TinyCorpus.S("سمير العطار حزب الأمل تونس نادر").Tokens);
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i].StartsWith("I-", StringComparison.Ordinal))
            {
                Assert.True(i > 0 && tags[i - 1][2..] == tags[i][2..], $"orphan {tags[i]} at {i}");
            }
        }
    }

    [Fact]
    public void Concurrent_tagging_agrees_with_sequential_tagging()
    {
        var tagger = new NerTagger(Trained.Value);
        var sentences = TinyCorpus.Training().Select(s => s.Tokens).ToArray();
        var expected = sentences.Select(s => string.Join(" ", tagger.Tag(s))).ToArray();
        var fresh = new NerTagger(Trained.Value);
        var actual = new string[sentences.Length];
        Parallel.For(0, sentences.Length * 4, k => actual[k % sentences.Length] = string.Join(" ", fresh.Tag(sentences[k % sentences.Length])));
        Assert.Equal(expected, actual);
    }
}
