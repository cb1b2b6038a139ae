using System.Text.Json;
using MedNet.Viz.Plotly;
using MedNet.Viz.Plotly.Traces;

namespace MedNet.Viz.Tests.Plotly;

/// <summary>Whatever data a notebook throws at a figure, it is either rejected with an ArgumentException or written as valid JSON.</summary>
public class FigureJsonPropertyTests
{
    private const int Cases = 300;

    private static readonly double[] Specials =
        [double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.Epsilon, -0.0, 1e-320];

    private static readonly string[] Names = ["MLII", "</script>", "quote \" and \\ backslash", "ünïcødé ♥", "\u0000nul", "line\nbreak", ""];

    private static double[] RandomValues(Random rng, int length)
    {
        var values = new double[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = rng.Next(4) == 0 ? Specials[rng.Next(Specials.Length)] : (rng.NextDouble() - 0.5) * 1e6;
        }

        return values;
    }

    private static Trace RandomTrace(Random rng)
    {
        var n = rng.Next(0, 6);
        var m = rng.Next(4) == 0 ? rng.Next(0, 6) : n;
        var name = Names[rng.Next(Names.Length)];
        return rng.Next(5) switch
        {
            0 => new Scatter { X = RandomValues(rng, m), Y = RandomValues(rng, n), Name = name, WebGl = rng.Next(2) == 0 },
            1 => new Bar { X = Enumerable.Range(0, m).Select(i => Names[i % Names.Length]).ToArray(), Y = RandomValues(rng, n), Name = name },
            2 => new Heatmap { Z = Enumerable.Range(0, n).Select(r => RandomValues(rng, r == 1 ? m : n)).ToArray(), Name = name },
            3 => new Histogram { X = RandomValues(rng, n), Name = name },
            _ => new Box { Y = RandomValues(rng, n), X = RandomValues(rng, m), Name = name },
        };
    }

    [Fact]
    public void AddThenToJson_RandomOddData_RejectedOrValidJson()
    {
        var rng = new Random(20261122);
        int accepted = 0, rejected = 0;
        for (var c = 0; c < Cases; c++)
        {
            var fig = new Figure().WithTitle(Names[rng.Next(Names.Length)]);
            try
            {
                fig.Add(RandomTrace(rng)).Add(RandomTrace(rng));
            }
            catch (ArgumentException ex)
            {
                Assert.Contains(" trace ", ex.Message);
                rejected++;
                continue;
            }

            using var doc = JsonDocument.Parse(fig.ToJson());
            Assert.Equal(2, doc.RootElement.GetProperty("data").GetArrayLength());
            accepted++;
        }

        Assert.True(accepted > 30 && rejected > 30, $"both paths exercised: {accepted} accepted, {rejected} rejected");
    }
}
