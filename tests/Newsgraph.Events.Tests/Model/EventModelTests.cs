using Newsgraph.Events.Classification;
using Newsgraph.Events.Lexicon;
using Newsgraph.TestSupport;
using Newsgraph.Training;

namespace Newsgraph.Events.Tests.Model;

public sealed class EventModelTests
{
    [Fact]
    public void The_committed_model_loads_with_all_types_and_dictionary_triggers()
    {
        var model = EventModelFile.LoadEmbedded();

        Assert.NotNull(model);
        Assert.Contains(string.Empty, model.Modes);
        Assert.True(model.FeatureRows > 1000);
        Assert.True(model.ExtraTriggers.Count > 1000);
    }

    [Fact]
    public void Every_core_trigger_names_a_plover_type_and_an_admitted_mode()
    {
        foreach (var (pattern, type, mode, weight) in CoreTriggers.Entries)
        {
            Assert.True(PloverTypes.IndexOf(type) >= 0, pattern);
            Assert.True(mode is null || PloverModes.Admitted(type, mode) == mode, pattern + " " + mode);
            Assert.InRange(weight, 0.1f, 1.5f);
        }
    }

    [Fact]
    public void Committed_model_types_held_out_synthetic_stories_as_its_manifest_says()
    {
        if (RepoPaths.Shared is null)
        {
            return;
        }

        var model = EventModelFile.LoadEmbedded()!;
        var lexicon = new TriggerLexicon(CoreTriggers.Entries, model.ExtraTriggers, DerivedTriggers.LoadEmbedded());
        var stories = EventStories.Load(Path.Combine(RepoPaths.Shared, "data", "events_ngec_synthetic", EventStories.ZipName));
        var heldOut = stories.Where(s => HeldOutSplit.IsHeldOut(s.Template, 42, 0.2)).ToList();
        string[] modes = model.Modes;

        var documents = EventScores.Evaluate(model, heldOut.Select(s => (EventTrainer.DocumentFeatures(s, lexicon), PloverTypes.IndexOf(s.Label))));
        var headlines = EventScores.EvaluateStage(model, lexicon, heldOut.Select(s => (s.Headline, PloverTypes.IndexOf(s.Label))), titleCase: true);

        Assert.InRange(documents.Count, 700, 1100);
        Assert.True(documents.Accuracy >= 0.30, $"whole-story accuracy {documents.Accuracy:0.000}");
        Assert.True(headlines.Accuracy >= 0.80, $"stage headline accuracy {headlines.Accuracy:0.000}");
    }

    [Fact]
    public void Committed_model_types_held_out_plover_definition_phrases()
    {
        if (RepoPaths.Shared is null)
        {
            return;
        }

        var model = EventModelFile.LoadEmbedded()!;
        var lexicon = new TriggerLexicon(CoreTriggers.Entries, model.ExtraTriggers, DerivedTriggers.LoadEmbedded());
        var heldOut = PloverDefinitionSets.Load(RepoPaths.Shared).Where(EventTypeEvaluation.IsHeldOutDefinition).ToList();

        var scores = EventScores.EvaluateStage(model, lexicon, heldOut.Select(d => (d.Text, d.Type)));

        Assert.InRange(scores.Count, 90, 140);
        Assert.True(scores.Accuracy >= 0.76, $"held-out definition phrase accuracy {scores.Accuracy:0.000}");
    }
}
