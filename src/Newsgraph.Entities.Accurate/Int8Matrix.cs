namespace Newsgraph.Entities.Accurate;

/// <summary>
/// Symmetric int8 quantisation of a row-major float matrix with one scale per column (a Linear
/// layer's output channel, as the ONNX graph stores weights [in × out]) or per row (an embedding
/// row). Per-channel scales keep weight-only int8 within noise of float for transformer layers.
/// </summary>
internal static class Int8Matrix
{
    public static (Tensor Values, float[] Scales) QuantiseColumns(float[] values, int rows, int columns)
    {
        var scales = new float[columns];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                scales[c] = Math.Max(scales[c], Math.Abs(values[(r * columns) + c]));
            }
        }

        for (int c = 0; c < columns; c++)
        {
            scales[c] = scales[c] > 0 ? scales[c] / 127f : 1f;
        }

        var q = new byte[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            q[i] = (byte)(sbyte)Math.Clamp(MathF.Round(values[i] / scales[i % columns]), -127, 127);
        }

        return (new Tensor([rows, columns], TensorType.Int8, q), scales);
    }

    public static (Tensor Values, float[] Scales) QuantiseRows(float[] values, int rows, int columns)
    {
        var scales = new float[rows];
        var q = new byte[values.Length];
        for (int r = 0; r < rows; r++)
        {
            var row = values.AsSpan(r * columns, columns);
            float max = 0;
            foreach (float v in row)
            {
                max = Math.Max(max, Math.Abs(v));
            }

            scales[r] = max > 0 ? max / 127f : 1f;
            for (int c = 0; c < columns; c++)
            {
                q[(r * columns) + c] = (byte)(sbyte)Math.Clamp(MathF.Round(row[c] / scales[r]), -127, 127);
            }
        }

        return (new Tensor([rows, columns], TensorType.Int8, q), scales);
    }
}
