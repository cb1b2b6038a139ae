using System.IO.Compression;
using System.Text;
using MedNet.Signals.Datasets;
using MedNet.Signals.Tabular;
using MedNet.Signals.Tests.Tabular;
using MedNet.Signals.Wfdb;
using Xunit.Abstractions;

namespace MedNet.Signals.Tests.Fuzz;

/// <summary>
/// Issue 18, point 7: a seeded, bounded fuzz of every reader. Each mutated input must end as a value equal to the
/// reference, a named error (a <see cref="FormatException"/> such as <see cref="WfdbFormatException"/> or
/// <see cref="TabularFormatException"/>, naming the file), or a change caught by the WFDB checksum; never a generic
/// exception and never a hang. A changed value with no error is counted separately: it can only come from formats that
/// carry no integrity data (annotation codes, CSV/XLSX numbers, MAT samples, header fields such as gain), and is
/// asserted absent where integrity data exists (bit flips in a WFDB signal file).
/// </summary>
public class InputFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261205;
    private const int PerTarget = 150;
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);

    private enum Outcome
    {
        Equal,
        NamedError,
        ChecksumCaught,
        DiffersUndetectable,
    }

    [Fact]
    public async Task EveryReader_UnderSeededMutations_GivesTheReferenceANamedErrorOrACaughtChange()
    {
        using var tmp = new TempFolder();
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var random = new Random(Seed);
        var record = SmallWfdbRecord(tmp);
        var referenceSignal = ReadWfdb(record.Folder);
        var atr = MitAnnotationReader.Parse(record.Atr, "ref.atr");

        await Run("wfdb header", PerTarget, counts, random, i =>
        {
            var folder = Fresh(tmp, $"h{i}", record);
            File.WriteAllText(Path.Combine(folder, "rec.hea"), MutateText(record.Header, random));
            return () => Compare(ReadWfdb(folder), referenceSignal);
        });
        await Run("wfdb signal bit flip", PerTarget, counts, random, i =>
        {
            var folder = Fresh(tmp, $"s{i}", record);
            var bytes = (byte[])record.Dat.Clone();
            var at = random.Next(bytes.Length);
            bytes[at] ^= (byte)(1 << random.Next(8));
            File.WriteAllBytes(Path.Combine(folder, "rec.dat"), bytes);
            return () => Compare(ReadWfdb(folder), referenceSignal);
        }, silentAllowed: false);
        await Run("wfdb signal cut/extend/swap", PerTarget, counts, random, i =>
        {
            var folder = Fresh(tmp, $"c{i}", record);
            File.WriteAllBytes(Path.Combine(folder, "rec.dat"), MutateBytes(record.Dat, random));
            return () => Compare(ReadWfdb(folder), referenceSignal);
        });
        await Run("mit annotations", PerTarget, counts, random, i =>
        {
            var path = Path.Combine(tmp.Path, $"a{i}.atr");
            File.WriteAllBytes(path, MutateBytes(record.Atr, random));
            return () =>
            {
                var read = MitAnnotationReader.Read(path);
                return read.SequenceEqual(atr) ? Outcome.Equal : Outcome.DiffersUndetectable;
            };
        });

        var csv = CsvText();
        var csvReference = CsvTableReader.Read(WriteText(tmp, "ref.csv", csv)).Table.Values;
        await Run("csv", PerTarget, counts, random, i =>
        {
            var path = WriteText(tmp, $"t{i}.csv", MutateText(csv, random));
            return () => CsvTableReader.Read(path).Table.Values.SequenceEqual(csvReference) ? Outcome.Equal : Outcome.DiffersUndetectable;
        });

        var sheetXml = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>" +
            "<row r=\"2\"><c r=\"A2\"><v>0.5</v></c><c r=\"B2\"><v>-1.25</v></c></row><row r=\"3\"><c r=\"A3\"><v>2</v></c><c r=\"B3\"><v>3E-2</v></c></row>";
        const string shared = "<si><t>time</t></si><si><t>ECG</t></si>";
        var xlsxReference = Cells(XlsxReader.ReadSheet(XlsxReaderTests.WriteWorkbook(Path.Combine(tmp.Path, "ref.xlsx"), sheetXml, shared)));
        await Run("xlsx sheet xml", PerTarget, counts, random, i =>
        {
            var path = XlsxReaderTests.WriteWorkbook(Path.Combine(tmp.Path, $"x{i}.xlsx"), MutateText(sheetXml, random), shared);
            return () => Cells(XlsxReader.ReadSheet(path)) == xlsxReference ? Outcome.Equal : Outcome.DiffersUndetectable;
        });
        var zipBytes = File.ReadAllBytes(Path.Combine(tmp.Path, "ref.xlsx"));
        await Run("xlsx zip bytes", PerTarget, counts, random, i =>
        {
            var path = Path.Combine(tmp.Path, $"z{i}.xlsx");
            File.WriteAllBytes(path, MutateBytes(zipBytes, random));
            return () => Cells(XlsxReader.ReadSheet(path)) == xlsxReference ? Outcome.Equal : Outcome.DiffersUndetectable;
        });

        var mat = MatRecord(tmp);
        var matReference = CinC2017.ReadSignal(mat.Folder, "A09999");
        await Run("cinc mat", PerTarget, counts, random, i =>
        {
            var folder = Path.Combine(tmp.Path, $"m{i}");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "A09999.hea"), mat.Header);
            File.WriteAllBytes(Path.Combine(folder, "A09999.mat"), MutateBytes(mat.Bytes, random));
            return () => CinC2017.ReadSignal(folder, "A09999").SequenceEqual(matReference) ? Outcome.Equal : Outcome.DiffersUndetectable;
        });

        var table = new StringBuilder("target | equal | named error | checksum caught | differs (no integrity data)\n");
        foreach (var (target, c) in counts)
        {
            table.Append($"{target} | {c[0]} | {c[1]} | {c[2]} | {c[3]}\n");
        }

        output.WriteLine(table.ToString());
        Assert.All(counts.Values, c => Assert.Equal(PerTarget, c.Sum()));
    }

    /// <summary>Runs <paramref name="cases"/> mutations; a generic exception or a hang fails the test with the case.</summary>
    private static async Task Run(string target, int cases, SortedDictionary<string, int[]> counts, Random random, Func<int, Func<Outcome>> make, bool silentAllowed = true)
    {
        var tally = new int[4];
        counts[target] = tally;
        for (var i = 0; i < cases; i++)
        {
            var act = make(i);
            var task = Task.Run(() =>
            {
                try
                {
                    return act();
                }
                catch (WfdbFormatException e) when (e.Field == "checksum")
                {
                    return Outcome.ChecksumCaught;
                }
                catch (Exception e) when (e is FormatException or FileNotFoundException)
                {
                    Assert.False(string.IsNullOrWhiteSpace(e.Message));
                    return Outcome.NamedError;
                }
            });
            Outcome outcome;
            try
            {
                outcome = await task.WaitAsync(HangLimit);
            }
            catch (TimeoutException)
            {
                throw new Xunit.Sdk.XunitException($"{target} case {i}: no outcome within {HangLimit.TotalSeconds} s (a hang).");
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                throw new Xunit.Sdk.XunitException($"{target} case {i} (seed {Seed}): generic {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }

            if (!silentAllowed && outcome == Outcome.DiffersUndetectable)
            {
                throw new Xunit.Sdk.XunitException($"{target} case {i}: the values changed but no error was raised.");
            }

            tally[(int)outcome]++;
        }
    }

    private static Outcome Compare(float[][] read, float[][] reference)
    {
        if (read.Length != reference.Length)
        {
            return Outcome.DiffersUndetectable;
        }

        for (var s = 0; s < read.Length; s++)
        {
            if (!read[s].AsSpan().SequenceEqual(reference[s]))
            {
                return Outcome.DiffersUndetectable;
            }
        }

        return Outcome.Equal;
    }

    private static float[][] ReadWfdb(string folder)
    {
        var rec = WfdbReader.Read(Path.Combine(folder, "rec"));
        var result = new float[rec.SignalIndices.Count][];
        for (var s = 0; s < result.Length; s++)
        {
            result[s] = rec.Physical(s);
        }

        return result;
    }

    private sealed record WfdbFiles(string Folder, string Header, byte[] Dat, byte[] Atr);

    /// <summary>The first 2,000 frames of the shipped record 100 (format 212, two signals) as a record of its own, with its checksums.</summary>
    private static WfdbFiles SmallWfdbRecord(TempFolder tmp)
    {
        var source = Path.Combine(SharedData.RepositoryRoot()!, "data", "mitdb", "100");
        const int frames = 2000;
        var rec = WfdbReader.Read(source, 0, frames);
        var dat = File.ReadAllBytes(source + ".dat")[..(frames * 3)]; // 212: two 12-bit samples per 3 bytes, one frame
        var header = new StringBuilder($"rec 2 360 {frames}\n");
        for (var s = 0; s < 2; s++)
        {
            var spec = rec.Spec(s);
            header.Append($"rec.dat 212 200 11 1024 {rec.Digital[s][0]} {WfdbChecksum.Compute(rec.Digital[s])} 0 {spec.Description}\n");
        }

        // annotations of 100 within the first 2,000 samples: keep the bytes up to the first annotation past the cut
        var atrAll = File.ReadAllBytes(source + ".atr");
        var folder = Path.Combine(tmp.Path, "ref");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "rec.hea"), header.ToString());
        File.WriteAllBytes(Path.Combine(folder, "rec.dat"), dat);
        return new WfdbFiles(folder, header.ToString(), dat, atrAll);
    }

    private static string Fresh(TempFolder tmp, string name, WfdbFiles record)
    {
        var folder = Path.Combine(tmp.Path, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "rec.hea"), record.Header);
        File.WriteAllBytes(Path.Combine(folder, "rec.dat"), record.Dat);
        return folder;
    }

    private static string CsvText()
    {
        var lines = File.ReadAllLines(Path.Combine(SharedData.RepositoryRoot()!, "data", "mba", "train.csv"));
        return string.Join("\n", lines[..200]) + "\n";
    }

    private static string WriteText(TempFolder tmp, string name, string text)
    {
        var path = Path.Combine(tmp.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Cells(XlsxSheet sheet)
    {
        var text = new StringBuilder();
        foreach (var row in sheet.Cells)
        {
            foreach (var cell in row)
            {
                text.Append(cell.Number).Append('|').Append(cell.Text).Append(';');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private sealed record MatFiles(string Folder, string Header, byte[] Bytes);

    private static MatFiles MatRecord(TempFolder tmp)
    {
        var folder = Path.Combine(tmp.Path, "mat");
        Directory.CreateDirectory(folder);
        var samples = new short[300];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (short)((i * 37 % 400) - 200);
        }

        var bytes = new byte[24 + (2 * samples.Length)];
        BitConverter.GetBytes(30).CopyTo(bytes, 0);
        BitConverter.GetBytes(1).CopyTo(bytes, 4);
        BitConverter.GetBytes(samples.Length).CopyTo(bytes, 8);
        BitConverter.GetBytes(0).CopyTo(bytes, 12);
        BitConverter.GetBytes(4).CopyTo(bytes, 16);
        "val\0"u8.CopyTo(bytes.AsSpan(20));
        for (var i = 0; i < samples.Length; i++)
        {
            BitConverter.GetBytes(samples[i]).CopyTo(bytes, 24 + (2 * i));
        }

        var header = $"A09999 1 300 {samples.Length} 2014-05-08 05:05:15\nA09999.mat 16+24 1000/mV 16 0 -200 0 0 ECG\n";
        File.WriteAllText(Path.Combine(folder, "A09999.hea"), header);
        File.WriteAllBytes(Path.Combine(folder, "A09999.mat"), bytes);
        return new MatFiles(folder, header, bytes);
    }

    private static readonly string[] Tokens =
        ["0", "-1", "1e999", "Infinity", "NaN", "-0", "1e-320", "9223372036854775807", "2147483648", "", " ", "\"", ",", "\n", "212", "16", "+24", "/", "x", "#"];

    /// <summary>One to three edits: replace a token, insert or delete characters, duplicate or drop a line, or cut the text.</summary>
    private static string MutateText(string text, Random random)
    {
        var s = new StringBuilder(text);
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits && s.Length > 0; e++)
        {
            var at = random.Next(s.Length);
            switch (random.Next(6))
            {
                case 0: // replace the token at a random position (up to the next separator)
                    var end = at;
                    while (end < s.Length && s[end] is not (' ' or ',' or '\n' or '<' or '>' or '/'))
                    {
                        end++;
                    }

                    s.Remove(at, end - at).Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 1:
                    s.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 2:
                    s.Remove(at, Math.Min(1 + random.Next(4), s.Length - at));
                    break;
                case 3: // duplicate the line at `at`
                    var start = at;
                    while (start > 0 && s[start - 1] != '\n')
                    {
                        start--;
                    }

                    var stop = at;
                    while (stop < s.Length && s[stop] != '\n')
                    {
                        stop++;
                    }

                    s.Insert(start, s.ToString(start, stop - start) + "\n");
                    break;
                case 4:
                    s.Length = at;
                    break;
                default:
                    s[at] = (char)random.Next(32, 127);
                    break;
            }
        }

        return s.ToString();
    }

    /// <summary>One edit: cut, extend with random bytes, swap byte pairs (byte order), overwrite a run, or flip a bit.</summary>
    private static byte[] MutateBytes(byte[] bytes, Random random)
    {
        var b = (byte[])bytes.Clone();
        switch (random.Next(5))
        {
            case 0:
                return b[..random.Next(b.Length)];
            case 1:
                var extra = new byte[1 + random.Next(64)];
                random.NextBytes(extra);
                return [.. b, .. extra];
            case 2:
                for (var i = 0; i + 1 < b.Length; i += 2)
                {
                    (b[i], b[i + 1]) = (b[i + 1], b[i]);
                }

                return b;
            case 3:
                var at = random.Next(b.Length);
                var run = new byte[Math.Min(1 + random.Next(16), b.Length - at)];
                random.NextBytes(run);
                run.CopyTo(b, at);
                return b;
            default:
                b[random.Next(b.Length)] ^= (byte)(1 << random.Next(8));
                return b;
        }
    }
}
