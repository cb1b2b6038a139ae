// SPDX-License-Identifier: MIT
using MedNet.Signals.Detection;

namespace MedNet.Signals.Tests.Detection;

public class QrsMatchTests
{
    [Fact]
    public void Compare_MixedCase_CountsTpFnFp()
    {
        long[] reference = [100, 400, 700, 1000];
        int[] detected = [90, 460, 690, 705, 1300];

        var m = QrsMatch.Compare(reference, detected, 54);

        // 90↔100, 690↔700 (nearest), 460 is 60 from 400: outside → FN; 705 and 1300 are FPs; 1000 is an FN.
        Assert.Equal(new QrsMatch(4, 5, 2, 2, 3), m);
        Assert.Equal(0.5, m.Sensitivity);
        Assert.Equal(0.4, m.PositivePredictivity);
    }

    [Fact]
    public void Compare_NearerNextDetection_TakesTheNearer()
    {
        var m = QrsMatch.Compare([100L, 150L], [60, 101, 152], 54);

        Assert.Equal((2, 1), (m.TruePositives, m.FalsePositives));
    }

    [Fact]
    public void Compare_Empty_IsPerfectByDefinition()
    {
        var m = QrsMatch.Compare(ReadOnlySpan<long>.Empty, ReadOnlySpan<int>.Empty, 54);

        Assert.Equal((1.0, 1.0), (m.Sensitivity, m.PositivePredictivity));
    }

    [Fact]
    public void Add_SumsCounts() =>
        Assert.Equal(new QrsMatch(3, 5, 2, 1, 3), new QrsMatch(1, 2, 1, 0, 1).Add(new QrsMatch(2, 3, 1, 1, 2)));
}
