using Marsad.Entities.Context;
using Marsad.Entities.Knowledge;
using Xunit.Abstractions;
namespace Marsad.Tests.Entities.Context;
public class TmpDebugTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("/tmp/dbg_ياسر_الموسوي.txt", -2)]
    [InlineData("/tmp/dbg_عدنان_الزركاني.txt", -1)]
    public void Debug(string file, int at)
    {
        var doc = new Marsad.Sentences.SentenceSplitter().Run(new Marsad.Tokenization.Tokenizer().Run(new Marsad.Documents.Document("t", new Marsad.Documents.ArticleSource("t", 0), File.ReadAllText(file))));
        var kb = KnowledgeBase.LoadDefault();
        var f = new TokenAnalyzer(kb, ContextLexicon.LoadDefault()).Analyze(doc);
        var index = new MentionIndex(doc, kb.Matcher.FindAll(doc));
        if (at == -1) at = Enumerable.Range(0, f.Count).First(i => f.Folded(i) == "المتحدث"); if (at == -2) at = Enumerable.Range(0, f.Count).First(i => f.Folded(i) == "مدير");
        var chain = RolePhraseReader.ReadChain(f, index, at);
        output.WriteLine($"{chain?.HolderToken} {chain?.AfterComma} {chain?.Phrases.Count} strong={chain?.Phrases[^1].Strong} {chain?.Phrases[^1]}");
        for (var i = at; i < Math.Min(f.Count, at + 10); i++) output.WriteLine($"{i} {f.Folded(i)} known={f.IsKnownName(i)} particle={f.IsParticle(i)} stop={f.Stop(i)} def={f.IsDefinite(i)} infl={f.LooksInflected(i)} cov={index.Covering(i)?.EntityId}");
        output.WriteLine(NameReader.Forward(f, index, chain!.HolderToken, true)?.ToString() ?? "null");
    }
}
