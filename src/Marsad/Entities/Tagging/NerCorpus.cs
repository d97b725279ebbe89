namespace Marsad.Entities.Tagging;

/// <summary>
/// Reads and writes the one-token-per-line NER text format (CoNLL style): a line holds a token and, optionally,
/// a gold tag after a space or tab; a blank line ends a sentence. <see cref="Write"/> emits <c>token&lt;TAB&gt;tag</c>,
/// which <see cref="Read"/> reads back, so <c>marsad ner-tag</c> output can be scored or re-tagged.
/// </summary>
public static class NerCorpus
{
    /// <summary>Reads every sentence; tags are kept when every line of the sentence has a second column.</summary>
    public static IReadOnlyList<NerSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<NerSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var allTagged = true;
        while (reader.ReadLine() is { } line)
        {
            line = line.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            // The token is the first field; ANERcorp separates with a space, our own output with a tab.
            // Splitting on the last separator keeps tokens that are themselves odd (never empty) intact.
            var cut = line.AsSpan().TrimEnd().LastIndexOfAny(' ', '\t');
            var trimmed = line.TrimEnd();
            if (cut <= 0)
            {
                tokens.Add(trimmed.Trim());
                allTagged = false;
            }
            else
            {
                tokens.Add(trimmed[..cut].Trim());
                tags.Add(trimmed[(cut + 1)..].Trim());
            }
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new NerSentence([.. tokens], allTagged && tags.Count == tokens.Count ? [.. tags] : null));
            }

            tokens.Clear();
            tags.Clear();
            allTagged = true;
        }
    }

    /// <summary>Writes one sentence as <c>token&lt;TAB&gt;tag</c> lines followed by a blank line.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> tokens, IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(tags);
        if (tokens.Count != tags.Count)
        {
            throw new ArgumentException($"{tokens.Count} tokens but {tags.Count} tags.", nameof(tags));
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            writer.Write(tokens[i]);
            writer.Write('\t');
            writer.Write(tags[i]);
            writer.Write('\n');
        }

        writer.Write('\n');
    }

    /// <summary>Writes every sentence with its tags (gold tags when <paramref name="tags"/> is null).</summary>
    public static void Write(TextWriter writer, IReadOnlyList<NerSentence> sentences, IReadOnlyList<IReadOnlyList<string>>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentenceTags = tags?[s] ?? sentences[s].Tags
                ?? throw new ArgumentException($"Sentence {s} has no tags to write.", nameof(tags));
            Write(writer, sentences[s].Tokens, sentenceTags);
        }
    }
}
