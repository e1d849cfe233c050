using Newsgraph.Entities.Accurate;

namespace Newsgraph.Entities.Accurate.Tests;

/// <summary>
/// The MiniLM graph's weights read by role (what the fine-tuning export and import rely on), and
/// weights handed to OnnxRuntime in place of the graph's own (what the fine-tuned tagger relies on).
/// </summary>
public sealed class FineTunedEncoderTests
{
    private static readonly int[] Sentence = [101, 2317, 2160, 14323, 2198, 2002, 102]; // [CLS] … [SEP]

    [Fact]
    public void Every_role_of_the_six_layers_names_a_graph_tensor_of_the_expected_shape()
    {
        var graph = OnnxGraphWeights.Read(MiniLmPackageFiles.ModelPath());
        var roles = graph.RoleNames(6);
        Assert.Equal(5 + (6 * 16), roles.Count);
        Assert.Equal([30522L, 384L], graph.Initializers[roles["emb.word"]].Dims);
        for (int l = 0; l < 6; l++)
        {
            foreach (var m in new[] { "q", "k", "v", "ao" })
            {
                Assert.Equal([384L, 384L], graph.Initializers[roles[$"l{l}.{m}.w"]].Dims);
            }

            Assert.Equal([384L, 1536L], graph.Initializers[roles[$"l{l}.i.w"]].Dims);
            Assert.Equal([1536L, 384L], graph.Initializers[roles[$"l{l}.o.w"]].Dims);
            Assert.Equal([384L], graph.Initializers[roles[$"l{l}.ln2.b"]].Dims);
        }

        Assert.Equal(36, roles.Values.Distinct().Count(name => graph.Initializers[name].Dims.Length == 2 && name != roles["emb.word"]
            && name != roles["emb.position"] && name != roles["emb.type"]));
    }

    [Fact]
    public void Replacement_weights_are_used_and_the_graphs_own_values_change_nothing()
    {
        var graph = OnnxGraphWeights.Read(MiniLmPackageFiles.ModelPath());
        var roles = graph.RoleNames(6);
        string outputBias = roles["l5.ln2.b"];
        var own = graph.Floats(graph.Initializers[outputBias]);
        var shifted = own.Select(v => v + 1f).ToArray();

        var plain = Encode(null);
        var same = Encode(new EncoderWeights(new Dictionary<string, (float[], long[])> { [outputBias] = (own, [384]) }));
        var changed = Encode(new EncoderWeights(new Dictionary<string, (float[], long[])> { [outputBias] = (shifted, [384]) }));

        Assert.Equal(plain.Length, same.Length);
        for (int i = 0; i < plain.Length; i++)
        {
            Assert.InRange(Math.Abs(plain[i] - same[i]), 0, 1e-4);
            Assert.InRange(Math.Abs(plain[i] + 1f - changed[i]), 0, 1e-3);
        }
    }

    private static float[] Encode(EncoderWeights? weights)
    {
        using var encoder = new MiniLmEncoder(1, weights);
        float[] result = [];
        encoder.Encode([Sentence], (_, hidden) => result = hidden.ToArray());
        return result;
    }
}
