// SPDX-License-Identifier: MIT
using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Compression;

/// <summary>A network's weights after <see cref="Int8Quantizer.Quantize"/>: int8 tensors with per-channel scales, and the float32 rest.</summary>
/// <remarks>
/// Stored as a safetensors file: each int8 weight as dtype <c>I8</c> under its state-dict name with its scales as <c>F32</c>
/// under <c>&lt;name&gt;.scale</c>, every other tensor as <c>F32</c>; metadata <c>format = mednet-int8-per-channel</c>. The
/// size of the model is the length of that file (<see cref="StoredBytes"/>), header included.
/// </remarks>
public sealed class QuantizedModel
{
    /// <summary>The <c>format</c> metadata value.</summary>
    public const string Format = "mednet-int8-per-channel";

    /// <summary>Suffix of a scale tensor's name.</summary>
    public const string ScaleSuffix = ".scale";

    private readonly List<QuantizedTensor> _quantised;
    private readonly List<KeyValuePair<string, Tensor>> _floats;

    /// <summary>Creates the model from its parts (normally through <see cref="Int8Quantizer.Quantize"/> or <see cref="Load(Stream)"/>).</summary>
    /// <param name="quantised">int8 weights.</param>
    /// <param name="floats">float32 tensors (biases, normalisation, buffers) by state-dict name.</param>
    /// <param name="keptAsFloat">Parameters of unsupported modules kept as float32 ("name (Type)").</param>
    public QuantizedModel(IEnumerable<QuantizedTensor> quantised, IEnumerable<KeyValuePair<string, Tensor>> floats, IReadOnlyList<string> keptAsFloat)
    {
        ArgumentNullException.ThrowIfNull(quantised);
        ArgumentNullException.ThrowIfNull(floats);
        ArgumentNullException.ThrowIfNull(keptAsFloat);
        _quantised = [.. quantised];
        _floats = [.. floats];
        KeptAsFloat = keptAsFloat;
    }

    /// <summary>The int8 weights.</summary>
    public IReadOnlyList<QuantizedTensor> Quantised => _quantised;

    /// <summary>float32 tensors by state-dict name.</summary>
    public IReadOnlyList<KeyValuePair<string, Tensor>> Floats => _floats;

    /// <summary>Parameters of modules without an int8 rule stored as float32 (empty unless the quantiser was told to keep them).</summary>
    public IReadOnlyList<string> KeptAsFloat { get; }

    /// <summary>Number of int8 values.</summary>
    public long Int8Values
    {
        get
        {
            long n = 0;
            foreach (var q in _quantised)
            {
                n += q.Values.LongLength;
            }

            return n;
        }
    }

    /// <summary>Number of float32 values: scales plus float tensors.</summary>
    public long Float32Values
    {
        get
        {
            long n = 0;
            foreach (var q in _quantised)
            {
                n += q.Scales.LongLength;
            }

            foreach (var (_, t) in _floats)
            {
                n += t.numel();
            }

            return n;
        }
    }

    /// <summary>Bytes of the safetensors file <see cref="Save(Stream)"/> writes (header included).</summary>
    /// <returns>The length.</returns>
    public long StoredBytes()
    {
        using var ms = new MemoryStream();
        Save(ms);
        return ms.Length;
    }

    /// <summary>Writes the model to a file.</summary>
    /// <param name="path">Destination.</param>
    /// <returns>Bytes written.</returns>
    public long Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
        return stream.Length;
    }

    /// <summary>Writes the safetensors bytes.</summary>
    /// <param name="stream">Destination.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var header = new MemoryStream();
        using (var w = new Utf8JsonWriter(header))
        {
            w.WriteStartObject();
            w.WriteStartObject("__metadata__");
            w.WriteString("format", Format);
            w.WriteEndObject();
            long offset = 0;
            foreach (var q in _quantised)
            {
                Entry(w, q.Name, "I8", q.Shape, ref offset, q.Values.LongLength);
                Entry(w, q.Name + ScaleSuffix, "F32", [q.Scales.LongLength], ref offset, 4L * q.Scales.LongLength);
            }

            foreach (var (name, t) in _floats)
            {
                Entry(w, name, "F32", t.shape, ref offset, 4L * t.numel());
            }

            w.WriteEndObject();
        }

        var bytes = header.ToArray();
        var padded = (bytes.Length + 7) / 8 * 8;
        Span<byte> len = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(len, (ulong)padded);
        stream.Write(len);
        stream.Write(bytes);
        for (var i = bytes.Length; i < padded; i++)
        {
            stream.WriteByte((byte)' ');
        }

        foreach (var q in _quantised)
        {
            stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(q.Values.AsSpan()));
            WriteFloats(stream, q.Scales);
        }

        foreach (var (_, t) in _floats)
        {
            WriteFloats(stream, t.data());
        }
    }

    /// <summary>Reads a file written by <see cref="Save(Stream)"/>.</summary>
    /// <param name="path">Source.</param>
    /// <returns>The model.</returns>
    public static QuantizedModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Reads the safetensors bytes written by <see cref="Save(Stream)"/>.</summary>
    /// <param name="stream">Source.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The header is malformed, an int8 tensor has no scales, or the data are truncated.</exception>
    public static QuantizedModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        var all = ms.ToArray();
        if (all.Length < 8)
        {
            throw new InvalidDataException($"QuantizedModel: expected an 8-byte header length but the data hold {all.Length} bytes.");
        }

        var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(all);
        if (headerLength > (ulong)(all.Length - 8))
        {
            throw new InvalidDataException($"QuantizedModel: header length {headerLength} exceeds the {all.Length - 8} bytes after it.");
        }

        var dataStart = 8 + (int)headerLength;
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(all, 8, (int)headerLength));
        var int8 = new List<(string Name, long[] Shape, sbyte[] Values)>();
        var f32 = new Dictionary<string, (long[] Shape, float[] Values)>();
        var order = new List<string>();
        foreach (var e in doc.RootElement.EnumerateObject())
        {
            if (e.Name == "__metadata__")
            {
                continue;
            }

            var dtype = e.Value.GetProperty("dtype").GetString();
            var shape = e.Value.GetProperty("shape").EnumerateArray().Select(x => x.GetInt64()).ToArray();
            var offsets = e.Value.GetProperty("data_offsets").EnumerateArray().Select(x => x.GetInt64()).ToArray();
            if (offsets.Length != 2 || offsets[0] < 0 || offsets[1] < offsets[0] || dataStart + offsets[1] > all.Length)
            {
                throw new InvalidDataException($"QuantizedModel: tensor '{e.Name}' has data offsets [{string.Join(", ", offsets)}] outside the {all.Length - dataStart} data bytes.");
            }

            var span = all.AsSpan(dataStart + (int)offsets[0], (int)(offsets[1] - offsets[0]));
            switch (dtype)
            {
                case "I8":
                    int8.Add((e.Name, shape, System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(span).ToArray()));
                    break;
                case "F32":
                    var values = new float[span.Length / 4];
                    for (var i = 0; i < values.Length; i++)
                    {
                        values[i] = BinaryPrimitives.ReadSingleLittleEndian(span[(4 * i)..]);
                    }

                    f32[e.Name] = (shape, values);
                    order.Add(e.Name);
                    break;
                default:
                    throw new InvalidDataException($"QuantizedModel: tensor '{e.Name}' has dtype '{dtype}'; expected I8 or F32.");
            }
        }

        var quantised = new List<QuantizedTensor>();
        foreach (var (name, shape, values) in int8)
        {
            if (!f32.Remove(name + ScaleSuffix, out var scales))
            {
                throw new InvalidDataException($"QuantizedModel: int8 tensor '{name}' has no '{name}{ScaleSuffix}' scales.");
            }

            quantised.Add(new QuantizedTensor(name, shape, values, scales.Values));
        }

        var floats = new List<KeyValuePair<string, Tensor>>();
        foreach (var name in order)
        {
            if (f32.TryGetValue(name, out var t))
            {
                floats.Add(new(name, torch.tensor(t.Values, t.Shape)));
            }
        }

        return new QuantizedModel(quantised, floats, []);
    }

    /// <summary>The float32 state dict with every int8 weight replaced by q · s (the dequantised model).</summary>
    /// <returns>Tensors by state-dict name.</returns>
    public Dictionary<string, Tensor> DequantizedStateDict()
    {
        var d = new Dictionary<string, Tensor>();
        foreach (var q in _quantised)
        {
            d[q.Name] = torch.tensor(q.Dequantize(), q.Shape);
        }

        foreach (var (name, t) in _floats)
        {
            d[name] = t;
        }

        return d;
    }

    /// <summary>Copies the dequantised weights and the float tensors into <paramref name="model"/> (same architecture).</summary>
    /// <param name="model">A network built from the same configuration as the quantised one.</param>
    /// <exception cref="StateDictException">The architecture differs (names every missing, unexpected or mis-shaped tensor).</exception>
    public void LoadInto(Module model)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.load_state_dict(DequantizedStateDict());
    }

    private static void Entry(Utf8JsonWriter w, string name, string dtype, long[] shape, ref long offset, long bytes)
    {
        w.WriteStartObject(name);
        w.WriteString("dtype", dtype);
        w.WriteStartArray("shape");
        foreach (var d in shape)
        {
            w.WriteNumberValue(d);
        }

        w.WriteEndArray();
        w.WriteStartArray("data_offsets");
        w.WriteNumberValue(offset);
        offset += bytes;
        w.WriteNumberValue(offset);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFloats(Stream stream, ReadOnlySpan<float> values)
    {
        var bytes = new byte[4 * values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(4 * i), values[i]);
        }

        stream.Write(bytes);
    }
}
