using Marsad.Cleaning;
using Marsad.Documents;
using Marsad.Entities.Knowledge;
using Marsad.Events;
using Marsad.Inputs;
using Marsad.Pipeline;

namespace Marsad.Web.Tests.Fixtures;

/// <summary>
/// The engine the web tests analyse their pages with: <see cref="Engine.DefaultStages"/>, and, for a fact layer the
/// default pipeline does not provide yet (the recogniser and the quote finder are merged branch by branch), a
/// stand-in so the views have facts to show: knowledge-base mentions straight from the gazetteer, and the event
/// finder. Once the default pipeline provides a layer, its real stage is used and the stand-in is not.
/// </summary>
internal static class FixtureEngine
{
    public static Engine Create()
    {
        var stages = Engine.DefaultStages().ToList();
        var provided = stages.Aggregate(Layer.None, (all, s) => all | s.Provides);
        if (!provided.HasFlag(Layer.Mentions))
        {
            stages.Add(new GazetteerMentions(KnowledgeBase.LoadDefault()));
        }

        if (!provided.HasFlag(Layer.Events))
        {
            stages.Add(EventFinder.CreateDefault());
        }

        return new Engine(new InputReader(InputOptions.Default), PageCleaner.CreateDefault(), new DocumentPipeline(stages));
    }

    /// <summary>The layers the default pipeline itself provides (tests of a layer it lacks are skipped).</summary>
    public static Layer DefaultLayers => Engine.DefaultStages().Aggregate(Layer.None, (all, s) => all | s.Provides);

    /// <summary>Stand-in recogniser: the longest knowledge-base match at each place, entities copied from the knowledge base.</summary>
    sealed class GazetteerMentions(KnowledgeBase kb) : IStage
    {
        public Layer Requires => Layer.Tokens;

        public Layer Provides => Layer.Mentions;

        public Document Run(Document doc)
        {
            var chosen = new List<Mention>();
            foreach (var m in kb.Matcher.FindAll(doc).OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length))
            {
                if (chosen.Count == 0 || m.Span.Start >= chosen[^1].Span.End)
                {
                    chosen.Add(m);
                }
            }

            var entities = chosen.Select(m => m.EntityId!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(id => kb.ToEntity(kb.Get(id)!)).ToList();
            return doc with { Mentions = [.. chosen], Entities = [.. entities] };
        }
    }
}
