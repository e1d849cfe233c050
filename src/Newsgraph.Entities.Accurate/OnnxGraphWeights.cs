using System.Buffers.Binary;

namespace Newsgraph.Entities.Accurate;

/// <summary>
/// Reads the weights of the MiniLM ONNX graph straight from its protobuf bytes (ModelProto → graph →
/// initializer), and names them by role: the Hugging Face export leaves the Linear layers' weights
/// as anonymous MatMul initializers ("927", "928", …) stored [in × out], so a layer's query, key,
/// value, attention output, intermediate and output weights are the six MatMul weights of that layer
/// in graph order. Only the fields this needs are read (OnnxRuntime has no API for initializers and
/// the mirror serves no ONNX protobuf package); anything unexpected is an <see cref="InvalidDataException"/>.
/// Used by the fine-tuning export and by a test that checks the committed encoder weights against the
/// package's graph; inference never parses the graph.
/// </summary>
internal sealed class OnnxGraphWeights
{
    /// <summary>The role names of a layer's six MatMul weights, in graph order.</summary>
    public static readonly string[] LayerMatMuls = ["q", "k", "v", "ao", "i", "o"];

    private readonly byte[] _model;
    private readonly Dictionary<string, Initializer> _initializers = new(StringComparer.Ordinal);
    private readonly List<string> _matMulWeights = [];

    private OnnxGraphWeights(byte[] model)
    {
        _model = model;
        var graph = Fields(0, model.Length).FirstOrDefault(f => f.Number == 7 && f.WireType == 2);
        if (graph.Number != 7)
        {
            throw new InvalidDataException("no graph in the ONNX model");
        }

        var nodes = new List<(string Op, List<string> Inputs)>();
        foreach (var field in Fields(graph.Start, graph.End))
        {
            if (field.Number == 1 && field.WireType == 2)
            {
                nodes.Add(ReadNode(field.Start, field.End));
            }
            else if (field.Number == 5 && field.WireType == 2)
            {
                var initializer = ReadInitializer(field.Start, field.End);
                _initializers[initializer.Name] = initializer;
            }
        }

        foreach (var (op, inputs) in nodes)
        {
            if (op == "MatMul" && inputs.Count == 2 && _initializers.ContainsKey(inputs[1]))
            {
                _matMulWeights.Add(inputs[1]);
            }
        }
    }

    /// <summary>One stored tensor: its ONNX name, shape, element type (1 float, 7 int64) and raw bytes.</summary>
    public sealed record Initializer(string Name, long[] Dims, int DataType, int RawStart, int RawLength);

    public static OnnxGraphWeights Read(string path) => new(File.ReadAllBytes(path));

    public IReadOnlyDictionary<string, Initializer> Initializers => _initializers;

    /// <summary>The float values of a stored float tensor.</summary>
    public float[] Floats(Initializer tensor)
    {
        if (tensor.DataType != 1 || tensor.RawLength % 4 != 0)
        {
            throw new InvalidDataException($"{tensor.Name} is not a raw float tensor");
        }

        var values = new float[tensor.RawLength / 4];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(_model.AsSpan(tensor.RawStart + (4 * i), 4));
        }

        return values;
    }

    /// <summary>
    /// The encoder's tensors under role names ("emb.word", "emb.ln.w", "l3.q.w" [in × out], "l3.q.b",
    /// "l3.ln1.w" …) mapped to their ONNX initializer names, for <paramref name="layers"/> layers.
    /// </summary>
    public Dictionary<string, string> RoleNames(int layers)
    {
        if (_matMulWeights.Count < layers * LayerMatMuls.Length)
        {
            throw new InvalidDataException($"the graph has {_matMulWeights.Count} MatMul weights; {layers} layers need {layers * LayerMatMuls.Length}");
        }

        var roles = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["emb.word"] = "embeddings.word_embeddings.weight",
            ["emb.position"] = "embeddings.position_embeddings.weight",
            ["emb.type"] = "embeddings.token_type_embeddings.weight",
            ["emb.ln.w"] = "embeddings.LayerNorm.weight",
            ["emb.ln.b"] = "embeddings.LayerNorm.bias",
        };
        string[] biases = ["attention.self.query.bias", "attention.self.key.bias", "attention.self.value.bias", "attention.output.dense.bias", "intermediate.dense.bias", "output.dense.bias"];
        for (int l = 0; l < layers; l++)
        {
            for (int m = 0; m < LayerMatMuls.Length; m++)
            {
                roles[$"l{l}.{LayerMatMuls[m]}.w"] = _matMulWeights[(l * LayerMatMuls.Length) + m];
                roles[$"l{l}.{LayerMatMuls[m]}.b"] = $"encoder.layer.{l}.{biases[m]}";
            }

            roles[$"l{l}.ln1.w"] = $"encoder.layer.{l}.attention.output.LayerNorm.weight";
            roles[$"l{l}.ln1.b"] = $"encoder.layer.{l}.attention.output.LayerNorm.bias";
            roles[$"l{l}.ln2.w"] = $"encoder.layer.{l}.output.LayerNorm.weight";
            roles[$"l{l}.ln2.b"] = $"encoder.layer.{l}.output.LayerNorm.bias";
        }

        foreach (var (role, name) in roles)
        {
            if (!_initializers.ContainsKey(name))
            {
                throw new InvalidDataException($"the graph has no initializer {name} (for {role})");
            }
        }

        return roles;
    }

    private (string Op, List<string> Inputs) ReadNode(int start, int end)
    {
        string op = "";
        var inputs = new List<string>();
        foreach (var field in Fields(start, end))
        {
            if (field.Number == 1 && field.WireType == 2)
            {
                inputs.Add(Text(field));
            }
            else if (field.Number == 4 && field.WireType == 2)
            {
                op = Text(field);
            }
        }

        return (op, inputs);
    }

    private Initializer ReadInitializer(int start, int end)
    {
        var dims = new List<long>();
        string name = "";
        int dataType = 0, rawStart = 0, rawLength = 0;
        foreach (var field in Fields(start, end))
        {
            switch (field.Number, field.WireType)
            {
                case (1, 0):
                    dims.Add((long)field.Value);
                    break;
                case (1, 2):
                    for (int i = field.Start; i < field.End;)
                    {
                        dims.Add((long)Varint(ref i, field.End));
                    }

                    break;
                case (2, 0):
                    dataType = (int)field.Value;
                    break;
                case (8, 2):
                    name = Text(field);
                    break;
                case (9, 2):
                    rawStart = field.Start;
                    rawLength = field.End - field.Start;
                    break;
            }
        }

        return new Initializer(name, [.. dims], dataType, rawStart, rawLength);
    }

    private string Text(Field field) => System.Text.Encoding.UTF8.GetString(_model, field.Start, field.End - field.Start);

    private readonly record struct Field(int Number, int WireType, ulong Value, int Start, int End);

    private List<Field> Fields(int start, int end)
    {
        var fields = new List<Field>();
        int i = start;
        while (i < end)
        {
            ulong key = Varint(ref i, end);
            int number = (int)(key >> 3), wireType = (int)(key & 7);
            switch (wireType)
            {
                case 0:
                    fields.Add(new Field(number, 0, Varint(ref i, end), 0, 0));
                    break;
                case 1:
                    Require(i + 8 <= end);
                    fields.Add(new Field(number, 1, 0, i, i + 8));
                    i += 8;
                    break;
                case 5:
                    Require(i + 4 <= end);
                    fields.Add(new Field(number, 5, 0, i, i + 4));
                    i += 4;
                    break;
                case 2:
                    ulong length = Varint(ref i, end);
                    Require(length <= (ulong)(end - i));
                    int fieldEnd = i + (int)length;
                    fields.Add(new Field(number, 2, 0, i, fieldEnd));
                    i = fieldEnd;
                    break;
                default:
                    throw new InvalidDataException($"unsupported protobuf wire type {wireType}");
            }
        }

        return fields;
    }

    private ulong Varint(ref int i, int end)
    {
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            Require(i < end);
            byte b = _model[i++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("malformed protobuf varint");
    }

    private static void Require(bool condition)
    {
        if (!condition)
        {
            throw new InvalidDataException("truncated protobuf field");
        }
    }
}
