using Marsad.Documents;
using Marsad.Pipeline;

namespace Marsad.Tests.Pipeline;

public class DocumentPipelineTests
{
    sealed class FakeStage(Layer requires, Layer provides) : IStage
    {
        public Layer Requires => requires;

        public Layer Provides => provides;

        public Document Run(Document doc) => doc;
    }

    [Fact]
    public void Refuses_a_stage_whose_inputs_no_earlier_stage_provides()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new DocumentPipeline(
        [
            new FakeStage(Layer.None, Layer.Tokens),
            new FakeStage(Layer.Tokens | Layer.Sentences, Layer.Dates),
        ]));
        Assert.Contains("Sentences", ex.Message);
        Assert.Contains("FakeStage", ex.Message);
    }

    [Fact]
    public void Accepts_stages_in_dependency_order_and_reports_what_it_provides()
    {
        var pipeline = new DocumentPipeline(
        [
            new FakeStage(Layer.None, Layer.Tokens),
            new FakeStage(Layer.Tokens, Layer.Sentences),
        ]);
        Assert.Equal(Layer.Tokens | Layer.Sentences, pipeline.Provides);
    }
}
