using MedNet.Signals.Tabular;
using MedNet.Signals.Windowing;

namespace MedNet.Signals.Tests.Windowing;

public class WindowSpecTests
{
    private static int[] FirstRows(int rows, WindowSpec spec, params int[] anchors) =>
        WindowCutter.Cut(WindowCutterTests.Ramp(rows), spec, anchors).FirstRow;

    private static TimeSeriesTable Labels(params double[] v) => new(v, v.Length, ["y"]);

    public class Alignments
    {
        [Fact]
        public void FromStart_Stride3_StartsEveryThreeRowsAnchorLastRow()
        {
            var w = WindowCutter.Cut(WindowCutterTests.Ramp(10), new WindowSpec { Length = 4, Stride = 3 });
            Assert.Equal([0, 3, 6], w.FirstRow);
            Assert.Equal([3, 6, 9], w.Anchor);
            Assert.Empty(w.Skipped);
        }

        [Fact]
        public void FromStart_TailSkipped_ListsItsStart()
        {
            var w = WindowCutter.Cut(WindowCutterTests.Ramp(10), WindowSpec.NonOverlapping(4));
            Assert.Equal([8], w.Skipped);
            Assert.Equal(2, w.DroppedTailRows);
        }

        [Fact]
        public void FromStart_TailRepeatEdge_OneFinalPaddedWindow()
        {
            var w = WindowCutter.Cut(WindowCutterTests.Ramp(10), WindowSpec.NonOverlapping(4) with { Edges = EdgeRule.RepeatEdge });
            Assert.Equal([0, 4, 8], w.FirstRow);
            Assert.Equal([80f, 81, 90, 91, 90, 91, 90, 91], w.Window(2).ToArray()); // rows 8, 9, then row 9 repeated
            Assert.Equal(9, w.Anchor[2]);
            Assert.Equal(0, w.DroppedTailRows);
        }

        [Fact]
        public void EndingBeforeRow_Skip_LeavesOutLeadingWindows()
        {
            var w = WindowCutter.Cut(WindowCutterTests.Ramp(6), new WindowSpec { Length = 2, Alignment = WindowAlignment.EndingBeforeRow });
            Assert.Equal([0, 1, 2, 3], w.FirstRow);
            Assert.Equal([2, 3, 4, 5], w.Anchor);
            Assert.Equal([0, 1], w.Skipped);
        }

        [Fact]
        public void EndingAtRow_ZeroPad_FillsLeadingRowsWithZeros()
        {
            var w = WindowCutter.Cut(WindowCutterTests.Ramp(4), new WindowSpec { Length = 3, Alignment = WindowAlignment.EndingAtRow, Edges = EdgeRule.ZeroPad });
            Assert.Equal([0f, 0, 0, 1, 10, 11], w.Window(1).ToArray()); // rows −1 (zeros), 0, 1
        }

        [Fact]
        public void AtAnchors_DefaultOffset_CentresTheAnchor()
        {
            Assert.Equal([3, 0], FirstRows(10, new WindowSpec { Length = 5, Alignment = WindowAlignment.AtAnchors }, 5, 2));
        }

        [Fact]
        public void AtAnchors_Offset_PlacesAnchorAtThatIndex()
        {
            var spec = new WindowSpec { Length = 5, Alignment = WindowAlignment.AtAnchors, AnchorOffset = 1 };
            Assert.Equal([4], FirstRows(10, spec, 5));
        }

        [Fact]
        public void LeadMajor_SameWindowsAsTimeMajor()
        {
            float[] timeMajor = [0, 100, 1, 101, 2, 102, 3, 103];
            float[] leadMajor = [0, 1, 2, 3, 100, 101, 102, 103];
            var spec = WindowSpec.Sliding(3);
            Assert.Equal(
                WindowCutter.Cut(timeMajor, 2, SampleLayout.TimeMajor, spec).Data,
                WindowCutter.Cut(leadMajor, 2, SampleLayout.LeadMajor, spec).Data);
        }
    }

    public class LabelRules
    {
        [Fact]
        public void AnchorPoint_FromStart_LabelOfLastRow()
        {
            var w = WindowCutter.Cut(WindowCutterTests.Ramp(6), WindowSpec.NonOverlapping(3) with { LabelRule = WindowLabelRule.AnchorPoint });
            Assert.Equal([0, 1], WindowLabels.Any(w, Labels(1, 0, 0, 0, 0, 1)));
        }

        [Fact]
        public void MaxOverWindow_CentredBeats_AnyMarkedRow()
        {
            var spec = new WindowSpec { Length = 3, Alignment = WindowAlignment.AtAnchors };
            var w = WindowCutter.Cut(WindowCutterTests.Ramp(6), spec, [1, 4]);
            Assert.Equal([1, 0], WindowLabels.Any(w, Labels(0, 0, 1, 0, 0, 0)));
        }

        [Fact]
        public void Of_UnivariateLabels_MatchesAny()
        {
            var w = WindowCutter.Cut(WindowCutterTests.Ramp(6), WindowSpec.Sliding(2));
            int[] points = [0, 0, 1, 0, 0, 1];
            var any = WindowLabels.Any(w, Labels(0, 0, 1, 0, 0, 1));
            for (int n = 0; n < w.Count; n++)
            {
                Assert.Equal(any[n], WindowLabels.Of(w, n, points));
            }
        }
    }

    public class BadInput
    {
        [Theory]
        [InlineData(0, 1, WindowAlignment.FromStart, null, "Length: expected W ≥ 1 but got 0")]
        [InlineData(5, 0, WindowAlignment.FromStart, null, "Stride: expected ≥ 1 but got 0")]
        [InlineData(5, 2, WindowAlignment.AtAnchors, null, "Stride: expected 1 with Alignment = AtAnchors")]
        [InlineData(5, 1, WindowAlignment.FromStart, 2, "AnchorOffset: expected null with Alignment = FromStart")]
        [InlineData(5, 1, WindowAlignment.AtAnchors, 5, "AnchorOffset: expected 0 ≤ offset < W = 5 but got 5")]
        [InlineData(5, 1, (WindowAlignment)9, null, "Alignment: expected one of FromStart, EndingBeforeRow, EndingAtRow, AtAnchors but got 9")]
        public void Cut_BadSpec_ThrowsNamingTheField(int length, int stride, WindowAlignment alignment, int? offset, string message)
        {
            var spec = new WindowSpec { Length = length, Stride = stride, Alignment = alignment, AnchorOffset = offset };
            var ex = Assert.Throws<ArgumentException>(() => WindowCutter.Cut(WindowCutterTests.Ramp(10), spec));
            Assert.Contains(message, ex.Message, StringComparison.Ordinal);
            Assert.Equal("spec", ex.ParamName);
        }

        [Fact]
        public void Validate_BadEdgesAndLabelRule_NamesBoth()
        {
            var problems = new WindowSpec { Edges = (EdgeRule)7, LabelRule = (WindowLabelRule)7 }.Validate();
            Assert.Equal(2, problems.Count);
            Assert.StartsWith("Edges: expected", problems[0], StringComparison.Ordinal);
            Assert.StartsWith("LabelRule: expected", problems[1], StringComparison.Ordinal);
        }

        [Fact]
        public void Cut_AnchorsWithoutAtAnchors_ThrowsNamingAnchors()
        {
            var ex = Assert.Throws<ArgumentException>(() => WindowCutter.Cut(WindowCutterTests.Ramp(10), WindowSpec.Sliding(3), [4]));
            Assert.Equal("anchors", ex.ParamName);
        }

        [Fact]
        public void Cut_AtAnchorsSkipNoAnchors_ThrowsNamingAnchors()
        {
            var ex = Assert.Throws<ArgumentException>(() => WindowCutter.Cut(WindowCutterTests.Ramp(10), new WindowSpec { Length = 3, Alignment = WindowAlignment.AtAnchors }));
            Assert.Contains("anchors: expected at least one anchor point", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Cut_ChannelsNotDividingSamples_ThrowsNamingChannels()
        {
            var ex = Assert.Throws<ArgumentException>(() => WindowCutter.Cut(new float[7], 2, SampleLayout.TimeMajor, WindowSpec.Sliding(2)));
            Assert.Contains("channels: expected C ≥ 1 dividing the 7 samples but got C = 2", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Segments_OverlapOne_ThrowsNamingOverlap()
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WindowSpec.Segments(10, 300, 1));
            Assert.Equal("overlap", ex.ParamName);
        }

        [Fact]
        public void CentredBeats_ZeroRate_ThrowsNamingBoth()
        {
            var ex = Assert.Throws<ArgumentException>(() => WindowSpec.CentredBeats(2.5, 0));
            Assert.Contains("seconds, samplingRate: expected samplingRate > 0", ex.Message, StringComparison.Ordinal);
        }
    }
}
