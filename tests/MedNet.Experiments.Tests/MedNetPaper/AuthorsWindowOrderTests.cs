using MedNet.Experiments;
using MedNet.Experiments.MedNetPaper;
using MedNet.Experiments.MedNetPaper.Substitutes;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;
using MedNet.Signals.Windowing;

namespace MedNet.Experiments.Tests.MedNetPaper;

public class AuthorsWindowOrderTests
{
    private static readonly LabelledRecording[] Three =
    [
        new("a", [0f, 1f, 2f, 3f, 4f, 5f], 1),
        new("b", [0f, 1f, 2f, 3f, 4f, 5f], 0),
        new("c", [0f, 1f, 2f, 3f, 4f, 5f], 0),
    ];

    [Fact]
    public void Apply_ThreeRecordingsTwoWindows_ScoresWindowMajorLabelsRecordingMajor()
    {
        var windows = RecordingWindows.Create(Three, WindowSpec.NonOverlapping(3));          // 2 windows per recording, recording-major
        double[] scores = [10, 11, 20, 21, 30, 31];               // recording r, window p → 10(r+1) + p

        var (reordered, labels) = AuthorsWindowOrder.Apply(scores, windows, Three);

        Assert.Equal([10, 20, 30, 11, 21, 31], reordered);        // window 0 of every recording, then window 1
        Assert.Equal([1, 1, 0, 0, 0, 0], labels);                 // np.repeat(labels, 2): recording a's label on the first two
    }

    [Fact]
    public void Apply_UnequalLengths_NamesTheRecording()
    {
        LabelledRecording[] recordings = [new("long", new float[9], 0), new("short", new float[3], 1)];
        var windows = RecordingWindows.Create(recordings, WindowSpec.NonOverlapping(3));     // 3 + 1 windows

        var ex = Assert.Throws<ArgumentException>(() => AuthorsWindowOrder.Apply(new double[4], windows, recordings));

        Assert.Contains("2 windows per recording", ex.Message);
        Assert.Contains("'long'", ex.Message);
    }

    [Fact]
    public void Apply_WrongScoreCount_SaysBoth()
    {
        var windows = RecordingWindows.Create(Three, WindowSpec.NonOverlapping(3));
        var ex = Assert.Throws<ArgumentException>(() => AuthorsWindowOrder.Apply(new double[5], windows, Three));
        Assert.Contains("(6)", ex.Message);
        Assert.Contains("got 5 scores", ex.Message);
    }
}
