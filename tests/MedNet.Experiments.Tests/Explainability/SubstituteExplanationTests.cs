// SPDX-License-Identifier: MIT
using MedNet.Experiments.Explainability;
using MedNet.Experiments.MedNetPaper;
using MedNet.Experiments.MedNetPaper.Substitutes;
using MedNet.Experiments.Profiles;
using MedNet.Signals.Windowing;

namespace MedNet.Experiments.Tests.Explainability;

public class SubstituteExplanationTests
{
    private const double Fs = 128;

    /// <summary>Recordings of 640 samples at 128 Hz: small seeded noise, a beat every 100 samples on the last sample of a
    /// window (the sample the score forecasts); in anomalous recordings one beat is a large "V" spike.</summary>
    private static LabelledRecording Synthetic(string id, int label, int seed)
    {
        var random = new Random(seed);
        var x = new float[640];
        for (var t = 0; t < x.Length; t++)
        {
            x[t] = 0.3f + (0.01f * (float)random.NextDouble());
        }

        var beats = new List<BeatMark>();
        for (var r = 59; r < x.Length; r += 100)
        {
            var v = label == 1 && r == 359;
            beats.Add(new BeatMark(r, v ? "V" : "N"));
            x[r] += v ? 1.5f : 0.05f;
        }

        return new LabelledRecording(id, x, label, beats: [.. beats]);
    }

    private static EcgSubstituteData Data(EcgSubstitute substitute = EcgSubstitute.MitBih)
    {
        var train = new List<LabelledRecording>();
        for (var i = 0; i < 4; i++)
        {
            train.Add(Synthetic($"train{i}", 0, i));
        }

        IReadOnlyList<LabelledRecording> test = [Synthetic("t0", 1, 10), Synthetic("t1", 0, 11), Synthetic("t2", 1, 12), Synthetic("t3", 0, 13)];
        var set = new RecordingAnomalySet("synthetic", Fs, train, test, []);
        var spec = WindowSpec.NonOverlapping(10);
        return new EcgSubstituteData(substitute, set, RecordingWindows.Create(train, spec), RecordingWindows.Create(test, spec), train, "", "");
    }

    [Fact]
    public void NearBeats_MarksFiftyMillisecondsEachSide()
    {
        var rec = new LabelledRecording("r", new float[100], 1, beats: [new BeatMark(2, "N"), new BeatMark(50, "V")]);

        var mask = SubstituteExplanation.NearBeats(rec, 100, b => b.Symbol == "V");

        Assert.Equal(Enumerable.Range(45, 11), Enumerable.Range(0, 100).Where(t => mask[t]));
    }

    [Fact]
    public void IrregularRr_MarksIntervalsDifferingByMoreThanFiftyMilliseconds()
    {
        // R at 0, 100, 200, 240, 340, 420 at 1000 Hz: RR 100, 100, 40, 100, 80 → |ΔRR| 0, 60, 60, 20: [200, 240) and [240, 340) irregular.
        var rec = new LabelledRecording("r", new float[450], 1, beats: [.. new[] { 0, 100, 200, 240, 340, 420 }.Select(s => new BeatMark(s, BeatMark.DetectedSymbol))]);

        var mask = SubstituteExplanation.IrregularRr(rec, 1000);

        Assert.Equal(Enumerable.Range(200, 140), Enumerable.Range(0, 450).Where(t => mask[t]));
    }

    [Fact]
    public void NearBeats_RecordingWithoutBeats_NamesIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => SubstituteExplanation.NearBeats(new LabelledRecording("no-beats", [0f], 0), 100, _ => true));

        Assert.Contains("'no-beats'", ex.Message);
    }

    [Fact]
    public void PickRecordings_AlternatesLabelsUpToCap()
    {
        IReadOnlyList<LabelledRecording> list = [.. new[] { 0, 0, 0, 1, 0, 1 }.Select((l, i) => new LabelledRecording($"r{i}", [0f], l))];

        Assert.Equal([0, 1, 3, 5], SubstituteExplanation.PickRecordings(list, 4));
        Assert.Equal([0, 1, 2, 3, 4, 5], SubstituteExplanation.PickRecordings(list, 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => SubstituteExplanation.PickRecordings(list, 0));
    }

    [Fact]
    public void Explain_PlantedSpikeOnNonNormalBeat_ScoreConcentratesThere()
    {
        var data = Data();
        var recipe = SubstituteExplanation.Recipes(RunProfile.Smoke)[0];

        var model = SubstituteExplanation.Train(recipe, data, seed: 0);
        var result = SubstituteExplanation.Explain(recipe.Label, recipe.Training.Epochs, model, data, [0, 1, 2, 3], seed: 0, igWindows: 4);

        var v = result.Zones.Single(z => z.Zone.Contains("non-normal", StringComparison.Ordinal) && z.Scope == SubstituteExplanation.AnomalousScope);
        Assert.Equal(1280, v.Samples);
        Assert.Equal(13.0 / 640, v.Chance, 12); // ± 6 samples around one beat per anomalous recording
        var normal = result.Zones.Single(z => z.Zone.Contains("normal beat (AAMI N)", StringComparison.Ordinal) && z.Scope == SubstituteExplanation.AnomalousScope);
        Assert.True(v.ScoreLift > 3, $"expected the score to concentrate on the planted V beat but the lift is {v.ScoreLift:F2} (share {v.ScoreShare:P1}).");
        Assert.True(v.ScoreLift > 2 * normal.ScoreLift, $"expected the V beat to draw more score than the normal beats but the lifts are {v.ScoreLift:F2} and {normal.ScoreLift:F2}.");
        Assert.Equal(10, result.LagShares.Length);
        Assert.Equal(4, result.Scores.Length);
        Assert.Equal(Fs, result.SampleRateHz);
    }

    [Fact]
    public void Explain_SameSeed_SameResult()
    {
        var data = Data();
        var recipe = SubstituteExplanation.Recipes(RunProfile.Smoke)[0];

        var a = SubstituteExplanation.Explain("a", 1, SubstituteExplanation.Train(recipe, data, 3), data, [0, 1], 3, 2);
        var b = SubstituteExplanation.Explain("a", 1, SubstituteExplanation.Train(recipe, data, 3), data, [0, 1], 3, 2);

        Assert.Equal(a.Zones, b.Zones);
        Assert.Equal(a.LagShares, b.LagShares);
    }

    [Theory]
    [InlineData(new int[0], "at least one")]
    [InlineData(new[] { 4 }, "[0, 4)")]
    [InlineData(new[] { 1, 1 }, "repeated")]
    public void Explain_BadRecordingIndices_NamedError(int[] recordings, string expected)
    {
        var data = Data();
        var recipe = SubstituteExplanation.Recipes(RunProfile.Smoke)[0];
        var model = recipe.Build(data.TrainTensor());
        model.eval();

        var ex = Assert.Throws<ArgumentException>(() => SubstituteExplanation.Explain("m", 0, model, data, recordings, 0));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Equal("recordings", ex.ParamName);
    }

    [Fact]
    public void Train_WindowLengthMismatch_NamedError()
    {
        var data = Data();
        var recipe = SubstituteExplanation.Recipes(RunProfile.Smoke)[0] with { WindowLength = 16 };

        var ex = Assert.Throws<ArgumentException>(() => SubstituteExplanation.Train(recipe, data, 0));

        Assert.Contains("NonOverlapping(16)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubstituteZones_OneRowPerZone()
    {
        var data = Data(EcgSubstitute.CinC2017);
        var recipe = SubstituteExplanation.Recipes(RunProfile.Smoke)[0];
        var model = recipe.Build(data.TrainTensor());
        model.eval();

        var result = SubstituteExplanation.Explain("m", 0, model, data, [0, 1], 0, 2);
        var frame = ExplanationFrames.SubstituteZones([result]);

        Assert.Equal(5, frame.Rows.Count); // R-peak and RR-irregular zones × 2 scopes, + anomalous recordings
        Assert.Contains(result.Zones, z => z.Zone.StartsWith("RR-irregular", StringComparison.Ordinal));
    }
}
