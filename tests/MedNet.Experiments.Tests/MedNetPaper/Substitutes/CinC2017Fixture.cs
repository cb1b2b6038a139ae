// SPDX-License-Identifier: MIT
using System.Text;

namespace MedNet.Experiments.Tests.MedNetPaper.Substitutes;

/// <summary>Writes a small synthetic CinC 2017 folder (REFERENCE.csv, .hea, MAT v4 .mat) for tests without ../shared.</summary>
internal static class CinC2017Fixture
{
    /// <summary>Writes <c>cinc2017/validation</c> under <paramref name="root"/>; record i gets a ramp of <c>lengths[i]</c> int16 values starting at 10·i.</summary>
    public static void Write(string root, IReadOnlyList<(string Label, int Length)> records)
    {
        var folder = Path.Combine(root, "cinc2017", "validation");
        Directory.CreateDirectory(folder);
        var reference = new StringBuilder();
        for (var i = 0; i < records.Count; i++)
        {
            var name = $"A{i + 1:D5}";
            var (label, length) = records[i];
            reference.Append(name).Append(',').Append(label).Append("\r\n");
            var samples = new short[length];
            for (var t = 0; t < length; t++)
            {
                samples[t] = (short)((10 * i) + (t % 500));
            }

            File.WriteAllText(Path.Combine(folder, name + ".hea"), $"{name} 1 300 {length}\n{name}.mat 16+24 1000/mV 16 0 {samples[0]} 0 0 ECG\n");
            using var mat = new BinaryWriter(File.Create(Path.Combine(folder, name + ".mat")));
            mat.Write(30); // type: int16
            mat.Write(1); // mrows
            mat.Write(length); // ncols
            mat.Write(0); // imagf
            mat.Write(4); // namlen
            mat.Write("val\0"u8);
            foreach (var s in samples)
            {
                mat.Write(s);
            }
        }

        File.WriteAllText(Path.Combine(folder, "REFERENCE.csv"), reference.ToString());
    }
}
