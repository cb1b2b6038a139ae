// SPDX-License-Identifier: MIT
using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace MedNet.Tensors.IO;

/// <summary>Reads and writes the safetensors format: an 8-byte little-endian header length, a JSON header, then raw little-endian data.</summary>
/// <remarks>
/// Source: https://github.com/huggingface/safetensors (format description). Header entries are
/// <c>{"name": {"dtype": "F32", "shape": [..], "data_offsets": [begin, end]}}</c> with offsets relative to the data start.
/// Each tensor is written in its dtype (F32, F64 or I64). Reading keeps F32, F64 and I64 as float32, float64 and int64,
/// widens I32 to int64 and F16/BF16 to float32, and refuses other dtypes by name.
/// </remarks>
public static class SafeTensors
{
    /// <summary>Writes tensors in name order given.</summary>
    /// <param name="tensors">Tensors by name.</param>
    /// <param name="path">Destination file.</param>
    /// <param name="metadata">Optional string metadata stored under "__metadata__".</param>
    public static void Save(IReadOnlyDictionary<string, Tensor> tensors, string path, IReadOnlyDictionary<string, string>? metadata = null)
    {
        using var stream = File.Create(path);
        Save(tensors, stream, metadata);
    }

    /// <summary>Writes tensors to a stream.</summary>
    /// <param name="tensors">Tensors by name.</param>
    /// <param name="stream">Destination.</param>
    /// <param name="metadata">Optional string metadata.</param>
    public static void Save(IReadOnlyDictionary<string, Tensor> tensors, Stream stream, IReadOnlyDictionary<string, string>? metadata = null)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            if (metadata is not null)
            {
                w.WriteStartObject("__metadata__");
                foreach (var (k, v) in metadata)
                {
                    w.WriteString(k, v);
                }

                w.WriteEndObject();
            }

            long offset = 0;
            foreach (var (name, t) in tensors)
            {
                w.WriteStartObject(name);
                w.WriteString("dtype", t.DType switch { ScalarType.Float64 => "F64", ScalarType.Int64 => "I64", _ => "F32" });
                w.WriteStartArray("shape");
                foreach (var d in t.Dims)
                {
                    w.WriteNumberValue(d);
                }

                w.WriteEndArray();
                w.WriteStartArray("data_offsets");
                w.WriteNumberValue(offset);
                offset += t.element_size() * t.NumelInt;
                w.WriteNumberValue(offset);
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        // Pad the header with spaces to a multiple of 8 bytes, as the reference writer does.
        var header = ms.ToArray();
        var padded = (header.Length + 7) / 8 * 8;
        Span<byte> len = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(len, (ulong)padded);
        stream.Write(len);
        stream.Write(header);
        for (var i = header.Length; i < padded; i++)
        {
            stream.WriteByte((byte)' ');
        }

        foreach (var (_, t) in tensors)
        {
            var bytes = new byte[t.element_size() * t.NumelInt];
            for (var i = 0; i < t.NumelInt; i++)
            {
                switch (t.DType)
                {
                    case ScalarType.Float64:
                        BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(8 * i), t.D64![i]);
                        break;
                    case ScalarType.Int64:
                        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(8 * i), t.L64![i]);
                        break;
                    default:
                        BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(4 * i), t.Data[i]);
                        break;
                }
            }

            stream.Write(bytes);
        }
    }

    /// <summary>Reads every tensor of a safetensors file in its dtype (see the class remarks).</summary>
    /// <param name="path">Source file.</param>
    /// <returns>Tensors by name in file order.</returns>
    /// <exception cref="InvalidDataException">The file is truncated or its header is malformed; the message names the file and tensor.</exception>
    public static Dictionary<string, Tensor> Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Load(bytes, path);
    }

    /// <summary>Reads tensors from bytes.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="source">Name used in error messages.</param>
    /// <returns>Tensors by name in header order.</returns>
    public static Dictionary<string, Tensor> Load(ReadOnlySpan<byte> bytes, string source = "<bytes>")
    {
        if (bytes.Length < 8)
        {
            throw new InvalidDataException($"SafeTensors: expected at least 8 bytes in {source} but got {bytes.Length}.");
        }

        var headerLen = (long)BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        if (headerLen > bytes.Length - 8)
        {
            throw new InvalidDataException($"SafeTensors: expected a header of at most {bytes.Length - 8} bytes in {source} but got {headerLen}; the file is truncated or not safetensors.");
        }

        var data = bytes[(8 + (int)headerLen)..];
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(bytes.Slice(8, (int)headerLen)));
        var result = new Dictionary<string, Tensor>();
        foreach (var entry in doc.RootElement.EnumerateObject())
        {
            if (entry.Name == "__metadata__")
            {
                continue;
            }

            var dtype = entry.Value.GetProperty("dtype").GetString();
            var shape = new List<int>();
            foreach (var d in entry.Value.GetProperty("shape").EnumerateArray())
            {
                shape.Add(d.GetInt32());
            }

            var offs = entry.Value.GetProperty("data_offsets");
            var begin = offs[0].GetInt64();
            var end = offs[1].GetInt64();
            if (end > data.Length || begin > end)
            {
                throw new InvalidDataException($"SafeTensors: expected data_offsets within {data.Length} bytes for '{entry.Name}' in {source} but got [{begin}, {end}].");
            }

            var dims = shape.ToArray();
            var n = Shape.Numel(dims);
            var raw = data[(int)begin..(int)end];
            var size = dtype switch
            {
                "F32" or "I32" => 4,
                "F64" or "I64" => 8,
                "F16" or "BF16" => 2,
                _ => throw new NotSupportedException($"SafeTensors: no tensor dtype for '{entry.Name}' ({dtype}) in {source}; supported: F32 and F64 (kept as float32/float64), I64 (int64), I32 (widened to int64), F16 and BF16 (widened to float32)."),
            };
            if (raw.Length != n * size)
            {
                throw new InvalidDataException($"SafeTensors: expected {n * size} bytes for '{entry.Name}' {Shape.Format(dims)} {dtype} in {source} but got {raw.Length}.");
            }

            if (dtype == "F64")
            {
                var d = new double[n];
                for (var i = 0; i < n; i++)
                {
                    d[i] = BinaryPrimitives.ReadDoubleLittleEndian(raw.Slice(8 * i, 8));
                }

                result[entry.Name] = Tensor.FromDoubles(d, dims);
                continue;
            }

            if (dtype is "I64" or "I32")
            {
                var l = new long[n];
                for (var i = 0; i < n; i++)
                {
                    l[i] = size == 8 ? BinaryPrimitives.ReadInt64LittleEndian(raw.Slice(8 * i, 8)) : BinaryPrimitives.ReadInt32LittleEndian(raw.Slice(4 * i, 4));
                }

                result[entry.Name] = Tensor.FromLongs(l, dims);
                continue;
            }

            var values = new float[n];
            for (var i = 0; i < n; i++)
            {
                var s = raw.Slice(i * size, size);
                values[i] = dtype switch
                {
                    "F32" => BinaryPrimitives.ReadSingleLittleEndian(s),
                    "F16" => (float)BinaryPrimitives.ReadHalfLittleEndian(s),
                    _ => BitConverter.Int32BitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(s) << 16),
                };
            }

            result[entry.Name] = new Tensor(values, dims);
        }

        return result;
    }
}
