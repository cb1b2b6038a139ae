// SPDX-License-Identifier: MIT
using MedNet.Signals.Datasets;

namespace MedNet.Signals.Tests.Datasets;

public class CinC2017Tests
{
    [Fact]
    public void ReadReference_HeaderAndCrlf_ParsesLabels()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "data_source,class\r\nA00001,N\r\nA00002,A\r\nA00003,O\r\nA00004,~\r\n");

        var entries = CinC2017.ReadReference(path);

        Assert.Equal(
            [new("A00001", CinC2017Label.Normal), new("A00002", CinC2017Label.AtrialFibrillation), new("A00003", CinC2017Label.Other), new CinC2017Entry("A00004", CinC2017Label.Noisy)],
            entries);
    }

    [Fact]
    public void ReadReference_UnknownLabel_NamesFileAndLine()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "A00001,N\nA00002,X\n");

        var ex = Assert.Throws<FormatException>(() => CinC2017.ReadReference(path));

        Assert.Contains($"{path}:2:", ex.Message);
    }

    [SharedDataFact("cinc2017")]
    public void ReadReference_Validation_CountsMatchReadme()
    {
        var folder = Path.Combine(SharedData.Find("cinc2017")!, "validation");
        var entries = CinC2017.ReadReference(Path.Combine(folder, "REFERENCE.csv"));

        int Count(CinC2017Label l) => entries.Count(e => e.Label == l);
        Assert.Equal((150, 50, 70, 30), (Count(CinC2017Label.Normal), Count(CinC2017Label.AtrialFibrillation), Count(CinC2017Label.Other), Count(CinC2017Label.Noisy)));
        var signal = CinC2017.ReadSignal(folder, "A00001");
        Assert.Equal(9000, signal.Length);
        Assert.Equal(-0.127f, signal[0], 1e-6f);
    }

    [SharedDataFact("cinc2017")]
    public void ReadReference_V3LabelsWithHeader_Has8528Rows()
    {
        var entries = CinC2017.ReadReference(Path.Combine(SharedData.Find("cinc2017")!, "training2017_labels", "REFERENCE.csv"));

        Assert.Equal(8528, entries.Count);
        Assert.Equal(284, entries.Count(e => e.Label == CinC2017Label.Noisy));
    }
}
