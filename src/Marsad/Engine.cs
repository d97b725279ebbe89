using System.Collections.Immutable;
using Marsad.Cleaning;
using Marsad.Dates;
using Marsad.Documents;
using Marsad.Entities;
using Marsad.Events;
using Marsad.Ingestion;
using Marsad.Inputs;
using Marsad.Persistence;
using Marsad.Numbers;
using Marsad.Pipeline;
using Marsad.Quotes;
using Marsad.Relations;
using Marsad.Sentences;
using Marsad.Tokenization;

namespace Marsad;

/// <summary>
/// The one composition root both hosts (CLI, web) use: input reading, page cleaning and the per-document
/// pipeline, built once and reused. <see cref="Analyze"/> is pure CPU work and safe to call from many threads.
/// </summary>
public sealed class Engine(InputReader reader, PageCleaner cleaner, DocumentPipeline pipeline)
{
    public InputReader Reader => reader;

    public PageCleaner Cleaner => cleaner;

    public DocumentPipeline Pipeline => pipeline;

    /// <summary>The default engine: every stage Marsad has, with its shipped tables and models.</summary>
    public static Engine CreateDefault(InputOptions? options = null) =>
        new(new InputReader(options ?? InputOptions.Default), PageCleaner.CreateDefault(), new DocumentPipeline(DefaultStages()));

    /// <summary>The default stages in run order.</summary>
    public static IEnumerable<IStage> DefaultStages() =>
    [
        new Tokenizer(),
        new SentenceSplitter(),
        // Before the dates: a publication date the text pins becomes the anchor relative dates resolve against.
        PublicationDateInferrer.CreateDefault(),
        // Dates before numbers: the number finder skips digits that belong to a date.
        DateFinder.CreateDefault(),
        new NumberFinder(NumberLexicon.Default),
        EntityRecognizer.CreateDefault(),
        RelationFinder.CreateDefault(),
        // Quotes and events after the entities: speakers, actors and places are mentions the recogniser found.
        QuoteFinder.CreateDefault(),
        EventFinder.CreateDefault(),
    ];

    /// <summary>Decodes, cleans and analyses one input. Article ids are the first 16 hex digits of the content hash and the article's index in the file.</summary>
    public InputAnalysis Analyze(string givenPath, string fullPath, ReadOnlyMemory<byte> bytes)
    {
        var read = reader.Read(givenPath, bytes);
        if (read.Input is null)
        {
            return new InputAnalysis(null, read.Errors, read.Warnings);
        }

        var errors = new List<InputError>(read.Errors);
        var pages = new List<AnalyzedPage>(read.Pages.Length);
        var index = 0;
        foreach (var page in read.Pages)
        {
            var articles = new List<AnalyzedArticle>();
            foreach (var clean in cleaner.Clean(page))
            {
                var source = clean.Source with { SourceFile = givenPath, IndexInFile = index };
                var id = ArticleId(read.Input.Sha256, index);
                var doc = pipeline.Run(new Document(id, source, clean.Text));
                articles.Add(new AnalyzedArticle(clean with { Source = source }, doc));
                index++;
            }

            if (articles.Count == 0)
            {
                // A page (or JSONL record) that is all furniture is reported by name; the others still count.
                var name = page.Line > 0 ? $"{givenPath}:{page.Line}" : givenPath;
                errors.Add(new InputError(name, "no article text left after removing page furniture"));
            }

            pages.Add(new AnalyzedPage(page, articles));
        }

        if (index == 0)
        {
            // Nothing usable: store nothing, so a fixed file is analysed afresh on the next run.
            return new InputAnalysis(null, errors, read.Warnings);
        }

        var problems = errors.Concat(read.Warnings).ToImmutableArray();
        return new InputAnalysis(new AnalyzedInput(givenPath, fullPath, bytes, read.Input, pages, problems), errors, read.Warnings);
    }

    /// <summary>Stable article id: content hash prefix + index, so re-analysing the same bytes gives the same ids.</summary>
    public static string ArticleId(string sha256, int indexInFile) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{sha256[..16]}-{indexInFile}");
}
