namespace Marsad.Entities.Tagging;

/// <summary>
/// Everything a model's features read besides its weights: word clusters, the training-split gazetteer, the
/// shipped name lists, label priors from tagged news, and the trigger words. Saved inside the model so it
/// tags as it did when trained.
/// </summary>
internal sealed record NerResources(
    NerWordClusters? Clusters, TrainingGazetteer? Gazetteer, ListGazetteer? Lists, NerTriggerWords? Triggers,
    TaggedCorpusGazetteer? News = null, NerVocabulary? Vocabulary = null)
{
    /// <summary>The gazetteers held here, in the fixed order features are computed.</summary>
    public IGazetteerFeatures[] Gazetteers => [.. new IGazetteerFeatures?[] { Gazetteer, Lists, News }.OfType<IGazetteerFeatures>()];

    public void Write(BinaryWriter writer)
    {
        writer.Write(Clusters is not null);
        Clusters?.Write(writer);
        writer.Write(Gazetteer is not null);
        Gazetteer?.Write(writer);
        writer.Write(Lists is not null);
        Lists?.Write(writer);
        writer.Write(News is not null);
        News?.Write(writer);
        writer.Write(Vocabulary is not null);
        Vocabulary?.Write(writer);
        writer.Write(Triggers is not null);
        if (Triggers is not null)
        {
            writer.Write(Triggers.Rows.Count);
            foreach (var (word, cls) in Triggers.Rows)
            {
                writer.Write(word);
                writer.Write(cls);
            }
        }
    }

    public static NerResources Read(BinaryReader reader)
    {
        var clusters = reader.ReadBoolean() ? NerWordClusters.Read(reader) : null;
        var gazetteer = reader.ReadBoolean() ? TrainingGazetteer.Read(reader) : null;
        var lists = reader.ReadBoolean() ? ListGazetteer.Read(reader) : null;
        var news = reader.ReadBoolean() ? TaggedCorpusGazetteer.Read(reader) : null;
        var vocabulary = reader.ReadBoolean() ? NerVocabulary.Read(reader) : null;
        NerTriggerWords? triggers = null;
        if (reader.ReadBoolean())
        {
            var rows = Enumerable.Range(0, reader.ReadInt32()).Select(_ => (reader.ReadString(), reader.ReadString())).ToArray();
            triggers = new NerTriggerWords(rows);
        }

        return new NerResources(clusters, gazetteer, lists, triggers, news, vocabulary);
    }
}
